/**
 * Spaced-repetition review of a roadmap's concepts: the decks of cards, each learner's deck scheduled with
 * FSRS-6, the review log, and how well each topic is held. Cards enter a deck from progress's events.
 */
@ApplicationModule(allowedDependencies = {"account", "config", "progress", "roadmap", "web"})
package dev.skilltree.review;

import org.springframework.modulith.ApplicationModule;
