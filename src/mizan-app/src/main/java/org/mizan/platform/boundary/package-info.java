/**
 * What every page and endpoint shares at the door: the REST application, problem+json for every error, the
 * first filters (malformed requests, body size, JSON rules, security headers), expired views, health checks, the
 * language switch, page messages, and wire helpers for dates, enums and versions.
 */
package org.mizan.platform.boundary;
