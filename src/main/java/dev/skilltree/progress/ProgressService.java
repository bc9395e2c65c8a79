package dev.skilltree.progress;

import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes a learner's progress and notes; every status change is recorded in the history. */
@Service
public class ProgressService {

    static final int MAX_NOTE = 100_000;

    private final ProgressRepository repository;
    private final RoadmapService roadmaps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressService(
            ProgressRepository repository, RoadmapService roadmaps, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.roadmaps = roadmaps;
        this.events = events;
        this.clock = clock;
    }

    /** The service over a database, without Spring; {@code events} receives its {@link TopicStatusChanged}. */
    public static ProgressService of(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            RoadmapService roadmaps,
            ApplicationEventPublisher events,
            Clock clock) {
        return new ProgressService(new ProgressRepository(jdbc), roadmaps, events, clock);
    }

    /** The statuses the learner set on a roadmap, by node id. */
    @Transactional(readOnly = true)
    public Map<String, Status> statuses(long userId, Roadmap roadmap) {
        return repository.statuses(userId, roadmap.id());
    }

    @Transactional(readOnly = true)
    public RoadmapProgress progress(long userId, String roadmapId) {
        Roadmap roadmap = roadmaps.get(roadmapId);
        return new RoadmapProgress(roadmap, repository.statuses(userId, roadmapId));
    }

    /** Sets a status; setting the current one again changes nothing and records nothing. */
    @Transactional
    public Status set(long userId, String roadmapId, String nodeId, Status to) {
        requireNode(roadmapId, nodeId);
        Status from = repository.status(userId, roadmapId, nodeId).orElse(Status.TODO);
        if (from != to) {
            Instant now = clock.instant();
            repository.put(userId, roadmapId, nodeId, to, now);
            repository.record(userId, roadmapId, new ProgressEvent(nodeId, from, to, now));
            events.publishEvent(new TopicStatusChanged(userId, roadmapId, nodeId, from, to, now));
        }
        return to;
    }

    /** The learner's changes on a roadmap, oldest first; callers have already looked the roadmap up. */
    @Transactional(readOnly = true)
    public List<ProgressEvent> history(long userId, String roadmapId) {
        return repository.history(userId, roadmapId);
    }

    @Transactional(readOnly = true)
    public Optional<String> note(long userId, String roadmapId, String nodeId) {
        return repository.note(userId, roadmapId, nodeId);
    }

    @Transactional(readOnly = true)
    public Map<String, String> notes(long userId, String roadmapId) {
        return repository.notes(userId, roadmapId);
    }

    /** Saves a note in Markdown; a blank note deletes it. */
    @Transactional
    public void saveNote(long userId, String roadmapId, String nodeId, String body) {
        requireNode(roadmapId, nodeId);
        String text = body == null ? "" : body;
        if (text.length() > MAX_NOTE) {
            throw InvalidProgress.noteTooLong(MAX_NOTE);
        }
        repository.saveNote(userId, roadmapId, nodeId, text, clock.instant());
    }

    @Transactional(readOnly = true)
    public ProgressExport export(long userId, String roadmapId) {
        roadmaps.get(roadmapId);
        var statuses = repository.statuses(userId, roadmapId).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new ProgressExport.Entry(e.getKey(), e.getValue().code()))
                .toList();
        var notes = repository.notes(userId, roadmapId).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new ProgressExport.NoteEntry(e.getKey(), e.getValue()))
                .toList();
        var history = repository.history(userId, roadmapId).stream()
                .map(e -> new ProgressExport.HistoryEntry(e.nodeId(), e.from().code(), e.to().code(), e.at()))
                .toList();
        return new ProgressExport(ProgressExport.FORMAT, roadmapId, clock.instant(), statuses, notes, history);
    }

    /**
     * Imports an export, from this server or another: adds the history rows not yet present, then takes the
     * file's statuses and notes. Importing the same file again changes nothing. Nodes the roadmap no longer has
     * are kept, as progress from an earlier version.
     */
    @Transactional
    public ProgressExport.Outcome importProgress(long userId, ProgressExport file) {
        ProgressImportCheck.check(file);
        roadmaps.get(file.roadmap());
        String roadmapId = file.roadmap();
        Set<ProgressEvent> known = new HashSet<>(repository.history(userId, roadmapId));
        List<ProgressEvent> incoming = file.history().stream()
                .map(h -> new ProgressEvent(
                        h.node(),
                        Status.fromCode(h.from()).orElseThrow(),
                        Status.fromCode(h.to()).orElseThrow(),
                        h.at()))
                .sorted(Comparator.comparing(ProgressEvent::at))
                .toList();
        int added = 0;
        for (ProgressEvent event : incoming) {
            if (known.add(event)) {
                repository.record(userId, roadmapId, event);
                added++;
            }
        }
        Instant now = clock.instant();
        int statuses = 0;
        for (ProgressExport.Entry entry : file.statuses()) {
            Status status = Status.fromCode(entry.status()).orElseThrow();
            Status before = repository.status(userId, roadmapId, entry.node()).orElse(Status.TODO);
            if (before != status) {
                repository.put(userId, roadmapId, entry.node(), status, now);
                events.publishEvent(new TopicStatusChanged(userId, roadmapId, entry.node(), before, status, now));
                statuses++;
            }
        }
        int notes = 0;
        for (ProgressExport.NoteEntry note : file.notes()) {
            if (!repository.note(userId, roadmapId, note.node()).orElse("").equals(note.body())) {
                repository.saveNote(userId, roadmapId, note.node(), note.body(), now);
                notes++;
            }
        }
        return new ProgressExport.Outcome(statuses, notes, added);
    }

    private void requireNode(String roadmapId, String nodeId) {
        if (roadmaps.get(roadmapId).node(nodeId).isEmpty()) {
            throw NodeNotFound.in(roadmapId, nodeId);
        }
    }
}
