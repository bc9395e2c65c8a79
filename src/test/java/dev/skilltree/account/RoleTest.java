package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void grantsTheSpringSecurityAuthorityNamedAfterTheRole() {
        assertThat(Role.LEARNER.authority()).isEqualTo("ROLE_LEARNER");
        assertThat(Role.MENTOR.authority()).isEqualTo("ROLE_MENTOR");
        assertThat(Role.ADMIN.authority()).isEqualTo("ROLE_ADMIN");
    }
}
