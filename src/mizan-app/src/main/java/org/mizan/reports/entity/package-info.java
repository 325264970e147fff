/**
 * What reports are made of and for: the audience, the redacted case and party with how each person appears,
 * consent state, age groups, the issued-report registry row, report kinds and job states, WGEID requirements.
 */
package org.mizan.reports.entity;
