package dev.skilltree.cli;

import dev.skilltree.config.Database;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.RoadmapService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;
import picocli.CommandLine.Option;

/** {@code --data DIR} for every command that touches the database. */
final class DataOption {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "./data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** Runs {@code work} against the roadmap service, installing the built-in roadmap first if it is missing. */
    <T> T withRoadmaps(Function<RoadmapService, T> work) {
        return withDatabase(dataSource -> {
            RoadmapService roadmaps =
                    new RoadmapService(dataSource, Database.transactions(dataSource), Clock.systemUTC());
            if (!roadmaps.exists(BuiltInRoadmaps.PYTHON_ADVANCED)) {
                roadmaps.install(BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED));
            }
            return work.apply(roadmaps);
        });
    }

    /** Runs {@code work} against the migrated database in {@code --data}, and closes it afterwards. */
    <T> T withDatabase(Function<DataSource, T> work) {
        var dataSource = Database.open(dir);
        try {
            return work.apply(dataSource);
        } finally {
            dataSource.destroy();
        }
    }
}
