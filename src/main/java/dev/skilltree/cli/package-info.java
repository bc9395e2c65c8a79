/** The command line: every {@code skilltree} command, and the one place that assembles services without Spring. */
@ApplicationModule(
        allowedDependencies = {"account", "config", "grading", "plan", "review", "review :: fsrs", "roadmap"})
package dev.skilltree.cli;

import org.springframework.modulith.ApplicationModule;
