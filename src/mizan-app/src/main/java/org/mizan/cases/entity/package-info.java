/**
 * The violation case, the person and a person's part in a case, sources, partial dates, join requests and
 * team notices, and the coded values they hold (status, fate, involvement, occupation…) — see docs/domain.md.
 */
package org.mizan.cases.entity;
