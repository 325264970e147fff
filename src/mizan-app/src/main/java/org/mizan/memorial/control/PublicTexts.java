package org.mizan.memorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditDetails;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.memorial.entity.PublicText;
import org.mizan.platform.control.InvalidInput;
import org.mizan.platform.control.NotFound;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The victims' public texts: written by the case's lead (or an administrator) in English, Arabic or Kurdish, approved for
 * publication as a separate step that records who and when. Writing a text again withdraws its approval, so that the site
 * only ever carries a wording somebody approved. Audited without the text: the audit log is no place for it either.
 */
@ApplicationScoped
public class PublicTexts {

    public static final String ACTION_WRITTEN = "PUBLIC_TEXT_WRITTEN";
    public static final String ACTION_APPROVED = "PUBLIC_TEXT_APPROVED";
    public static final Set<String> LANGUAGES = Set.of("en", "ar", "ckb");
    public static final int MAX_LENGTH = 2000;
    private static final String COLUMNS = "case_id, person_id, language, body, written_by, written_at, approved_by, approved_at";

    @PersistenceContext
    EntityManager em;
    @Inject
    MemorialAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** Every public text of the case's victims, for its team. */
    @Transactional
    public List<PublicText> ofCase(String reference, CaseReader reader) {
        long caseId = access.teamCase(reference, reader);
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM victim_public_text WHERE case_id = ?1 ORDER BY person_id, language")
                .setParameter(1, caseId).getResultList());
    }

    /** Writes (or rewrites) a text; a rewritten text is no longer approved. */
    @Transactional
    public PublicText write(String reference, long personId, String language, String body, CaseReader reader, Actor actor) {
        long caseId = access.leadCase(reference, reader);
        access.requireVictim(caseId, personId);
        requireLanguage(language);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("text", "validation.required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput("text", "validation.tooLong", MAX_LENGTH);
        }
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO victim_public_text (case_id, person_id, language, body, written_by, written_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (case_id, person_id, language) DO UPDATE SET body = EXCLUDED.body, "
                        + "written_by = EXCLUDED.written_by, written_at = EXCLUDED.written_at, approved_by = NULL, approved_at = NULL")
                .setParameter(1, caseId).setParameter(2, personId).setParameter(3, language).setParameter(4, text)
                .setParameter(5, actor.username()).setParameter(6, Timestamp.from(now)).executeUpdate();
        record(actor, ACTION_WRITTEN, reference, personId, language);
        return one(caseId, personId, language);
    }

    /** Approves the text as it now reads. */
    @Transactional
    public PublicText approve(String reference, long personId, String language, CaseReader reader, Actor actor) {
        long caseId = access.leadCase(reference, reader);
        requireLanguage(language);
        int changed = em.createNativeQuery("UPDATE victim_public_text SET approved_by = ?1, approved_at = ?2 "
                        + "WHERE case_id = ?3 AND person_id = ?4 AND language = ?5")
                .setParameter(1, actor.username()).setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, caseId).setParameter(4, personId).setParameter(5, language).executeUpdate();
        if (changed == 0) {
            throw new NotFound("public text " + personId + "/" + language);
        }
        record(actor, ACTION_APPROVED, reference, personId, language);
        return one(caseId, personId, language);
    }

    /** The approved texts of these cases, for the generator: case id, person id and language to text. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicText> approved() {
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM victim_public_text WHERE approved_at IS NOT NULL").getResultList());
    }

    private PublicText one(long caseId, long personId, String language) {
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM victim_public_text WHERE case_id = ?1 AND person_id = ?2 "
                + "AND language = ?3").setParameter(1, caseId).setParameter(2, personId).setParameter(3, language).getResultList()).get(0);
    }

    private void record(Actor actor, String action, String reference, long personId, String language) {
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), action, "case:" + reference, Outcome.SUCCESS,
                AuditDetails.of("person", personId, "language", language)));
    }

    private static void requireLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new NotFound("language " + language);
        }
    }

    private static List<PublicText> rows(List<?> rows) {
        return rows.stream().map(r -> (Object[]) r).map(r -> new PublicText(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], Rows.instant(r[5]), (String) r[6], Rows.instant(r[7]))).toList();
    }
}
