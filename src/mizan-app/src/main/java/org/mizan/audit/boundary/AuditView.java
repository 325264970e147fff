package org.mizan.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.audit.control.AuditSearch;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.control.ChainVerification;
import org.mizan.audit.entity.AuditEntry;
import org.mizan.audit.entity.AuditFilter;
import org.mizan.audit.entity.Outcome;
import org.mizan.platform.boundary.LazyTables;
import org.mizan.platform.boundary.LocaleView;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.Text;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The audit trail page: newest entries first, fifty to a page, filtered by user, action, outcome and a
 * range of UTC days; and a button that recomputes the hash chain.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final String TABLE = "audit:table";

    @Inject
    AuditSearch search;
    @Inject
    AuditTrail trail;
    @Inject
    LocaleView locale;

    // the filter bar, as typed
    private String username;
    private String action;
    private Outcome outcome;
    private LocalDate from;
    private LocalDate to;

    // the filter the table shows: what was typed when Filter was last pressed (AuditFilter is not Serializable)
    private String appliedUsername;
    private String appliedAction;
    private Outcome appliedOutcome;
    private Instant appliedFrom;
    private Instant appliedTo;
    private List<String> actions;
    private final Entries entries = new Entries();

    @PostConstruct
    void init() {
        actions = search.actions();
    }

    public void filter() {
        String user = Text.blankToNull(username);
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        // "to" is a whole day, so the range ends at the start of the day after it.
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        appliedUsername = user;
        appliedAction = action == null || action.isBlank() ? null : action;
        appliedOutcome = outcome;
        appliedFrom = start;
        appliedTo = end;
        firstPage();
    }

    public void clear() {
        username = null;
        action = null;
        outcome = null;
        from = null;
        to = null;
        appliedUsername = null;
        appliedAction = null;
        appliedOutcome = null;
        appliedFrom = null;
        appliedTo = null;
        firstPage();
    }

    public void verify() {
        ChainVerification result = trail.verify();
        if (result.valid()) {
            PageMessages.info("audit.verified", result.entries());
        } else {
            PageMessages.error("audit.broken." + result.broken().name(), result.entries(), result.firstBrokenEntry());
        }
    }

    private AuditFilter applied() {
        return new AuditFilter(appliedUsername, appliedAction, appliedOutcome, appliedFrom, appliedTo);
    }

    private void firstPage() {
        actions = search.actions();
        LazyTables.firstPage(TABLE);
    }

    /** The label of an action code: translated when the bundles know it, else the code itself. */
    public String actionLabel(String code) {
        if (code == null) {
            return "";
        }
        String key = "audit.action." + code;
        String label = PageMessages.text(key);
        return key.equals(label) ? code : label;
    }

    /** The entry's details as a sentence in the page's language (free text written before there were sentences, as it is). */
    public String sentence(AuditEntry entry) {
        return new AuditSentences(Messages.in(locale.getLocale())).of(entry);
    }

    /** The paginator's "1–50 of 120", with PrimeFaces' own placeholders put into the translated pattern. */
    public String getPageReport() {
        return LazyTables.pageReport("audit.pageReport");
    }

    public String time(AuditEntry entry) {
        return TIME.format(entry.getOccurredAt());
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return actions;
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    /** One page of entries at a time, straight from the database. */
    private final class Entries extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;
        private transient List<AuditEntry> page;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search.count(applied()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            page = search.page(applied(), first, pageSize);
            return page;
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return Long.toString(entry.getSeq());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            if (page != null) {
                for (AuditEntry entry : page) {
                    if (getRowKey(entry).equals(rowKey)) {
                        return entry;
                    }
                }
            }
            return null;
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
