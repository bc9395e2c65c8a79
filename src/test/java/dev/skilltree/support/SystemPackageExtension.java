package dev.skilltree.support;

import dev.skilltree.config.SystemPrograms;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

final class SystemPackageExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RequiresSystemPackage needs = context.getRequiredTestClass().getAnnotation(RequiresSystemPackage.class);
        boolean requireAll = "1".equals(System.getenv("SKILLTREE_REQUIRE_ALL"));
        Optional<Throwable> outcome =
                decide(needs.command(), needs.debianPackage(), SystemPrograms.installed(needs.command()), requireAll);
        if (outcome.isPresent() && outcome.get() instanceof RuntimeException skip) {
            throw skip;
        }
        if (outcome.isPresent()) {
            throw (Error) outcome.get();
        }
    }

    /** Nothing when the program is there; a skip, or under require-all a failure, naming the package otherwise. */
    static Optional<Throwable> decide(String command, String debianPackage, boolean installed, boolean requireAll) {
        if (installed) {
            return Optional.empty();
        }
        String message =
                "'" + command + "' is not installed; install the Debian package: apt-get install " + debianPackage;
        return Optional.of(
                requireAll
                        ? new AssertionFailedError(message + " (SKILLTREE_REQUIRE_ALL=1 forbids skipping)")
                        : new TestAbortedException(message));
    }
}
