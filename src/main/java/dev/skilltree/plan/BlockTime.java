package dev.skilltree.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When a study block of a plan version falls, and its iCalendar SEQUENCE: 0 when the block first appears, one more
 * each time a re-plan moves it or changes its length. A block a re-plan drops is kept with its last time, so that
 * when a later re-plan brings it back its SEQUENCE goes on from where a calendar last saw it.
 */
record BlockTime(LocalDate date, long minutes, int sequence) {

    /** The blocks of {@code plan} keyed by their stable UID, their sequences carried on from {@code before}. */
    static Map<String, BlockTime> of(Plan plan, Map<String, BlockTime> before) {
        Map<String, BlockTime> times = new LinkedHashMap<>();
        PlanDocuments.blocksByUid(plan).forEach((uid, block) -> {
            BlockTime old = before.get(uid);
            int sequence = old == null
                    ? 0
                    : old.date().equals(block.date()) && old.minutes() == block.minutes()
                            ? old.sequence()
                            : old.sequence() + 1;
            times.put(uid, new BlockTime(block.date(), block.minutes(), sequence));
        });
        before.forEach(times::putIfAbsent);
        return times;
    }
}
