package dev.skilltree.bench;

import dev.skilltree.config.Database;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapReader;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.roadmap.SourceFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;

/**
 * Imports a generated roadmap of about 5 MB (read, validate, store in a fresh H2 database) and prints the
 * throughput and the live heap it starts from. Run by scripts/bench-import.sh, which also finds the smallest heap
 * the import completes in; not a test.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        if (org.slf4j.LoggerFactory.getLogger("ROOT") instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        int targetBytes = args.length > 0 ? Integer.parseInt(args[0]) : 5 * 1024 * 1024;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        byte[] document = generate(targetBytes).getBytes(StandardCharsets.UTF_8);
        double megabytes = document.length / (1024.0 * 1024.0);
        System.out.printf("input: %.2f MB generated roadmap%n", megabytes);

        double[] seconds = new double[runs];
        double[] reading = new double[runs];
        int nodes = 0;
        for (int run = -1; run < runs; run++) { // run -1 warms up the JIT
            Path data = Files.createTempDirectory("skilltree-bench");
            var dataSource = Database.open(data);
            RoadmapService roadmaps = new dev.skilltree.config.Transactions(dataSource)
                    .around(RoadmapService.of(
                            org.springframework.jdbc.core.simple.JdbcClient.create(dataSource),
                            new org.springframework.jdbc.core.JdbcTemplate(dataSource),
                            Clock.systemUTC()));
            long baseline = liveHeap();
            if (run == 0) {
                System.out.printf(
                        "baseline live heap (JVM, libraries, open database, the input): %.1f MB%n", baseline / MB);
            }
            long start = System.nanoTime();
            Roadmap roadmap = RoadmapReader.read(SourceFile.decode("generated.md", document));
            long read = System.nanoTime() - start;
            roadmaps.store(roadmap, false);
            long elapsed = System.nanoTime() - start;
            if (run >= 0) {
                seconds[run] = elapsed / 1e9;
                reading[run] = read / 1e9;
            }
            nodes = roadmap.nodes().size();
            dataSource.destroy();
        }
        Arrays.sort(seconds);
        Arrays.sort(reading);
        double median = seconds[runs / 2];
        System.out.printf("nodes: %d, runs: %d%n", nodes, runs);
        System.out.printf(
                "import time: median %.3f s (of which read and validate %.3f s), best %.3f s%n",
                median, reading[runs / 2], seconds[0]);
        System.out.printf(
                "throughput: median %.1f MB/s, best %.1f MB/s (target >= 5 MB/s)%n",
                megabytes / median, megabytes / seconds[0]);
    }

    /** A roadmap in the authoring format: stages, areas and topics with bilingual text, prerequisites and resources. */
    public static String generate(int targetBytes) {
        Random random = new Random(42);
        StringBuilder out = new StringBuilder(
                "# 生成的路线 {#generated en=\"Generated roadmap\"}\n\n用于测量导入速度。\n\n> Used to measure import speed.\n\n");
        out.append("- track: 后端 {#backend en=Backend}\n\n");
        int bytes = out.toString().getBytes(StandardCharsets.UTF_8).length;
        int level = 1;
        for (int id = 0; ; id++) {
            level = 2 + random.nextInt(Math.min(level, 4));
            StringBuilder node = new StringBuilder();
            node.append("#".repeat(level))
                    .append(" 主题 ")
                    .append(id)
                    .append(" 描述符与元类 {#n")
                    .append(id)
                    .append(" en=\"Topic ")
                    .append(id)
                    .append(": descriptors and metaclasses\" hours=")
                    .append(1 + random.nextInt(5))
                    .append('-')
                    .append(6 + random.nextInt(5))
                    .append(" level=intermediate");
            if (id > 10) {
                node.append(" needs=n")
                        .append(random.nextInt(id - 1))
                        .append(",n")
                        .append(id - 1);
            }
            if (id % 7 == 0) {
                node.append(" tracks=backend");
            }
            node.append("}\n\n理解 `__get__`、`__set__` 与 `__delete__` 协议，以及描述符在属性查找中相对实例字典的优先级。")
                    .append("亲手实现一个带类型检查的字段，再用纯 Python 重写一个简化版的 property。\n\n")
                    .append("> Understand the descriptor protocol and where descriptors sit in attribute lookup. ")
                    .append("Implement a type-checked field, then rewrite a simplified property in pure Python.\n\n");
            if (id % 3 == 0) {
                node.append(
                        "- book: 《流畅的 Python》 {level=intermediate}\n- doc: 描述器指南 {url=https://docs.python.org/3/howto/descriptor.html}\n\n");
            }
            int nodeBytes = node.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes + nodeBytes > targetBytes) {
                return out.toString();
            }
            out.append(node);
            bytes += nodeBytes;
        }
    }

    private static final double MB = 1024.0 * 1024.0;

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
