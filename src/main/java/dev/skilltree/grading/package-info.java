/** Graded challenges: the catalog, submissions and their jobs, the sandbox and the verdicts; publishes {@link dev.skilltree.grading.ChallengePassed}. */
@ApplicationModule(allowedDependencies = {"account", "config", "roadmap", "web"})
package dev.skilltree.grading;

import org.springframework.modulith.ApplicationModule;
