package org.mizan.legal.control;

import org.mizan.legal.entity.CaseMeasure;

/**
 * A measure as a reader may read it: {@code freeTextShown} false where the redaction policy withholds the case's free text
 * from the reader (the authority, description and source are typed by the team, as a proceeding's court is);
 * {@code staffShown} false where it does not show the team (who recorded and changed it).
 */
public record MeasureView(CaseMeasure measure, String caseReference, boolean freeTextShown, boolean staffShown) {
}
