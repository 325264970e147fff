package org.mizan.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.CaseTeams;
import org.mizan.evidence.control.Custody;
import org.mizan.evidence.control.EvidenceQueries;
import org.mizan.evidence.control.EvidenceStore;
import org.mizan.evidence.entity.CustodyAction;
import org.mizan.evidence.entity.CustodyEvent;
import org.mizan.evidence.entity.EvidenceItem;
import org.mizan.platform.control.Forbidden;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.reports.entity.Audience;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Evidence packages: chosen items of one case handed over as a signed BagIt bag (docs/evidence-packages.md) — the original
 * bytes from the evidence store, each item's provenance and custody as JSON, the case as the chosen audience may see it,
 * who made it, for whom and why. Made by the investigators and lawyers on the case's team only: a case or an item the
 * caller may not see is 404, a visible case they are not on the team of is 403. Once the whole package has been written,
 * each item's chain of custody gets an EXPORT entry naming the recipient, the purpose and the SHA-256 of the zip as sent
 * (known only then: it is hashed while it streams); a package cut off half-way leaves no custody entry, only a failed
 * audit entry.
 */
@ApplicationScoped
public class EvidencePackages {

    public static final String ACTION = "EVIDENCE_PACKAGE";
    static final int MAX_PURPOSE = 500;
    static final int MAX_RECIPIENT = 200;
    static final int MAX_ITEMS = 1000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Inject
    CaseTeams teams;
    @Inject
    EvidenceQueries queries;
    @Inject
    EvidenceStore store;
    @Inject
    Custody custody;
    @Inject
    CaseExport export;
    @Inject
    Redaction redaction;
    @Inject
    AuditTrail audit;
    @Inject
    OrganisationSigning signing;
    @Inject
    Clock clock;

    /** What is asked for: the items (ids), for which audience, why and for whom. */
    public record Request(List<Long> items, Audience audience, String purpose, String recipient) {
    }

    /** One item to pack: the row, its custody so far, and where its bytes go in the bag. */
    public record Packed(EvidenceItem item, List<CustodyEvent> custody, String payloadPath) {
    }

    /** Everything a package needs, checked and read while the request can still be refused. */
    public record Plan(String reference, Request request, Actor actor, Instant madeAt, CaseExport.Row caseRow, List<Packed> items) {

        /** The bag's folder, and the zip's name without ".zip". */
        public String name() {
            return reference + "-evidence-" + STAMP.format(madeAt);
        }
    }

    /** Checks the request and reads what goes in; nothing is written yet. */
    @Transactional
    public Plan prepare(String reference, Request request, CaseReader reader, Actor actor) {
        CaseTeams.Membership membership = teams.membership(reference, reader);
        if (!membership.onTeam()) {
            deny(reference, actor);
            throw new Forbidden(reader.username() + " is not on the team of case " + reference);
        }
        validate(request);
        redaction.requireAllowed(request.audience(), reader);
        CaseExport.Row row = export.row(reference, request.audience(), reader);
        List<Packed> items = new ArrayList<>();
        for (long id : new LinkedHashSet<>(request.items())) {
            EvidenceItem item = queries.item(id, reader);
            if (item.getCaseId() != membership.caseId()) {
                throw new NotFound("evidence " + id); // an item of another case is not part of this one, visible or not
            }
            items.add(new Packed(item, custody.of(id), PackageFiles.payloadPath(item, row.redacted().staffDetails())));
        }
        return new Plan(reference, request, actor, clock.instant(), row, items);
    }

    /**
     * Streams the package to {@code out}: the items' bytes, their JSON, {@code caseSummary} (the case as the audience may see
     * it, in the export's JSON), bag-info, manifests and signature; then records custody and audit. Returns the zip's SHA-256.
     */
    public String write(Plan plan, byte[] caseSummary, OutputStream out) throws IOException {
        Outcome outcome = Outcome.FAILURE;
        String sha = null;
        try {
            // Not try-with-resources: closing would end the zip, and a package that failed half-way must stay a broken zip.
            BagWriter bag = new BagWriter(out, plan.name());
            boolean staff = plan.caseRow().redacted().staffDetails();
            for (Packed packed : plan.items()) {
                bag.payload(packed.payloadPath(), store.open(packed.item().getSha256(), 0), packed.item().getSha256());
            }
            for (Packed packed : plan.items()) {
                bag.tag("metadata/items/" + packed.item().getId() + ".json", PackageFiles.itemJson(plan, packed, staff));
            }
            bag.tag("metadata/case-summary.json", caseSummary);
            bag.finish(bagInfo(plan), signing.key());
            bag.close();
            sha = bag.packageSha256();
            outcome = Outcome.SUCCESS;
        } finally {
            record(plan, outcome, sha);
        }
        return sha;
    }

    private Map<String, String> bagInfo(Plan plan) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", signing.organisation());
        info.put("Contact-Name", plan.actor().username());
        info.put("External-Description", "Evidence of case " + plan.reference() + " for " + plan.request().recipient() + ": "
                + plan.request().purpose());
        info.put("External-Identifier", plan.name());
        info.put("Bagging-Date", plan.madeAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        info.put("Mizan-Case", plan.reference());
        info.put("Mizan-Audience", plan.request().audience().name());
        info.put("Mizan-Made-By", plan.actor().username());
        info.put("Mizan-Made-At", plan.madeAt().toString());
        info.put("Mizan-Recipient", plan.request().recipient());
        info.put("Mizan-Purpose", plan.request().purpose());
        info.put("Mizan-Signature", BagWriter.SIGNATURE + " (" + signing.key().algorithm() + " over tagmanifest-sha256.txt)");
        info.put("Mizan-Certificate-SHA256", signing.key().fingerprint());
        return info;
    }

    /** The custody entries (only for a whole package) and the audit entry; never the bytes or names of what was packed. */
    private void record(Plan plan, Outcome outcome, String sha) {
        if (outcome == Outcome.SUCCESS) {
            String reason = "Package " + sha + " to " + plan.request().recipient() + ": " + plan.request().purpose();
            for (Packed packed : plan.items()) {
                custody.record(packed.item().getId(), CustodyAction.EXPORT, plan.actor(), reason);
            }
        }
        audit.record(new AuditEvent(plan.actor().username(), plan.actor().clientAddress(), ACTION, "case:" + plan.reference(), outcome,
                plan.items().size() + " items, audience " + plan.request().audience() + (sha == null ? "" : ", sha256 " + sha)));
    }

    private void deny(String reference, Actor actor) {
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION, "case:" + reference, Outcome.DENIED, "not on the team"));
    }

    private static void validate(Request request) {
        if (request.items() == null || request.items().isEmpty()) {
            throw new InvalidInput("items", "validation.required");
        }
        if (request.items().contains(null)) {
            throw new InvalidInput("items", "validation.nullInList");
        }
        if (request.items().size() > MAX_ITEMS) {
            throw new InvalidInput("items", "validation.range", 1, MAX_ITEMS);
        }
        if (request.audience() == null) {
            throw new InvalidInput("audience", "validation.required");
        }
        text("purpose", request.purpose(), MAX_PURPOSE);
        text("recipient", request.recipient(), MAX_RECIPIENT);
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        if (value.length() > max) {
            throw new InvalidInput(field, "validation.tooLong", max);
        }
    }
}
