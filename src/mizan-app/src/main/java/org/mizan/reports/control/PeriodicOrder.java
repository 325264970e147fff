package org.mizan.reports.control;

import org.mizan.cases.control.CaseFilter;
import org.mizan.reports.entity.Audience;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a periodic report was asked for: the cases (the case list's filter; its {@code from}/{@code to} is the period,
 * by incident date), who it is for and its language. A search text is not part of it: a report over "the cases
 * matching a name" would carry that name into the registry and the audit trail, which must never hold names.
 */
public record PeriodicOrder(CaseFilter filter, Audience audience, Locale locale) {

    public PeriodicOrder {
        if (filter.hasText()) {
            throw new IllegalArgumentException("a periodic report takes no search text");
        }
    }

    /** The order as the registry keeps it (ReportDraft.order): only the fields given, as typed codes, never names. */
    public Map<String, String> asStrings() {
        Map<String, String> order = new LinkedHashMap<>();
        put(order, "from", filter.from());
        put(order, "to", filter.to());
        put(order, "violationType", filter.violationType());
        put(order, "governorate", filter.governorate());
        put(order, "status", filter.status());
        put(order, "victimOccupation", filter.victimOccupation());
        put(order, "perpetratorKind", filter.perpetratorKind());
        put(order, "evidenceStatus", filter.evidenceStatus());
        order.put("audience", audience.name());
        order.put("lang", locale.getLanguage());
        return order;
    }

    private static void put(Map<String, String> order, String key, Object value) {
        if (value != null) {
            order.put(key, value.toString());
        }
    }
}
