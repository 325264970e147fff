/**
 * Making reports: the one redaction policy ({@link org.mizan.reports.control.Redaction}), gathering and laying
 * out the dossier, the periodic report and the WGEID submission, rendering with JasperReports, issuing (id, manifest
 * page, registry, audit), verification of a PDF, background report jobs, and exports.
 */
package org.mizan.reports.control;
