package org.mizan.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import over REST: files in both encodings and both formats, mixed-language values, bad dates,
 * unknown governorates, a duplicate of a recorded person, formula-looking cells, a 50 MB file; the dry run writes
 * nothing; re-running a file creates nothing new; a rollback removes exactly one batch. Every file carries a token
 * of its own in its narratives, so that its rows are new to the shared database whatever ran before.
 */
@ExtendWith(MizanServerExtension.class)
class ImportIT {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final String MAPPING = """
            {"الاسم": "VICTIM_NAME", "Latin name": "VICTIM_NAME_LATIN", "Date": "INCIDENT_DATE", "Governorate": "GOVERNORATE",
             "Type": "VIOLATION_TYPE", "Fate": "VICTIM_FATE", "Details": "NARRATIVE", "Perpetrator": "PERPETRATOR",
             "Place": "LOCALITY"}""";
    private static final String HEADER = "الاسم,Latin name,Date,Governorate,Type,Fate,Details,Perpetrator";

    private final Api api;
    private final String investigator;
    private final String token = Api.unique("imp");

    ImportIT(Api api) {
        this.api = api;
        this.investigator = api.newUserToken("impinv", "INVESTIGATOR");
    }

    /** Seven rows: four good ones in three languages, one with a bad date and an unknown governorate, one with an unknown type. */
    private String mixedCsv(String existingVictim) {
        return String.join("\r\n", HEADER,
                "علي حسين الساعدي,Ali Hussein al-Saadi,2020-08-19,بغداد,اغتيال,قتل,\"" + FORMULA.replace("\"", "\"\"") + " " + token + "\",مسلحون مجهولون",
                ",Haider Jabbar,19/8/2020,Basra,abduction; torture,missing,taken at a checkpoint " + token + ",Kataib Sayyid",
                "زينب كاظم,,آب 2020,Dhi Qar,تهديد,,threatened by phone " + token + ",",
                "حسن علي,,32/13/2020,Atlantis,اغتيال,,bad row " + token + ",",
                "کاوە عومەر,,2019,هەولێر,ڕفاندن,,Kurdish row " + token + ",",
                "محمد جاسم,,2021-03-02,النجف,something odd,,unknown type " + token + ",",
                existingVictim + ",,2020-01-05,Karbala,torture,,duplicate row " + token + ",") + "\r\n";
    }

    @Test
    void dryRunReportsEveryRowProblemInTheUsersLanguageAndWritesNothing() throws Exception {
        String existing = "مصطفى كريم " + arabicSurname();
        long person = CaseIT.person(api, investigator, existing, null);
        byte[] csv = withBom(mixedCsv(existing).getBytes(StandardCharsets.UTF_8));
        JsonObject preview = upload(csv, "cases.csv");
        assertEquals("CSV", preview.getString("format"));
        assertEquals("UTF-8", preview.getString("encoding").toUpperCase());
        assertEquals("الاسم", preview.getJsonArray("headers").getString(0), "the BOM is not part of the first header");
        long before = count("SELECT count(*) FROM violation_case");

        JsonObject report = finished(dryRun(preview.getString("uploadId"), "en"));
        assertEquals(7, report.getInt("rowsRead"));
        assertEquals(5, report.getInt("casesCreated"), report.toString());
        assertEquals(2, report.getInt("rowsInvalid"));
        JsonArray errors = report.getJsonArray("errors");
        assertTrue(hasError(errors, 5, "Date", "32/13/2020"), errors.toString());
        assertTrue(hasError(errors, 5, "Governorate", "Unknown governorate \"Atlantis\""), errors.toString());
        assertTrue(hasError(errors, 7, "Type", "Unknown violation type \"something odd\""), errors.toString());
        assertTrue(report.getJsonArray("duplicates").stream().map(JsonObject.class::cast)
                .anyMatch(d -> d.getInt("row") == 8 && !d.isNull("personId") && d.getJsonNumber("personId").longValue() == person),
                () -> "the recorded person is offered as a possible duplicate: " + report.getJsonArray("duplicates"));
        assertEquals(before, count("SELECT count(*) FROM violation_case"), "a dry run writes nothing");

        JsonObject arabic = finished(dryRun(preview.getString("uploadId"), "ar"));
        assertTrue(hasError(arabic.getJsonArray("errors"), 5, "Governorate", "محافظة غير معروفة"), arabic.toString());
    }

    @Test
    void importsOnceRecognisesARerunAndRollsBackExactlyOneBatch() throws Exception {
        byte[] csv = mixedCsv("سعاد ناصر").getBytes(StandardCharsets.UTF_8);
        JsonObject first = finished(importFile(upload(csv, "first.csv").getString("uploadId")));
        assertEquals("DONE", first.getString("state"), first.toString());
        long batch = first.getJsonNumber("batchId").longValue();
        assertEquals(5, first.getInt("casesCreated"));
        assertEquals(5, count("SELECT count(*) FROM violation_case WHERE import_batch_id = " + batch));
        assertEquals(FORMULA + " " + token, single("SELECT narrative FROM violation_case WHERE import_batch_id = " + batch
                + " AND narrative LIKE '=HYPERLINK%'"), "a formula-looking cell is kept as text, never evaluated");
        assertEquals("2020-08", single("SELECT incident_year || '-' || lpad(incident_month::text, 2, '0') FROM violation_case WHERE import_batch_id = "
                + batch + " AND narrative LIKE 'threatened%' AND incident_day IS NULL"), "آب 2020 is August 2020, day unknown");
        assertEquals(5, count("SELECT count(*) FROM revision r JOIN violation_case c ON c.id = r.entity_id AND r.entity_type = 'CASE' "
                + "WHERE c.import_batch_id = " + batch + " AND r.changes @> '[{\"field\": \"import\"}]' "
                + "AND r.changes -> 0 ->> 'new' LIKE '" + batch + ":%'"),
                "every imported case's history starts with its batch and row");
        assertEquals(1, count("SELECT count(*) FROM case_party p JOIN violation_case c ON c.id = p.case_id WHERE c.import_batch_id = "
                + batch + " AND p.role = 'PERPETRATOR' AND p.perpetrator_kind = 'UNIDENTIFIED'"), "unidentified gunmen are no person");
        assertEquals(5, count("SELECT count(*) FROM violation_case c JOIN app_user u ON u.id = c.lead_id AND u.username = c.created_by "
                + "JOIN case_assignee a ON a.case_id = c.id AND a.user_id = u.id WHERE c.import_batch_id = " + batch),
                "the importer leads every case they import and is on its team, as for a case typed in");

        JsonObject again = finished(importFile(upload(csv, "first-again.csv").getString("uploadId")));
        assertEquals("DONE", again.getString("state"), again.toString());
        assertEquals(0, again.getInt("casesCreated"), "re-running the same file creates nothing new");
        assertEquals(5, again.getInt("rowsKnown"));
        long emptyBatch = again.getJsonNumber("batchId").longValue();

        byte[] other = String.join("\r\n", HEADER, "نور الهدى,,2020-02-02,بغداد,اغتيال,,second batch " + token + ",")
                .getBytes(StandardCharsets.UTF_8);
        long secondBatch = finished(importFile(upload(other, "second.csv").getString("uploadId"))).getJsonNumber("batchId").longValue();
        long casesBefore = count("SELECT count(*) FROM violation_case");
        long personsBefore = count("SELECT count(*) FROM person");
        long batchPersons = count("SELECT count(*) FROM person WHERE import_batch_id = " + batch);

        assertEquals(403, api.post("/api/imports/batches/" + batch + "/rollback", investigator, "{}").status());
        Api.Reply rolled = api.post("/api/imports/batches/" + batch + "/rollback", api.adminToken(), "{}");
        assertEquals(204, rolled.status(), rolled.body());
        assertEquals(casesBefore - 5, count("SELECT count(*) FROM violation_case"));
        assertEquals(personsBefore - batchPersons, count("SELECT count(*) FROM person"));
        assertEquals(1, count("SELECT count(*) FROM violation_case WHERE import_batch_id = " + secondBatch), "the other batch stays");
        assertEquals(0, count("SELECT count(*) FROM import_row WHERE batch_id = " + batch));
        assertEquals("ROLLED_BACK", single("SELECT state FROM import_batch WHERE id = " + batch));
        assertEquals("IMPORTED", single("SELECT state FROM import_batch WHERE id = " + emptyBatch));
        Api.Reply twice = api.post("/api/imports/batches/" + batch + "/rollback", api.adminToken(), "{}");
        assertEquals(409, twice.status());
        assertTrue(twice.contentType().startsWith("application/problem+json"));

        JsonObject reimported = finished(importFile(upload(csv, "first-after-rollback.csv").getString("uploadId")));
        assertEquals(5, reimported.getInt("casesCreated"), "after a rollback the rows can come in again");
    }

    @Test
    void rollbackIsRefusedOnceTheBatchIsBuiltOn() throws Exception {
        byte[] csv = String.join("\r\n", HEADER, "جواد كامل,,2020-05-05,Basra,threat,,built on " + token + ",")
                .getBytes(StandardCharsets.UTF_8);
        long batch = finished(importFile(upload(csv, "built-on.csv").getString("uploadId"))).getJsonNumber("batchId").longValue();
        try (Connection sql = api.server().sql(); var statement = sql.createStatement()) {
            statement.executeUpdate("UPDATE violation_case SET version = version + 1 WHERE import_batch_id = " + batch);
        }
        Api.Reply refused = api.post("/api/imports/batches/" + batch + "/rollback", api.adminToken(), "{}");
        assertEquals(409, refused.status(), refused.body());
        assertEquals(1, count("SELECT count(*) FROM violation_case WHERE import_batch_id = " + batch), "nothing was removed");
    }

    @Test
    void readsWindows1256TabSeparatedAndXlsxFiles() throws Exception {
        String tsv = String.join("\r\n", HEADER.replace(',', '\t'),
                "عباس فاضل\t\t19/8/2020\tالبصرة\tتعذيب\tجريح\tcp1256 " + token + "\t") + "\r\n";
        JsonObject preview = upload(tsv.getBytes(Charset.forName("windows-1256")), "cp1256.txt");
        assertEquals("windows-1256", preview.getString("encoding").toLowerCase());
        assertEquals("\t", preview.getString("delimiter"));
        JsonObject report = finished(importFile(preview.getString("uploadId")));
        assertEquals(1, report.getInt("casesCreated"), report.toString());
        assertEquals("عباس فاضل", single("SELECT p.name_ar FROM person p WHERE p.import_batch_id = " + report.getJsonNumber("batchId")));

        JsonObject xlsx = upload(workbook(), "cases.xlsx");
        assertEquals("XLSX", xlsx.getString("format"));
        JsonObject imported = finished(importFile(xlsx.getString("uploadId")));
        assertEquals(1, imported.getInt("casesCreated"), imported.toString());
        long batch = imported.getJsonNumber("batchId").longValue();
        assertEquals("2020-08-19", single("SELECT period_start::text FROM violation_case WHERE import_batch_id = " + batch),
                "a date cell is read as the date it shows");
        assertEquals("2", single("SELECT locality FROM violation_case WHERE import_batch_id = " + batch),
                "a formula cell gives its result, never its formula");
    }

    @Test
    void aFiftyMegabyteFileIsStreamedThroughTheDryRun() throws Exception {
        Path file = Files.createTempFile("mizan-import-50mb", ".csv");
        try {
            int rows = 0;
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER + "\r\n");
                String filler = "ش".repeat(180);
                LocalDate day = LocalDate.of(2019, 10, 1);
                while (Files.size(file) < 50L * 1024 * 1024 || rows == 0) {
                    for (int i = 0; i < 1000; i++, rows++) {
                        out.write("ضحية " + rows + ",,\"" + day.plusDays(rows % 1500) + "\",بغداد,اغتيال,,\"" + filler + " " + token
                                + " " + rows + "\",\r\n");
                    }
                    out.flush();
                }
            }
            Api.Reply uploaded = api.send(api.builder("/api/imports/uploads?name=big.csv", investigator)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build());
            assertEquals(201, uploaded.status(), uploaded.body());
            JsonObject report = finished(dryRun(uploaded.json().getString("uploadId"), "en"));
            assertEquals("DONE", report.getString("state"), report.toString());
            assertEquals(rows, report.getInt("rowsRead"));
            assertEquals(rows, report.getInt("casesCreated"));
            assertEquals(0, report.getInt("rowsInvalid"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void badRequestsAreClearProblems() {
        Api.Reply notSpreadsheet = api.send(api.builder("/api/imports/uploads?name=x.xls", investigator)
                .header("Content-Type", "application/vnd.ms-excel")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                        (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0})).build());
        assertEquals(400, notSpreadsheet.status(), notSpreadsheet.body());
        assertTrue(notSpreadsheet.contentType().startsWith("application/problem+json"));

        String uploadId = upload((HEADER + "\r\nعلي,,2020,بغداد,اغتيال,,x " + token + ",\r\n").getBytes(StandardCharsets.UTF_8), "ok.csv")
                .getString("uploadId");
        Api.Reply unknownField = api.post("/api/imports/uploads/" + uploadId + "/dry-run", investigator,
                "{\"mapping\": {\"Date\": \"WHEN\"}}");
        assertEquals(400, unknownField.status(), unknownField.body());
        Api.Reply noDate = api.post("/api/imports/uploads/" + uploadId + "/dry-run", investigator,
                "{\"mapping\": {\"Type\": \"VIOLATION_TYPE\"}}");
        assertEquals(400, noDate.status(), noDate.body());
        assertTrue(noDate.body().contains("INCIDENT_DATE"), noDate.body());
        String stranger = api.newUserToken("impother", "INVESTIGATOR");
        assertEquals(404, api.get("/api/imports/uploads/" + uploadId, stranger).status(), "an upload is its uploader's alone");
        String lawyer = api.newUserToken("implaw", "LAWYER");
        assertEquals(403, api.post("/api/imports/uploads/" + uploadId + "/import", lawyer, "{\"mappingName\": \"x\"}").status());
    }

    @Test
    void aSavedMappingIsUsedByName() throws Exception {
        String name = Api.unique("mapping");
        assertEquals(204, api.put("/api/imports/mappings/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"),
                investigator, MAPPING).status());
        assertTrue(api.get("/api/imports/mappings", investigator).json().getJsonObject(name).getString("Date").equals("INCIDENT_DATE"));
        String uploadId = upload((HEADER + "\r\nرشا,,2020-04-04,بغداد,اغتيال,,saved " + token + ",\r\n").getBytes(StandardCharsets.UTF_8),
                "saved.csv").getString("uploadId");
        Api.Reply started = api.post("/api/imports/uploads/" + uploadId + "/dry-run", investigator,
                "{\"mappingName\": \"" + name + "\"}");
        assertEquals(202, started.status(), started.body());
        assertEquals(1, finished(started.json()).getInt("casesCreated"));
    }

    private JsonObject upload(byte[] file, String name) {
        return upload(api, investigator, file, name);
    }

    static JsonObject upload(Api api, String investigator, byte[] file, String name) {
        Api.Reply reply = api.send(api.builder("/api/imports/uploads?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), investigator)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private JsonObject dryRun(String uploadId, String language) {
        return dryRun(api, investigator, uploadId, language, MAPPING);
    }

    static JsonObject dryRun(Api api, String investigator, String uploadId, String language, String mapping) {
        Api.Reply reply = api.send(api.builder("/api/imports/uploads/" + uploadId + "/dry-run", investigator)
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString("{\"mapping\": " + mapping + "}")).build());
        assertEquals(202, reply.status(), reply.body());
        return jakarta.json.Json.createObjectBuilder(reply.json()).add("language", language).build();
    }

    private JsonObject importFile(String uploadId) {
        Api.Reply reply = api.post("/api/imports/uploads/" + uploadId + "/import", investigator, "{\"mapping\": " + MAPPING + "}");
        assertEquals(202, reply.status(), reply.body());
        return reply.json();
    }

    /** Polls the job until it ends. */
    private JsonObject finished(JsonObject job) throws InterruptedException {
        return finished(api, investigator, job);
    }

    static JsonObject finished(Api api, String investigator, JsonObject job) throws InterruptedException {
        String language = job.containsKey("language") ? job.getString("language") : "en";
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = api.send(api.builder("/api/imports/jobs/" + job.getString("id"), investigator)
                    .header("Accept-Language", language).GET().build());
            assertEquals(200, reply.status(), reply.body());
            JsonObject status = reply.json();
            if (!"RUNNING".equals(status.getString("state"))) {
                assertFalse("FAILED".equals(status.getString("state")), status.toString());
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import job did not finish");
    }

    private static boolean hasError(JsonArray errors, int row, String column, String text) {
        return errors.stream().map(JsonObject.class::cast).anyMatch(e -> e.getInt("row") == row
                && column.equals(e.getString("column", null)) && e.getString("message").contains(text));
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(single(sql));
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = api.server().sql(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

    private static byte[] withBom(byte[] content) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] both = new byte[bom.length + content.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(content, 0, both, bom.length, content.length);
        return both;
    }

    /** A name no other run has used, so the person matcher finds exactly the one this test recorded. */
    static String arabicSurname() {
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمن";
        StringBuilder name = new StringBuilder("ال");
        for (int i = 0; i < 6; i++) {
            name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return name.toString();
    }

    /** One row: a real date cell, a formula (1+1, its result computed and cached) in the place column. */
    private byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Cases");
            List<String> headers = List.of("الاسم", "Date", "Governorate", "Type", "Details", "Place");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("فاطمة جبار");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            Cell when = row.createCell(1);
            when.setCellValue(LocalDate.of(2020, 8, 19));
            when.setCellStyle(date);
            row.createCell(2).setCellValue("Nasiriyah");
            row.createCell(3).setCellValue("Killing");
            row.createCell(4).setCellValue("xlsx " + token);
            row.createCell(5).setCellFormula("1+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
