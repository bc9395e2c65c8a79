package dev.skilltree.roadmap;

import java.util.regex.Pattern;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Tells a list of topics from a list of sentences in an outline. A list is prose, and stays in its heading's
 * description, when every item reads as a sentence: it ends with sentence punctuation (。！？.!?) or holds a clause
 * break (，；), has no bold or colon lead-in ("**元类**：…"), and has no list inside. Names separated by ASCII commas
 * ("asyncio, aiohttp") are not clauses, so such items stay topics.
 */
final class ProseLists {

    private static final Pattern SENTENCE = Pattern.compile("[。！？!?]$|[^.]\\.$|[，；]");
    private static final Pattern LEAD_IN = Pattern.compile("^[^，；。]{1,30}[：:]");

    private ProseLists() {}

    static boolean isProse(ListBlock list) {
        boolean any = false;
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof ListItem item) || !isSentence(item)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isSentence(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph paragraph)
                || paragraph.getFirstChild() instanceof StrongEmphasis) {
            return false;
        }
        for (Node inner = paragraph.getNext(); inner != null; inner = inner.getNext()) {
            if (inner instanceof ListBlock) {
                return false;
            }
        }
        String line = InlineText.firstLineOf(paragraph).text();
        return !LEAD_IN.matcher(line).find() && SENTENCE.matcher(line).find();
    }
}
