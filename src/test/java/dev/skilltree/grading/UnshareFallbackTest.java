package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Without bubblewrap, {@code unshare} still takes the network away and kills what a run leaves behind. */
class UnshareFallbackTest {

    private static Grader grader;

    @BeforeAll
    static void startGrader() {
        grader = Grader.create(PythonInterpreter.resolve("python3"), Isolation.UNSHARE);
    }

    @Test
    void passesTheReferenceSolution() {
        Challenge counter = BuiltInChallenges.get("closure-counter");

        assertThat(grader.grade(counter, counter.reference(), 0).verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void hasNoNetwork() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            GradeResult result =
                    SandboxedGradingTest.hostile(grader, SandboxedGradingTest.connecting(server.getLocalPort()));

            assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
        }
    }

    @Test
    void aDaemonisedChildDiesWithTheRun() {
        GradeResult result = SandboxedGradingTest.hostile(
                grader,
                "import os, time\ndef run():\n    if os.fork() == 0:\n        os.setsid()\n        time.sleep(60)\n    return 'ok'\n");

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(SandboxedGradingTest.sandboxProcesses()).isEmpty();
    }
}
