/**
 * Reading CSV and XLSX files (encodings, delimiters, sheets detected), mapping columns to fields, interpreting
 * values (partial dates, reference codes in three languages), dry runs and imports as background jobs, batches and
 * their rollback.
 */
package org.mizan.imports.control;
