package org.mizan.it;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mizan.audit.control.AuditKey;
import org.mizan.contacts.control.DataKey;
import org.mizan.launcher.BackupCommand;
import org.mizan.launcher.DatabaseLocation;
import org.mizan.launcher.ExportedKeys;
import org.mizan.launcher.Folders;
import org.mizan.launcher.Manifest;
import org.mizan.launcher.MizanData;
import org.mizan.launcher.OpenPgpIdentity;
import org.mizan.launcher.Sealing;
import org.mizan.launcher.RestoreCommand;
import org.mizan.launcher.RestoredChecks;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backup and restore commands against the test server's database and data folder: a round trip into a fresh
 * database and folder with every check passing, and a damaged object, a missing object, a truncated dump and a wrong
 * data key each failing the restore by name. The commands run in this JVM through their classes, except one test that
 * runs the real programs with {@code java}, as an administrator's {@code ./mvnw -Pbackup / -Prestore} does.
 *
 * <p>Encrypted backups are made to the test organisation's OpenPGP key (made by gpg, {@code src/test/resources/openpgp}).
 */
@ExtendWith(MizanServerExtension.class)
class BackupRestoreIT {

    /** Under the test server's 8 MiB evidence limit; the 200 MB file goes in at the store level (below). */
    private static final int LARGE_BYTES = 6 * 1024 * 1024;
    /** The large video, at the store level. */
    private static final int HUGE_MIB = 200;
    private static final ExportedKeys.Keys KEYS = new ExportedKeys.Keys(MizanServer.DATA_KEY, MizanServer.AUDIT_KEY);

    private final Api api;
    private final MizanServer server;
    private final Path work;
    private final List<String> scratchDatabases = new ArrayList<>();

    BackupRestoreIT(Api api, MizanServer server) throws IOException {
        this.api = api;
        this.server = server;
        this.work = Files.createDirectories(server.work().resolve("backup-it").resolve(Long.toString(System.nanoTime())));
    }

    @AfterEach
    void dropScratchDatabases() throws Exception {
        for (String url : scratchDatabases) {
            server.dropScratchDatabase(url);
        }
        Folders.deleteRecursively(work);
    }

    /** What the test put in through the API: the case, and the large file's bytes and item id. */
    private record Recorded(String reference, byte[] large, long largeItem) {
    }

    private Recorded recordACase() throws Exception {
        String investigatorName = api.createUser("bkinv", "INVESTIGATOR");
        String investigator = api.token(investigatorName, Api.USER_PASSWORD);
        String lawyerName = api.createUser("bklaw", "LAWYER");
        String lawyer = api.token(lawyerName, Api.USER_PASSWORD);
        long victim = CaseIT.person(api, investigator, "صفاء السراي", "Safaa al-Saray");
        Api.Reply created = api.post("/api/cases", investigator, CaseIT.caseBody("Backup round trip")
                .add("assignees", Api.array(investigatorName, lawyerName))
                .add("parties", Json.createArrayBuilder().add(Api.object().add("role", "VICTIM").add("personId", victim).add("fate", "KILLED")))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        upload(reference, investigator, "statement.txt", "text/plain", "شهادة الشاهد الأول".getBytes(StandardCharsets.UTF_8));
        upload(reference, investigator, "note.txt", "text/plain", ("note " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        byte[] large = new byte[LARGE_BYTES];
        new Random(reference.hashCode()).nextBytes(large);
        long largeItem = upload(reference, investigator, "clip.bin", "application/octet-stream", large);
        Api.Reply contact = api.post("/api/cases/" + reference + "/contacts", investigator, Api.object().add("personId", victim)
                .add("reaches", "FAMILY").add("relationship", "MOTHER").add("riskLevel", "HIGH").add("safeChannel", "SIGNAL")
                .add("language", "ar").add("name", "أم صفاء").add("phones", Api.array("+964 770 123 4567")).build().toString());
        assertEquals(201, contact.status(), contact.body());
        Api.Reply proceeding = api.post("/api/cases/" + reference + "/proceedings", lawyer, Api.object()
                .add("court", "محكمة جنايات الرصافة").add("fileNumber", "77/ج/2020").add("lawyers", Api.array(lawyerName)).build().toString());
        assertEquals(201, proceeding.status(), proceeding.body());
        long proceedingId = proceeding.json().getJsonNumber("id").longValue();
        for (String type : List.of("COMPLAINT_FILED", "INVESTIGATION_OPENED")) {
            Api.Reply event = api.post("/api/proceedings/" + proceedingId + "/events", lawyer, Api.object().add("type", type)
                    .add("date", Api.object().add("year", 2020).add("month", 1)).build().toString());
            assertEquals(201, event.status(), event.body());
        }
        api.chainAudit();
        return new Recorded(reference, large, largeItem);
    }

    private long upload(String reference, String token, String name, String type, byte[] bytes) {
        Api.Reply reply = api.send(api.builder("/api/cases/" + reference + "/evidence?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private MizanData source() {
        return MizanData.in(server.database(), server.work().resolve("home"));
    }

    private Path backup() throws Exception {
        BackupCommand.Report report = BackupCommand.run(source(), work.resolve("backups"), null);
        assertTrue(report.ok(), report.problems().toString());
        return report.folder();
    }

    /** A fresh, empty database on the test server and an empty data folder. */
    private MizanData emptyTarget() throws Exception {
        String url = server.createScratchDatabase("mizan_restore");
        scratchDatabases.add(url);
        return MizanData.in(new DatabaseLocation(url, server.dbUser(), server.dbPassword()),
                work.resolve("restored-" + scratchDatabases.size()).resolve("home"));
    }

    private Map<String, Long> sourceCounts() throws Exception {
        try (Connection connection = server.sql()) {
            return RestoredChecks.counts(connection);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String objectPath(String sha256) {
        return "objects/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseAndFolderWithEveryCountAndHashAndTheKeysChecked() throws Exception {
        Recorded recorded = recordACase();
        Map<String, Long> before = sourceCounts();
        Path backup = backup();
        Map<String, Long> after = sourceCounts();

        MizanData target = emptyTarget();
        RestoreCommand.Report report = RestoreCommand.run(backup, target, KEYS, null);

        assertTrue(report.ok(), String.join("\n", report.lines()));
        for (String what : List.of("cases", "persons", "evidence items", "contacts", "proceedings", "legal events")) {
            assertEquals(before.get(what), report.counts().get(what), what);
            assertTrue(report.counts().get(what) > 0, what);
        }
        long audit = report.counts().get("audit entries");
        assertTrue(audit >= before.get("audit entries") && audit <= after.get("audit entries"), "audit entries as at the dump: " + audit);
        Path restoredLarge = target.evidence().resolve(objectPath(sha256(recorded.large())));
        assertEquals(sha256(recorded.large()), sha256(Files.readAllBytes(restoredLarge)));
        try (Connection restored = target.database().connect();
             var row = restored.prepareStatement("SELECT sha256 FROM evidence_item WHERE id = " + recorded.largeItem()).executeQuery()) {
            assertTrue(row.next());
            assertEquals(sha256(recorded.large()), row.getString(1));
        }
        assertTrue(Files.isRegularFile(target.checkpointLog()) || !Files.exists(source().checkpointLog()));
    }

    @Test
    void aTwoHundredMegabyteObjectGoesThroughBackupAndRestoreCheckedAgainstItsRow() throws Exception {
        Recorded recorded = recordACase();
        MizanData first = emptyTarget();
        assertTrue(RestoreCommand.run(backup(), first, KEYS, null).ok());
        // The test server takes 8 MiB uploads at most, so the 200 MB file is put in the restored installation's store,
        // with its row, as intake would have left them; no server sweeps that folder.
        Path part = Files.createDirectories(first.evidence().resolve("incoming")).resolve("video.part");
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] chunk = new byte[1024 * 1024];
        Random random = new Random(42);
        try (var out = Files.newOutputStream(part)) {
            for (int i = 0; i < HUGE_MIB; i++) {
                random.nextBytes(chunk);
                digest.update(chunk);
                out.write(chunk);
            }
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        Path object = first.evidence().resolve(objectPath(sha256));
        Files.createDirectories(object.getParent());
        Files.move(part, object);
        long item;
        try (Connection connection = first.database().connect(); var insert = connection.prepareStatement("INSERT INTO evidence_item "
                + "(case_id, sha256, size_bytes, declared_name, detected_type, received_at, received_by) SELECT case_id, ?, ?, "
                + "'interview.mp4', 'video/mp4', received_at, received_by FROM evidence_item WHERE id = ? RETURNING id")) {
            insert.setString(1, sha256);
            insert.setLong(2, (long) HUGE_MIB * chunk.length);
            insert.setLong(3, recorded.largeItem());
            try (var row = insert.executeQuery()) {
                assertTrue(row.next());
                item = row.getLong(1);
            }
        }

        BackupCommand.Report second = BackupCommand.run(first, work.resolve("second-backups"), null);
        assertTrue(second.ok(), second.problems().toString());
        MizanData target = emptyTarget();
        RestoreCommand.Report report = RestoreCommand.run(second.folder(), target, KEYS, null);
        assertTrue(report.ok(), String.join("\n", report.lines()));
        assertEquals(sha256, Manifest.hash(target.evidence().resolve(objectPath(sha256))));

        Path copy = second.folder().resolve(objectPath(sha256));
        try (var channel = java.nio.channels.FileChannel.open(copy, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {7}), 150L * 1024 * 1024);
        }
        String damaged = Manifest.hash(copy);
        rewriteManifest(second.folder(), objectPath(sha256), damaged + " " + Files.size(copy) + " " + objectPath(sha256));
        assertEquals(List.of("case " + recorded.reference() + ", evidence item " + item + ": its file (" + sha256
                + ") was changed: its bytes hash to " + damaged), RestoreCommand.run(second.folder(), emptyTarget(), KEYS, null).problems());
    }

    @Test
    void aSecondBackupLinksTheObjectsOfTheFirstInsteadOfCopyingThem() throws Exception {
        recordACase();
        Path first = backup();
        BackupCommand.Report second = BackupCommand.run(source(), work.resolve("backups"), null);
        assertTrue(second.ok(), second.problems().toString());
        assertTrue(second.objects() > 0);
        assertEquals(second.objects(), second.objectsLinked(), "nothing new since the first backup");
        Manifest manifest = Manifest.read(second.folder());
        Manifest.Entry object = manifest.entries().stream().filter(e -> e.path().startsWith("objects/")).findFirst().orElseThrow();
        assertTrue(Files.isSameFile(first.resolve(object.path()), second.folder().resolve(object.path())));
        assertFalse(Files.exists(second.folder().resolve("data.key")), "the data key is never in a backup");
    }

    @Test
    void aDamagedObjectFailsTheRestoreNamingItsFileAndWithAMatchingManifestItsCaseAndItem() throws Exception {
        Recorded recorded = recordACase();
        Path backup = backup();
        String path = objectPath(sha256(recorded.large()));
        Path object = backup.resolve(path);
        object.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(object);
        bytes[LARGE_BYTES / 2] ^= 1;
        Files.write(object, bytes);

        RestoreCommand.Report refused = RestoreCommand.run(backup, emptyTarget(), KEYS, null);
        assertFalse(refused.ok());
        assertEquals(List.of(path + ": its SHA-256 differs from the manifest's (the file was altered or damaged)"), refused.problems());

        // Whoever damaged it rewrote the manifest too: the row in the dump still knows the hash.
        rewriteManifest(backup, path, sha256(bytes) + " " + bytes.length + " " + path);
        RestoreCommand.Report report = RestoreCommand.run(backup, emptyTarget(), KEYS, null);
        assertEquals(List.of("case " + recorded.reference() + ", evidence item " + recorded.largeItem() + ": its file ("
                + sha256(recorded.large()) + ") was changed: its bytes hash to " + sha256(bytes)), report.problems());
    }

    @Test
    void aMissingObjectFailsTheRestoreNamingItsFileAndWithoutItsManifestLineItsCaseAndItem() throws Exception {
        Recorded recorded = recordACase();
        Path backup = backup();
        String path = objectPath(sha256(recorded.large()));
        Files.delete(backup.resolve(path));

        RestoreCommand.Report refused = RestoreCommand.run(backup, emptyTarget(), KEYS, null);
        assertEquals(List.of(path + ": missing"), refused.problems());

        rewriteManifest(backup, path, null);
        RestoreCommand.Report report = RestoreCommand.run(backup, emptyTarget(), KEYS, null);
        assertEquals(List.of("case " + recorded.reference() + ", evidence item " + recorded.largeItem() + ": its file ("
                + sha256(recorded.large()) + ") is missing"), report.problems());
    }

    @Test
    void aTruncatedDumpFailsTheRestoreNamingTheDumpAndPgRestoreRefusesItEvenWithAMatchingManifest() throws Exception {
        recordACase();
        Path backup = backup();
        Path dump = backup.resolve("database.dump");
        long size = Files.size(dump);
        try (var channel = java.nio.channels.FileChannel.open(dump, StandardOpenOption.WRITE)) {
            channel.truncate(size / 2);
        }
        RestoreCommand.Report refused = RestoreCommand.run(backup, emptyTarget(), KEYS, null);
        assertEquals(List.of("database.dump: " + size / 2 + " bytes, the manifest says " + size), refused.problems());

        rewriteManifest(backup, "database.dump", sha256(Files.readAllBytes(dump)) + " " + size / 2 + " database.dump");
        MizanData target = emptyTarget();
        RestoreCommand.Report report = RestoreCommand.run(backup, target, KEYS, null);
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).startsWith("database.dump: pg_restore failed"), report.problems().toString());
        try (Connection restored = target.database().connect()) {
            assertEquals(List.of(), RestoreCommand.tablesIn(restored), "one transaction: nothing half-restored");
        }
    }

    @Test
    void aWrongDataKeyOrAuditKeyFailsTheRestoreNamingWhat() throws Exception {
        recordACase();
        Path backup = backup();
        DataKey wrong = DataKey.generate();
        RestoreCommand.Report report = RestoreCommand.run(backup, emptyTarget(), new ExportedKeys.Keys(wrong, MizanServer.AUDIT_KEY), null);
        assertFalse(report.ok());
        assertTrue(report.problems().stream().allMatch(p -> p.startsWith("contacts: ") && p.contains("but the key given is " + wrong.id()
                + ": wrong data key")), report.problems().toString());

        RestoreCommand.Report audit = RestoreCommand.run(backup, emptyTarget(), new ExportedKeys.Keys(MizanServer.DATA_KEY, AuditKey.generate()),
                null);
        assertEquals(1, audit.problems().size(), audit.problems().toString());
        assertTrue(audit.problems().get(0).startsWith("audit trail: broken at entry"), audit.problems().toString());
    }

    @Test
    void aRestoreRefusesADatabaseOrFolderThatIsNotEmptyNamingWhatIsThere() throws Exception {
        recordACase();
        Path backup = backup();
        IOException database = assertThrows(IOException.class, () -> RestoreCommand.run(backup, source(), KEYS, null));
        assertTrue(database.getMessage().contains("is not empty (it holds public."), database.getMessage());

        MizanData target = emptyTarget();
        Files.createDirectories(target.evidence().resolve("objects"));
        IOException folder = assertThrows(IOException.class, () -> RestoreCommand.run(backup, target, KEYS, null));
        assertTrue(folder.getMessage().contains("is not empty (it holds objects)"), folder.getMessage());
    }

    @Test
    void theRealProgramsBackUpExportTheKeysVerifyAndRestoreWithExitCodeZero() throws Exception {
        recordACase();
        Path keyFile = work.resolve("keys.enc");
        String passphrase = "a long passphrase for the keys";
        Map<String, String> sourceEnv = Map.of("MIZAN_HOME", server.work().resolve("home").toString(), "MIZAN_DB_URL", server.database().url(),
                "MIZAN_DB_USER", server.dbUser(), "MIZAN_DB_PASSWORD", server.dbPassword(), "MIZAN_DATA_KEY", MizanServer.DATA_KEY.encoded(),
                "MIZAN_AUDIT_KEY", MizanServer.AUDIT_KEY.encoded(), "MIZAN_BACKUP_PASSPHRASE", passphrase);
        Program backup = Program.run("org.mizan.launcher.Backup", sourceEnv, "-Dto=" + work.resolve("backups"), "-Dverify=true",
                "-DexportKey=" + keyFile);
        assertEquals(0, backup.exit(), backup.output());
        assertTrue(backup.output().contains("NOT in the backup, on purpose: the data key (the setting MIZAN_DATA_KEY)"), backup.output());
        assertTrue(backup.output().contains("Every check passed."), backup.output());
        assertFalse(backup.output().contains(MizanServer.DATA_KEY.encoded()), "no key on the console");

        MizanData target = emptyTarget();
        Path home = target.evidence().getParent();
        Path folder = BackupCommand.newestBackup(work.resolve("backups")).orElseThrow();
        Program restore = Program.run("org.mizan.launcher.Restore", Map.of("MIZAN_HOME", home.toString(), "MIZAN_DB_URL", target.database().url(),
                "MIZAN_DB_USER", server.dbUser(), "MIZAN_DB_PASSWORD", server.dbPassword(), "MIZAN_BACKUP_PASSPHRASE", passphrase),
                "-Dfrom=" + folder, "-DkeyFile=" + keyFile);
        assertEquals(0, restore.exit(), restore.output());
        assertTrue(restore.output().contains("Every check passed."), restore.output());
        assertEquals(MizanServer.DATA_KEY, DataKey.read(home.resolve("data.key")), "the exported key put where the run command finds it");

        Program wrongPassphrase = Program.run("org.mizan.launcher.Restore", Map.of("MIZAN_HOME", work.resolve("other-home").toString(),
                "MIZAN_DB_URL", emptyTarget().database().url(), "MIZAN_DB_USER", server.dbUser(), "MIZAN_DB_PASSWORD", server.dbPassword(),
                "MIZAN_BACKUP_PASSPHRASE", passphrase + "!"), "-Dfrom=" + folder, "-DkeyFile=" + keyFile);
        assertEquals(2, wrongPassphrase.exit(), wrongPassphrase.output());
        assertTrue(wrongPassphrase.output().contains("The passphrase is wrong"), wrongPassphrase.output());
    }

    private static final String IDENTITY_PASSPHRASE = "organisation backup passphrase";

    private static Path openPgpKey(String name) throws Exception {
        return Path.of(BackupRestoreIT.class.getResource("/openpgp/" + name).toURI());
    }

    private Sealing sealing() throws Exception {
        return Sealing.of(openPgpKey("organisation.pub.asc"), work.resolve("server-home"));
    }

    private static OpenPgpIdentity identity(String key, String passphrase) throws Exception {
        return OpenPgpIdentity.read(openPgpKey(key), passphrase::toCharArray);
    }

    private Path encryptedBackup() throws Exception {
        BackupCommand.Report report = BackupCommand.run(source(), work.resolve("encrypted"), null, sealing());
        assertTrue(report.ok(), report.problems().toString());
        return report.folder();
    }

    /** What in the test's data must never be found in an encrypted backup, and what of it in a backup in clear. */
    private static List<byte[]> secrets(Recorded recorded) {
        return List.of("صفاء السراي".getBytes(StandardCharsets.UTF_8), "Safaa al-Saray".getBytes(StandardCharsets.UTF_8),
                "Backup round trip".getBytes(StandardCharsets.UTF_8), "شهادة الشاهد الأول".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOfRange(recorded.large(), LARGE_BYTES / 2, LARGE_BYTES / 2 + 64),
                // pg_dump's custom format begins so: compressed, the rows themselves are not found by a byte scan
                "PGDMP".getBytes(StandardCharsets.US_ASCII));
    }

    /** Every secret of {@code secrets} found in a file under {@code folder}, with the file. */
    private static List<String> found(Path folder, List<byte[]> secrets) throws IOException {
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (byte[] secret : secrets) {
                    if (indexOf(bytes, secret) >= 0) {
                        found.add(folder.relativize(file) + " holds " + new String(secret, StandardCharsets.UTF_8).length() + " characters of a secret");
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] bytes, byte[] secret) {
        outer:
        for (int i = 0; i + secret.length <= bytes.length; i++) {
            for (int j = 0; j < secret.length; j++) {
                if (bytes[i + j] != secret[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void anEncryptedBackupHoldsNothingInClearAndRestoresWithTheOrganisationsPrivateKey() throws Exception {
        Recorded recorded = recordACase();
        Map<String, Long> before = sourceCounts();
        // The scan must see what a backup in clear shows: the evidence bytes and the dump's header.
        List<String> inClear = found(backup(), secrets(recorded));
        assertTrue(inClear.size() >= 3, "the scan finds the statement, the video's bytes and the dump: " + inClear);

        Path backup = encryptedBackup();
        assertEquals(List.of(), found(work.resolve("encrypted"), secrets(recorded)));
        Manifest manifest = Manifest.read(backup);
        assertEquals(java.util.Optional.of("BF722DAEAF4C0231969552488EFF006A9718ADD4"), manifest.recipient());
        assertEquals(List.of(), manifest.problems(backup), "the encrypted files check against the manifest without the private key");
        assertFalse(Files.readString(backup.resolve(Manifest.FILE)).contains(sha256(recorded.large())),
                "an object's hash is not in the backup, so a copy of the video cannot confirm the backup holds it");

        MizanData target = emptyTarget();
        RestoreCommand.Report report = RestoreCommand.run(backup, target, KEYS, null, identity("organisation.key.asc", IDENTITY_PASSPHRASE));
        assertTrue(report.ok(), String.join("\n", report.lines()));
        for (String what : List.of("cases", "persons", "evidence items", "contacts", "proceedings", "legal events")) {
            assertEquals(before.get(what), report.counts().get(what), what);
        }
        assertEquals(sha256(recorded.large()), Manifest.hash(target.evidence().resolve(objectPath(sha256(recorded.large())))));
        assertTrue(Files.isRegularFile(target.checkpointLog()), "the checkpoint log decrypted, for the audit check that passed");
        try (var scratch = Files.list(target.evidence().getParent())) {
            assertEquals(List.of(), scratch.filter(p -> p.getFileName().toString().startsWith(".mizan-restore-")).toList(),
                    "the decrypted dump is deleted after the restore");
        }

        BackupCommand.Report second = BackupCommand.run(source(), work.resolve("encrypted"), null, sealing());
        assertTrue(second.ok(), second.problems().toString());
        assertEquals(second.objects(), second.objectsLinked(), "an encrypted object is recognised without decrypting it");
    }

    @Test
    void anEncryptedBackupWithoutThePrivateKeyOrWithAnotherIsRefusedAndTheTargetLeftAsItWas() throws Exception {
        recordACase();
        Path backup = encryptedBackup();
        MizanData target = emptyTarget();
        IOException none = assertThrows(IOException.class, () -> RestoreCommand.run(backup, target, KEYS, null, null));
        assertTrue(none.getMessage().contains("is encrypted to OpenPGP key BF722DAEAF4C0231969552488EFF006A9718ADD4: give its private "
                + "key with -Dbackup.identity"), none.getMessage());
        OpenPgpIdentity other = identity("other.key.asc", "another organisation passphrase");
        IOException wrong = assertThrows(IOException.class, () -> RestoreCommand.run(backup, target, KEYS, null, other));
        assertTrue(wrong.getMessage().contains("wrong key. Nothing was restored."), wrong.getMessage());
        try (Connection restored = target.database().connect()) {
            assertEquals(List.of(), RestoreCommand.tablesIn(restored));
        }
        assertFalse(Files.exists(target.evidence().getParent()), "nothing written to the data folder");
        IOException passphrase = assertThrows(IOException.class, () -> identity("organisation.key.asc", IDENTITY_PASSPHRASE + "!"));
        assertTrue(passphrase.getMessage().contains("passphrase of the private key"), passphrase.getMessage());
    }

    @Test
    void anAlteredEncryptedObjectFailsItsIntegrityCheckAndIsNeverRestored() throws Exception {
        Recorded recorded = recordACase();
        Path backup = encryptedBackup();
        // The store holds other tests' objects too: this test's video, by the name the backup gave it.
        Manifest.Entry largest = Manifest.read(backup).get(sealing().objectPath(sha256(recorded.large()))).orElseThrow();
        Path object = backup.resolve(largest.path());
        object.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(object);
        bytes[bytes.length / 3] ^= 1;
        Files.write(object, bytes);
        rewriteManifest(backup, largest.path(), sha256(bytes) + " " + bytes.length + " " + largest.path());

        MizanData target = emptyTarget();
        RestoreCommand.Report report = RestoreCommand.run(backup, target, KEYS, null, identity("organisation.key.asc", IDENTITY_PASSPHRASE));
        assertEquals(List.of(largest.path() + ": its integrity check (MDC) failed: the file was altered", "case " + recorded.reference()
                + ", evidence item " + recorded.largeItem() + ": its file (" + sha256(recorded.large()) + ") is missing"), report.problems());
    }

    @Test
    void theRealProgramsBackUpEncryptedVerifyAndRestoreWithThePrivateKeyAndRefuseWithoutIt() throws Exception {
        Recorded recorded = recordACase();
        Map<String, String> sourceEnv = Map.of("MIZAN_HOME", server.work().resolve("home").toString(), "MIZAN_DB_URL", server.database().url(),
                "MIZAN_DB_USER", server.dbUser(), "MIZAN_DB_PASSWORD", server.dbPassword(), "MIZAN_DATA_KEY", MizanServer.DATA_KEY.encoded(),
                "MIZAN_AUDIT_KEY", MizanServer.AUDIT_KEY.encoded(), "MIZAN_BACKUP_RECIPIENT", openPgpKey("organisation.pub.asc").toString(),
                "MIZAN_BACKUP_IDENTITY_PASSPHRASE", IDENTITY_PASSPHRASE);
        Program refused = Program.run("org.mizan.launcher.Backup", sourceEnv, "-Dto=" + work.resolve("programs"), "-Dverify=true");
        assertEquals(2, refused.exit(), refused.output());
        assertTrue(refused.output().contains("needs the organisation's private key"), refused.output());

        Program backup = Program.run("org.mizan.launcher.Backup", sourceEnv, "-Dto=" + work.resolve("programs"), "-Dverify=true",
                "-Dbackup.identity=" + openPgpKey("organisation.key.asc"));
        assertEquals(0, backup.exit(), backup.output());
        assertTrue(backup.output().contains("Encrypted to OpenPGP key BF722DAEAF4C0231969552488EFF006A9718ADD4"), backup.output());
        assertTrue(backup.output().contains("Every check passed."), backup.output());
        assertFalse(backup.output().contains(IDENTITY_PASSPHRASE), "no passphrase on the console");
        assertEquals(List.of(), found(work.resolve("programs"), secrets(recorded)));

        Path folder = BackupCommand.newestBackup(work.resolve("programs")).orElseThrow();
        MizanData target = emptyTarget();
        Path home = target.evidence().getParent();
        Map<String, String> targetEnv = Map.of("MIZAN_HOME", home.toString(), "MIZAN_DB_URL", target.database().url(),
                "MIZAN_DB_USER", server.dbUser(), "MIZAN_DB_PASSWORD", server.dbPassword(), "MIZAN_DATA_KEY", MizanServer.DATA_KEY.encoded(),
                "MIZAN_AUDIT_KEY", MizanServer.AUDIT_KEY.encoded(), "MIZAN_BACKUP_IDENTITY_PASSPHRASE", IDENTITY_PASSPHRASE);
        Program withoutKey = Program.run("org.mizan.launcher.Restore", targetEnv, "-Dfrom=" + folder);
        assertEquals(2, withoutKey.exit(), withoutKey.output());
        assertTrue(withoutKey.output().contains("give its private key with -Dbackup.identity"), withoutKey.output());
        assertFalse(Files.exists(home), "nothing created in MIZAN_HOME");

        Program restore = Program.run("org.mizan.launcher.Restore", targetEnv, "-Dfrom=" + folder,
                "-Dbackup.identity=" + openPgpKey("organisation.key.asc"));
        assertEquals(0, restore.exit(), restore.output());
        assertTrue(restore.output().contains("Every check passed."), restore.output());
    }

    /** Rewrites the manifest line of {@code path} (or removes it, for null), as someone covering their tracks would. */
    private static void rewriteManifest(Path backup, String path, String line) throws IOException {
        Path manifest = backup.resolve(Manifest.FILE);
        List<String> lines = new ArrayList<>();
        for (String old : Files.readAllLines(manifest)) {
            if (!old.endsWith(" " + path)) {
                lines.add(old);
            } else if (line != null) {
                lines.add(line);
            }
        }
        Files.write(manifest, lines);
    }

    /** A launcher program run with {@code java}, on this test's class path, with only the environment given. */
    private record Program(int exit, String output) {
        static Program run(String mainClass, Map<String, String> env, String... properties) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path")));
            command.addAll(List.of(properties));
            command.add(mainClass);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("MIZAN_"));
            builder.environment().putAll(env);
            builder.environment().remove("JDK_JAVA_OPTIONS"); // both compilers: these programs hash and encrypt gigabytes
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(5, TimeUnit.MINUTES));
            return new Program(process.exitValue(), output);
        }
    }
}
