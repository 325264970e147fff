package org.mizan.cases.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseSearch;
import org.mizan.cases.control.CaseSort;
import org.mizan.cases.control.CaseSummary;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.ResultPage;
import org.mizan.cases.entity.CaseStatus;
import org.mizan.cases.entity.Confidentiality;
import org.mizan.cases.entity.Occupation;
import org.mizan.cases.entity.PerpetratorKind;
import org.mizan.cases.entity.VerificationStatus;
import org.mizan.platform.boundary.LazyTables;
import org.mizan.platform.boundary.PageMessages;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.Text;
import org.mizan.security.control.CurrentUser;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The case list: a page of cases at a time, straight from {@link CaseSearch}, sorted and filtered by the
 * database. Only cases the signed-in user may see ever reach it. A free-text search shows the passage
 * of the narrative that matched, with the matched words marked.
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 25;
    static final String TABLE = "cases:table";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    /** Where one request's page is kept, so the table's count and load share one query (and one audit entry). */
    private static final String FETCHED = CaseListView.class.getName() + ".fetched";

    @Inject
    CaseSearch search;
    @Inject
    CurrentUser currentUser;
    @Inject
    ReferenceData referenceData;

    // the filter bar, as typed
    private String type;
    private String governorate;
    private LocalDate from;
    private LocalDate to;
    private CaseStatus status;
    private Occupation occupation;
    private PerpetratorKind perpetratorKind;
    private VerificationStatus evidenceStatus;
    private String text;
    private String locality;

    /** What the table shows: the filter as it was when Filter was last pressed. */
    private Applied applied = Applied.NONE;
    private final Rows rows = new Rows();
    private transient Labels labels;

    /** A serialisable copy of a {@link CaseFilter}. */
    record Applied(String type, String governorate, LocalDate from, LocalDate to, CaseStatus status,
                   Occupation occupation, PerpetratorKind perpetratorKind, VerificationStatus evidenceStatus,
                   String text, String locality) implements Serializable {

        static final Applied NONE = new Applied(null, null, null, null, null, null, null, null, null, null);

        CaseFilter toFilter() {
            return new CaseFilter(type, governorate, from, to, status, occupation, perpetratorKind, evidenceStatus, text, locality);
        }
    }

    public void filter() {
        if (from != null && to != null && to.isBefore(from)) {
            PageMessages.show("cases", new InvalidInput("to", "cases.filter.toBeforeFrom"));
            return;
        }
        applied = new Applied(Text.blankToNull(type), Text.blankToNull(governorate), from, to, status, occupation, perpetratorKind,
                evidenceStatus, Text.blankToNull(text), Text.blankToNull(locality));
        firstPage();
    }

    public void clear() {
        type = null;
        governorate = null;
        from = null;
        to = null;
        status = null;
        occupation = null;
        perpetratorKind = null;
        evidenceStatus = null;
        text = null;
        locality = null;
        applied = Applied.NONE;
        firstPage();
    }

    private void firstPage() {
        LazyTables.firstPage(TABLE);
    }

    /** Whether the table shows the result of a free-text search (and so a column with the matching passage). */
    public boolean isSearching() {
        return applied.text() != null;
    }

    public boolean isMayCreate() {
        return currentUser.reader().mayEdit();
    }

    /** The paginator's "1–25 of 120", with PrimeFaces' own placeholders put into the translated pattern. */
    public String getPageReport() {
        // A search too broad to count in full gives a lower bound: "1–25 of 1,000+", with a hint to narrow it.
        boolean exact = !(FacesContext.getCurrentInstance().getAttributes().get(FETCHED) instanceof Fetched fetched)
                || fetched.exact();
        return LazyTables.pageReport(exact ? "cases.pageReport" : "cases.pageReportAtLeast");
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    // --- choices for the filter bar, labelled in the page's language ---

    /** The locality field's suggestions: known places of the cases the user may see. */
    public List<String> completeLocality(String typed) {
        return search.localities(typed, currentUser.reader());
    }

    public List<Option> getViolationTypes() {
        return labels().violationTypes();
    }

    public List<Option> getGovernorates() {
        return labels().governorates();
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public Occupation[] getOccupations() {
        return Occupation.values();
    }

    public PerpetratorKind[] getPerpetratorKinds() {
        return PerpetratorKind.values();
    }

    public VerificationStatus[] getEvidenceStatuses() {
        return VerificationStatus.values();
    }

    private Labels labels() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (labels == null || !labels.locale().equals(locale)) {
            labels = Labels.of(referenceData, locale);
        }
        return labels;
    }

    /** A code and its label. */
    public record Option(String code, String label) implements Serializable {
        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }
    }

    /** The reference data's labels in one language. */
    record Labels(Locale locale, List<Option> violationTypes, List<Option> governorates,
                  Map<String, String> typeLabels, Map<String, String> governorateLabels) {

        static Labels of(ReferenceData data, Locale locale) {
            Map<String, ReferenceData.Label> types = data.violationTypes();
            Map<String, ReferenceData.Label> governorates = data.governorates();
            Map<String, String> typeLabels = new java.util.LinkedHashMap<>();
            types.forEach((code, label) -> typeLabels.put(code, label.in(locale)));
            Map<String, String> governorateLabels = new java.util.LinkedHashMap<>();
            governorates.forEach((code, label) -> governorateLabels.put(code, label.in(locale)));
            return new Labels(locale, options(typeLabels), options(governorateLabels), typeLabels, governorateLabels);
        }

        private static List<Option> options(Map<String, String> labels) {
            return labels.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
        }

        String type(String code) {
            return typeLabels.getOrDefault(code, code);
        }

        String governorate(String code) {
            return code == null ? null : governorateLabels.getOrDefault(code, code);
        }
    }

    /** One case as the table shows it: labels already in the page's language. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String reference;
        private final String incidentDate;
        private final String governorate;
        private final String status;
        private final boolean restricted;
        private final List<String> types;
        private final List<String> victims;
        private final String updated;
        private final String passage;

        Row(CaseSummary summary, Labels labels) {
            this.reference = summary.reference();
            this.incidentDate = summary.incidentDate();
            this.governorate = labels.governorate(summary.governorate());
            this.status = summary.status();
            this.restricted = Confidentiality.RESTRICTED.name().equals(summary.confidentiality());
            this.types = summary.violationTypes().stream().map(labels::type).toList();
            this.victims = List.copyOf(summary.victims());
            Instant at = summary.updatedAt();
            this.updated = at == null ? "" : DAY.format(at);
            this.passage = Highlight.toHtml(summary.highlight());
        }

        public String getReference() {
            return reference;
        }

        public String getIncidentDate() {
            return incidentDate;
        }

        public String getGovernorate() {
            return governorate;
        }

        public String getStatus() {
            return status;
        }

        public boolean isRestricted() {
            return restricted;
        }

        public List<String> getTypes() {
            return types;
        }

        public List<String> getVictims() {
            return victims;
        }

        public String getUpdated() {
            return updated;
        }

        /** The matching passage as safe HTML: the narrative escaped, only the marks are markup. */
        public String getPassage() {
            return passage;
        }
    }

    /** The parameters of one call to {@link CaseSearch#list}. */
    private record Query(Applied filter, CaseSort sort, boolean descending, int page, int size) {
    }

    private record Fetched(Query query, long total, boolean exact, List<Row> rows) {
    }

    /** One page of cases from the database; the count and the rows of a request come from one query. */
    private final class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // PrimeFaces asks for the count before the rows; the table knows which page and order it will ask for.
            UIComponent component = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
            int first = 0;
            int size = PAGE_SIZE;
            Map<String, SortMeta> sortBy = Map.of();
            if (component instanceof DataTable table) {
                first = table.getFirst();
                size = table.getRows() > 0 ? table.getRows() : PAGE_SIZE;
                sortBy = table.getActiveSortMeta();
            }
            return (int) Math.min(Integer.MAX_VALUE, fetch(first, size, sortBy).total());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return fetch(first, pageSize, sortBy).rows();
        }

        private Fetched fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
            int size = pageSize > 0 ? pageSize : PAGE_SIZE;
            CaseSort sort = null;
            boolean descending = true;
            if (sortBy != null) {
                for (SortMeta meta : sortBy.values()) {
                    CaseSort chosen = sortOf(meta.getField());
                    if (chosen != null && meta.getOrder() != SortOrder.UNSORTED) {
                        sort = chosen;
                        descending = meta.getOrder() == SortOrder.DESCENDING;
                        break;
                    }
                }
            }
            Query query = new Query(applied, sort, descending, first / size, size);
            Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
            if (request.get(FETCHED) instanceof Fetched fetched && fetched.query().equals(query)) {
                return fetched;
            }
            ResultPage<CaseSummary> page = search.list(query.filter().toFilter(), sort, descending, query.page(), size,
                    currentUser.reader(), currentUser.actor());
            Labels names = labels();
            List<Row> found = new ArrayList<>();
            page.items().forEach(summary -> found.add(new Row(summary, names)));
            Fetched fetched = new Fetched(query, page.total(), page.totalExact(), found);
            request.put(FETCHED, fetched);
            return fetched;
        }

        @Override
        public String getRowKey(Row row) {
            return row.getReference();
        }

        @Override
        public Row getRowData(String rowKey) {
            List<Row> shown = getWrappedData();
            if (shown != null) {
                for (Row row : shown) {
                    if (Objects.equals(row.getReference(), rowKey)) {
                        return row;
                    }
                }
            }
            return null;
        }
    }

    private static CaseSort sortOf(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "reference" -> CaseSort.REFERENCE;
            case "incidentDate" -> CaseSort.INCIDENT;
            case "governorate" -> CaseSort.GOVERNORATE;
            case "status" -> CaseSort.STATUS;
            case "updated" -> CaseSort.UPDATED;
            default -> null;
        };
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
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

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public void setOccupation(Occupation occupation) {
        this.occupation = occupation;
    }

    public PerpetratorKind getPerpetratorKind() {
        return perpetratorKind;
    }

    public void setPerpetratorKind(PerpetratorKind perpetratorKind) {
        this.perpetratorKind = perpetratorKind;
    }

    public VerificationStatus getEvidenceStatus() {
        return evidenceStatus;
    }

    public void setEvidenceStatus(VerificationStatus evidenceStatus) {
        this.evidenceStatus = evidenceStatus;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }
}
