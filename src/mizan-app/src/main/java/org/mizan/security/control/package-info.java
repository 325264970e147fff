/**
 * Who may sign in and how: password hashing and policy, TOTP and recovery codes, tokens, sign-in throttling,
 * web sessions that follow the password, client addresses behind trusted proxies, user administration and the first
 * administrator.
 */
package org.mizan.security.control;
