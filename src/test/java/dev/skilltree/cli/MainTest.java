package dev.skilltree.cli;

import static dev.skilltree.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The entry point: usage, version, and what a mistyped command line is told. */
class MainTest {

    @Test
    void withoutACommandPrintsTheUsageWithEveryCommand() {
        CliTest.Run run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Usage: skilltree [-hV] [COMMAND]")
                .contains("A self-hosted learning-path platform.")
                .contains(
                        "  serve ",
                        "  validate ",
                        "  import ",
                        "  export ",
                        "  challenge ",
                        "  login ",
                        "  submit ",
                        "  db ",
                        "  backup ",
                        "  restore ",
                        "  doctor ");
    }

    @Test
    void saysWhichVersionIsRunning() {
        CliTest.Run run = run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("skilltree development\n");
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageErrorWithExitCode2() {
        CliTest.Run command = run("frobnicate");
        CliTest.Run option = run("roadmaps", "--colour");

        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).startsWith("Unmatched argument at index 0: 'frobnicate'");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).startsWith("Unknown option: '--colour'");
    }
}
