package dev.skilltree.grading;

import dev.skilltree.config.Digests;
import dev.skilltree.grading.catalog.ChallengeReader;
import dev.skilltree.grading.catalog.ChallengeRepository;
import dev.skilltree.grading.catalog.ChallengeZip;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The challenges this server grades: the built-in ones, installed on start, and those admins import. */
@Service
public class ChallengeService {

    private static final Logger log = LoggerFactory.getLogger(ChallengeService.class);

    private final ChallengeRepository repository;
    private final Clock clock;
    private final GradingStatus grading;
    private final Map<String, Read> recent = new ConcurrentHashMap<>();

    private record Read(String hash, Challenge challenge) {}

    ChallengeService(ChallengeRepository repository, Clock clock, GradingStatus grading) {
        this.repository = repository;
        this.clock = clock;
        this.grading = grading;
    }

    /**
     * The service over a database, for the command line; it is made transactional there as Spring makes it. It does
     * not start Python, so an import there does not split the tests: that happens when the server first grades.
     */
    public static ChallengeService of(org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
        return new ChallengeService(new ChallengeRepository(jdbc), clock, new GradingStatus(null, null, "not started"));
    }

    /** Installs or updates the shipped challenges; an admin's import of the same slug is left alone. */
    @Transactional
    public void installBuiltIns() {
        repository.lockInstalls();
        BuiltInChallenges.folders().forEach((slug, files) -> {
            String hash = hash(files);
            var stored = repository.find(slug);
            if (stored.isPresent()
                    && (!stored.get().builtIn() || stored.get().contentHash().equals(hash))) {
                return;
            }
            ChallengeReader.read("content/challenges/" + slug, files);
            repository.save(slug, files, hash, true, clock.instant());
            log.info("Challenge {} {}", slug, stored.isPresent() ? "updated" : "installed");
        });
    }

    /** A challenge by slug, parsed once per stored version. */
    @Transactional(readOnly = true)
    public Challenge get(String slug) {
        return get(slug, repository.contentHash(slug).orElseThrow(() -> ChallengeNotFound.forSlug(slug)));
    }

    private Challenge get(String slug, String hash) {
        Read cached = recent.get(slug);
        if (cached != null && cached.hash().equals(hash)) {
            return cached.challenge();
        }
        var stored = repository.find(slug).orElseThrow(() -> ChallengeNotFound.forSlug(slug));
        Challenge challenge = ChallengeReader.read(slug, stored.files());
        recent.put(slug, new Read(stored.contentHash(), challenge));
        return challenge;
    }

    /** Every challenge in slug order: one query, and a parse only for those changed since they were last read. */
    @Transactional(readOnly = true)
    public List<Challenge> list() {
        return repository.hashes().entrySet().stream()
                .map(e -> get(e.getKey(), e.getValue()))
                .toList();
    }

    /** The challenges linked to a roadmap node. */
    @Transactional(readOnly = true)
    public List<Challenge> forNode(String nodeId) {
        return list().stream().filter(c -> c.nodes().contains(nodeId)).toList();
    }

    /**
     * Imports a challenge folder sent as a zip, validated whole before anything is written; an existing slug is
     * overwritten only with {@code replace}.
     */
    @Transactional
    public Imported importZip(String name, byte[] zip, boolean replace) {
        Map<String, String> files = ChallengeZip.files(name, zip);
        Challenge challenge = ChallengeReader.read(name, files);
        if (grading.available()) {
            grading.grader().prepare(challenge);
        }
        boolean exists = repository.contentHash(challenge.slug()).isPresent();
        if (exists && !replace) {
            throw ChallengeExists.forSlug(challenge.slug());
        }
        repository.save(challenge.slug(), files, hash(files), false, clock.instant());
        return new Imported(challenge, !exists);
    }

    /** An imported challenge, and whether it is new rather than a replacement. */
    public record Imported(Challenge challenge, boolean created) {}

    private static String hash(Map<String, String> files) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(files)
                .forEach((path, text) ->
                        all.append(path).append('\0').append(text).append('\0'));
        return Digests.sha256Hex(all.toString());
    }
}
