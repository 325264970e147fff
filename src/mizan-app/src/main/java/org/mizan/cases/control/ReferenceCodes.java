package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Governorates and violation types as REST clients write them: a code ("BG", in any case) or a name in English, Arabic or
 * Kurdish ("Baghdad", "بغداد", "بەغدا"), read through the {@link ReferenceVocabulary} the importer uses. What names
 * none is refused with the allowed codes — never read as "no filter" or as nothing found.
 */
@ApplicationScoped
public class ReferenceCodes {

    @Inject
    ReferenceData referenceData;

    /** The code {@code value} names, null when it is blank; a 400 naming {@code field} when it names no governorate. */
    public String governorate(String field, String value) {
        String given = Text.blankToNull(value);
        if (given == null) {
            return null;
        }
        Map<String, ReferenceData.Label> governorates = referenceData.governorates();
        return vocabulary(governorates, Map.of()).governorateByCodeOrName(given).orElseThrow(() ->
                new InvalidInput(field, "case.governorate.unknown", given, String.join(", ", governorates.keySet())));
    }

    /** The code {@code value} names, null when it is blank; a 400 naming {@code field} when it names no violation type. */
    public String violationType(String field, String value) {
        String given = Text.blankToNull(value);
        if (given == null) {
            return null;
        }
        Map<String, ReferenceData.Label> types = referenceData.violationTypes();
        return vocabulary(Map.of(), types).violationType(given).orElseThrow(() ->
                new InvalidInput(field, "case.violationTypes.unknown", given, String.join(", ", types.keySet())));
    }

    /**
     * The draft with each governorate and violation type a client named by its code; what names none is left as it was
     * written, for {@link CaseRules} to refuse with every other broken rule in one answer.
     */
    public CaseDraft inCodes(CaseDraft draft) {
        ReferenceVocabulary words = vocabulary(referenceData.governorates(), referenceData.violationTypes());
        List<String> types = null;
        if (draft.violationTypes() != null) {
            types = new ArrayList<>();
            for (String type : draft.violationTypes()) {
                types.add(type == null ? null : words.violationType(type).orElse(type));
            }
        }
        String governorate = draft.governorate() == null ? null
                : words.governorateByCodeOrName(draft.governorate()).orElse(draft.governorate());
        return draft.withCodes(types, governorate);
    }

    /** A person's governorate by its code, or as written when it names none (for the rules to refuse). */
    public String governorateCode(String value) {
        return value == null ? null
                : vocabulary(referenceData.governorates(), Map.of()).governorateByCodeOrName(value).orElse(value);
    }

    private static ReferenceVocabulary vocabulary(Map<String, ReferenceData.Label> governorates,
                                                  Map<String, ReferenceData.Label> types) {
        return new ReferenceVocabulary(governorates, types);
    }
}
