/**
 * Bringing existing records in: a CSV or XLSX file is previewed, its columns mapped to Mizan's fields (mappings
 * saved for reuse), its values interpreted (partial dates, governorates and violation types in three languages),
 * checked in a dry run that writes nothing, then imported in the background as one batch — all or nothing,
 * recognised when re-run, and removable as a whole by an administrator.
 */
package org.mizan.imports;
