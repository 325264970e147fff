/**
 * The audit entry (append-only, sealed) and the values that describe one: the event being recorded, its
 * outcome, a search filter.
 */
package org.mizan.audit.entity;
