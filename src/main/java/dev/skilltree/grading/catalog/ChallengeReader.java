package dev.skilltree.grading.catalog;

import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.ChallengeKind;
import dev.skilltree.grading.ChallengeTags;
import dev.skilltree.grading.InvalidChallenge;
import dev.skilltree.grading.Limits;
import dev.skilltree.grading.Scenario;
import dev.skilltree.roadmap.Difficulty;
import dev.skilltree.roadmap.Estimate;
import dev.skilltree.roadmap.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a challenge folder given as its files (relative path to text): {@code challenge.md} with YAML front matter
 * and a statement in {@code ## zh} and {@code ## en} sections, plus {@code starter/}, {@code tests/} and
 * {@code reference/}. The format is described in docs/challenges.md.
 */
public final class ChallengeReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ESTIMATE = Pattern.compile("(\\d{1,4})(?:-(\\d{1,4}))?");
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^## (zh|en)\\s*$");

    private ChallengeReader() {}

    public static Challenge read(String folder, Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        String markdown = files.get("challenge.md");
        if (markdown == null) {
            throw InvalidChallenge.of(List.of(folder + ": there is no challenge.md"));
        }
        String where = folder + "/challenge.md";
        if (!markdown.startsWith("---\n")) {
            throw InvalidChallenge.of(List.of(where + ":1: the file must start with front matter between '---' lines"));
        }
        int end = markdown.indexOf("\n---\n", 3);
        if (end < 0) {
            throw InvalidChallenge.of(List.of(where + ":1: the front matter is not closed with a '---' line"));
        }
        Map<String, Object> meta;
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(markdown.substring(4, end));
            if (!(parsed instanceof Map<?, ?> map)) {
                throw InvalidChallenge.of(List.of(where + ":2: the front matter must be a set of 'key: value' lines"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            meta = typed;
        } catch (MarkedYAMLException e) {
            String line =
                    e.getProblemMark() == null ? "" : ":" + (e.getProblemMark().getLine() + 2);
            throw InvalidChallenge.of(List.of(where + line + ": the front matter is not valid YAML: " + e.getProblem()
                    + " (a value holding ': ' or '#' needs quotes)"));
        } catch (YAMLException e) {
            throw InvalidChallenge.of(List.of(where + ": the front matter is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
        String slug = string(meta, "slug", where, problems);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            problems.add(where + ": slug '" + slug + "' must use lower-case letters, digits and single dashes");
        }
        Text title = text(meta.get("title"), where + ": title", problems);
        List<String> nodes = new ArrayList<>();
        if (meta.get("nodes") instanceof List<?> list) {
            list.forEach(n -> nodes.add(String.valueOf(n)));
        } else {
            problems.add(where + ": nodes must list the roadmap node ids the challenge belongs to, e.g. [closures]");
        }
        Difficulty difficulty =
                Difficulty.fromCode(String.valueOf(meta.get("difficulty"))).orElse(null);
        if (difficulty == null) {
            problems.add(where + ": difficulty must be beginner, intermediate or advanced");
        }
        Estimate estimate = estimate(String.valueOf(meta.get("estimate")), where, problems);
        String kindCode = String.valueOf(meta.getOrDefault("kind", "unit"));
        ChallengeKind kind = ChallengeKind.fromCode(kindCode).orElse(null);
        if (kind == null) {
            problems.add(where + ": kind '" + kindCode + "' must be unit, perf, memory, fault or service");
        }
        Limits limits = limits(meta.get("limits"), where, problems);
        ChallengeTags tags = tags(meta.get("tags"), where, problems);
        Text statement = statement(markdown.substring(end + 5), where, problems);
        TreeMap<String, String> starter = under(files, "starter/");
        TreeMap<String, String> tests = under(files, "tests/");
        TreeMap<String, String> reference = under(files, "reference/");
        if (starter.isEmpty()) {
            problems.add(folder + "/starter: there are no starter files");
        }
        Scenario scenario = Scenario.NONE;
        if (kind == ChallengeKind.UNIT
                && tests.keySet().stream().noneMatch(t -> t.startsWith("test") && t.endsWith(".py"))) {
            problems.add(folder + "/tests: there is no test_*.py file");
        }
        if ((kind == ChallengeKind.FAULT || kind == ChallengeKind.SERVICE)) {
            if (!tests.containsKey("grade.py")) {
                problems.add(folder + "/tests: a " + kind.code()
                        + " challenge needs tests/grade.py with scenario(ctl), which drives the learner's programs");
            }
            if (limits.wallSeconds() > 30) {
                problems.add(where + ": a " + kind.code() + " challenge's wall limit is at most 30 s");
            }
        }
        if (kind == ChallengeKind.PERF || kind == ChallengeKind.MEMORY) {
            scenario = scenario(meta, kind, starter, where, problems);
            if (!tests.containsKey("grade.py")) {
                problems.add(folder + "/tests: a " + kind.code()
                        + " challenge needs tests/grade.py with workload(rng) returning the program's input");
            }
        }
        if (reference.isEmpty()) {
            problems.add(folder + "/reference: there is no reference solution");
        }
        if (!problems.isEmpty()) {
            throw InvalidChallenge.of(problems);
        }
        return new Challenge(
                slug,
                title,
                nodes,
                difficulty,
                estimate,
                kind,
                limits,
                statement,
                starter,
                tests,
                reference,
                scenario,
                tags);
    }

    /**
     * {@code run: main.py}, and {@code perf: {ratio: 2, runs: 5}} or {@code memory: {share: 1.5, baseline: 16}} (a
     * memory challenge may also hold its time to the reference's with {@code ratio}).
     */
    private static Scenario scenario(
            Map<String, Object> meta,
            ChallengeKind kind,
            Map<String, String> starter,
            String where,
            List<String> problems) {
        String entry = String.valueOf(meta.getOrDefault("run", "main.py"));
        if (!entry.matches("[A-Za-z0-9_][A-Za-z0-9_./-]*\\.py") || entry.contains("..")) {
            problems.add(where + ": run: " + entry + " must be a Python file name such as main.py");
        } else if (!starter.containsKey(entry)) {
            problems.add(where + ": run: " + entry + " must name a starter file (the program to run)");
        }
        Object settings = meta.get(kind.code());
        if (!(settings instanceof Map<?, ?> map)) {
            problems.add(where + ": a " + kind.code() + " challenge needs "
                    + (kind == ChallengeKind.PERF
                            ? "perf: {ratio: 2, runs: 5}"
                            : "memory: {share: 1.5, baseline: 16}"));
            return Scenario.NONE;
        }
        try {
            int runs = map.get("runs") == null ? 3 : Integer.parseInt(String.valueOf(map.get("runs")));
            double ratio = map.get("ratio") == null ? 0 : Double.parseDouble(String.valueOf(map.get("ratio")));
            double share = map.get("share") == null ? 0 : Double.parseDouble(String.valueOf(map.get("share")));
            int baseline = map.get("baseline") == null ? 0 : Integer.parseInt(String.valueOf(map.get("baseline")));
            if (runs < 1 || runs > 9) {
                problems.add(where + ": " + kind.code() + ".runs must be between 1 and 9");
            }
            if (kind == ChallengeKind.PERF && ratio < 1) {
                problems.add(where + ": perf.ratio must be at least 1 (learner time / reference time)");
            }
            if (kind == ChallengeKind.MEMORY && map.get("ratio") != null && ratio < 1) {
                problems.add(where + ": memory.ratio, when given, must be at least 1 (learner time / reference time)");
            }
            if (kind == ChallengeKind.MEMORY && share < 1 && baseline < 1) {
                problems.add(where + ": memory needs share (of the reference's peak, at least 1) or baseline (MB)");
            }
            if (kind == ChallengeKind.MEMORY && share > 0 && share < 1) {
                problems.add(where + ": memory.share must be at least 1 (the learner may use the reference's peak)");
            }
            return new Scenario(entry, runs, ratio, share, baseline);
        } catch (NumberFormatException e) {
            problems.add(where + ": " + kind.code() + " settings must be numbers: " + map);
            return Scenario.NONE;
        }
    }

    /** {@code tags: {series: stage-test, stage: 5, topic: gc, direction: systems}}; all optional but the map's shape. */
    private static ChallengeTags tags(Object value, String where, List<String> problems) {
        if (value == null) {
            return ChallengeTags.NONE;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(where + ": tags must be a map such as {series: topic, stage: 3, topic: asyncio}");
            return ChallengeTags.NONE;
        }
        String series = String.valueOf(map.get("series") == null ? "topic" : map.get("series"));
        if (!ChallengeTags.SERIES.contains(series)) {
            problems.add(where + ": tags.series '" + series + "' must be topic, stage-test or project");
        }
        int stage = 0;
        if (map.get("stage") != null) {
            String text = String.valueOf(map.get("stage"));
            stage = text.matches("[1-5]") ? Integer.parseInt(text) : 0;
            if (stage == 0) {
                problems.add(where + ": tags.stage '" + text + "' must be a roadmap stage from 1 to 5");
            }
        }
        String topic = map.get("topic") == null ? "" : String.valueOf(map.get("topic"));
        if (!topic.isEmpty() && !SLUG.matcher(topic).matches()) {
            problems.add(where + ": tags.topic '" + topic + "' must use lower-case letters, digits and single dashes");
        }
        String direction = map.get("direction") == null ? "" : String.valueOf(map.get("direction"));
        if (!direction.isEmpty() && !ChallengeTags.DIRECTIONS.contains(direction)) {
            problems.add(where + ": tags.direction '" + direction + "' must be one of "
                    + String.join(", ", ChallengeTags.DIRECTIONS));
        }
        return new ChallengeTags(series, stage, topic, direction);
    }

    private static TreeMap<String, String> under(Map<String, String> files, String prefix) {
        TreeMap<String, String> selected = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(prefix) && path.length() > prefix.length()) {
                selected.put(path.substring(prefix.length()), text);
            }
        });
        return selected;
    }

    private static String string(Map<String, Object> meta, String key, String where, List<String> problems) {
        Object value = meta.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            problems.add(where + ": '" + key + "' is missing");
            return null;
        }
        return String.valueOf(value);
    }

    private static Text text(Object value, String what, List<String> problems) {
        if (value instanceof Map<?, ?> map && map.get("zh") != null && map.get("en") != null) {
            return new Text(String.valueOf(map.get("zh")), String.valueOf(map.get("en")));
        }
        problems.add(what + " needs both zh and en");
        return Text.EMPTY;
    }

    private static Estimate estimate(String value, String where, List<String> problems) {
        Matcher m = ESTIMATE.matcher(value);
        if (!m.matches()) {
            problems.add(where + ": estimate must be hours such as 2 or 1-3, not '" + value + "'");
            return null;
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        if (max < min) {
            problems.add(where + ": estimate " + value + " has its maximum below its minimum");
            return null;
        }
        return new Estimate(min, max);
    }

    private static Limits limits(Object value, String where, List<String> problems) {
        if (value == null) {
            return Limits.DEFAULT;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(
                    where + ": limits must be a map such as {cpu: 2, wall: 5, memory: 256, processes: 8, output: 64}");
            return Limits.DEFAULT;
        }
        try {
            Limits d = Limits.DEFAULT;
            return new Limits(
                    number(map, "cpu", d.cpuSeconds()),
                    number(map, "wall", d.wallSeconds()),
                    number(map, "memory", d.memoryMb()),
                    number(map, "processes", d.processes()),
                    number(map, "output", d.outputKb()));
        } catch (IllegalArgumentException e) {
            problems.add(where
                    + ": limits must be positive whole numbers (cpu s, wall s, memory MB >= 32, processes, output KB)");
            return Limits.DEFAULT;
        }
    }

    private static int number(Map<?, ?> map, String key, int fallback) {
        Object value = map.get(key);
        return value == null ? fallback : Integer.parseInt(String.valueOf(value));
    }

    private static Text statement(String body, String where, List<String> problems) {
        Matcher m = LANGUAGE.matcher(body);
        String zh = null;
        String en = null;
        int start = -1;
        String language = null;
        while (m.find()) {
            if (language != null) {
                String section = body.substring(start, m.start()).strip();
                if (language.equals("zh")) zh = section;
                else en = section;
            }
            language = m.group(1);
            start = m.end();
        }
        if (language != null) {
            String section = body.substring(start).strip();
            if (language.equals("zh")) zh = section;
            else en = section;
        }
        if (zh == null || en == null || zh.isEmpty() || en.isEmpty()) {
            problems.add(where + ": the statement needs a '## zh' and a '## en' section");
            return Text.EMPTY;
        }
        return new Text(zh, en);
    }
}
