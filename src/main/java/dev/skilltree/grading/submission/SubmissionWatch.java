package dev.skilltree.grading.submission;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wakes the threads that stream a submission's progress when it changes; only that submission's streams wake. A
 * stream takes a {@link #mark} before it reads the submission, so a change between the read and the wait is not
 * missed. Changes on this node wake it directly; on PostgreSQL, those on other nodes through {@link
 * SubmissionChangeListener} (LISTEN/NOTIFY); on H2, and whenever a notification is lost, a stream reads the
 * submission again every {@link #poll()} ({@code skilltree.grading.stream-poll}, 1 s by default).
 */
@Component
public class SubmissionWatch {

    private static final class Signal {
        long changes;
    }

    private final Map<Long, Signal> signals = new ConcurrentHashMap<>();
    private final Duration poll;

    SubmissionWatch() {
        this(Duration.ofSeconds(1));
    }

    @Autowired
    SubmissionWatch(@Value("${skilltree.grading.stream-poll:1s}") Duration poll) {
        this.poll = poll;
    }

    /** How long a stream waits for a change before it reads the submission again anyway. */
    Duration poll() {
        return poll;
    }

    void changed(long id) {
        Signal signal = signals.get(id);
        if (signal != null) {
            synchronized (signal) {
                signal.changes++;
                signal.notifyAll();
            }
        }
    }

    /** How many changes this node has seen for the submission so far. */
    long mark(long id) {
        Signal signal = signals.computeIfAbsent(id, k -> new Signal());
        synchronized (signal) {
            return signal.changes;
        }
    }

    /** Waits until a change after {@code mark}, or at most {@code atMost}. */
    void await(long id, long mark, Duration atMost) throws InterruptedException {
        Signal signal = signals.computeIfAbsent(id, k -> new Signal());
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (signal) {
            long left;
            while (signal.changes == mark && (left = deadline - System.nanoTime()) > 0) {
                signal.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Forgets a finished submission. */
    void done(long id) {
        signals.remove(id);
    }
}
