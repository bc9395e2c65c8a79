package dev.skilltree;

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

    /** The module diagram and canvas that docs/architecture.md shows, written into target/spring-modulith-docs. */
    @Test
    void writesTheModuleDiagramAndCanvases() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
