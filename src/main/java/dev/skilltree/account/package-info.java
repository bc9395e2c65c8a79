/** Users, roles, groups, sign-in and personal API tokens. */
@ApplicationModule(allowedDependencies = {"config", "web"})
package dev.skilltree.account;

import org.springframework.modulith.ApplicationModule;
