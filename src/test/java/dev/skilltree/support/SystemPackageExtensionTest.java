package dev.skilltree.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.SystemPrograms;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SystemPackageExtensionTest {

    @Test
    void skipsNamingThePackageWhenTheProgramIsMissing() {
        assertThat(SystemPackageExtension.decide("bwrap", "bubblewrap", false, false))
                .get()
                .isInstanceOf(TestAbortedException.class)
                .extracting(Throwable::getMessage)
                .isEqualTo("'bwrap' is not installed; install the Debian package: apt-get install bubblewrap");
    }

    @Test
    void failsInsteadOfSkippingWhenEverySuiteIsRequired() {
        assertThat(SystemPackageExtension.decide("chromedriver", "chromium-driver", false, true))
                .get()
                .isInstanceOf(AssertionFailedError.class)
                .extracting(Throwable::getMessage)
                .asString()
                .contains("apt-get install chromium-driver", "SKILLTREE_REQUIRE_ALL=1");
    }

    @Test
    void runsWhenTheProgramIsInstalled() {
        assertThat(SystemPrograms.installed("sh")).isTrue();
        assertThat(SystemPrograms.installed("no-such-program-skilltree")).isFalse();
        assertThat(SystemPackageExtension.decide("sh", "dash", true, true)).isEmpty();
    }
}
