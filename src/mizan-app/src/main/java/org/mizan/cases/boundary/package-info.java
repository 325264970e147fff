/**
 * Cases and persons at the doors: the case list and case page with their forms and pickers, the team
 * panel and join requests, notices, and the REST resources for cases, persons, teams and reference data, with
 * their wire records.
 */
package org.mizan.cases.boundary;
