/**
 * Victim-family contacts (and surviving victims and witnesses who agree to be reached): encrypted
 * at rest under a key kept outside the database, shown only to the case's assigned investigators
 * and lawyers, masked until someone reveals them for a recorded reason; consent decisions and the
 * communication log, kept as history.
 */
package org.mizan.contacts;
