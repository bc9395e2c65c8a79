package dev.skilltree;

import static dev.skilltree.Manifests.containers;
import static dev.skilltree.Manifests.documents;
import static dev.skilltree.Manifests.get;
import static dev.skilltree.Manifests.list;
import static dev.skilltree.Manifests.map;
import static dev.skilltree.Manifests.pods;
import static dev.skilltree.Manifests.probes;
import static dev.skilltree.Manifests.resolve;
import static dev.skilltree.Manifests.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.cli.Main;
import dev.skilltree.config.NodeRole;
import dev.skilltree.support.WholeApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes against the app: every port is the one the image's entrypoint starts {@code serve} on, every
 * probe path answers 200 from a running server, every command line is one the CLI accepts, and the database password
 * file is the Secret's key where its volume is mounted.
 */
class KubernetesManifestsTest extends WholeApp {

    private static final Path ENTRYPOINT = Path.of("src/main/jib/usr/local/bin/skilltree-entrypoint");

    @Test
    void everyProbePathAnswers200FromTheRunningServer() {
        List<String> paths = containers("Deployment").stream()
                .flatMap(c -> probes(c).stream())
                .map(probe -> (String) get(probe, "httpGet", "path"))
                .distinct()
                .toList();

        assertThat(paths).contains("/actuator/health/liveness", "/actuator/health/readiness");
        for (String path : paths) {
            Awaitility.await(path)
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> api.get(path, null).statusCode() == 200);
        }
        assertThat(api.get("/actuator/health/no-such-group", null).statusCode()).isEqualTo(404);
    }

    @Test
    void everyContainerServiceAndProbePortIsThePortServeListensOn() throws IOException {
        Matcher serve = Pattern.compile("serve --port (\\d+)").matcher(Files.readString(ENTRYPOINT));
        assertThat(serve.find()).as("the entrypoint names serve's port").isTrue();
        int appPort = Integer.parseInt(serve.group(1));

        for (Map<String, Object> container : containers("Deployment")) {
            List<Map<String, Object>> ports = list(container, "ports");
            assertThat(ports).isNotEmpty();
            ports.forEach(p -> assertThat(p.get("containerPort")).isEqualTo(appPort));
            for (Map<String, Object> probe : probes(container)) {
                assertThat(resolve(ports, get(probe, "httpGet", "port"))).isEqualTo(appPort);
            }
        }
        List<Map<String, Object>> webPorts = containers("Deployment").stream()
                .filter(c -> role(c).equals("web"))
                .flatMap(c -> list(c, "ports").stream())
                .toList();
        Map<String, Object> service = documents("Service").getFirst();
        for (Map<String, Object> servicePort : list(map(service, "spec"), "ports")) {
            assertThat(resolve(webPorts, servicePort.get("targetPort"))).isEqualTo(appPort);
        }
    }

    @Test
    void theDeploymentsAreAWebAndAWorkerRoleTheCliAccepts() {
        List<String> roles = containers("Deployment").stream()
                .map(KubernetesManifestsTest::role)
                .toList();

        assertThat(roles).containsExactlyInAnyOrder("web", "worker");
        roles.forEach(KubernetesManifestsTest::assertServeAcceptsRole);
        assertThatThrownBy(() -> assertServeAcceptsRole("wbe")).isInstanceOf(AssertionError.class);
        for (Map<String, Object> container : containers("Deployment")) {
            List<String> line = new ArrayList<>(List.of("serve", "--port", "8080", "--role", role(container)));
            line.addAll(strings(container, "args"));
            assertThatCode(() -> Main.commandLine().parseArgs(line.toArray(String[]::new)))
                    .as("%s", line)
                    .doesNotThrowAnyException();
        }
        for (Map<String, Object> container : containers("Job")) {
            assertThatCode(() -> Main.commandLine()
                            .parseArgs(strings(container, "args").toArray(String[]::new)))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void thePasswordFileEveryContainerNamesIsTheSecretsKeyWhereItIsMounted() {
        Map<String, Object> secret = documents("Secret").getFirst();
        String secretName = (String) get(secret, "metadata", "name");
        Map<String, Object> keys = map(secret, "stringData");

        for (Map<String, Object> pod : pods()) {
            Map<String, Object> container = list(pod, "containers").getFirst();
            List<String> args = strings(container, "args");
            Path file = Path.of(args.get(args.indexOf("--db-password-file") + 1));
            Map<String, Object> mount = list(container, "volumeMounts").stream()
                    .filter(m -> file.getParent().equals(Path.of((String) m.get("mountPath"))))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("nothing is mounted at " + file.getParent()));
            Map<String, Object> volume = list(pod, "volumes").stream()
                    .filter(v -> v.get("name").equals(mount.get("name")))
                    .findFirst()
                    .orElseThrow();
            assertThat(get(volume, "secret", "secretName")).isEqualTo(secretName);
            Map<String, Object> item = list(map(volume, "secret"), "items").getFirst();
            assertThat(item.get("path")).isEqualTo(file.getFileName().toString());
            assertThat(keys).containsKey((String) item.get("key"));
        }
    }

    /** The role comes from SKILLTREE_ROLE, which the entrypoint passes to serve as --role. */
    private static String role(Map<String, Object> container) {
        return list(container, "env").stream()
                .filter(e -> e.get("name").equals("SKILLTREE_ROLE"))
                .map(e -> (String) e.get("value"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a Deployment without SKILLTREE_ROLE"));
    }

    /** {@code serve --role} checks its value with NodeRole. */
    private static void assertServeAcceptsRole(String role) {
        try {
            NodeRole.of(role);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("serve --role refuses '" + role + "'", e);
        }
    }
}
