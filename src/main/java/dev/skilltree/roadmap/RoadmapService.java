package dev.skilltree.roadmap;

import dev.skilltree.config.Digests;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports, lists and reads roadmaps. Each method is one transaction: an import lands whole or not at all, and
 * a failed replace keeps the old version.
 */
@Service
public class RoadmapService {

    /** What an import did. */
    public enum Outcome {
        CREATED,
        REPLACED,
        UNCHANGED
    }

    private final RoadmapRepository repository;
    private final Clock clock;
    private final Map<String, Read> recent = new ConcurrentHashMap<>();

    RoadmapService(RoadmapRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The service over a database, for the command line; it is made transactional there as Spring makes it. */
    public static RoadmapService of(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        return new RoadmapService(new RoadmapRepository(jdbc, batch), clock);
    }

    /** Every roadmap, with its topics counted as its pages count them. */
    @Transactional(readOnly = true)
    public List<RoadmapSummary> list() {
        return repository.findAll().stream().map(s -> s.counting(get(s.id()))).toList();
    }

    /**
     * The roadmap with this id. Pages read the same roadmap on every request, so the last version read is kept
     * and reused while its content hash in the database is unchanged (another node may have replaced it).
     */
    @Transactional(readOnly = true)
    public Roadmap get(String id) {
        String hash = repository.contentHash(id).orElseThrow(() -> RoadmapNotFound.forId(id));
        Read cached = recent.get(id);
        if (cached != null && cached.hash().equals(hash)) {
            return cached.roadmap();
        }
        Roadmap roadmap = repository.find(id).orElseThrow(() -> RoadmapNotFound.forId(id));
        recent.put(id, new Read(hash, roadmap));
        return roadmap;
    }

    private record Read(String hash, Roadmap roadmap) {}

    /** Stores a validated roadmap; without {@code replace} an existing id is refused with {@link RoadmapExists}. */
    @Transactional
    public Outcome store(Roadmap roadmap, boolean replace) {
        String hash = Digests.sha256Hex(MarkdownExporter.export(roadmap));
        var existing = repository.contentHash(roadmap.id());
        if (existing.isPresent() && !replace) {
            throw RoadmapExists.forId(roadmap.id());
        }
        if (existing.isPresent() && existing.get().equals(hash)) {
            return Outcome.UNCHANGED;
        }
        existing.ifPresent(h -> repository.delete(roadmap.id()));
        repository.insert(roadmap, hash, clock.instant());
        return existing.isPresent() ? Outcome.REPLACED : Outcome.CREATED;
    }

    /** Installs a built-in roadmap, or updates it when its content changed since the last start. */
    @Transactional
    public Outcome install(Roadmap roadmap) {
        repository.lockInstalls();
        return store(roadmap, true);
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return repository.contentHash(id).isPresent();
    }
}
