package org.mizan.launcher;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A node joins a cluster only when told its members; then with the arguments Payara Micro takes, nothing else. */
class ClusterSettingsTest {

    @Test
    void withoutMembersANodeRunsAlone() {
        assertNull(PayaraProcess.Cluster.of(Map.of()));
        assertNull(PayaraProcess.Cluster.of(Map.of("MIZAN_CLUSTER_MEMBERS", "  ", "MIZAN_NODE_NAME", "a")));
    }

    @Test
    void membersMakeANodeOfTheNamedCluster() {
        PayaraProcess.Cluster cluster = PayaraProcess.Cluster.of(Map.of("MIZAN_CLUSTER_MEMBERS", "node-a:6900, node-b:6900",
                "MIZAN_NODE_NAME", "node-b", "MIZAN_CLUSTER_NAME", "3f9c2a7be01d44c8a5e6"));
        assertEquals(List.of("node-a:6900", "node-b:6900"), cluster.members());
        assertEquals(List.of("--clustername", "3f9c2a7be01d44c8a5e6", "--name", "node-b", "--startport", "6900",
                "--clustermode", "tcpip:node-a:6900,node-b:6900"), cluster.arguments(),
                "spread over machines: Payara's host-aware backups stay on, so a session's backup lives on another machine");
    }

    @Test
    void aClusterWithoutASecretNameIsRefused() {
        // The data grid asks nothing else of a member that joins: a guessable name lets anyone on the network in.
        for (String name : new String[]{null, "", "mizan", "mizan-basra"}) {
            java.util.Map<String, String> env = new java.util.HashMap<>(Map.of("MIZAN_CLUSTER_MEMBERS", "a:6900,b:6900"));
            if (name != null) {
                env.put("MIZAN_CLUSTER_NAME", name);
            }
            IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> PayaraProcess.Cluster.of(env), String.valueOf(name));
            org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().contains("MIZAN_CLUSTER_NAME"), refused.getMessage());
        }
    }

    @Test
    void onOneHostBackupsMayStayOnIt() {
        PayaraProcess.Cluster cluster = new PayaraProcess.Cluster("c", "a", 7000, List.of("127.0.0.1:7000", "127.0.0.1:7001"), true);
        assertEquals(List.of("--clustername", "c", "--name", "a", "--startport", "7000",
                "--clustermode", "tcpip:127.0.0.1:7000,127.0.0.1:7001", "--nohostaware", "--interfaces", "127.0.0.1"),
                cluster.arguments());
    }
}
