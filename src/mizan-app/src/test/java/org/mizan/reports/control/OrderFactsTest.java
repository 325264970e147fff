package org.mizan.reports.control;

import org.junit.jupiter.api.Test;
import org.mizan.cases.control.ReferenceData;
import org.mizan.platform.control.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderFactsTest {

    private static final Map<String, ReferenceData.Label> TYPES =
            Map.of("ABDUCTION", new ReferenceData.Label("ABDUCTION", "Abduction", "اختطاف", "ڕفاندن"));
    private static final Map<String, ReferenceData.Label> GOVERNORATES =
            Map.of("BG", new ReferenceData.Label("BG", "Baghdad", "بغداد", "بەغدا"));

    @Test
    void aPeriodicOrderReadsAsWordsInTheReadersLanguageWithTheAudienceLeftToItsOwnLine() {
        Map<String, String> order = new LinkedHashMap<>();
        order.put("lang", "ar");
        order.put("audience", "UN");
        order.put("governorate", "BG");
        order.put("violationType", "ABDUCTION");
        order.put("from", "2019-10-01");
        order.put("status", "DOCUMENTED");

        assertEquals(List.of(new OrderFacts.Fact("From", "2019-10-01"), new OrderFacts.Fact("Violation type", "Abduction"),
                new OrderFacts.Fact("Governorate", "Baghdad"), new OrderFacts.Fact("Status", Messages.in(Locale.ENGLISH).get("cases.status.DOCUMENTED")),
                new OrderFacts.Fact("Language", "Arabic")), facts(order, Locale.ENGLISH));
        assertEquals(List.of(new OrderFacts.Fact("من", "2019-10-01"), new OrderFacts.Fact("نوع الانتهاك", "اختطاف"),
                new OrderFacts.Fact("المحافظة", "بغداد"), new OrderFacts.Fact("الحالة", Messages.in(Locale.forLanguageTag("ar")).get("cases.status.DOCUMENTED")),
                new OrderFacts.Fact("اللغة", "العربية")), facts(order, Locale.forLanguageTag("ar")));
    }

    @Test
    void whatItDoesNotKnowIsShownAsStoredNeverDropped() {
        Map<String, String> order = new LinkedHashMap<>();
        order.put("governorate", "XX");
        order.put("status", "NOT_A_STATUS");
        order.put("futureKey", "v=1");
        order.put("case", "MZN-2020-0001");
        order.put("procedure", "urgent");
        order.put("submitterConfidential", "yes");

        assertEquals(List.of(new OrderFacts.Fact("Case", "MZN-2020-0001"), new OrderFacts.Fact("Governorate", "XX"),
                new OrderFacts.Fact("Status", "NOT_A_STATUS"), new OrderFacts.Fact("Procedure", "Urgent action"),
                new OrderFacts.Fact("Submitter's identity kept confidential", "Yes"), new OrderFacts.Fact("futureKey", "v=1")),
                facts(order, Locale.ENGLISH));
    }

    private static List<OrderFacts.Fact> facts(Map<String, String> order, Locale locale) {
        return OrderFacts.of(order, new ReportText(Messages.in(locale)), TYPES, GOVERNORATES);
    }
}
