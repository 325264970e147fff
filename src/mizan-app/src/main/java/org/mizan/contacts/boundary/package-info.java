/**
 * The contacts page of a case (masked list, reveal dialog, forms for contacts, consents and conversations)
 * and the REST resources for them; nothing here ever shows a value in clear without the audited reveal.
 */
package org.mizan.contacts.boundary;
