package dev.skilltree.grading;

import dev.skilltree.grading.catalog.ChallengeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The challenges shipped under {@code content/challenges/<slug>/}. */
public final class BuiltInChallenges {

    private static final String ROOT = "content/challenges/";

    private BuiltInChallenges() {}

    public static List<Challenge> load() {
        List<Challenge> challenges = new ArrayList<>();
        folders().forEach((slug, files) -> challenges.add(ChallengeReader.read(ROOT + slug, files)));
        return challenges;
    }

    /** Every shipped folder's files, by slug, each by path relative to the folder. */
    static Map<String, Map<String, String>> folders() {
        Map<String, Map<String, String>> folders = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(BuiltInChallenges.class.getClassLoader())
                    .getResources("classpath*:" + ROOT + "**/*")) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(ROOT);
                if (at < 0 || !resource.isReadable() || url.endsWith("/")) {
                    continue;
                }
                String relative = url.substring(at + ROOT.length());
                int slash = relative.indexOf('/');
                if (slash < 0) {
                    continue;
                }
                folders.computeIfAbsent(relative.substring(0, slash), k -> new HashMap<>())
                        .put(relative.substring(slash + 1), resource.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in challenges", e);
        }
        return folders;
    }

    public static Challenge get(String slug) {
        return load().stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> ChallengeNotFound.forSlug(slug));
    }
}
