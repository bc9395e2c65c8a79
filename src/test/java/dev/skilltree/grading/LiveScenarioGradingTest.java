package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fault and service graders with the real sandbox and the shipped example challenges. */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class LiveScenarioGradingTest {

    private static Grader grader;
    private static Challenge server;
    private static Challenge queue;

    @BeforeAll
    static void startGrader() {
        grader = Grader.create(PythonInterpreter.resolve("python3"));
        server = BuiltInChallenges.get("kv-server");
        queue = BuiltInChallenges.get("durable-queue");
    }

    @Test
    void theReferenceServerHoldsEveryCheck() {
        GradeResult result = grader.grade(server, server.reference(), 0);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
        assertThat(result.tests())
                .extracting(TestOutcome::name)
                .containsExactly(
                        "answers SET, GET and DEL on one connection",
                        "answers pipelined commands in order",
                        "answers a malformed line with ERROR and keeps the connection",
                        "serves others while a client sends one byte at a time",
                        "serves 50 connections at once");
    }

    @Test
    void theReferenceBrokerSurvivesBeingKilledAndTheTimelineSaysWhen() {
        GradeResult result = grader.grade(queue, queue.reference(), 0);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
        assertThat(result.tests().getFirst().output())
                .startsWith("timeline:\n")
                .containsPattern("\\d+\\.\\d{3} s  SIGKILL broker")
                .contains("held: nothing acknowledged is lost");
    }

    @Test
    void aProgramThatAttacksTheGraderCannotSeeItAndOnlyLoses() {
        GradeResult result = grader.grade(queue, Map.of("broker.py", program("attacking-broker")), 0);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
        assertThat(SandboxedGradingTest.sandboxProcesses()).isEmpty();
        GradeResult after = grader.grade(queue, queue.reference(), 0);
        assertThat(after.verdict()).as(after.toString()).isEqualTo(Verdict.PASSED);
    }

    private static String program(String name) {
        try (InputStream in = LiveScenarioGradingTest.class.getResourceAsStream("programs/" + name + ".py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
