package org.mizan.cases.control;

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
    private static final int NARRATIVE_MAX = 200_000;

    private CaseRules() {
    }

    public static void check(CaseDraft draft, Set<String> knownTypes, Set<String> knownGovernorates) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (draft.violationTypesOrEmpty().isEmpty()) {
            errors.add(new InvalidInput.FieldError("violationTypes", "case.violationTypes.required"));
        }
        draft.violationTypesOrEmpty().stream().filter(t -> !knownTypes.contains(t)).findFirst()
                .ifPresent(t -> errors.add(new InvalidInput.FieldError("violationTypes", "case.violationTypes.unknown", t)));
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
            errors.add(new InvalidInput.FieldError("governorate", "case.governorate.unknown", draft.governorate()));
        }
        if (draft.governorate() != null && !"IQ".equals(country)) {
            errors.add(new InvalidInput.FieldError("governorate", "case.governorate.outsideIraq"));
        }
        if (draft.locality() != null && draft.locality().length() > LOCALITY_MAX) {
            errors.add(new InvalidInput.FieldError("locality", "validation.tooLong", LOCALITY_MAX));
        }
        checkCoordinates(draft.latitude(), draft.longitude(), errors);
        if (draft.narrative() != null && draft.narrative().length() > NARRATIVE_MAX) {
            errors.add(new InvalidInput.FieldError("narrative", "validation.tooLong", NARRATIVE_MAX));
        }
        draft.tagsOrEmpty().stream().filter(t -> t == null || t.isBlank() || t.length() > TAG_MAX).findFirst()
                .ifPresent(t -> errors.add(new InvalidInput.FieldError("tags", "case.tags.invalid", TAG_MAX)));
        for (CaseDraft.SourceDraft source : draft.sourcesOrEmpty()) {
            if (source == null || source.description() == null || source.description().isBlank()) {
                errors.add(new InvalidInput.FieldError("sources", "case.sources.descriptionRequired"));
            } else if (source.reliability() == null || !RELIABILITY.contains(source.reliability())) {
                errors.add(new InvalidInput.FieldError("sources", "case.sources.reliability"));
            } else if (source.url() != null && !source.url().isBlank() && !WebLinks.isWebLink(source.url().strip())) {
                errors.add(new InvalidInput.FieldError("sources", "case.sources.url", WebLinks.MAX_LENGTH));
            }
        }
        for (CaseDraft.PartyDraft party : draft.partiesOrEmpty()) {
            checkParty(party, errors);
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

    private static void checkParty(CaseDraft.PartyDraft party, List<InvalidInput.FieldError> errors) {
        if (party == null || party.role() == null) {
            errors.add(new InvalidInput.FieldError("parties", "case.parties.roleRequired"));
            return;
        }
        boolean unidentified = party.role() == PartyRole.PERPETRATOR && party.perpetratorKind() == PerpetratorKind.UNIDENTIFIED;
        if (party.personId() == null && !unidentified) {
            errors.add(new InvalidInput.FieldError("parties", "case.parties.personRequired"));
        }
        if (party.role() != PartyRole.VICTIM && party.fate() != null) {
            errors.add(new InvalidInput.FieldError("parties", "case.parties.fateOnlyForVictims"));
        }
        if (party.role() == PartyRole.PERPETRATOR && party.perpetratorKind() == null) {
            errors.add(new InvalidInput.FieldError("parties", "case.parties.perpetratorKindRequired"));
        }
        if (party.role() != PartyRole.PERPETRATOR && (party.perpetratorKind() != null || party.involvement() != null)) {
            errors.add(new InvalidInput.FieldError("parties", "case.parties.onlyForPerpetrators"));
        }
        if (party.ageAtIncident() != null && (party.ageAtIncident() < 0 || party.ageAtIncident() > 130)) {
            errors.add(new InvalidInput.FieldError("parties", "case.parties.age"));
        }
    }
}
