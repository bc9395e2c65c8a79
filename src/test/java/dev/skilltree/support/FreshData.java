package dev.skilltree.support;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A whole-app test's own empty data directory, so that its server starts on a fresh database. */
public final class FreshData {

    private FreshData() {}

    public static void directory(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("skilltree-test").toString();
        registry.add("skilltree.data", () -> data);
    }
}
