package dev.skilltree.roadmap;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids of roadmaps, nodes and tracks: lower-case ascii letters, digits and inner dashes. */
final class Ids {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_LENGTH = 64;

    private Ids() {}

    static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && VALID.matcher(id).matches();
    }

    /** The ascii words of {@code text} as an id fragment, at most {@code maxWords} words; may be empty. */
    static String slug(String text, int maxWords) {
        return slug(text, maxWords, false);
    }

    /** As {@link #slug(String, int)}; with {@code keepNumbers}, numbers standing alone ("Python 3") are words too. */
    static String slug(String text, int maxWords, boolean keepNumbers) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        int words = 0;
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (word.isEmpty() || (!keepNumbers && word.chars().allMatch(Character::isDigit)) || words == maxWords) {
                continue;
            }
            if (slug.length() + word.length() + 1 > 40) {
                break;
            }
            if (!slug.isEmpty()) {
                slug.append('-');
            }
            slug.append(word);
            words++;
        }
        return slug.toString();
    }
}
