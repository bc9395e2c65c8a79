package dev.skilltree.cli;

import dev.skilltree.roadmap.RoadmapService;
import java.nio.file.Path;
import java.util.function.Function;
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
        return withServices(services -> work.apply(services.roadmaps()));
    }

    /** Runs {@code work} against the services over the migrated database in {@code --data}, then closes it. */
    <T> T withServices(Function<Assembly, T> work) {
        try (Assembly services = new Assembly(dir)) {
            return work.apply(services);
        }
    }
}
