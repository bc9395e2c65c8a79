package dev.skilltree.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test inputs: the seed documents and small roadmap files under src/test/resources. */
final class Fixtures {

    static final String SEED_000 = "seeds/000_eac15dfde66f2b6f.txt";
    static final String SEED_001 = "seeds/001_b010267a2060e0f5.txt";

    private Fixtures() {}

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Roadmap read(String resource) {
        return RoadmapReader.read(SourceFile.decode(resource, bytes(resource)));
    }

    static Roadmap parse(String markdown) {
        return RoadmapReader.read(new SourceFile("test.md", markdown));
    }

    static List<Problem> problems(String markdown) {
        try {
            parse(markdown);
        } catch (InvalidRoadmap e) {
            return e.problems();
        }
        throw new AssertionError("expected the document to be invalid");
    }

    /** Nodes in the subtree of the node whose zh title is {@code title}, the node included. */
    static List<Node> subtree(Roadmap roadmap, String title) {
        Node root = roadmap.nodes().stream()
                .filter(n -> n.title().zh().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node titled " + title));
        var children = roadmap.children();
        List<Node> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            all.add(n);
            children.getOrDefault(n.id(), List.of()).forEach(todo::push);
        }
        return all;
    }
}
