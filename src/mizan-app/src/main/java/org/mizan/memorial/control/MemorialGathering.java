package org.mizan.memorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.mizan.cases.control.SqlStatement;
import org.mizan.cases.entity.CaseParty;
import org.mizan.cases.entity.PartyRole;
import org.mizan.cases.entity.Person;
import org.mizan.cases.entity.ViolationCase;
import org.mizan.contacts.control.ContactSealing;
import org.mizan.contacts.entity.ConsentRecord;
import org.mizan.contacts.entity.ContactDetails;
import org.mizan.contacts.entity.FamilyContact;
import org.mizan.evidence.control.EvidenceStore;
import org.mizan.legal.control.ImpunityClock;
import org.mizan.legal.control.CaseVerdict;
import org.mizan.legal.control.ImpunityIndicators;
import org.mizan.memorial.entity.PublicText;
import org.mizan.platform.control.Sha256;
import org.mizan.reports.control.Redaction;
import org.mizan.reports.entity.Appearance;
import org.mizan.reports.entity.Audience;
import org.mizan.reports.entity.RedactedCase;
import org.mizan.reports.entity.RedactedParty;
import org.mizan.security.control.CaseReader;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Reads what a memorial may show, and what it must never show, in one transaction. What it shows comes only from
 * {@link Redaction} at the PUBLIC audience (named victims are exactly those whose families consented to public naming, as
 * the consent register holds it now) plus the texts and photos approved for publication. Only live cases of standard
 * confidentiality: a restricted case stays off the public site whoever publishes, so the site never depends on who clicked.
 * What it must never show is read from everything else: every contact's details (decrypted here, in memory only), every
 * person's names and aliases, every username and case reference.
 */
@ApplicationScoped
public class MemorialGathering {

    private static final Logger LOG = Logger.getLogger(MemorialGathering.class.getName());
    static final String PUBLIC_CASES = "c.withdrawn_at IS NULL AND c.confidentiality = 'STANDARD'";
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    Redaction redaction;
    @Inject
    ImpunityIndicators impunity;
    @Inject
    PublicTexts texts;
    @Inject
    PublicPhotos photos;
    @Inject
    EvidenceStore store;
    @Inject
    ContactSealing sealing;

    /** What to publish and what to check it against. */
    record Gathered(MemorialData data, LeakScanner.Secrets secrets) {
    }

    /**
     * {@code firstNamed}: when each person was first named by a publication (the feed's dates); {@code withPhotos} false
     * for a preview, which needs the counts only.
     */
    @Transactional
    Gathered gather(CaseReader reader, Instant now, String organisation, String contact, Map<Long, Instant> firstNamed,
                    boolean withPhotos) {
        redaction.requireAllowed(Audience.PUBLIC, reader);
        List<Long> ids = ((List<?>) em.createNativeQuery("SELECT c.id FROM violation_case c WHERE " + PUBLIC_CASES + " ORDER BY c.id")
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, ImpunityIndicators.CaseJustice> justiceOf = impunity.justice(new SqlStatement(PUBLIC_CASES, List.of()));
        Map<String, Map<String, String>> approvedTexts = new HashMap<>();
        for (PublicText t : texts.approved()) {
            approvedTexts.computeIfAbsent(t.caseId() + "/" + t.personId(), k -> new LinkedHashMap<>()).put(t.language(), t.body());
        }
        Map<String, PublicPhotos.Approved> approvedPhotos = new HashMap<>();
        photos.approved().forEach(p -> approvedPhotos.putIfAbsent(p.caseId() + "/" + p.personId(), p));
        Map<Long, MemorialData.Victim> named = new LinkedHashMap<>();
        Map<Long, PublicPhotos.Approved> photosToEncode = new HashMap<>();
        List<MemorialData.Counted> counted = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<ViolationCase> cases = em.createQuery("SELECT c FROM ViolationCase c WHERE c.id IN :ids ORDER BY c.id", ViolationCase.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))).getResultList();
            List<RedactedCase> redacted = redaction.redact(cases, Audience.PUBLIC, reader);
            for (int i = 0; i < cases.size(); i++) {
                ViolationCase c = cases.get(i);
                RedactedCase r = redacted.get(i);
                MemorialData.Justice justice = justice(justiceOf.get(c.getId()));
                List<Person> victims = c.getParties().stream().filter(p -> p.getRole() == PartyRole.VICTIM).map(CaseParty::getPerson).toList();
                for (int v = 0; v < r.victims().size(); v++) {
                    RedactedParty party = r.victims().get(v);
                    counted.add(new MemorialData.Counted(r.incidentDate().year(), r.governorate(), r.violationTypes(), justice.state()));
                    Person person = victims.get(v);
                    if (party.appearance() == Appearance.NAMED && person != null && !named.containsKey(person.getId())) {
                        String key = c.getId() + "/" + person.getId();
                        named.put(person.getId(), new MemorialData.Victim(person.getId(), slug(person.getId()), party.nameArabic(),
                                party.nameLatin(), party.ageGroup(), person.getOccupations(), r.incidentDate(), r.governorate(),
                                r.violationTypes(), party.fate(), approvedTexts.getOrDefault(key, Map.of()),
                                null, justice,
                                firstNamed.getOrDefault(person.getId(), now)));
                        if (withPhotos && approvedPhotos.containsKey(key)) {
                            photosToEncode.put(person.getId(), approvedPhotos.get(key));
                        }
                    }
                }
            }
            em.clear();
        }
        // Re-encoding is most of a large publication's time (a phone's photo is megapixels): on every core, the store read-only.
        photosToEncode.entrySet().parallelStream().map(e -> Map.entry(e.getKey(), Optional.ofNullable(photo(e.getValue()))))
                .toList().forEach(e -> e.getValue().ifPresent(jpeg -> named.computeIfPresent(e.getKey(), (id, v) -> v.withPhoto(jpeg))));
        List<MemorialData.Victim> victims = List.copyOf(named.values());
        return new Gathered(new MemorialData(now, organisation, contact, victims, counted), secrets(victims));
    }

    /** The page name of a person: stable across publications, and neither the case reference nor the bare record id. */
    static String slug(long personId) {
        return "v" + Sha256.hex("mizan-memorial-person:" + personId).substring(0, 12);
    }

    static MemorialData.Justice justice(ImpunityIndicators.CaseJustice justice) {
        if (justice == null) {
            return new MemorialData.Justice(MemorialData.JusticeState.NO_ARREST, 0, CaseVerdict.NONE);
        }
        ImpunityClock.Reading reading = justice.clock();
        if (reading.noArrest().running()) {
            return new MemorialData.Justice(MemorialData.JusticeState.NO_ARREST, reading.noArrest().days(), justice.verdict());
        }
        if (reading.noTrial().running()) {
            return new MemorialData.Justice(MemorialData.JusticeState.NO_TRIAL, reading.noTrial().days(), justice.verdict());
        }
        MemorialData.JusticeState state = reading.noFinalVerdict().running() ? MemorialData.JusticeState.NO_FINAL_VERDICT
                : MemorialData.JusticeState.FINAL_VERDICT;
        return new MemorialData.Justice(state, reading.noFinalVerdict().days(), justice.verdict());
    }

    private byte[] photo(PublicPhotos.Approved approved) {
        if (approved == null) {
            return null;
        }
        try (InputStream in = store.open(approved.sha256(), 0)) {
            return PhotoEncoder.reencode(in);
        } catch (IOException | RuntimeException e) {
            // The page goes out without its photo rather than not at all; which item, never what it shows.
            LOG.warning(() -> "Memorial: the approved photo of evidence " + approved.evidenceId() + " could not be read: " + e);
            return null;
        }
    }

    private LeakScanner.Secrets secrets(List<MemorialData.Victim> victims) {
        List<String> phones = new ArrayList<>();
        List<String> contactTexts = new ArrayList<>();
        for (FamilyContact contact : em.createQuery("SELECT f FROM FamilyContact f", FamilyContact.class).getResultList()) {
            ContactDetails details = sealing.open(contact);
            phones.addAll(details.phones());
            contactTexts.addAll(details.messengers());
            Stream.of(details.name(), details.address()).filter(Objects::nonNull).forEach(contactTexts::add);
        }
        for (ConsentRecord record : em.createQuery("SELECT r FROM ConsentRecord r", ConsentRecord.class).getResultList()) {
            String givenBy = sealing.givenBy(record);
            if (givenBy != null) {
                contactTexts.add(givenBy);
            }
        }
        java.util.Set<Long> namedIds = victims.stream().map(MemorialData.Victim::personId).collect(java.util.stream.Collectors.toSet());
        List<String> names = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, name_ar, name_latin FROM person").getResultList()) {
            Object[] r = (Object[]) row;
            if (!namedIds.contains(((Number) r[0]).longValue())) {
                Stream.of(r[1], r[2]).filter(Objects::nonNull).map(String.class::cast).forEach(names::add);
            }
        }
        strings("SELECT alias FROM person_alias").forEach(names::add);
        List<String> published = new ArrayList<>();
        victims.forEach(v -> Stream.of(v.nameArabic(), v.nameLatin()).filter(Objects::nonNull).forEach(published::add));
        return new LeakScanner.Secrets(phones, contactTexts, names, strings("SELECT username FROM app_user"),
                strings("SELECT reference FROM violation_case"), published);
    }

    private List<String> strings(String sql) {
        return ((List<?>) em.createNativeQuery(sql).getResultList()).stream().map(String.class::cast).toList();
    }
}
