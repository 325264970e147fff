package org.mizan.it;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.imports.control.TableFormat;
import org.mizan.imports.entity.ImportBatchState;
import org.mizan.platform.control.Messages;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrated schema guards itself: every foreign key can be followed back without reading the whole referencing
 * table, every column holding a code refuses what is not one of its codes, JSON is stored as JSON, and a user name
 * fits every column that records one. Read from the catalogue of the test server's database after Flyway migrated it,
 * so a new migration that forgets any of this fails here.
 */
@ExtendWith(MizanServerExtension.class)
class SchemaIT {

    /** What no code column may accept. */
    private static final String NOT_A_CODE = "not a code";

    /**
     * Coded columns written by SQL rather than through an enum-typed entity field, with their codes. The codes come
     * from the Java types that produce them wherever one exists.
     */
    private static final Map<String, List<String>> CODED_BY_SQL = Map.of(
            "import_batch.state", names(ImportBatchState.class),
            "import_batch.file_format", names(TableFormat.class),
            "issued_report.language", Messages.SUPPORTED.stream().map(Locale::getLanguage).toList(),
            "app_user.preferred_locale", Messages.SUPPORTED.stream().map(Locale::getLanguage).toList(),
            "revision.entity_type", List.of("CASE", "PERSON", "PROCEEDING", "MEASURE"),
            "case_source.reliability", List.of("A", "B", "C", "D", "E", "F"),
            "violation_case.country", List.of("IQ", "SY", "IR"));

    /** The coded columns found unguarded when the schema was last reviewed: they must stay among those checked. */
    private static final Set<String> NAMED_IN_REVIEW = Set.of("legal_event.type", "legal_event.verdict", "legal_event.returned_to",
            "family_contact.relationship", "family_contact.safe_channel", "family_contact.language",
            "contact_communication.channel", "person.occupation");

    /** Columns holding JSON, whatever wrote them. */
    private static final Set<String> JSON_COLUMNS = Set.of("revision.changes", "import_mapping.columns", "import_batch.columns",
            "evidence_item.metadata");

    /**
     * Columns whose name says "user name" but which hold something else: what was typed at a sign-in (any length
     * may be typed, and the audit trail keeps it as typed), who handed evidence over (free text about a person
     * outside Mizan), and the database role that ran a migration (Flyway's own table).
     */
    private static final Set<String> NOT_ACCOUNT_NAMES = Set.of("login_failure.username", "audit_entry.username",
            "audit_pending.username",
            "evidence_item.provided_by", "flyway_schema_history.installed_by");

    private final MizanServer server;

    SchemaIT(MizanServer server) {
        this.server = server;
    }

    @Test
    void everyForeignKeyLeadsSomeIndex() throws SQLException {
        // Deleting or changing a referenced row looks the referencing rows up by the key's columns: without an index
        // that starts with them, every such lookup reads the whole referencing table (and holds its locks meanwhile).
        // A partial index counts only when its condition is that the key is there at all.
        List<String> unindexed = strings("""
                SELECT c.conrelid::regclass || '(' || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord)
                          FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) || ') ' || c.conname
                FROM pg_constraint c
                WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
                  AND NOT EXISTS (
                      SELECT 1 FROM pg_index i
                      WHERE i.indrelid = c.conrelid
                        AND (i.indpred IS NULL OR (cardinality(c.conkey) = 1 AND pg_get_expr(i.indpred, i.indrelid) =
                             '(' || (SELECT quote_ident(attname) FROM pg_attribute
                                     WHERE attrelid = c.conrelid AND attnum = c.conkey[1]) || ' IS NOT NULL)'))
                        AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey
                        AND (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] <@ c.conkey)
                ORDER BY 1""");
        assertEquals(List.of(), unindexed, "foreign keys that no index starts with");
    }

    @Test
    void everyCodedColumnAcceptsItsCodesAndNothingElse() throws Exception {
        Map<String, List<String>> coded = new TreeMap<>(codedEntityColumns());
        assertTrue(coded.keySet().containsAll(NAMED_IN_REVIEW), "the scan of the entities finds " + coded.keySet());
        coded.putAll(CODED_BY_SQL);
        List<String> problems = new ArrayList<>();
        try (Connection db = server.sql()) {
            for (Map.Entry<String, List<String>> column : coded.entrySet()) {
                String[] name = column.getKey().split("\\.");
                List<Check> checks = checks(db, name[0]).stream().filter(c -> c.columns().equals(List.of(name[1]))).toList();
                if (checks.isEmpty()) {
                    problems.add(column.getKey() + ": no CHECK of its own");
                    continue;
                }
                for (String code : column.getValue()) {
                    if (!accepted(db, name[0], checks, Map.of(name[1], code))) {
                        problems.add(column.getKey() + ": refuses its code " + code);
                    }
                }
                if (accepted(db, name[0], checks, Map.of(name[1], NOT_A_CODE))) {
                    problems.add(column.getKey() + ": accepts " + NOT_A_CODE);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aLegalEventsDateIsAPartialDateLikeACases() throws SQLException {
        try (Connection db = server.sql()) {
            List<Check> checks = checks(db, "legal_event");
            assertTrue(accepted(db, "legal_event", checks, date(2020, 12, 31)));
            assertTrue(accepted(db, "legal_event", checks, date(2020, 2, null)));
            assertTrue(accepted(db, "legal_event", checks, date(2020, null, null)));
            assertFalse(accepted(db, "legal_event", checks, date(2020, 13, null)), "month 13");
            assertFalse(accepted(db, "legal_event", checks, date(2020, 0, null)), "month 0");
            assertFalse(accepted(db, "legal_event", checks, date(2020, 1, 32)), "day 32");
            assertFalse(accepted(db, "legal_event", checks, date(2020, 1, 0)), "day 0");
            assertFalse(accepted(db, "legal_event", checks, date(2020, null, 5)), "a day without its month");
            assertFalse(accepted(db, "legal_event", checks, date(20200, null, null)), "year 20200");
        }
    }

    @Test
    void jsonIsStoredAsJsonb() throws SQLException {
        Map<String, String> types = new TreeMap<>();
        try (Connection db = server.sql(); PreparedStatement query = db.prepareStatement(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                        + "WHERE table_schema = current_schema()");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (JSON_COLUMNS.contains(rows.getString(1))) {
                    types.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        assertEquals(JSON_COLUMNS, types.keySet());
        types.forEach((column, type) -> assertEquals("jsonb", type, column));
    }

    @Test
    void everyColumnRecordingAUserIsAsWideAsAUserName() throws SQLException {
        Map<String, Integer> widths = new TreeMap<>();
        try (Connection db = server.sql(); PreparedStatement query = db.prepareStatement(
                "SELECT table_name || '.' || column_name, character_maximum_length FROM information_schema.columns "
                        + "WHERE table_schema = current_schema() AND data_type = 'character varying' "
                        + "AND (column_name = 'username' OR column_name LIKE '%\\_by')");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (!NOT_ACCOUNT_NAMES.contains(rows.getString(1))) {
                    widths.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        Integer account = widths.get("app_user.username");
        assertEquals(64, account, "the width the user-name rule (app_user_username_format) allows");
        assertTrue(widths.size() > 20, "the columns found: " + widths.keySet());
        Map<String, Integer> other = new TreeMap<>(widths);
        other.values().removeIf(account::equals);
        assertEquals(Map.of(), other, "columns recording a user at another width than app_user.username");
    }

    /** A CHECK constraint: its name, its expression, the columns it reads. */
    private record Check(String name, String expression, List<String> columns) {
    }

    private static List<Check> checks(Connection db, String table) throws SQLException {
        List<Check> checks = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                SELECT c.conname, pg_get_expr(c.conbin, c.conrelid),
                       array(SELECT a.attname::text FROM unnest(c.conkey) k(attnum)
                             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY a.attname)
                FROM pg_constraint c WHERE c.contype = 'c' AND c.conrelid = to_regclass(?)""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    checks.add(new Check(rows.getString(1), rows.getString(2), List.of((String[]) rows.getArray(3).getArray())));
                }
            }
        }
        return checks;
    }

    /**
     * Whether a row with these values passes every one of the checks that reads only these columns (PostgreSQL
     * passes a CHECK that is true or null), evaluated on the values cast to the columns' types without writing a row.
     */
    private static boolean accepted(Connection db, String table, List<Check> checks, Map<String, Object> values) throws SQLException {
        Map<String, String> types = columnTypes(db, table);
        List<String> columns = new ArrayList<>(values.keySet());
        StringBuilder row = new StringBuilder();
        for (String column : columns) {
            row.append(row.isEmpty() ? "" : ", ").append("CAST(? AS ").append(types.get(column)).append(") AS \"").append(column).append('"');
        }
        for (Check check : checks) {
            if (!columns.containsAll(check.columns())) {
                continue;
            }
            try (PreparedStatement query = db.prepareStatement("SELECT " + check.expression() + " FROM (SELECT " + row + ") AS candidate")) {
                for (int i = 0; i < columns.size(); i++) {
                    Object value = values.get(columns.get(i));
                    query.setString(i + 1, value == null ? null : value.toString());
                }
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    boolean passed = result.getBoolean(1);
                    if (!passed && !result.wasNull()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Map<String, String> columnTypes(Connection db, String table) throws SQLException {
        Map<String, String> types = new TreeMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                + "WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return types;
    }

    private static Map<String, Object> date(Integer year, Integer month, Integer day) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("event_year", year);
        values.put("event_month", month);
        values.put("event_day", day);
        return values;
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = server.sql(); PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** An enum stored through a converter by its {@code code()} (ContactLanguage's "ckb"): those codes. */
    private static List<String> codes(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> {
            try {
                return String.valueOf(type.getMethod("code").invoke(e));
            } catch (ReflectiveOperationException noCode) {
                throw new AssertionError(type + " is stored through a converter but has no code()", noCode);
            }
        }).toList();
    }

    /** {@code table.column} of every enum an entity stores by name or (through a converter) by code, with those. */
    private static Map<String, List<String>> codedEntityColumns() throws IOException, URISyntaxException, ClassNotFoundException {
        Map<String, List<String>> coded = new TreeMap<>();
        for (Class<?> entity : entities()) {
            String table = entity.getAnnotation(Table.class).name();
            for (Class<?> c = entity; c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Enumerated enumerated = field.getAnnotation(Enumerated.class);
                    boolean byCode = field.getAnnotation(Convert.class) != null && field.getType().isEnum();
                    if (enumerated == null && !byCode) {
                        continue;
                    }
                    assertTrue(byCode || enumerated.value() == EnumType.STRING, field + " is stored by ordinal");
                    Column column = field.getAnnotation(Column.class);
                    String name = column != null && !column.name().isEmpty() ? column.name() : field.getName();
                    CollectionTable collection = field.getAnnotation(CollectionTable.class);
                    Class<?> type = collection == null ? field.getType()
                            : (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
                    coded.put((collection == null ? table : collection.name()) + "." + name.toLowerCase(Locale.ROOT),
                            byCode ? codes(type) : Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
                }
            }
        }
        return coded;
    }

    /** Every JPA entity of the application, found where its classes were compiled to (a folder or a jar). */
    private static Set<Class<?>> entities() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ViolationCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(root)) {
            collect(root, names);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                collect(jar.getPath("/"), names);
            }
        }
        Set<Class<?>> entities = new java.util.LinkedHashSet<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, SchemaIT.class.getClassLoader());
            if (type.isAnnotationPresent(Entity.class)) {
                entities.add(type);
            }
        }
        assertTrue(entities.contains(ViolationCase.class), "entities found under " + root + ": " + entities);
        return entities;
    }

    private static void collect(Path root, Set<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.map(root::relativize).map(Path::toString).filter(p -> p.matches("org/mizan/[a-z]+/entity/[A-Za-z]+\\.class"))
                    .forEach(p -> names.add(p.substring(0, p.length() - ".class".length()).replace('/', '.')));
        }
    }
}
