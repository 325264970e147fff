package org.mizan.reports.entity;

import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.PartialDate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A case as one audience may see it, built only by {@code Redaction}: what a report or export prints.
 * Null fields are withheld from this audience (locality, coordinates, narrative and the note on the dates in PUBLIC); witnesses
 * left out of PUBLIC are not in the list at all. {@code freeText}: the audience may read the case's free text
 * (narrative, notes); {@code staffDetails}: the team's usernames, evidence file names and source descriptions ({@code sources}
 * hold their grades only otherwise).
 */
public record RedactedCase(Audience audience, long caseId, String reference, Set<String> violationTypes,
                           PartialDate incidentDate, PartialDate endDate, String dateNote, String governorate, String locality,
                           BigDecimal latitude, BigDecimal longitude, CaseStatus status, String narrative, Set<String> tags,
                           List<RedactedParty> victims, List<RedactedParty> perpetrators, List<RedactedParty> witnesses,
                           List<RedactedSource> sources,
                           boolean freeText, boolean staffDetails) {
}
