package dev.skilltree.grading;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Wakes the threads that stream a submission's progress when one changes on this node. Changes made on other
 * nodes are seen by the streams' own periodic reads.
 */
@Component
class SubmissionWatch {

    private final Object signal = new Object();

    void changed() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    void await(Duration atMost) throws InterruptedException {
        synchronized (signal) {
            signal.wait(atMost.toMillis());
        }
    }
}
