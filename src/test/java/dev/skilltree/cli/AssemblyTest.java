package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.account.Account;
import dev.skilltree.account.Role;
import dev.skilltree.config.DatabaseSettings;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.roadmap.RoadmapSummary;
import dev.skilltree.support.Engine;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The services the commands use, built without Spring over a migrated database on both engines: what one command
 * writes, the next one reads, and the built-in roadmap is there from the first use on.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class AssemblyTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private DatabaseSettings database;

    @BeforeEach
    void freshDatabase() {
        database = engine.freshDatabase(dir);
    }

    @Test
    void theBuiltInRoadmapIsInstalledOnFirstUseAndKeptAfterwards() {
        RoadmapSummary first;
        try (Assembly assembly = new Assembly(database)) {
            first = single(assembly.roadmaps());
        }

        try (Assembly assembly = new Assembly(database)) {
            assertThat(single(assembly.roadmaps())).isEqualTo(first);
        }
        assertThat(first.id()).isEqualTo(BuiltInRoadmaps.PYTHON_ADVANCED);
        assertThat(first.topicCount()).isPositive();
    }

    @Test
    void whatOneCommandWritesTheNextReadsOnceItHasClosed() {
        try (Assembly assembly = new Assembly(database)) {
            assembly.accounts().createAdmin("root", "correct horse battery");
            assembly.challenges().installBuiltIns();
        }

        try (Assembly assembly = new Assembly(database)) {
            assertThat(assembly.accounts().find("root")).map(Account::role).contains(Role.ADMIN);
            assertThat(assembly.challenges().get("closure-counter").nodes()).contains("closures");
        }
    }

    @Test
    void theChallengesAreEmptyUntilInstalled() {
        try (Assembly assembly = new Assembly(database)) {
            assertThat(assembly.challenges().list()).isEmpty();
        }
    }

    private static RoadmapSummary single(RoadmapService roadmaps) {
        assertThat(roadmaps.list()).hasSize(1);
        return roadmaps.list().getFirst();
    }
}
