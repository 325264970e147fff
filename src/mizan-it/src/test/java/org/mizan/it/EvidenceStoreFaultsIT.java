package org.mizan.it;

import org.mizan.testing.Tmpfs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upload to a full disk or a read-only evidence folder was answered 400 "the upload stopped before the
 * whole file arrived" and logged nothing. It is the server's fault: 507 when full, 503 with Retry-After otherwise,
 * as problem+json, with one warning line in the log and no stack trace — and nothing is kept.
 */
@ExtendWith(MizanServerExtension.class)
class EvidenceStoreFaultsIT {

    @Test
    void aFullDiskIs507AndAReadOnlyOne503(MizanServer server, Api api) throws Exception {
        String investigator = api.newUserToken("faultinv", "INVESTIGATOR");
        String reference = CaseIT.recordedCase(api, investigator, "Store faults");
        Path incoming = CaseIT.evidenceFolder(server, "incoming");
        Path log = server.work().resolve("payara.log");
        long logBefore = Files.size(log);

        try (Tmpfs disk = Tmpfs.over(incoming, "1m")) {
            Assumptions.assumeTrue(disk != null, "mounting a tmpfs is refused here");
            byte[] video = new byte[3 * 1024 * 1024];
            new Random(21).nextBytes(video);
            Api.Reply full = upload(api, investigator, reference, video);
            assertEquals(507, full.status(), full.body());
            assertTrue(full.contentType().startsWith("application/problem+json"), full.contentType());

            disk.readOnly();
            Api.Reply readOnly = upload(api, investigator, reference, "a short statement".getBytes());
            assertEquals(503, readOnly.status(), readOnly.body());
            assertEquals("60", readOnly.header("Retry-After"));
        }
        assertEquals("[]", api.get("/api/cases/" + reference + "/evidence", investigator).array().toString(), "nothing kept");
        byte[] all = Files.readAllBytes(log);
        String logged = new String(all, (int) logBefore, all.length - (int) logBefore, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(logged.contains("Unavailable: "), "one warning line names the cause:\n" + logged);
        assertFalse(logged.contains("\tat org.mizan"), "no stack trace:\n" + logged);

        Api.Reply afterwards = upload(api, investigator, reference, "the disk is back".getBytes());
        assertEquals(201, afterwards.status(), afterwards.body());
    }

    private static Api.Reply upload(Api api, String token, String reference, byte[] bytes) {
        return api.send(api.builder("/api/cases/" + reference + "/evidence?name=statement.bin", token)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }
}
