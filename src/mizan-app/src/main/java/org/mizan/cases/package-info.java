/**
 * Violation cases and the persons in them: partial dates, reference data, revision history,
 * restricted-case visibility, and search that finds names in any spelling and either script.
 */
package org.mizan.cases;
