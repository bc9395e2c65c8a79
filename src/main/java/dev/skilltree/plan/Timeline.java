package dev.skilltree.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lays topics, one after another, onto the study days from the start date, filling each day's capacity. A topic
 * may start on the day its predecessor finishes, in what is left of that day.
 */
final class Timeline {

    private final LocalDate start;
    private final LocalDate limit;
    private final StudyWeek week;
    private final Set<LocalDate> daysOff;
    private final List<StudyBlock> blocks = new ArrayList<>();
    private LocalDate day;
    private long leftToday;
    private LocalDate lastFinish;

    Timeline(LocalDate start, StudyWeek week, Set<LocalDate> daysOff) {
        this.start = start;
        this.limit = start.plusYears(10);
        this.week = week;
        this.daysOff = daysOff;
        this.day = start;
        this.leftToday = capacity(start);
        this.lastFinish = start;
    }

    PlanItem place(String topicId, long minutes) {
        LocalDate first = null;
        for (long left = minutes; left > 0; ) {
            while (leftToday == 0) {
                nextDay();
            }
            long take = Math.min(left, leftToday);
            blocks.add(new StudyBlock(day, topicId, take));
            first = first == null ? day : first;
            leftToday -= take;
            left -= take;
            lastFinish = day;
        }
        return new PlanItem(topicId, minutes, first == null ? lastFinish : first, lastFinish);
    }

    /** The day the most recently placed topic finished; the start date before any. */
    LocalDate lastFinish() {
        return lastFinish;
    }

    List<StudyBlock> blocks() {
        return blocks;
    }

    private void nextDay() {
        day = day.plusDays(1);
        if (day.isAfter(limit)) {
            throw InvalidPlan.tooLong(start, limit);
        }
        leftToday = capacity(day);
    }

    private long capacity(LocalDate date) {
        return daysOff.contains(date) ? 0 : week.minutes(date.getDayOfWeek());
    }
}
