/**
 * Users, roles, sign-in (form and bearer token), throttling and passwords. One authentication
 * mechanism serves both doors: sessions for pages, tokens for {@code /api}; REST methods without a
 * declared role are denied.
 */
package org.mizan.security;
