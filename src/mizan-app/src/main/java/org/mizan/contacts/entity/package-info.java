/**
 * The family contact with its encrypted personal fields, consent decisions and the communication log, and
 * their coded values (relationship, risk level, safe channel, language, consent kind and method).
 */
package org.mizan.contacts.entity;
