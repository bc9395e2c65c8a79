package dev.skilltree.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The account module's groups ({@code GroupService} over its repositories) as Spring makes them, for a slice of
 * another module that asks who may read whose work.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
        basePackages = "dev.skilltree.account",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "dev\\.skilltree\\.account\\.(GroupService|GroupRepository|AccountRepository)"))
public class AccountGroups {}
