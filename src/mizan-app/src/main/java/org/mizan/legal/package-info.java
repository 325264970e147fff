/**
 * Prosecutions: a case's proceedings as dated sequences of legal events (Iraqi criminal procedure,
 * see docs/domain.md), from which the current stage is derived — never typed by hand — for the proceeding
 * and for each suspect.
 */
package org.mizan.legal;
