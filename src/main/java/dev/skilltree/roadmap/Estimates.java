package dev.skilltree.roadmap;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads estimates: {@code hours=4-8} attributes and durations such as "1-2 个月" or "1年以上". */
final class Estimates {

    /** The convention of the built-in content: 10 hours a week, 40 hours a month. */
    static final int HOURS_PER_WEEK = 10;

    static final int HOURS_PER_MONTH = 40;

    private static final Pattern HOURS = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");
    private static final Pattern DURATION =
            Pattern.compile("(\\d{1,3})\\s*(?:[-~–—到至]\\s*(\\d{1,3}))?\\s*(?:个)?\\s*(月|年|周|星期|小时)(以上)?");

    private Estimates() {}

    static Estimate parseHours(String value, Location location, RoadmapDraft draft) {
        Matcher m = HOURS.matcher(value);
        if (!m.matches()) {
            draft.problem(location, "hours must look like 4-8 or 6, not '" + value + "'");
            return null;
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        if (max < min) {
            draft.problem(location, "hours=" + value + " has its maximum below its minimum; write " + max + "-" + min);
            return null;
        }
        return new Estimate(min, max);
    }

    /** A duration in a title, such as （1-2 个月） or （1年以上）; "以上" (or more) doubles the upper bound. */
    static Optional<Estimate> fromDuration(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        if (m.group(4) != null) {
            max = max * 2;
        }
        int unit =
                switch (m.group(3)) {
                    case "年" -> HOURS_PER_MONTH * 12;
                    case "月" -> HOURS_PER_MONTH;
                    case "周", "星期" -> HOURS_PER_WEEK;
                    default -> 1;
                };
        return min <= max ? Optional.of(new Estimate(min * unit, max * unit)) : Optional.empty();
    }
}
