/** Spaced-repetition review of a roadmap's concepts: FSRS-6 scheduling, the card deck and the review log. */
@ApplicationModule(allowedDependencies = {"roadmap"})
package dev.skilltree.review;

import org.springframework.modulith.ApplicationModule;
