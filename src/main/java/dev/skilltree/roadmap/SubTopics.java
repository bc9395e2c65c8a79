package dev.skilltree.roadmap;

import java.util.Arrays;
import java.util.List;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * An outline item that names several topics at once, "Python简介 / Python的历史 / Python的优缺点": with nothing
 * else in the item, each part becomes a topic of its own. A slash without spaces ("I/O", "TCP/IP") is part of a name.
 */
final class SubTopics {

    private static final String SEPARATOR = " / ";

    private SubTopics() {}

    static boolean isList(String title, String description, Paragraph paragraph) {
        if (!title.contains(SEPARATOR) || !description.isEmpty()) {
            return false;
        }
        for (Node inner = paragraph.getNext(); inner != null; inner = inner.getNext()) {
            if (inner instanceof ListBlock) {
                return false;
            }
        }
        return split(title).size() > 1;
    }

    static List<String> split(String title) {
        return Arrays.stream(title.split(SEPARATOR))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
