package dev.skilltree;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The server: started by {@code skilltree serve}. */
@SpringBootApplication
public class SkilltreeApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
