package dev.skilltree.support;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.core.annotation.AliasFor;

/** An {@link ApiSlice} of page controllers, rendering the real templates. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiSlice({})
@ImportAutoConfiguration(JteAutoConfiguration.class)
public @interface PageSlice {

    /** The controllers under test. */
    @AliasFor(annotation = ApiSlice.class, attribute = "value")
    Class<?>[] value();
}
