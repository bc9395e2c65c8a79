package dev.skilltree.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The axes of "topics complete over time": days from the first change (at least a week back) to today, and a y
 * range from 0 to a round number just above the most topics complete, so that a change of one topic shows.
 */
record CompletionScale(LocalDate start, LocalDate today, int yMax, int yStep, int width, int height) {

    static final int LEFT = 44;
    static final int TOP = 24;
    private static final int MIN_DAYS = 6;
    private static final int X_TICKS = 5;

    static CompletionScale of(Activity activity, int width, int height) {
        LocalDate today = activity.today();
        LocalDate start = activity.completed().isEmpty()
                ? today
                : activity.completed().getFirst().day();
        if (ChronoUnit.DAYS.between(start, today) < MIN_DAYS) {
            start = today.minusDays(MIN_DAYS);
        }
        int most = activity.completed().stream()
                .mapToInt(Activity.Point::complete)
                .max()
                .orElse(0);
        int step = step(Math.max(most, 1));
        int yMax = Math.max(step, (most + step - 1) / step * step);
        return new CompletionScale(start, today, yMax, step, width, height);
    }

    /** 1, 2 or 5 times a power of ten, giving at most about five ticks up to {@code most}. */
    static int step(int most) {
        for (int power = 1; ; power *= 10) {
            for (int unit : new int[] {1, 2, 5}) {
                if (most <= unit * power * 4) {
                    return unit * power;
                }
            }
        }
    }

    int right() {
        return width - 12;
    }

    int bottom() {
        return height - 44;
    }

    long span() {
        return ChronoUnit.DAYS.between(start, today);
    }

    double x(LocalDate day) {
        return LEFT + (right() - LEFT) * (double) ChronoUnit.DAYS.between(start, day) / span();
    }

    double y(int complete) {
        return bottom() - (bottom() - TOP) * (double) complete / yMax;
    }

    List<Integer> yTicks() {
        List<Integer> ticks = new ArrayList<>();
        for (int value = 0; value <= yMax; value += yStep) {
            ticks.add(value);
        }
        return ticks;
    }

    /** Every day of a week or less, else five days spread evenly; the start and today among them, all distinct. */
    List<LocalDate> xTicks() {
        List<LocalDate> ticks = new ArrayList<>();
        if (span() <= 7) {
            for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
                ticks.add(day);
            }
            return ticks;
        }
        for (int i = 0; i < X_TICKS; i++) {
            ticks.add(start.plusDays(Math.round((double) span() * i / (X_TICKS - 1))));
        }
        return ticks;
    }

    /** A day as its ticks show it: month and day, and the year when today's is another. */
    String label(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern(day.getYear() == today.getYear() ? "MM-dd" : "yyyy-MM-dd"));
    }

    /** The line as steps: flat at each day's count until the next change, from the start (at 0) to today. */
    String path(List<Activity.Point> points) {
        StringBuilder d = new StringBuilder("M").append(LEFT).append(' ').append(Math.round(y(0)));
        for (Activity.Point p : points) {
            d.append(" H").append(Math.round(x(p.day()))).append(" V").append(Math.round(y(p.complete())));
        }
        return d.append(" H").append(right()).toString();
    }
}
