package org.mizan.it;

import org.mizan.testing.Tmpfs;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An item whose inspection once met a full or read-only scratch disk was marked NOT_INSPECTED for ever. Our disk
 * failing is no verdict on the file: the item stays PENDING, and is inspected once the disk is back.
 */
@ExtendWith(MizanServerExtension.class)
class InspectionRetryIT {

    @Test
    void anInspectionThatMetAReadOnlyScratchDiskIsDoneOnceTheDiskIsBack(MizanServer server, Api api) throws Exception {
        String investigator = api.newUserToken("retryinv", "INVESTIGATOR");
        String reference = CaseIT.recordedCase(api, investigator, "Inspection retry");
        Path scratch = Files.createDirectories(CaseIT.evidenceFolder(server, "inspection"));

        long id;
        try (Tmpfs disk = Tmpfs.over(scratch, "1m")) {
            Assumptions.assumeTrue(disk != null, "mounting a tmpfs is refused here");
            disk.readOnly();
            Api.Reply uploaded = api.send(api.builder("/api/cases/" + reference + "/evidence?name=statement.txt", investigator)
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("Statement " + System.nanoTime())).build());
            assertEquals(201, uploaded.status(), uploaded.body());
            id = uploaded.json().getJsonNumber("id").longValue();
            // Long enough for the first try and two retries (1 s, 2 s) to meet the read-only disk.
            Thread.sleep(5_000);
            assertEquals("PENDING", item(api, investigator, id).getString("inspection"), "still waiting, not given up on");
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject item = item(api, investigator, id);
            if (!"PENDING".equals(item.getString("inspection"))) {
                assertEquals("INSPECTED", item.getString("inspection"), item::toString);
                return;
            }
            Thread.sleep(500);
        }
        fail("evidence " + id + " was not inspected once the disk was back");
    }

    private static JsonObject item(Api api, String token, long id) {
        Api.Reply reply = api.get("/api/evidence/" + id, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
