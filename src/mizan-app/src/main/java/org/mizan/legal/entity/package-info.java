/**
 * The proceeding, its legal events, suspects and hearings, a lawyer's calendar feed, and the procedure's
 * vocabulary: event types, phases, verdicts, the derived stage — see docs/domain.md.
 */
package org.mizan.legal.entity;
