/**
 * Personal study plans: a week-by-week schedule of a roadmap's topics from the learner's hours, pace and
 * prerequisites, stored with its versions, read against the learner's progress, as pages, API, Markdown and iCalendar.
 */
@ApplicationModule(allowedDependencies = {"account", "config", "progress", "roadmap", "web"})
package dev.skilltree.plan;

import org.springframework.modulith.ApplicationModule;
