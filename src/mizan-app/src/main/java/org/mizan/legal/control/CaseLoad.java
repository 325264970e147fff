package org.mizan.legal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.cases.entity.PartialDate;
import org.mizan.legal.entity.LegalEvent;
import org.mizan.legal.entity.Phase;
import org.mizan.legal.entity.Proceeding;
import org.mizan.legal.entity.Stage;
import org.mizan.legal.entity.Suspect;
import org.mizan.security.control.CaseReader;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A lawyer's (or investigator's) case load: the cases they are assigned to, where each one's prosecution
 * stands, when something last happened in it, and which have stalled — no legal event for longer than
 * the number of days asked for ({@code mizan.legal.stalled-days} by default).
 */
@ApplicationScoped
public class CaseLoad {

    @PersistenceContext
    EntityManager em;
    @Inject
    @ConfigProperty(name = "mizan.legal.stalled-days", defaultValue = "90")
    int defaultStalledDays;
    @Inject
    ProceedingService proceedingService;

    @Inject
    Clock clock;

    /**
     * One assigned case. {@code stage} is its furthest proceeding's (null: no proceeding yet); {@code quietSince}
     * the day of its last legal event or, with none, the day its last proceeding (or the case) was recorded.
     * A case is finished, never stalled, when every proceeding has a final verdict or is closed.
     */
    public record AssignedCase(String reference, PartialDate incident, int proceedings, Stage stage, LocalDate quietSince,
                               long quietDays, boolean finished, boolean stalled) {
    }

    /** What the case load reads of a case itself: no parties, sources or team, only what tells the case and its age. */
    private record Assigned(long id, String reference, PartialDate incident, Instant recordedAt) {
        static Assigned of(Object[] row) {
            return new Assigned((Long) row[0], (String) row[1],
                    new PartialDate((Integer) row[2], (Integer) row[3], (Integer) row[4], (Boolean) row[5]),
                    ((OffsetDateTime) row[6]).toInstant());
        }
    }

    public int defaultStalledDays() {
        return defaultStalledDays;
    }

    /** The reader's assigned cases, longest quiet first; {@code stalledDays} decides which have stalled. */
    @Transactional
    public List<AssignedCase> of(CaseReader reader, int stalledDays) {
        List<Assigned> cases = em.createQuery("SELECT c.id, c.reference, c.incidentYear, c.incidentMonth, c.incidentDay, "
                        + "c.incidentApproximate, c.createdAt FROM ViolationCase c JOIN c.assignees a WHERE a.id = :user AND c.withdrawal.at IS NULL", Object[].class)
                .setParameter("user", reader.userId()).getResultStream().map(Assigned::of).toList();
        if (cases.isEmpty()) {
            return List.of();
        }
        // A proceeding shared by two of the reader's cases counts in each; it and its events are read once. The links and
        // the proceedings apart: a query selecting both would not batch-fetch the proceedings' suspects.
        List<Long> caseIds = cases.stream().map(Assigned::id).toList();
        Map<Long, Proceeding> byId = em.createQuery("SELECT p FROM Proceeding p WHERE p.id IN (SELECT l.proceedingId FROM ProceedingCase l "
                        + "WHERE l.caseId IN :cases)", Proceeding.class)
                .setParameter("cases", caseIds).getResultStream().collect(Collectors.toMap(Proceeding::getId, p -> p));
        Map<Long, List<Proceeding>> proceedings = em.createQuery("SELECT l.caseId, l.proceedingId FROM ProceedingCase l "
                        + "WHERE l.caseId IN :cases ORDER BY l.proceedingId", Object[].class)
                .setParameter("cases", caseIds).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> byId.get((Long) row[1]), Collectors.toList())));
        Map<Long, List<LegalEvent>> events = proceedingService.eventsOf(byId.keySet());
        LocalDate today = LocalDate.now(clock);
        return cases.stream()
                .map(c -> assigned(c, proceedings.getOrDefault(c.id(), List.of()), events, today, stalledDays))
                .sorted(Comparator.comparing(AssignedCase::quietDays).reversed().thenComparing(AssignedCase::reference))
                .toList();
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static AssignedCase assigned(Assigned c, List<Proceeding> proceedings, Map<Long, List<LegalEvent>> events,
                                         LocalDate today, int stalledDays) {
        Stage furthest = null;
        boolean finished = !proceedings.isEmpty();
        // Nothing legal has happened since the case (or a proceeding without events yet) was recorded.
        LocalDate quietSince = proceedings.isEmpty() ? day(c.recordedAt()) : LocalDate.MIN;
        for (Proceeding p : proceedings) {
            List<LegalEvent> own = events.getOrDefault(p.getId(), List.of());
            Stage stage = StageDerivation.derive(own.stream().map(LegalEvent::fact).toList(),
                    p.getSuspects().stream().map(Suspect::getId).toList()).stage();
            furthest = furthest == null || StageDerivation.FURTHER.compare(stage, furthest) > 0 ? stage : furthest;
            finished &= stage.finalVerdict() || stage.phase() == Phase.CLOSED;
            // A month-only date may be any day of it: counted from its last, so no case is called stalled too soon.
            LocalDate last = own.stream().map(e -> e.getDate().end()).max(Comparator.naturalOrder()).orElse(day(p.getCreatedAt()));
            quietSince = last.isAfter(quietSince) ? last : quietSince;
        }
        quietSince = quietSince.isAfter(today) ? today : quietSince;
        long quietDays = ChronoUnit.DAYS.between(quietSince, today);
        return new AssignedCase(c.reference(), c.incident(), proceedings.size(), furthest, quietSince, quietDays, finished,
                !finished && quietDays > stalledDays);
    }
}
