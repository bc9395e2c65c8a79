package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code doctor}'s Java line: the JDK in use, and a {@code java} on the PATH too old to run the jar. */
class JavaCheckTest {

    @Test
    void aJavaOnThePathTooOldForTheJarIsNamedBesideTheJdkInUse() {
        Finding finding = JavaCheck.of(
                Runtime.Version.parse("25.0.1"),
                "/usr/lib/jvm/temurin-25",
                Optional.of("openjdk version \"17.0.13\" 2024-10-15"));

        assertThat(finding.ok()).isTrue();
        assertThat(finding.found()).isEqualTo("Java 25.0.1 at /usr/lib/jvm/temurin-25");
        assertThat(finding.advice())
                .startsWith("'java -version' on the PATH finds openjdk version \"17.0.13\" 2024-10-15, too old")
                .endsWith("put /usr/lib/jvm/temurin-25/bin first on the PATH");
    }

    @Test
    void aJavaOlderThan21FailsWithWhereToGetANewerOne() {
        Finding finding = JavaCheck.of(Runtime.Version.parse("17.0.2"), "/usr/lib/jvm/java-17", Optional.empty());

        assertThat(finding.ok()).isFalse();
        assertThat(finding.found()).endsWith("skilltree needs 21 or newer");
        assertThat(finding.advice()).contains("openjdk-21-jdk").contains("Temurin 25");
        assertThat(JavaCheck.feature("java version \"1.8.0_392\"")).contains(8);
    }

    @Test
    void aJavaOnThePathNewEnoughOrUnreadableNeedsNoNote() {
        Finding recent = JavaCheck.of(
                Runtime.Version.parse("21.0.5"),
                "/usr/lib/jvm/java-21",
                Optional.of("openjdk version \"25.0.1\" 2025-10-21"));
        Finding odd = JavaCheck.of(
                Runtime.Version.parse("21.0.5"), "/usr/lib/jvm/java-21", Optional.of("bash: java: command not found"));
        Finding none = JavaCheck.of(Runtime.Version.parse("21"), "/usr/lib/jvm/java-21", Optional.empty());

        assertThat(recent).isEqualTo(Finding.ok("Java", "Java 21.0.5 at /usr/lib/jvm/java-21"));
        assertThat(odd).isEqualTo(Finding.ok("Java", "Java 21.0.5 at /usr/lib/jvm/java-21"));
        assertThat(none.ok()).isTrue();
        assertThat(none.advice()).isNull();
    }

    @Test
    void readsTheMajorVersionOfEveryKindOfVersionLine() {
        assertThat(JavaCheck.feature("openjdk version \"17.0.13\" 2024-10-15")).contains(17);
        assertThat(JavaCheck.feature("openjdk version \"21\" 2023-09-19")).contains(21);
        assertThat(JavaCheck.feature("java version \"1.8.0_392\"")).contains(8);
        assertThat(JavaCheck.feature("no java here")).isEmpty();
    }

    @Test
    void theJavaRunningThisCheckIsNamedWithItsHome() {
        Finding finding = JavaCheck.run();

        assertThat(finding.ok()).isTrue();
        assertThat(finding.found()).isEqualTo("Java " + Runtime.version() + " at " + System.getProperty("java.home"));
    }
}
