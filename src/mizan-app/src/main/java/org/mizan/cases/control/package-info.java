/**
 * The logic of cases and persons: recording and changing them under their rules, revision history, teams,
 * leads and join requests, who may see which case or person; case search and cross-script name search
 * ({@link org.mizan.cases.control.NameTokens}, {@link org.mizan.cases.control.NameQuery}), duplicates, and the JDBC
 * helpers bulk work uses.
 */
package org.mizan.cases.control;
