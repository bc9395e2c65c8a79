package dev.skilltree.plan;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Whether the plan finishes by the target date.
 *
 * @param weeksLate          whole weeks (rounded up) from the target to the projected finish; 0 when feasible
 * @param hoursPerWeekNeeded the fewest hours per week, in steps of 0.5, with which the plan finishes by the target
 *                           on the same study days; empty when feasible, or when even 24 h on every study day
 *                           (at most 168 h) would not do
 */
public record TargetCheck(
        LocalDate target, boolean feasible, int weeksLate, OptionalDouble hoursPerWeekNeeded, String message) {}
