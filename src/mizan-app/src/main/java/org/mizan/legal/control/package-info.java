/**
 * The logic of prosecutions: proceedings, events and hearings under their rules,
 * {@link org.mizan.legal.control.StageDerivation} (the stage is derived from the events, never typed), the impunity
 * clock and indicators, the dashboard's case load, and the iCalendar feeds.
 */
package org.mizan.legal.control;
