/**
 * Approving texts and photos for publication, gathering the site's data through the PUBLIC redaction, writing the site,
 * the leak scanner that must pass before anything reaches the publication folder, and issuing the publication.
 */
package org.mizan.memorial.control;
