/**
 * What every component stands on: the launcher (embedded PostgreSQL, Payara Micro as a child
 * process), the datasource and Flyway migrations, health checks, i18n bundles and the language
 * switch, problem+json error mapping and the security headers.
 */
package org.mizan.platform;
