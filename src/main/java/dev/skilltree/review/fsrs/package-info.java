/** FSRS-6 in plain Java, as py-fsrs 6.3.1 schedules: cards, ratings, the scheduler and a simulator for deck authors. */
@NamedInterface("fsrs")
package dev.skilltree.review.fsrs;

import org.springframework.modulith.NamedInterface;
