/**
 * Reports and exports: the case dossier, periodic report and WGEID submission rendered to PDF from the templates in
 * {@code reports/} (Arabic and Kurdish shaped by JasperReports' glyph renderer), CSV and JSON exports, and the
 * redaction that decides what each audience may see.
 */
package org.mizan.reports;
