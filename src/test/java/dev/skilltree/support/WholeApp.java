package dev.skilltree.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A whole-application test: the real server on a random port, over an empty data directory of the test class's own
 * (no two classes share a server or a database), and {@link #api}, a real HTTP client for it. A class that needs
 * settings of its own adds them with {@code @TestPropertySource(properties = …)}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextCustomizerFactories(WholeApp.DataOfItsOwn.class)
public abstract class WholeApp {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    final void startTheClient() {
        api = new Api(port);
    }

    /**
     * A whole-application test with an admin: a fresh server makes its first account the admin, so {@code admin}
     * signs up before each test's own accounts; {@link #admin} is its token.
     */
    public abstract static class WithAdmin extends WholeApp {

        protected String admin;

        @BeforeEach
        final void signUpTheAdmin() {
            admin = api.tokenFor("admin");
        }
    }

    /** Gives each test class a context of its own, over a data directory made empty for it. */
    static final class DataOfItsOwn implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new EmptyDataDirectory(testClass);
        }
    }

    /** Equal only for the same test class: the context cache keeps one context per class. */
    private record EmptyDataDirectory(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            try {
                String data = Files.createTempDirectory("skilltree-test").toString();
                context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("skilltree-test-data", Map.of("skilltree.data", data)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
