package org.mizan.cases.control;

import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.PartialDate;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.WebLinks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a case must satisfy before it is saved; every broken rule names its field. */
public final class CaseRules {

    private static final Set<String> RELIABILITY = Set.of("A", "B", "C", "D", "E", "F");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final int TAG_MAX = 100;
    private static final int LOCALITY_MAX = 200;
    /** A sentence or two ("April or May; the family is not sure"): the story belongs in the narrative. */
    private static final int DATE_NOTE_MAX = 500;
    private static final int NARRATIVE_MAX = 200_000;

    private CaseRules() {
    }

    public static void check(CaseDraft draft, Set<String> knownTypes, Set<String> knownGovernorates) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (draft.violationTypesOrEmpty().isEmpty()) {
            errors.add(new InvalidInput.FieldError("violationTypes", "case.violationTypes.required"));
        }
        List<String> types = draft.violationTypesOrEmpty();
        for (int i = 0; i < types.size(); i++) {
            if (!knownTypes.contains(types.get(i))) {
                errors.add(new InvalidInput.FieldError(element("violationTypes", i), "case.violationTypes.unknown", types.get(i),
                        String.join(", ", knownTypes)));
            }
        }
        if (draft.incidentDate() == null) {
            errors.add(new InvalidInput.FieldError("incidentDate", "case.incidentDate.required"));
        } else if (draft.endDate() != null && draft.endDate().end().isBefore(draft.incidentDate().start())) {
            errors.add(new InvalidInput.FieldError("endDate", "case.endDate.beforeIncident"));
        }
        String country = draft.country() == null ? "IQ" : draft.country();
        if (!COUNTRY.matcher(country).matches()) {
            errors.add(new InvalidInput.FieldError("country", "case.country.invalid"));
        }
        if (draft.governorate() != null && !knownGovernorates.contains(draft.governorate())) {
            errors.add(new InvalidInput.FieldError("governorate", "case.governorate.unknown", draft.governorate(),
                    String.join(", ", knownGovernorates)));
        }
        if (draft.governorate() != null && !"IQ".equals(country)) {
            errors.add(new InvalidInput.FieldError("governorate", "case.governorate.outsideIraq"));
        }
        if (draft.locality() != null && draft.locality().length() > LOCALITY_MAX) {
            errors.add(new InvalidInput.FieldError("locality", "validation.tooLong", LOCALITY_MAX));
        }
        checkCoordinates(draft.latitude(), draft.longitude(), errors);
        if (draft.dateNote() != null && draft.dateNote().length() > DATE_NOTE_MAX) {
            errors.add(new InvalidInput.FieldError("dateNote", "validation.tooLong", DATE_NOTE_MAX));
        }
        if (draft.narrative() != null && draft.narrative().length() > NARRATIVE_MAX) {
            errors.add(new InvalidInput.FieldError("narrative", "validation.tooLong", NARRATIVE_MAX));
        }
        List<String> tags = draft.tagsOrEmpty();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || tag.isBlank() || tag.length() > TAG_MAX) {
                errors.add(new InvalidInput.FieldError(element("tags", i), "case.tags.invalid", TAG_MAX));
            }
        }
        List<CaseDraft.SourceDraft> sources = draft.sourcesOrEmpty();
        for (int i = 0; i < sources.size(); i++) {
            checkSource(sources.get(i), element("sources", i), errors);
        }
        List<CaseDraft.PartyDraft> parties = draft.partiesOrEmpty();
        for (int i = 0; i < parties.size(); i++) {
            checkParty(parties.get(i), element("parties", i), draft.incidentDate(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void checkCoordinates(BigDecimal latitude, BigDecimal longitude, List<InvalidInput.FieldError> errors) {
        if ((latitude == null) != (longitude == null)) {
            errors.add(new InvalidInput.FieldError("latitude", "case.coordinates.bothOrNone"));
            return;
        }
        if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            errors.add(new InvalidInput.FieldError("latitude", "case.coordinates.range"));
        }
    }

    /** The name an error gives one element of a list, as a client wrote it: {@code parties[2]}. */
    public static String element(String list, int index) {
        return list + "[" + index + "]";
    }

    private static void checkSource(CaseDraft.SourceDraft source, String name, List<InvalidInput.FieldError> errors) {
        if (source == null || source.description() == null || source.description().isBlank()) {
            errors.add(new InvalidInput.FieldError(name + ".description", "case.sources.descriptionRequired"));
        }
        if (source != null && (source.reliability() == null || !RELIABILITY.contains(source.reliability()))) {
            errors.add(new InvalidInput.FieldError(name + ".reliability", "case.sources.reliability"));
        }
        if (source != null && source.url() != null && !source.url().isBlank() && !WebLinks.isWebLink(source.url().strip())) {
            errors.add(new InvalidInput.FieldError(name + ".url", "case.sources.url", WebLinks.MAX_LENGTH));
        }
    }

    private static void checkParty(CaseDraft.PartyDraft party, String name, PartialDate incident, List<InvalidInput.FieldError> errors) {
        if (party == null || party.role() == null) {
            errors.add(new InvalidInput.FieldError(name + ".role", "case.parties.roleRequired"));
            return;
        }
        boolean unidentified = party.role() == PartyRole.PERPETRATOR && party.perpetratorKind() == PerpetratorKind.UNIDENTIFIED;
        if (party.personId() == null && !unidentified) {
            errors.add(new InvalidInput.FieldError(name + ".personId", "case.parties.personRequired"));
        }
        if (party.role() != PartyRole.VICTIM && party.fate() != null) {
            errors.add(new InvalidInput.FieldError(name + ".fate", "case.parties.fateOnlyForVictims"));
        }
        if (party.role() == PartyRole.PERPETRATOR && party.perpetratorKind() == null) {
            errors.add(new InvalidInput.FieldError(name + ".perpetratorKind", "case.parties.perpetratorKindRequired"));
        }
        if (party.role() != PartyRole.PERPETRATOR && party.perpetratorKind() != null) {
            errors.add(new InvalidInput.FieldError(name + ".perpetratorKind", "case.parties.onlyForPerpetrators"));
        }
        if (party.role() != PartyRole.PERPETRATOR && party.involvement() != null) {
            errors.add(new InvalidInput.FieldError(name + ".involvement", "case.parties.onlyForPerpetrators"));
        }
        if (party.role() != PartyRole.PERPETRATOR && party.certainty() != null) {
            errors.add(new InvalidInput.FieldError(name + ".certainty", "case.parties.onlyForPerpetrators"));
        }
        if (party.community() != null && party.role() != PartyRole.VICTIM) {
            errors.add(new InvalidInput.FieldError(name + ".community", "case.parties.communityOnlyForVictims"));
        }
        if (party.diedOn() != null && party.role() != PartyRole.VICTIM) {
            errors.add(new InvalidInput.FieldError(name + ".diedOn", "case.parties.diedOnOnlyForVictims"));
        } else if (party.diedOn() != null && party.fate() != null && party.fate() != Fate.KILLED && party.fate() != Fate.FOUND_DEAD) {
            errors.add(new InvalidInput.FieldError(name + ".diedOn", "case.parties.diedButAlive"));
        } else if (party.diedOn() != null && incident != null && party.diedOn().isBefore(incident.start())) {
            errors.add(new InvalidInput.FieldError(name + ".diedOn", "case.parties.diedBeforeIncident"));
        }
        if (party.ageAtIncident() != null && (party.ageAtIncident() < 0 || party.ageAtIncident() > 130)) {
            errors.add(new InvalidInput.FieldError(name + ".ageAtIncident", "case.parties.age"));
        }
    }
}
