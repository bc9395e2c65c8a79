package dev.skilltree.config;

import java.io.IOException;
import java.net.InetAddress;

/** This node's name among the nodes on one database, {@code host-pid}: its task scheduler's, and its heartbeat's. */
public final class NodeName {

    private NodeName() {}

    public static String current() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
