package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Database;
import dev.skilltree.config.Transactions;
import dev.skilltree.support.Api;
import dev.skilltree.support.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A roadmap import killed with SIGKILL at any moment leaves the old roadmap or the new one, never a mix: through the
 * command line, and through the API of a server that is killed while it stores the upload.
 */
class KilledImportTest {

    private static final String ID = "big";
    private static final int TOPICS = 2000;

    @TempDir
    Path dir;

    @Test
    void aCommandLineImportKilledAtAnyMomentLeavesOneWholeVersion() throws Throwable {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path first = write("v1");
        assertThat(ServerProcess.command(log(), "import", first.toString(), "--data", data.toString())
                        .waitFor())
                .isZero();
        long whole = timed(() -> assertThat(importing(data, "v2").waitFor()).isZero());
        Set<String> seen = new TreeSet<>();

        for (int round = 0; round < 3; round++) {
            Process importing = importing(data, round % 2 == 0 ? "v1" : "v2");
            // The moment of the kill: from three eighths of a whole import to its end (a new process each time).
            Thread.sleep(whole * (9 + 5 * round) / 24);
            importing.destroyForcibly().waitFor();

            seen.add(versionIn(data));
        }
        System.out.println("Versions seen after killed command-line imports: " + seen);
    }

    @Test
    void anApiImportKilledWithTheServerLeavesOneWholeVersion() throws Throwable {
        Path data = Files.createDirectories(dir.resolve("data"));
        ServerProcess server = ServerProcess.serve(data, log());
        Api first = server.api();
        String admin = first.tokenFor("admin");
        long whole = timed(
                () -> assertThat(upload(first, admin, "v1").join().statusCode()).isEqualTo(201));
        Set<String> seen = new TreeSet<>();

        for (int round = 0; round < 2; round++) {
            CompletableFuture<HttpResponse<String>> answer = upload(server.api(), admin, round % 2 == 0 ? "v2" : "v1");
            // The moment of the kill: half, then all, of the time a whole upload took.
            Thread.sleep(whole * (round + 1) / 2);
            server.kill();
            answer.handle((response, failure) -> null).join();

            server = ServerProcess.serve(data, log());
            seen.add(versionIn(server.api(), admin));
        }
        server.kill();
        System.out.println("Versions seen after killed API imports: " + seen);
    }

    private Process importing(Path data, String version) throws Exception {
        return ServerProcess.command(
                log(), "import", write(version).toString(), "--replace", "--data", data.toString());
    }

    private static long timed(org.assertj.core.api.ThrowableAssert.ThrowingCallable work) throws Throwable {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The one version every node of the stored roadmap carries; fails when the nodes disagree. */
    private static String versionIn(Path data) {
        return withRoadmaps(data, roadmaps -> oneVersion(roadmaps.get(ID)));
    }

    private static String versionIn(Api api, String admin) {
        String json =
                api.get("/api/v1/roadmaps/" + ID + "/export?format=md", admin).body();
        return oneVersion(RoadmapReader.read(SourceFile.decode("export", json.getBytes())));
    }

    private static String oneVersion(Roadmap roadmap) {
        Set<String> versions = new TreeSet<>();
        roadmap.nodes().forEach(n -> versions.add(n.title().en().replaceFirst(" .*", "")));
        assertThat(roadmap.nodes()).as("nodes of the stored roadmap").hasSize(TOPICS + 1);
        assertThat(versions).as("versions among the stored nodes").hasSize(1);
        return versions.iterator().next();
    }

    private static <T> T withRoadmaps(Path data, Function<RoadmapService, T> work) {
        var dataSource = Database.open(data);
        try {
            return work.apply(new Transactions(dataSource)
                    .around(RoadmapService.of(
                            JdbcClient.create(dataSource), new JdbcTemplate(dataSource), Clock.systemUTC())));
        } finally {
            dataSource.destroy();
        }
    }

    private CompletableFuture<HttpResponse<String>> upload(Api api, String admin, String version) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + api.port() + "/api/v1/roadmaps?replace=true"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "text/markdown")
                .POST(HttpRequest.BodyPublishers.ofString(markdown(version)))
                .build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private Path write(String version) throws Exception {
        return Files.writeString(dir.resolve(version + ".md"), markdown(version));
    }

    private Path log() {
        return dir.resolve("processes.log");
    }

    /** A roadmap whose every title names its version, large enough that storing it takes a while. */
    private static String markdown(String version) {
        StringBuilder md = new StringBuilder("# Big {#" + ID + " en=\"Big\"}\n\n");
        md.append("## ")
                .append(version)
                .append(" stage {#stage en=\"")
                .append(version)
                .append(" stage\"}\n\n");
        for (int i = 0; i < TOPICS; i++) {
            md.append("### ")
                    .append(version)
                    .append(" topic ")
                    .append(i)
                    .append(" {#t")
                    .append(i)
                    .append(" en=\"")
                    .append(version)
                    .append(" topic ")
                    .append(i)
                    .append("\" hours=1")
                    .append(i > 0 ? " needs=t" + (i - 1) : "")
                    .append("}\n\n")
                    .append("Text ")
                    .append(version)
                    .append(".\n\n> Text ")
                    .append(version)
                    .append(".\n\n");
        }
        return md.toString();
    }
}
