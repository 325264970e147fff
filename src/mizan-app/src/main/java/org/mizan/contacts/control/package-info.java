/**
 * Contacts under need-to-know ({@link org.mizan.contacts.control.ContactAccess}): storing them encrypted with
 * AES-256-GCM under the data key ({@link org.mizan.contacts.control.FieldCipher}, {@link org.mizan.contacts.control.DataKeys}),
 * masking, the consent register every report reads, and the communication log.
 */
package org.mizan.contacts.control;
