package dev.skilltree.roadmap;

import com.ibm.icu.text.Transliterator;
import dev.skilltree.config.Digests;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes ids for documents that carry none, from the titles alone, so that inserting a topic never moves another
 * topic's id (progress is kept by id). Chinese is written in pinyin through ICU's Han-Latin transliteration
 * ({@code 初识Python} becomes {@code chu-shi-python}); a title used twice takes its parent's id as a prefix; a title
 * with no letters or digits at all gets a short hash of itself. Only a title repeated in one document depends on
 * order: its second use takes the parent's id as a prefix.
 */
final class NodeIds {

    private static final int MAX_WORDS = 6;
    private final Set<String> used = new HashSet<>();

    String next(String parentId, String title) {
        String slug = Ids.slug(latin(title), MAX_WORDS, true);
        if (slug.isEmpty()) {
            slug = "t-" + Digests.sha256Hex(title).substring(0, 8);
        }
        String id = slug;
        if (used.contains(id) && parentId != null) {
            id = trim(parentId + "-" + slug);
        }
        String base = id;
        for (int n = 2; !used.add(id); n++) {
            id = trim(base) + "-" + n;
        }
        return id;
    }

    private static String trim(String id) {
        String cut = id.length() <= Ids.MAX_LENGTH - 4 ? id : id.substring(0, Ids.MAX_LENGTH - 4);
        return cut.replaceFirst("-+$", "");
    }

    static String latin(String title) {
        return Latin.TRANSLITERATOR.transliterate(title);
    }

    /** Loaded on first use: ICU's tables take a moment, and only documents without ids need them. */
    private static final class Latin {
        static final Transliterator TRANSLITERATOR = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    }
}
