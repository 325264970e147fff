package org.mizan.memorial.control;

import org.mizan.legal.control.CaseVerdict;
import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PartialDate;
import org.mizan.reports.entity.AgeGroup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a memorial site shows, already redacted for the PUBLIC audience and filtered by the approvals: nothing else
 * reaches {@link MemorialSite}. {@code named}: a page each; {@code counted}: every victim, named or not, for the figures.
 */
record MemorialData(Instant asOf, String organisation, String correctionContact, List<Victim> named, List<Counted> counted) {

    /**
     * The state of justice of a victim's case: which clock still runs (or none), for how many days, and what the courts
     * decided ({@link CaseVerdict#NONE} before any verdict).
     */
    record Justice(JusticeState state, long days, CaseVerdict verdict) {
    }

    enum JusticeState {
        NO_ARREST, NO_TRIAL, NO_FINAL_VERDICT, FINAL_VERDICT
    }

    /**
     * A victim whose family consented to public naming. {@code slug}: the page's name, derived from the person and never
     * from the case reference. {@code texts}: approved public texts by language; {@code photo}: re-encoded JPEG or null.
     */
    record Victim(long personId, String slug, String nameArabic, String nameLatin, AgeGroup ageGroup, List<Occupation> occupations,
                  PartialDate date, String governorate, Set<String> violationTypes, Fate fate, Map<String, String> texts,
                  byte[] photo, Justice justice, Instant since) {

        Victim withPhoto(byte[] reencoded) {
            return new Victim(personId, slug, nameArabic, nameLatin, ageGroup, occupations, date, governorate, violationTypes, fate, texts,
                    reencoded, justice, since);
        }
    }

    /** One victim as the figures count them, named or not. */
    record Counted(int year, String governorate, Set<String> violationTypes, JusticeState justice) {
    }
}
