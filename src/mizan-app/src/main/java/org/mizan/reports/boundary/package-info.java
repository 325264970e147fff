/**
 * Reports at the doors: the dossier, WGEID, periodic-report, job, verification and export resources, the
 * reports dialog of the case page and the report pages, and the CSV and JSON writers of exports.
 */
package org.mizan.reports.boundary;
