package dev.skilltree.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice of an API controller ({@code @WebMvcTest} without the security filters) over the real database: a
 * migrated H2 database of the slice's own ({@link SliceDatabase}) holding a roadmap, the built-in one unless the test
 * declares its own, and the learners' progress on it ({@link SliceRoadmap}), a {@link MovableClock} over the
 * application's clock, and the signed-in learner's principal ({@link SignedIn}). A test's nested
 * {@code @TestConfiguration} builds its module's services from these. {@link PageSlice} is the same for pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@Import({SignedIn.Principals.class, MovableClock.InServer.class, SliceDatabase.class, SliceRoadmap.class})
public @interface ApiSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
