/**
 * The administrator's page that loads the demo data set into an empty installation.
 */
package org.mizan.demo.boundary;
