package org.mizan.legal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.CaseFilter;
import org.mizan.cases.control.CaseQuery;
import org.mizan.cases.control.CaseTeams;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.SqlRunner;
import org.mizan.cases.control.SqlStatement;
import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.Stage;
import org.mizan.platform.control.InvalidInput;
import org.mizan.security.control.CaseReader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The impunity clock of a case and the impunity indicators over many — the one place that computes
 * them, for the REST API, the dashboard and the reports alike. Only cases the reader may see are read
 * or counted: a restricted case outside the reader's team is neither shown nor added to any figure,
 * by the same SQL the case list uses ({@link CaseQuery#where}).
 */
@ApplicationScoped
public class ImpunityIndicators {

    @PersistenceContext
    EntityManager em;
    @Inject
    CaseTeams teams;
    @Inject
    ReferenceData referenceData;

    @Inject
    Clock clock;

    /** The three clocks of one case; 404 ({@code NotFound}) when the reader may not see it. */
    @Transactional
    public ImpunityClock.Reading clock(String reference, CaseReader reader) {
        long caseId = teams.membership(reference, reader).caseId();
        List<DerivedCases.DerivedCase> found = new ArrayList<>(1);
        DerivedCases.forEach(SqlRunner.of(em), new SqlStatement("c.id = ?", List.of(caseId)), found::add);
        DerivedCases.DerivedCase one = found.get(0);
        return new ImpunityClock(clock).read(one.incident(), one.proceedings());
    }

    /**
     * The three clocks and the standing verdict of every case matching {@code where} (SQL over the case aliased {@code c} that already holds the
     * reader's visibility), by case id, read in bulk as the indicators read them: for a publication that shows each case's
     * clock (the memorial), where one query per case would not do for thousands.
     */
    @Transactional
    public Map<Long, CaseJustice> justice(SqlStatement where) {
        ImpunityClock clocks = new ImpunityClock(clock);
        Map<Long, CaseJustice> byCase = new HashMap<>();
        DerivedCases.forEach(SqlRunner.of(em), where, c -> byCase.put(c.id(),
                new CaseJustice(clocks.read(c.incident(), c.proceedings()), CaseVerdict.of(c.proceedings()))));
        return byCase;
    }

    /** A case's clocks and the verdict that stands in it. */
    public record CaseJustice(ImpunityClock.Reading clock, CaseVerdict verdict) {
    }

    /**
     * The indicators over the cases the reader may see within the filter. Unknown codes and a reversed
     * period are {@link InvalidInput} naming the field ({@code governorate}, {@code violationType}, {@code to}).
     */
    @Transactional
    public ImpunityFigures figures(ImpunityFilter filter, CaseReader reader) {
        return figures(filter.cases(), reader, (caseId, phase) -> { });
    }

    /**
     * The indicators over exactly the cases of a case-list filter (its search text aside), for a report that also lists
     * those cases (the periodic report): {@code eachPhase} learns where each counted case's prosecution stands — the
     * furthest headline phase of its proceedings, NOT_STARTED without one — so that the list and the figures come from
     * one derivation. The same checks as {@link #figures(ImpunityFilter, CaseReader)}.
     */
    @Transactional
    public ImpunityFigures figures(CaseFilter cases, CaseReader reader, BiConsumer<Long, Phase> eachPhase) {
        check(new ImpunityFilter(cases.from(), cases.to(), cases.governorate(), cases.violationType()));
        ImpunityClock clocks = new ImpunityClock(clock);
        ImpunityTally tally = new ImpunityTally(clocks.today());
        DerivedCases.forEach(SqlRunner.of(em), CaseQuery.where(cases, reader), c -> {
            tally.add(clocks.read(c.incident(), c.proceedings()), c.byProceeding());
            eachPhase.accept(c.id(), c.proceedings().stream().map(StageDerivation.Derived::stage).max(StageDerivation.FURTHER)
                    .map(Stage::phase).orElse(Phase.NOT_STARTED));
        });
        return tally.figures();
    }

    /**
     * Refuses unknown codes and a reversed period ({@link InvalidInput} naming {@code governorate}, {@code violationType}
     * or {@code to}) without counting anything: for a caller that must answer 400 before it starts a long job.
     */
    public void check(ImpunityFilter filter) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        known("governorate", filter.governorate(), referenceData.governorates().keySet(), errors);
        known("violationType", filter.violationType(), referenceData.violationTypes().keySet(), errors);
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            errors.add(new InvalidInput.FieldError("to", "impunity.period.reversed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void known(String field, String code, Set<String> codes, List<InvalidInput.FieldError> errors) {
        if (code != null && !codes.contains(code)) {
            errors.add(new InvalidInput.FieldError(field, "validation.oneOf", String.join(", ", codes)));
        }
    }
}
