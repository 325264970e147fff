package org.mizan.legal.control;

import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.entity.LegalEventType;
import org.mizan.legal.entity.ReturnedTo;
import org.mizan.legal.entity.VerdictKind;

import java.util.Set;

/**
 * A legal event as entered: type, partial date, the suspects it concerns (none: all), outcome, charges, sentence, notes, and
 * the evidence items of the case it rests on.
 */
public record EventDraft(LegalEventType type, PartialDate date, Set<Long> suspects, VerdictKind verdict, boolean inAbsentia,
                         ReturnedTo returnedTo, String charges, String sentence, String notes, Set<Long> evidence) {
}
