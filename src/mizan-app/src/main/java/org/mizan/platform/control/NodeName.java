package org.mizan.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * This server's name among the nodes of one Mizan: {@code mizan.node.name} (environment {@code MIZAN_NODE_NAME}),
 * else the host's name. Jobs and scheduled runs are marked with it; two nodes on one host need two names.
 */
@ApplicationScoped
public class NodeName {

    @Inject
    @ConfigProperty(name = "mizan.node.name")
    Optional<String> configured;

    public String get() {
        return configured.filter(name -> !name.isBlank()).map(String::strip).orElseGet(NodeName::hostName);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
