package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** import(export(r)) equals r, for generated roadmaps with every feature of the model. */
class RoundTripProperties {

    @Property(tries = 300)
    void markdownExportReadsBackToTheSameRoadmap(@ForAll("roadmaps") Roadmap roadmap) {
        String markdown = MarkdownExporter.export(roadmap);

        assertThat(RoadmapReader.read(new SourceFile("exported.md", markdown))).isEqualTo(roadmap);
    }

    @Property(tries = 100)
    void exportIsStableAcrossARoundTrip(@ForAll("roadmaps") Roadmap roadmap) {
        String once = MarkdownExporter.export(roadmap);

        assertThat(MarkdownExporter.export(RoadmapReader.read(new SourceFile("exported.md", once))))
                .isEqualTo(once);
    }

    @Provide
    Arbitrary<Roadmap> roadmaps() {
        return Arbitraries.randomValue(RoundTripProperties::roadmap);
    }

    private static final String WORD_CHARS = "abcxyzABCXYZ语言装饰器闭包元类协程éü0123456789";
    private static final String INNER_CHARS = WORD_CHARS + "     ,.;:!?'\"()[]{}/-_+=*#%&<>@~`|\\，。、：（）《》“”";

    static Roadmap roadmap(Random random) {
        String locale = random.nextBoolean() ? "zh" : "en";
        List<Track> tracks = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tracks.add(new Track("track-" + i, text(random, locale, true), text(random, locale, false, true)));
        }
        List<Node> nodes = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        int count = 1 + random.nextInt(25);
        for (int i = 0; i < count; i++) {
            int parent = random.nextInt(i + 1) - 1;
            while (parent >= 0 && depths.get(parent) >= 5) {
                parent--;
            }
            depths.add(parent < 0 ? 1 : depths.get(parent) + 1);
            nodes.add(new Node(
                    "n" + i
                            + (random.nextBoolean()
                                    ? "-" + word(random).toLowerCase().replaceAll("[^a-z0-9]", "") + "x"
                                    : ""),
                    pick(random, NodeKind.values()),
                    parent < 0 ? null : nodes.get(parent).id(),
                    text(random, locale, true),
                    text(random, locale, false, true),
                    random.nextBoolean() ? estimate(random) : null,
                    random.nextBoolean() ? pick(random, Difficulty.values()) : null,
                    sample(random, tracks.stream().map(Track::id).toList()),
                    sample(random, nodes.stream().map(Node::id).toList()),
                    resources(random)));
        }
        // Re-order into document order: each node directly after its parent's earlier children.
        return new Roadmap(
                "r" + random.nextInt(1000),
                text(random, locale, true),
                locale,
                text(random, locale, false, true),
                1 + random.nextInt(9),
                tracks,
                documentOrder(nodes));
    }

    private static List<Node> documentOrder(List<Node> nodes) {
        List<Node> ordered = new ArrayList<>();
        appendChildren(nodes, null, ordered);
        return ordered;
    }

    private static void appendChildren(List<Node> nodes, String parentId, List<Node> out) {
        for (Node node : nodes) {
            if (java.util.Objects.equals(node.parentId(), parentId)) {
                out.add(node);
                appendChildren(nodes, node.id(), out);
            }
        }
    }

    private static List<Resource> resources(Random random) {
        List<Resource> resources = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            resources.add(new Resource(
                    pick(random, ResourceKind.values()),
                    line(random),
                    random.nextBoolean() ? "https://example.org/" + word(random).replaceAll("[^A-Za-z0-9]", "") : null,
                    random.nextBoolean() ? pick(random, Difficulty.values()) : null,
                    random.nextBoolean() ? paragraphs(random) : ""));
        }
        return resources;
    }

    private static Text text(Random random, String locale, boolean title) {
        return text(random, locale, title, false);
    }

    /** A title (one line, primary always present) or a description (paragraphs, either language may be empty). */
    private static Text text(Random random, String locale, boolean title, boolean optional) {
        String primary = title ? line(random) : optional && random.nextInt(3) == 0 ? "" : paragraphs(random);
        String secondary = random.nextInt(3) == 0 ? "" : title ? line(random) : paragraphs(random);
        return Text.of(locale, primary, secondary);
    }

    private static String paragraphs(Random random) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 1 + random.nextInt(2); p > 0; p--) {
            List<String> lines = new ArrayList<>();
            for (int l = 1 + random.nextInt(2); l > 0; l--) {
                lines.add(line(random));
            }
            paragraphs.add(String.join("\n", lines));
        }
        return String.join("\n\n", paragraphs);
    }

    /** Text that starts and ends with a word character, with any punctuation inside. */
    private static String line(Random random) {
        StringBuilder line = new StringBuilder(word(random));
        for (int i = random.nextInt(20); i > 0; i--) {
            line.append(INNER_CHARS.charAt(random.nextInt(INNER_CHARS.length())));
        }
        return line.append(word(random)).toString().replaceAll("\\s{2,}", " ");
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            word.append(WORD_CHARS.charAt(random.nextInt(WORD_CHARS.length() - 10)));
        }
        return word.toString();
    }

    private static Estimate estimate(Random random) {
        int min = random.nextInt(200);
        return new Estimate(min, min + random.nextInt(3) * random.nextInt(100));
    }

    private static List<String> sample(Random random, List<String> ids) {
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (int i = random.nextInt(3); i > 0 && !ids.isEmpty(); i--) {
            chosen.add(ids.get(random.nextInt(ids.size())));
        }
        return List.copyOf(chosen);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
