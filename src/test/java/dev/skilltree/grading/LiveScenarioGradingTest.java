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
    void aServerThatServesOneConnectionAtATimeFailsOnTheSlowClient() {
        GradeResult result = grader.grade(server, Map.of("server.py", program("serial-server")), 0);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
        assertThat(result.tests().get(0).status()).isEqualTo("pass");
        assertThat(result.tests())
                .filteredOn(t -> t.name().equals("serves others while a client sends one byte at a time"))
                .singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo("fail"));
    }

    @Test
    void theStartersFail() {
        assertThat(grader.grade(server, server.starter(), 0).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(grader.grade(queue, queue.starter(), 0).verdict()).isEqualTo(Verdict.FAILED);
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
    void aBrokerThatSaysOkWithoutKeepingTheTaskLosesItWhenKilled() {
        GradeResult result = grader.grade(queue, Map.of("broker.py", program("lying-broker")), 0);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.FAILED);
        assertThat(result.tests().getFirst().name()).as(result.toString()).isEqualTo("nothing acknowledged is lost");
        assertThat(result.tests().getFirst().status()).isEqualTo("fail");
        assertThat(result.tests().getFirst().message())
                .matches("\\d+ of \\d+ acknowledged PUTs were never delivered.*");
        assertThat(result.tests().getFirst().output()).contains("BROKE: nothing acknowledged is lost");
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
