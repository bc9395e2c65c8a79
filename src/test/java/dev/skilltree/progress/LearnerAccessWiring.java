package dev.skilltree.progress;

import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.support.AccountGroups;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SliceDatabase;
import dev.skilltree.support.TestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * For a Spring context over a {@link SliceDatabase} and a {@link MovableClock}: whose progress a user may read, from
 * the accounts and the groups; the account module's group service comes from its module as Spring makes it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(AccountGroups.class)
class LearnerAccessWiring {

    @Bean
    AccountService accounts(TestDatabase database, MovableClock clock) {
        return AccountService.of(database.jdbc(), PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }

    @Bean
    LearnerAccess access(AccountService accounts, GroupService groups) {
        return new LearnerAccess(accounts, groups);
    }
}
