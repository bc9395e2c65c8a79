package dev.skilltree.account;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signed-in accounts that made a request to this node in the last {@link #WINDOW}, as the gauge
 * {@code skilltree.learners.active}. Each node counts its own; a learner served by two nodes counts on both.
 */
@Component
final class ActiveLearners extends OncePerRequestFilter implements MeterBinder {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<Long, Instant> lastSeen = new ConcurrentHashMap<>();
    private final Clock clock;

    ActiveLearners(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
            lastSeen.put(user.account().id(), clock.instant());
        }
        chain.doFilter(request, response);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("skilltree.learners.active", this::count)
                .description("Signed-in accounts seen by this node in the last 15 minutes")
                .register(registry);
    }

    int count() {
        Instant since = clock.instant().minus(WINDOW);
        lastSeen.values().removeIf(seen -> seen.isBefore(since));
        return lastSeen.size();
    }
}
