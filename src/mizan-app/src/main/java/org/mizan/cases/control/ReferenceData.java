package org.mizan.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Governorates and violation types with their labels in English, Arabic and Kurdish, as the migrations load them. */
@ApplicationScoped
public class ReferenceData {

    /** A code with its label in each UI language. */
    public record Label(String code, String en, String ar, String ckb) {
        public String in(Locale locale) {
            return switch (locale.getLanguage()) {
                case "ar" -> ar;
                case "ckb" -> ckb;
                default -> en;
            };
        }
    }

    @PersistenceContext
    EntityManager em;

    public Map<String, Label> governorates() {
        return labels("governorate");
    }

    public Map<String, Label> violationTypes() {
        return labels("violation_type");
    }

    private Map<String, Label> labels(String table) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, name_en, name_ar, name_ckb FROM " + table + " ORDER BY sort_order")
                .getResultList();
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Object[] row : rows) {
            labels.put((String) row[0], new Label((String) row[0], (String) row[1], (String) row[2], (String) row[3]));
        }
        return labels;
    }
}
