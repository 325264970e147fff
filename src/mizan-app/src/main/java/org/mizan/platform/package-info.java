/**
 * What every component stands on, and which uses no business component: the
 * datasource and Flyway migrations, health checks, i18n bundles and the language
 * switch, problem+json error mapping and the security headers.
 */
package org.mizan.platform;
