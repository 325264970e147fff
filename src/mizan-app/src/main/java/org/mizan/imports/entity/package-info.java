/**
 * The import batch and its state, and the fields a spreadsheet column can be mapped to.
 */
package org.mizan.imports.entity;
