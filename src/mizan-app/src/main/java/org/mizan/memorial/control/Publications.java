package org.mizan.memorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.audit.control.AuditTrail;
import org.mizan.audit.entity.AuditEvent;
import org.mizan.audit.entity.Outcome;
import org.mizan.cases.control.ReferenceData;
import org.mizan.cases.control.ReferenceLabels;
import org.mizan.memorial.entity.Publication;
import org.mizan.platform.control.Conflict;
import org.mizan.platform.control.DataFolder;
import org.mizan.platform.control.Messages;
import org.mizan.platform.control.NotFound;
import org.mizan.platform.control.Sha256;
import org.mizan.platform.control.Translated;
import org.mizan.reports.control.OrganisationSigning;
import org.mizan.reports.control.ReportIds;
import org.mizan.security.control.CaseReader;
import org.mizan.security.entity.Actor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Issues memorial sites like reports: gathers through the PUBLIC redaction, writes the site in memory, lets the
 * {@link LeakScanner} read every byte, and only then writes {@code MIZAN_HOME/publications/<id>/} — the site folder, a
 * manifest of every file's SHA-256, the organisation's signature over it and its certificate — records the publication
 * and audits it. A finding refuses the whole publication (409 naming the file and the kind, never the value) and nothing
 * reaches the publications folder. Each publication lists who it added and removed since the one before: a withdrawn
 * consent removes the person at the next publication because the PUBLIC redaction no longer names them.
 */
@ApplicationScoped
public class Publications {

    public static final String ACTION = "MEMORIAL_PUBLICATION";
    static final String SITE = "site";
    static final String MANIFEST = "manifest-sha256.txt";
    static final String SIGNATURE = MANIFEST + ".sig";
    static final String CERTIFICATE = "certificate.pem";
    private static final Logger LOG = Logger.getLogger(Publications.class.getName());
    private static final String COLUMNS = "id, issued_by, issued_at, victims_named, victims_counted, files, manifest_sha256, named_persons";

    @PersistenceContext
    EntityManager em;
    @Inject
    MemorialGathering gathering;
    @Inject
    OrganisationSigning signing;
    @Inject
    ReferenceData referenceData;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "mizan.home")
    Optional<String> home;
    @Inject
    @ConfigProperty(name = "mizan.memorial.contact")
    Optional<String> contact;

    /** What a publication would hold now, and what it would change: counts only, nothing written. */
    public record Preview(int victimsNamed, int victimsCounted, List<String> added, int removed) implements java.io.Serializable {
    }

    /** An issued publication with what it changed since the one before it. */
    public record Issued(Publication publication, List<Long> added, List<Long> removed) {
    }

    @Transactional
    public Preview preview(CaseReader reader) {
        MemorialGathering.Gathered gathered = gather(reader, false);
        Set<Long> before = latest().map(p -> Set.copyOf(p.namedPersons())).orElse(Set.of());
        List<String> added = gathered.data().named().stream().filter(v -> !before.contains(v.personId()))
                .map(v -> v.nameLatin() != null ? v.nameLatin() : v.nameArabic()).toList();
        Set<Long> now = gathered.data().named().stream().map(MemorialData.Victim::personId).collect(Collectors.toSet());
        return new Preview(gathered.data().named().size(), gathered.data().counted().size(), added,
                (int) before.stream().filter(id -> !now.contains(id)).count());
    }

    @Transactional
    public Issued publish(CaseReader reader, Actor actor) {
        long start = System.nanoTime();
        MemorialGathering.Gathered gathered = gather(reader, true);
        long gatheredAt = System.nanoTime();
        Map<String, byte[]> site = MemorialSite.write(gathered.data(), languages());
        long writtenAt = System.nanoTime();
        List<LeakScanner.Finding> findings = new LeakScanner(gathered.secrets()).scan(site);
        long checkedAt = System.nanoTime();
        if (!findings.isEmpty()) {
            LeakScanner.Finding first = findings.get(0);
            String where = findings.stream().map(f -> f.file() + ": " + f.kind()).collect(Collectors.joining("; "));
            LOG.warning(() -> "Memorial not published, leak check found " + where);
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION, "publication", Outcome.DENIED,
                    "leak check: " + where));
            throw new Conflict("memorial.leak", first.file(), Translated.list(List.of("memorial.leak." + first.kind().name())));
        }
        String id = ReportIds.next("MZP");
        String manifestSha;
        try {
            manifestSha = write(id, site);
        } catch (IOException e) {
            audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION, "publication:" + id, Outcome.FAILURE,
                    "could not be written"));
            throw new UncheckedIOException(e);
        }
        List<Long> named = gathered.data().named().stream().map(MemorialData.Victim::personId).toList();
        Publication publication = new Publication(id, actor.username(), gathered.data().asOf(), named.size(),
                gathered.data().counted().size(), site.size(), manifestSha, named);
        Optional<Publication> before = latest();
        em.createNativeQuery("INSERT INTO publication (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, id).setParameter(2, actor.username()).setParameter(3, Timestamp.from(publication.issuedAt()))
                .setParameter(4, publication.victimsNamed()).setParameter(5, publication.victimsCounted())
                .setParameter(6, publication.files()).setParameter(7, manifestSha)
                .setParameter(8, named.stream().map(String::valueOf).collect(Collectors.joining(","))).executeUpdate();
        Issued issued = changes(publication, before.map(Publication::namedPersons).orElse(List.of()));
        // Counts and times only: where a large publication's time goes (photos are re-encoded while gathering).
        LOG.info(() -> String.format("memorial publication %s: %d files; gathered in %d ms, written in %d ms, leak check %d ms, "
                + "stored and signed in %d ms", id, site.size(), (gatheredAt - start) / 1_000_000, (writtenAt - gatheredAt) / 1_000_000,
                (checkedAt - writtenAt) / 1_000_000, (System.nanoTime() - checkedAt) / 1_000_000));
        audit.record(new AuditEvent(actor.username(), actor.clientAddress(), ACTION, "publication:" + id, Outcome.SUCCESS,
                named.size() + " named, " + publication.victimsCounted() + " counted, " + issued.added().size() + " added, "
                        + issued.removed().size() + " removed, manifest " + manifestSha));
        return issued;
    }

    /** Every publication, newest first, each with its changes since the one before. */
    @Transactional
    public List<Issued> list() {
        List<Publication> all = rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM publication ORDER BY issued_at, id").getResultList());
        List<Issued> issued = new ArrayList<>();
        List<Long> before = List.of();
        for (Publication p : all) {
            issued.add(changes(p, before));
            before = p.namedPersons();
        }
        java.util.Collections.reverse(issued);
        return issued;
    }

    /** The publication's folder (site, manifest, signature, certificate) as a zip, streamed. */
    public void zip(String id, OutputStream out) throws IOException {
        Path folder = folder(id);
        ZipOutputStream zip = new ZipOutputStream(out);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(id + "/" + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** The folder of an issued publication; 404 for an id that is not one (never a path outside the publications). */
    @Transactional
    public Path folder(String id) {
        if (id == null || em.createNativeQuery("SELECT 1 FROM publication WHERE id = ?1").setParameter(1, id).getResultList().isEmpty()) {
            throw new NotFound("publication " + id);
        }
        Path folder = publications().resolve(id);
        if (!Files.isDirectory(folder)) {
            throw new NotFound("publication folder " + id);
        }
        return folder;
    }

    private MemorialGathering.Gathered gather(CaseReader reader, boolean withPhotos) {
        Map<Long, Instant> firstNamed = new HashMap<>();
        for (Publication p : rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM publication ORDER BY issued_at").getResultList())) {
            p.namedPersons().forEach(person -> firstNamed.putIfAbsent(person, p.issuedAt()));
        }
        return gathering.gather(reader, clock.instant(), signing.organisation(), contact.orElse(null), firstNamed, withPhotos);
    }

    List<SiteLanguage> languages() {
        return Messages.SUPPORTED.stream().map(locale -> new SiteLanguage(locale.getLanguage(), Messages.in(locale),
                ReferenceLabels.of(referenceData, locale))).toList();
    }

    private String write(String id, Map<String, byte[]> site) throws IOException {
        Path publications = publications();
        Path partial = publications.resolve(id + ".partial");
        StringBuilder manifest = new StringBuilder();
        for (Map.Entry<String, byte[]> file : site.entrySet()) {
            Path target = partial.resolve(SITE).resolve(file.getKey()).normalize();
            if (!target.startsWith(partial.resolve(SITE))) {
                throw new IOException("a site path outside the site folder");
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            manifest.append(Sha256.hex(file.getValue())).append("  ").append(SITE).append('/').append(file.getKey()).append('\n');
        }
        byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(partial.resolve(MANIFEST), manifestBytes);
        Files.write(partial.resolve(SIGNATURE), signing.key().sign(manifestBytes));
        Files.writeString(partial.resolve(CERTIFICATE), signing.key().certificatePem());
        Files.move(partial, publications.resolve(id));
        return Sha256.hex(manifestBytes);
    }

    private Path publications() {
        try {
            return Files.createDirectories(DataFolder.of(home).resolve("publications"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Publication> latest() {
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM publication ORDER BY issued_at DESC, id DESC LIMIT 1")
                .getResultList()).stream().findFirst();
    }

    private static Issued changes(Publication p, List<Long> before) {
        Set<Long> was = new LinkedHashSet<>(before);
        Set<Long> now = new LinkedHashSet<>(p.namedPersons());
        return new Issued(p, p.namedPersons().stream().filter(id -> !was.contains(id)).toList(),
                before.stream().filter(id -> !now.contains(id)).toList());
    }

    private static List<Publication> rows(List<?> rows) {
        return rows.stream().map(r -> (Object[]) r).map(r -> new Publication((String) r[0], (String) r[1], Rows.instant(r[2]),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((String) r[6]).strip(),
                ids((String) r[7]))).toList();
    }

    private static List<Long> ids(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
