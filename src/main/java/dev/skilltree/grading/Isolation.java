package dev.skilltree.grading;

/** How a grading run is isolated on this node, best first. */
public enum Isolation {
    BUBBLEWRAP,
    /** No bubblewrap, but {@code unshare} may make new network, PID, IPC and UTS namespaces: rlimits plus those. */
    UNSHARE,
    RLIMITS_ONLY;

    /** The best isolation this machine offers, as a grading node would pick it. */
    public static Isolation best() {
        return dev.skilltree.grading.sandbox.Sandbox.detect();
    }
}
