package dev.skilltree.grading;

/** What one run may use; each limit that is hit gives its own verdict. */
public record Limits(int cpuSeconds, int wallSeconds, int memoryMb, int processes, int outputKb) {

    public static final Limits DEFAULT = new Limits(2, 5, 256, 16, 64);

    public Limits {
        if (cpuSeconds < 1 || wallSeconds < 1 || memoryMb < 32 || processes < 1 || outputKb < 1) {
            throw new IllegalArgumentException("limits must be positive (memory at least 32 MB): " + this);
        }
    }
}
