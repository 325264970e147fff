package org.mizan.cases.control;

import java.time.Instant;
import java.util.List;

/**
 * A case as a list shows it. {@code highlight} is a passage of the narrative with the matched words
 * between U+E000 and U+E001 (private-use characters, so quotation marks in a narrative are never
 * mistaken for them), when the list was searched.
 */
public record CaseSummary(String reference, String incidentDate, String governorate, String status,
                          String confidentiality, List<String> violationTypes, List<String> victims, Instant updatedAt,
                          double score, String highlight) {
}
