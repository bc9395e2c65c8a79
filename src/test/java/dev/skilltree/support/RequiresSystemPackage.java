package dev.skilltree.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs a program from a Debian package (bubblewrap, chromium, …). Without it the class
 * (and its subclasses) is skipped with a message naming the package; with {@code SKILLTREE_REQUIRE_ALL=1} (set by .ci/run) it fails.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SystemPackageExtension.class)
public @interface RequiresSystemPackage {

    /** The program looked up on PATH or as an absolute path, e.g. {@code bwrap}. */
    String command();

    /** The Debian package that provides it, e.g. {@code bubblewrap}. */
    String debianPackage();
}
