package org.mizan.legal.control;

import java.util.List;

/** A proceeding as entered: the court, file number, investigative judge, lawyers (usernames), suspects, notes. */
public record ProceedingDraft(String court, String fileNumber, String investigativeJudge, List<String> lawyers,
                              List<SuspectDraft> suspects, String notes) {

    /** A suspect: an alleged perpetrator of the case ({@code personId}) or just a description ({@code label}). */
    public record SuspectDraft(Long personId, String label) {
    }
}
