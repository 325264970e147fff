package org.mizan.it;

import com.deque.html.axecore.results.Rule;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.platform.control.Messages;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, in English, Arabic and Kurdish, for every role allowed on it, with data on it: a case with a victim, a
 * perpetrator, evidence, a family contact, a prosecution with events and a hearing coming up, an import batch and an
 * issued report. A page fails on an error page, a console error, a message key shown instead of its text, a page
 * wider than a phone (390 px) or a laptop (1366 px), and any critical or serious WCAG 2.1 AA violation axe-core finds.
 */
@ExtendWith(MizanServerExtension.class)
class PageSmokeIT {

    private static final List<String> LANGUAGES = List.of("en", "ar", "ckb");
    /** Pages photographed for docs/screenshots/ (copied from target/it/screenshots/ by hand when they change). */
    private static final List<String> KEY_PAGES = List.of("/cases/list.xhtml", "/cases/case.xhtml", "/evidence/items.xhtml",
            "/legal/proceedings.xhtml", "/legal/impunity.xhtml");
    private static final int PHONE = 390;
    private static final int LAPTOP = 1366;

    @Test
    void everyPageWorksInEveryLanguageForEveryRoleOnAPhoneAndALaptop(MizanServer server, Api api) throws Exception {
        Scene scene = Scene.build(api);
        Map<String, List<String>> pagesByRole = new LinkedHashMap<>();
        pagesByRole.put(scene.investigator(), List.of("/index.xhtml", "/cases/list.xhtml", "/cases/case.xhtml?ref=" + scene.reference(),
                "/contacts/contacts.xhtml?case=" + scene.reference(), "/evidence/items.xhtml?ref=" + scene.reference(),
                "/evidence/item.xhtml?id=" + scene.evidence(), "/legal/dashboard.xhtml", "/legal/proceedings.xhtml?case=" + scene.reference(),
                "/legal/impunity.xhtml", "/legal/impunity.xhtml?case=" + scene.reference(), "/reports/periodic.xhtml",
                "/reports/verify.xhtml", "/imports/import.xhtml", "/imports/batches.xhtml", "/account/password.xhtml",
                "/account/second-factor.xhtml", "/account/sessions.xhtml"));
        pagesByRole.put(scene.lawyer(), List.of("/index.xhtml", "/cases/case.xhtml?ref=" + scene.reference(),
                "/legal/dashboard.xhtml", "/legal/proceedings.xhtml?case=" + scene.reference(),
                "/evidence/items.xhtml?ref=" + scene.reference()));
        pagesByRole.put(scene.advocate(), List.of("/index.xhtml", "/cases/list.xhtml", "/cases/case.xhtml?ref=" + scene.reference(),
                "/legal/impunity.xhtml", "/reports/periodic.xhtml", "/reports/memorial.xhtml"));
        pagesByRole.put(MizanServer.ADMIN, List.of("/index.xhtml", "/admin/users.xhtml", "/admin/audit.xhtml", "/admin/demo.xhtml",
                "/admin/backups.xhtml",
                "/imports/batches.xhtml"));

        List<String> problems = new ArrayList<>();
        Map<String, Integer> violationsByRule = new java.util.TreeMap<>();
        int visits = 0;
        for (Map.Entry<String, List<String>> role : pagesByRole.entrySet()) {
            try (Browser browser = new Browser(server)) {
                browser.signIn(role.getKey(), role.getKey().equals(MizanServer.ADMIN) ? server.adminPassword() : Api.USER_PASSWORD);
                for (String language : LANGUAGES) {
                    browser.open("/language?to=" + language + "&back=/index.xhtml");
                    for (String page : role.getValue()) {
                        visits++;
                        problems.addAll(check(browser, role.getKey(), language, page, violationsByRule,
                                role.getKey().equals(scene.investigator()) && KEY_PAGES.contains(page.replaceAll("\\?.*", ""))));
                    }
                }
            }
        }
        try (Browser anonymous = new Browser(server)) {
            for (String language : LANGUAGES) {
                anonymous.open("/language?to=" + language + "&back=/login.xhtml");
                visits++;
                problems.addAll(check(anonymous, "anonymous", language, "/login.xhtml", violationsByRule, false));
            }
        }
        System.out.println("Page smoke test: " + visits + " page visits, " + problems.size() + " problems; axe-core violations by rule "
                + "(critical and serious, counted per page visit): " + violationsByRule);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static List<String> check(Browser browser, String role, String language, String page, Map<String, Integer> byRule,
                                      boolean photograph) {
        String name = language + page.replaceAll("\\?.*", "").replace(".xhtml", "").replace('/', '-');
        String where = role + " " + language + " " + page + ": ";
        List<String> problems = new ArrayList<>();
        browser.resize(LAPTOP, 900);
        browser.open(page);
        browser.awaitAjax();
        Messages messages = Messages.in(Locale.forLanguageTag(language));
        if (browser.present("error-text") || messages.get("error.500.title").equals(browser.driver().getTitle())) {
            problems.add(where + "error page: " + browser.driver().getTitle());
            browser.screenshot("smoke-" + role + "-" + language + page.replaceAll("[^a-z]", "-"));
            return problems;
        }
        if (!language.equals(browser.htmlAttribute("lang"))) {
            problems.add(where + "lang=" + browser.htmlAttribute("lang"));
        }
        String expectedDirection = "en".equals(language) ? "ltr" : "rtl";
        if (!expectedDirection.equals(browser.htmlAttribute("dir"))) {
            problems.add(where + "dir=" + browser.htmlAttribute("dir"));
        }
        rawKeys(browser.driver().getPageSource()).forEach(key -> problems.add(where + "message key shown raw: " + key));
        browser.consoleErrors().forEach(error -> problems.add(where + "console: " + error));
        long overflow = browser.horizontalOverflow();
        if (overflow > 1) {
            problems.add(where + overflow + " px wider than a " + LAPTOP + " px window: " + browser.overflowingElements());
        }
        if (photograph) {
            browser.screenshot("page-" + name + "-" + LAPTOP);
        }
        for (Rule rule : browser.wcagViolations()) {
            byRule.merge(rule.getId(), 1, Integer::sum);
            problems.add(where + "axe " + rule.getImpact() + " " + rule.getId() + " on " + rule.getNodes().stream()
                    .limit(3).map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "))
                    + (rule.getNodes().size() > 3 ? " and " + (rule.getNodes().size() - 3) + " more" : "") + " ("
                    + String.valueOf(rule.getNodes().get(0).getFailureSummary()).replaceAll("\\s+", " ") + ")");
        }
        browser.resize(PHONE, 844);
        if (photograph) {
            browser.screenshot("page-" + name + "-" + PHONE);
        }
        long phoneOverflow = browser.horizontalOverflow();
        if (phoneOverflow > 1) {
            problems.add(where + phoneOverflow + " px wider than a " + PHONE + " px phone: " + browser.overflowingElements());
            browser.screenshot("smoke-phone-" + role + "-" + language + page.replaceAll("[^a-z]", "-"));
        }
        return problems;
    }

    /** JSF shows a missing key as ???key???; a key of ours shown as such is one of the bundle's keys as a whole word. */
    private static final Pattern MISSING = Pattern.compile("\\?\\?\\?[^?<]+\\?\\?\\?");
    private static final Set<String> KEYS = ResourceBundle.getBundle("org.mizan.i18n.messages", Locale.ROOT).keySet().stream()
            .filter(key -> key.indexOf('.') > 0).collect(Collectors.toSet());

    static List<String> rawKeys(String html) {
        List<String> found = new ArrayList<>();
        MISSING.matcher(html).results().forEach(match -> found.add(match.group()));
        String text = html.replaceAll("(?s)<script.*?</script>|<[^>]*>", " ");
        for (String word : text.split("[\\s\"'(),:;]+")) {
            if (KEYS.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** The data every page shows: one case of an investigator's team with everything a case can hold. */
    private record Scene(String investigator, String lawyer, String advocate, String reference, long evidence) {

        static Scene build(Api api) throws InterruptedException {
            String investigator = api.createUser("smokeinv", "INVESTIGATOR");
            String lawyer = api.createUser("smokelaw", "LAWYER");
            String advocate = api.createUser("smokeadv", "ADVOCATE");
            String investigatorToken = api.token(investigator, Api.USER_PASSWORD);
            String lawyerToken = api.token(lawyer, Api.USER_PASSWORD);
            long victim = CaseIT.person(api, investigatorToken, "سجاد الموسوي", "Sajjad al-Musawi");
            String reference = LawyerJourneyIT.caseWithProceeding(api, investigatorToken, lawyerToken, investigator, lawyer, lawyer,
                    Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED")
                            .add("ageAtIncident", 26)));
            long proceeding = api.get("/api/cases/" + reference + "/proceedings", lawyerToken).array().getJsonObject(0)
                    .getJsonNumber("id").longValue();
            expect(201, api.post("/api/proceedings/" + proceeding + "/hearings", lawyerToken, Api.object()
                    .add("startsAt", Instant.now().plusSeconds(5 * 86_400).toString()).add("purpose", "جلسة استماع").build().toString()));
            // The same trial of a second victim: the proceeding is linked to that case too, so its page says so.
            Api.Reply second = api.post("/api/cases", investigatorToken, CaseIT.caseBody("Second victim of the same trial")
                    .add("assignees", Api.array(investigator, lawyer)).build().toString());
            expect(201, second);
            expect(200, api.send(api.builder("/api/cases/" + second.json().getString("reference") + "/proceedings/" + proceeding, lawyerToken)
                    .PUT(HttpRequest.BodyPublishers.noBody()).build()));

            Api.Reply uploaded = api.send(api.builder("/api/cases/" + reference + "/evidence?name=statement.txt",
                    investigatorToken).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("Statement of a witness, " + System.nanoTime(), StandardCharsets.UTF_8)).build());
            expect(201, uploaded);
            long evidence = uploaded.json().getJsonNumber("id").longValue();

            expect(201, api.post("/api/cases/" + reference + "/contacts", investigatorToken, Api.object().add("personId", victim)
                    .add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH").add("safeChannel", "SIGNAL")
                    .add("language", "ar").add("name", "أم سجاد").add("phones", Api.array("+964 770 123 4567")).build().toString()));

            String csv = "الاسم,Latin name,Date,Governorate,Type,Fate,Details,Perpetrator\r\n"
                    + "علي حسين,Ali Hussein,2020-03-10,بغداد,اغتيال,,Smoke " + System.nanoTime() + ",\r\n";
            String upload = ImportIT.upload(api, investigatorToken, csv.getBytes(StandardCharsets.UTF_8), "smoke.csv").getString("uploadId");
            Api.Reply imported = api.post("/api/imports/uploads/" + upload + "/import", investigatorToken, "{\"mapping\": {\"الاسم\": "
                    + "\"VICTIM_NAME\", \"Latin name\": \"VICTIM_NAME_LATIN\", \"Date\": \"INCIDENT_DATE\", \"Governorate\": \"GOVERNORATE\","
                    + " \"Type\": \"VIOLATION_TYPE\", \"Details\": \"NARRATIVE\"}}");
            expect(202, imported);
            ImportIT.finished(api, investigatorToken, imported.json());

            expect(200, api.get("/api/cases/" + reference + "/dossier?audience=INTERNAL&lang=ar", lawyerToken));
            return new Scene(investigator, lawyer, advocate, reference, evidence);
        }

        private static void expect(int status, Api.Reply reply) {
            assertEquals(status, reply.status(), reply.body());
        }
    }
}
