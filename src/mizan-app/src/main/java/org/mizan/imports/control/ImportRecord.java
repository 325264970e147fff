package org.mizan.imports.control;

import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.PerpetratorKind;

/**
 * One row, interpreted: the case it becomes (parties still without person ids), its victim and alleged
 * perpetrator if named, and the fingerprint by which a re-run recognises it.
 */
public record ImportRecord(long row, CaseDraft draft, PersonDraft victim, Fate fate, Integer age, String perpetrator,
                           PerpetratorKind perpetratorKind, String fingerprint) {
}
