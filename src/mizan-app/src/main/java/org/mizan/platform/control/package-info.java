/**
 * What every service stands on: the datasource and its retries, Flyway migrations, the column limits read
 * from the database, the refusals services throw ({@link org.mizan.platform.control.InvalidInput},
 * {@link org.mizan.platform.control.NotFound}, {@link org.mizan.platform.control.Forbidden}…), the bundles, key files,
 * and bulk loading with COPY.
 */
package org.mizan.platform.control;
