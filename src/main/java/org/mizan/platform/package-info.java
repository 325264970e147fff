/**
 * What every component stands on: the launcher (embedded PostgreSQL, Payara Micro as a child
 * process), the datasource and Flyway migrations, health checks, i18n bundles and the language
 * switch, problem+json error mapping and the security headers; and the small shared services of
 * every component: background jobs, the injected clock, SHA-256 and text rules.
 */
package org.mizan.platform;
