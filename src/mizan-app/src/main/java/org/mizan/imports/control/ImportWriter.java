package org.mizan.imports.control;

import org.mizan.cases.control.ArabicNames;
import org.mizan.cases.control.BulkTables;
import org.mizan.cases.control.CaseDraft;
import org.mizan.cases.control.CaseReferences;
import org.mizan.cases.control.PersonDraft;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.control.SqlStatement;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.PersonKind;
import org.mizan.cases.entity.Revision;
import org.mizan.platform.control.CopyTable;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an import's records as the services would (through {@link BulkTables}), spooled to disk chunk by chunk
 * and loaded with COPY at the end, all in the caller's transaction: the batch is in whole or not at all. Every
 * person and case names the batch; every case gets an {@code import_row} (its fingerprint, for re-runs) and a
 * revision saying where it came from. A perpetrator named in several rows is one person of the batch.
 */
final class ImportWriter implements AutoCloseable {

    private final SqlRunner db;
    private final CaseReferences references;
    private final long batchId;
    private final String user;
    private final Instant now;
    private final BulkTables tables;
    private final CopyTable importRows;
    private final CopyTable revisions;
    private final Map<String, Long> perpetrators = new HashMap<>();
    private long cases;
    private long persons;
    private long allocationNanos;

    ImportWriter(SqlRunner db, CaseReferences references, long batchId, String user, long userId, Instant now) {
        this.db = db;
        this.references = references;
        this.batchId = batchId;
        this.user = user;
        this.now = now;
        try {
            // The importer leads what they import, as they would lead a case they typed in.
            tables = new BulkTables(user, batchId, userId);
            importRows = new CopyTable("import_row", "fingerprint", "batch_id", "row_number", "case_id");
            revisions = new CopyTable("revision", "entity_type", "entity_id", "changed_at", "changed_by", "changes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(List<ImportRecord> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        Deque<Long> caseIds = ids("violation_case", chunk.size());
        long victims = chunk.stream().filter(r -> r.victim() != null).count();
        long newPerpetrators = chunk.stream().filter(this::newPerpetrator).count();
        Deque<Long> personIds = ids("person", (int) (victims + newPerpetrators));
        Map<Integer, Integer> nextSequence = sequences(chunk);
        allocationNanos += System.nanoTime() - start;
        try {
            for (ImportRecord record : chunk) {
                Long victim = record.victim() == null ? null : person(personIds.pop(), record.victim(), record.row());
                Long perpetrator = perpetrator(record, personIds);
                long caseId = caseIds.pop();
                int year = record.draft().incidentDate().year();
                String reference = CaseReferences.format(year, nextSequence.merge(year, 1, Integer::sum) - 1);
                tables.violationCase(caseId, reference, withPersons(record.draft(), victim, perpetrator), CaseStatus.INTAKE, now, now);
                importRows.row(record.fingerprint(), batchId, record.row(), caseId);
                revisions.row(Revision.CASE, caseId, now, user, provenance(record.row()));
                cases++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads everything spooled; the caller's transaction decides whether it stays. */
    void load(CopyManager copy) throws IOException, SQLException {
        tables.copyInto(copy);
        importRows.copyInto(copy);
        revisions.copyInto(copy);
    }

    /** Seconds spent taking ids and references from the database, of the spooling's time. */
    double allocationSeconds() {
        return allocationNanos / 1e9;
    }

    long cases() {
        return cases;
    }

    long persons() {
        return persons;
    }

    /** True once for each perpetrator the batch has not named yet, whose id is then taken with the chunk's. */
    private boolean newPerpetrator(ImportRecord record) {
        if (record.perpetrator() == null || perpetrators.containsKey(perpetratorKey(record))) {
            return false;
        }
        perpetrators.put(perpetratorKey(record), null);
        return true;
    }

    private Long perpetrator(ImportRecord record, Deque<Long> personIds) throws IOException {
        if (record.perpetrator() == null) {
            return null;
        }
        String key = perpetratorKey(record);
        Long id = perpetrators.get(key);
        if (id == null) {
            PersonKind kind = switch (record.perpetratorKind()) {
                case UNIT -> PersonKind.UNIT;
                case ARMED_GROUP -> PersonKind.ARMED_GROUP;
                default -> PersonKind.INDIVIDUAL;
            };
            boolean arabic = ArabicNames.containsArabic(record.perpetrator());
            PersonDraft draft = new PersonDraft(kind, arabic ? record.perpetrator() : null, arabic ? null : record.perpetrator(),
                    List.of(), null, null, List.of(), null, null);
            id = person(personIds.pop(), draft, record.row());
            perpetrators.put(key, id);
        }
        return id;
    }

    private long person(long id, PersonDraft draft, long row) throws IOException {
        tables.person(id, draft, now);
        revisions.row(Revision.PERSON, id, now, user, provenance(row));
        persons++;
        return id;
    }

    private static String perpetratorKey(ImportRecord record) {
        return record.perpetratorKind() + ":" + ArabicNames.normalise(record.perpetrator());
    }

    private static CaseDraft withPersons(CaseDraft draft, Long victim, Long perpetrator) {
        List<CaseDraft.PartyDraft> parties = new ArrayList<>();
        for (CaseDraft.PartyDraft party : draft.partiesOrEmpty()) {
            Long person = party.role() == PartyRole.VICTIM ? victim
                    : party.perpetratorKind() == PerpetratorKind.UNIDENTIFIED ? null : perpetrator;
            parties.add(party.withPerson(person));
        }
        return draft.withParties(parties);
    }

    /**
     * The revision history's first entry of an imported record: where it came from, as {@code <batch>:<row>} (the
     * history page says it in the reader's language), in RevisionLog's JSON. Written out rather than built with JSON-P:
     * looking the provider up twice a row cost seconds per hundred thousand rows, and the text is only digits.
     */
    private String provenance(long row) {
        return "[{\"field\":\"" + Revision.IMPORT_FIELD + "\",\"old\":\"\",\"new\":\"" + batchId + ":" + row + "\"}]";
    }

    /** {@code count} ids from the table's own sequence, so records created meanwhile by hand never collide. */
    private Deque<Long> ids(String table, int count) {
        Deque<Long> ids = new ArrayDeque<>(count);
        if (count > 0) {
            db.rows(new SqlStatement("SELECT nextval(pg_get_serial_sequence('" + table + "', 'id')) FROM generate_series(1, ?)",
                    List.of(count))).forEach(row -> ids.add(((Number) row[0]).longValue()));
        }
        return ids;
    }

    /** Reserves each year's references for the chunk; returns the first sequence number of each year. */
    private Map<Integer, Integer> sequences(List<ImportRecord> chunk) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        chunk.forEach(r -> perYear.merge(r.draft().incidentDate().year(), 1, Integer::sum));
        Map<Integer, Integer> first = new HashMap<>();
        perYear.forEach((year, count) -> first.put(year, references.reserve(year, count)));
        return first;
    }

    @Override
    public void close() {
        try (tables; importRows; revisions) {
            // closing deletes the spool files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
