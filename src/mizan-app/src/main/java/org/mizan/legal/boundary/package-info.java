/**
 * Prosecutions at the doors: the proceedings page with its editors, the lawyers' dashboard, the impunity page
 * and charts, the calendar-feed panel, and the REST resources for proceedings, hearings, impunity and the feeds.
 */
package org.mizan.legal.boundary;
