package dev.skilltree.grading;

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
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a challenge folder given as its files (relative path to text): {@code challenge.md} with YAML front matter
 * and a statement in {@code ## zh} and {@code ## en} sections, plus {@code starter/}, {@code tests/} and
 * {@code reference/}. The format is described in docs/challenges.md.
 */
final class ChallengeReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ESTIMATE = Pattern.compile("(\\d{1,4})(?:-(\\d{1,4}))?");
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^## (zh|en)\\s*$");

    private ChallengeReader() {}

    static Challenge read(String folder, Map<String, String> files) {
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
        String kind = String.valueOf(meta.getOrDefault("kind", "unit"));
        if (!kind.equals("unit")) {
            problems.add(where + ": kind '" + kind + "' is not supported; use unit");
        }
        Limits limits = limits(meta.get("limits"), where, problems);
        Text statement = statement(markdown.substring(end + 5), where, problems);
        TreeMap<String, String> starter = under(files, "starter/");
        TreeMap<String, String> tests = under(files, "tests/");
        TreeMap<String, String> reference = under(files, "reference/");
        if (starter.isEmpty()) {
            problems.add(folder + "/starter: there are no starter files");
        }
        if (tests.keySet().stream().noneMatch(t -> t.startsWith("test") && t.endsWith(".py"))) {
            problems.add(folder + "/tests: there is no test_*.py file");
        }
        if (reference.isEmpty()) {
            problems.add(folder + "/reference: there is no reference solution");
        }
        if (!problems.isEmpty()) {
            throw InvalidChallenge.of(problems);
        }
        return new Challenge(
                slug, title, nodes, difficulty, estimate, kind, limits, statement, starter, tests, reference);
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
