/**
 * Evidence at the doors: the evidence list and item pages, the streamed upload, the editors for provenance,
 * verification, sharing and hand-overs, the REST resources, and the servlet that serves an item's bytes with
 * ranges and safe content types.
 */
package org.mizan.evidence.boundary;
