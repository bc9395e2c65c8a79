/** Each learner's status on every topic, their notes, history and evidence, and the dashboard; publishes {@link dev.skilltree.progress.TopicStatusChanged}. */
@ApplicationModule(allowedDependencies = {"account", "config", "grading", "roadmap", "web"})
package dev.skilltree.progress;

import org.springframework.modulith.ApplicationModule;
