package dev.skilltree;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;

/** The server: started by {@code skilltree serve}. */
@SpringBootApplication
@EnableAsync
public class SkilltreeApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
