package dev.skilltree.grading.submission;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongFunction;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Streams a submission as server-sent events: its state now and after every change, until it is finished. */
public final class SubmissionStream {

    /** Sends one event for a submission's state. */
    public interface Sender {
        void send(SseEmitter emitter, Submission submission) throws IOException;
    }

    private SubmissionStream() {}

    /**
     * Starts a virtual thread that follows the submission; {@code read} reads it again (with the caller's access),
     * {@code each} sends a state, {@code last} is sent once it is finished, before the stream closes.
     */
    public static SseEmitter follow(
            SubmissionWatch watch, long id, LongFunction<Submission> read, Sender each, Sender last) {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(5).toMillis());
        Thread.ofVirtual().name("sse-submission-" + id).start(() -> {
            try {
                Submission.Status sent = null;
                while (true) {
                    long mark = watch.mark(id);
                    Submission now = read.apply(id);
                    if (now.status() != sent) {
                        each.send(emitter, now);
                        sent = now.status();
                    }
                    if (now.finished()) {
                        watch.done(id);
                        last.send(emitter, now);
                        emitter.complete();
                        return;
                    }
                    watch.await(id, mark, watch.poll());
                }
            } catch (IOException | RuntimeException e) {
                emitter.completeWithError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                emitter.complete();
            }
        });
        return emitter;
    }
}
