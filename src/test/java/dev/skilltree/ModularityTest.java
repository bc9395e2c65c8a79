package dev.skilltree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules' boundaries: no cycles, no reach into another module's internals, only declared dependencies. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SkilltreeApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /** The module diagram and canvases, written into target/spring-modulith-docs; docs/architecture.md shows it. */
    @Test
    void writesTheModuleDiagramThatTheArchitecturePageShows() throws IOException {
        Documenter documenter = new Documenter(MODULES);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();

        String diagram = Files.readString(Path.of("target", "spring-modulith-docs", "components.puml"));
        String page = Files.readString(Path.of("docs", "architecture.md"));
        Matcher relation =
                Pattern.compile("Rel\\(\\S+\\.(\\w+), \\S+\\.(\\w+),").matcher(diagram);
        int relations = 0;
        while (relation.find()) {
            String edge = relation.group(1).toLowerCase() + " --> "
                    + relation.group(2).toLowerCase();
            assertThat(page).as("docs/architecture.md shows " + edge).contains(edge);
            relations++;
        }
        assertThat(relations).isPositive();
    }
}
