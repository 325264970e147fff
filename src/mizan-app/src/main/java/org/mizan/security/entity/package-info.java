/**
 * Users and roles, API tokens, web sessions, second factors and recovery codes, failed sign-ins, and the actor
 * (user and address) recorded with every audited action.
 */
package org.mizan.security.entity;
