package dev.skilltree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The Kubernetes manifests under deploy/kubernetes, read as plain YAML maps, and the few paths into them tests need. */
final class Manifests {

    static final Path DIR = Path.of("deploy/kubernetes");

    private Manifests() {}

    static int resolve(List<Map<String, Object>> ports, Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        return ports.stream()
                .filter(p -> port.equals(p.get("name")))
                .map(p -> (Integer) p.get("containerPort"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port));
    }

    static List<Map<String, Object>> probes(Map<String, Object> container) {
        return Stream.of("startupProbe", "livenessProbe", "readinessProbe")
                .map(name -> map(container, name))
                .toList();
    }

    static List<Map<String, Object>> pods() {
        return Stream.concat(documents("Deployment").stream(), documents("Job").stream())
                .map(d -> map(map(map(d, "spec"), "template"), "spec"))
                .toList();
    }

    static List<Map<String, Object>> containers(String kind) {
        return documents(kind).stream()
                .map(d -> list(map(map(map(d, "spec"), "template"), "spec"), "containers")
                        .getFirst())
                .toList();
    }

    static List<Map<String, Object>> documents(String kind) {
        List<Map<String, Object>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        Map<String, Object> manifest = cast(document);
                        if (kind.equals(manifest.get("kind"))) {
                            found.add(manifest);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(found).as("a %s in %s", kind, DIR).isNotEmpty();
        return found;
    }

    static Object get(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            value = cast(value).get(key);
        }
        return value;
    }

    static Map<String, Object> map(Map<String, Object> map, String key) {
        Object value = map.get(key);
        assertThat(value).as(key).isNotNull();
        return cast(value);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.getOrDefault(key, List.of());
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> map, String key) {
        return (List<String>) map.getOrDefault(key, List.of());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
