/**
 * Importing spreadsheets at the doors: the import wizard and batches pages, and the REST resource that does
 * the same steps (upload, preview, dry run, import, poll, roll back, saved mappings), with their wire forms.
 */
package org.mizan.imports.boundary;
