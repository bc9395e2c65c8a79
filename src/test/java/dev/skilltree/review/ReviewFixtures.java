package dev.skilltree.review;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Text;
import java.util.List;

/**
 * A small roadmap for the review services' tests and the cards of its deck.
 *
 * <pre>
 * python (roadmap)
 *   basics      (stage)
 *     closures    (topic)  cards late-binding, nonlocal
 *     generators  (topic)  card yield-from
 *     decorators  (topic)  card wraps
 * </pre>
 */
final class ReviewFixtures {

    static final String ROADMAP = "python";

    private ReviewFixtures() {}

    static Roadmap roadmap() {
        return roadmap(ROADMAP);
    }

    /** The same roadmap under another id. */
    static Roadmap roadmap(String id) {
        return new Roadmap(
                id,
                new Text("Python 路线", "Python roadmap"),
                "zh",
                Text.EMPTY,
                1,
                List.of(),
                List.of(
                        node("basics", NodeKind.STAGE, null, "基础", "Basics"),
                        node("closures", NodeKind.TOPIC, "basics", "闭包", "Closures"),
                        node("generators", NodeKind.TOPIC, "basics", "生成器", "Generators"),
                        node("decorators", NodeKind.TOPIC, "basics", "装饰器", "Decorators")));
    }

    /** The deck, in deck order: two cards on closures, one on generators, one on decorators. */
    static List<Card> deck() {
        return List.of(
                card("late-binding", "closures"),
                card("nonlocal", "closures"),
                card("yield-from", "generators"),
                card("wraps", "decorators"));
    }

    /** A concept card as the database gives it back: without its source file. */
    static Card card(String id, String node) {
        return new Card(
                id,
                node,
                Card.Type.CONCEPT,
                new Card.Side("问 " + id, "答", "因为", null),
                new Card.Side("Q " + id, "A", "Why", null),
                null,
                null,
                null);
    }

    private static Node node(String id, NodeKind kind, String parent, String zh, String en) {
        return new Node(id, kind, parent, new Text(zh, en), Text.EMPTY, null, null, List.of(), List.of(), List.of());
    }
}
