/**
 * The public memorial: a static site of the victims whose families consented to public naming, generated
 * from the PUBLIC audience and the texts and photos approved for publication, checked byte by byte for leaks before it
 * is written, and issued like a report (id, signed manifest, registry, audit). Never served by Mizan itself.
 */
package org.mizan.memorial;
