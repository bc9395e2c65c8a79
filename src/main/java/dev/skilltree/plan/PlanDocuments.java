package dev.skilltree.plan;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A plan as a person reads it: Markdown to print, and an iCalendar file with one event per study block. */
public final class PlanDocuments {

    private PlanDocuments() {}

    /** The plan week by week, with each topic's hours, the milestones and the projected finish. */
    public static String markdown(String title, Plan plan, Function<String, String> titleOf) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        md.append("- Start: ").append(plan.start()).append('\n');
        md.append("- Projected finish: ").append(plan.projectedFinish()).append('\n');
        md.append("- Hours: ").append(Hours.of(plan.totalMinutes())).append('\n');
        plan.target().ifPresent(t -> md.append("- Target: ").append(t.message()).append('\n'));
        for (PlanWeek week : plan.weeks()) {
            md.append("\n## Week of ").append(week.monday()).append("\n\n");
            for (WeekEntry entry : week.entries()) {
                md.append("- [ ] ")
                        .append(titleOf.apply(entry.topicId()))
                        .append(" — ")
                        .append(Hours.of(entry.minutes()))
                        .append(" h\n");
            }
            for (Milestone milestone : week.milestones()) {
                md.append("- [ ] Milestone: ")
                        .append(titleOf.apply(milestone.topicId()))
                        .append(" (")
                        .append(milestone.date())
                        .append(")\n");
            }
        }
        return md.toString();
    }

    /**
     * One event per study block, from {@code startOfDay} on its day (a day's blocks one after another), with the
     * topic's title and a link to its page. A block's UID is {@code uidPrefix}, its topic and its place among that
     * topic's blocks, so it stays the same when the plan is made again and differs between plans;
     * {@code sequences} gives each block's SEQUENCE (by its key in {@link #blocksByUid}, 0 when absent), which goes
     * up when its time changes.
     */
    public static String icalendar(
            Plan plan,
            Function<String, String> titleOf,
            Function<String, String> urlOf,
            LocalTime startOfDay,
            ZoneId zone,
            Map<String, Integer> sequences,
            String uidPrefix) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//skilltree//plan//EN");
        Map<java.time.LocalDate, Long> taken = new java.util.HashMap<>();
        for (Map.Entry<String, StudyBlock> block : blocksByUid(plan).entrySet()) {
            StudyBlock b = block.getValue();
            VEvent event = new VEvent();
            event.setUid(uidPrefix + block.getKey());
            event.setSequence(sequences.getOrDefault(block.getKey(), 0));
            event.setSummary(titleOf.apply(b.topicId()));
            long before = taken.merge(b.date(), b.minutes(), Long::sum) - b.minutes();
            var start = b.date().atTime(startOfDay).atZone(zone).plusMinutes(before);
            event.setDateStart(Date.from(start.toInstant()));
            event.setDateEnd(Date.from(start.plusMinutes(b.minutes()).toInstant()));
            String url = urlOf.apply(b.topicId());
            if (url != null) {
                event.setUrl(url);
                event.setDescription(url);
            }
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /** Each block keyed by its stable UID: {@code topic-N@skilltree}, N counting that topic's blocks from 1. */
    public static Map<String, StudyBlock> blocksByUid(Plan plan) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, StudyBlock> blocks = new LinkedHashMap<>();
        for (StudyBlock block : plan.blocks()) {
            int n = counts.merge(block.topicId(), 1, Integer::sum);
            blocks.put(block.topicId() + "-" + n + "@skilltree", block);
        }
        return blocks;
    }

    /** The dates of a days-off file: one ISO date per line, blank lines and {@code #} comments ignored. */
    public static List<LocalDate> daysOff(List<String> lines) {
        return lines.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> {
                    try {
                        return LocalDate.parse(l);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw InvalidPlan.field("daysOff", "'" + l + "' is not a date like 2026-12-25");
                    }
                })
                .toList();
    }
}
