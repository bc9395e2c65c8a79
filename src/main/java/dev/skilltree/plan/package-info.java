/** Personal study plans: a week-by-week schedule of a roadmap's topics from the learner's hours, pace and prerequisites. */
@ApplicationModule(allowedDependencies = {"roadmap"})
package dev.skilltree.plan;

import org.springframework.modulith.ApplicationModule;
