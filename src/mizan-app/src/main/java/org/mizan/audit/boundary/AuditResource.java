package org.mizan.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mizan.audit.control.AuditSearch;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.control.ChainVerification;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.AuditFilter;
import org.mizan.audit.entity.Outcome;
import org.mizan.platform.control.InvalidInput;

import java.time.Instant;
import java.util.List;

/** The audit trail for administrators: browse it, and check that nobody has altered it. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AuditResource {

    private static final int MAX_PAGE_SIZE = 500;

    public record EntryView(long seq, Instant occurredAt, String username, String action, String target,
                            Outcome outcome, String clientAddress, String details, String previousHash,
                            String entryHash) {
        static EntryView of(AuditEntry e) {
            return new EntryView(e.getSeq(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getTarget(),
                    e.getOutcome(), e.getClientAddress(), e.getDetails(), e.getPreviousHash(), e.getEntryHash());
        }
    }

    public record Page(long total, int page, int size, List<EntryView> entries) {
    }

    /**
     * {@code problem}: ALTERED, MISSING, TRUNCATED or DIVERGED (see {@link ChainVerification.Break}), null when valid;
     * {@code checkpoint}: the sequence number of the latest checkpoint kept outside the database that was compared.
     */
    public record Verification(boolean valid, long entries, Long firstBrokenEntry, String problem, long checkpoint) {
        static Verification of(ChainVerification result) {
            return new Verification(result.valid(), result.entries(), result.firstBrokenEntry(),
                    result.broken() == null ? null : result.broken().name(), result.latestCheckpoint());
        }
    }

    @Inject
    AuditSearch search;
    @Inject
    AuditTrail trail;

    @GET
    public Page list(@QueryParam("user") String user, @QueryParam("action") String action,
                     @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                     @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                     @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw new InvalidInput("page", "validation.notNegative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "validation.range", 1, MAX_PAGE_SIZE);
        }
        AuditFilter filter = new AuditFilter(user, action, outcome(outcome), instant("from", from), instant("to", to));
        List<EntryView> entries = search.page(filter, page * size, size).stream().map(EntryView::of).toList();
        return new Page(search.count(filter), page, size, entries);
    }

    @GET
    @Path("verify")
    public Verification verify() {
        return Verification.of(trail.verify());
    }

    private static Outcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("outcome", "validation.oneOf", "SUCCESS, FAILURE, DENIED");
        }
    }

    private static Instant instant(String field, String value) {
        return org.mizan.platform.control.Dates.instant(field, value);
    }
}
