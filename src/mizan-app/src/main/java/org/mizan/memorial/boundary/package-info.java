/** The memorial over REST and its page: approvals by the case's lead, publishing, the list and the zip download. */
package org.mizan.memorial.boundary;
