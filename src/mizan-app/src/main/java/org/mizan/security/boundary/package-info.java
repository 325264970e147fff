/**
 * Signing in and accounts at the doors: the authentication mechanism for sessions and bearer tokens, role
 * checks on every REST method, the sign-in, password, second-factor, sessions and users pages, session cookies, and
 * the REST resources for tokens, the own account and user administration.
 */
package org.mizan.security.boundary;
