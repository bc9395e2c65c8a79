package dev.skilltree.plan;

import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapNotFound;
import dev.skilltree.roadmap.RoadmapService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learner's stored plans: made from their settings and their progress, re-planned from today (each version kept),
 * and read with the figures of the day (planned versus done, the actual pace), so a status change moves the figures
 * without a re-plan.
 */
@Service
public class PlanService {

    /** When a study block starts in the calendar file. */
    static final LocalTime STUDY_TIME = LocalTime.of(19, 0);

    private static final TypeReference<Map<String, BlockTime>> BLOCKS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final PlanRepository plans;
    private final RoadmapService roadmaps;
    private final ProgressService progress;
    private final Clock clock;
    private final JsonMapper json;
    private final Planner planner = new Planner();

    PlanService(PlanRepository plans, RoadmapService roadmaps, ProgressService progress, Clock clock, JsonMapper json) {
        this.plans = plans;
        this.roadmaps = roadmaps;
        this.progress = progress;
        this.clock = clock;
        this.json = json;
    }

    /** Plans the roadmap for the learner from their settings (starting today unless they say), and stores it. */
    @Transactional
    public PlanView create(long learnerId, PlanSettings settings) {
        PlanSettings dated = settings.start() == null ? settings.withStart(today()) : settings;
        Roadmap roadmap = roadmap(dated.roadmap());
        LearnerState state = state(learnerId, roadmap);
        Plan plan = schedule(roadmap, dated, state).plan();
        long id = plans.insert(learnerId, roadmap.id(), clock.instant());
        store(id, 1, dated, state, BlockTime.of(plan, Map.of()));
        return get(learnerId, id);
    }

    /**
     * Plans again with the learner's progress now (done work stays done, topics in progress come first), from today
     * or the plan's later start, with {@code changes} (settings fields, e.g. {@code hoursPerWeek}) over the stored
     * settings; the previous version stays in the plan's history.
     */
    @Transactional
    public PlanView replan(long learnerId, long planId, Map<String, Object> changes) {
        PlanRepository.Version latest = latest(learnerId, planId);
        PlanSettings stored = read(latest.settings(), PlanSettings.class);
        PlanSettings settings = changes.isEmpty() ? stored : merged(stored, changes);
        if (!settings.roadmap().equals(stored.roadmap())) {
            throw InvalidPlan.field(
                    "roadmap", "a plan keeps its roadmap; make a new plan for '" + settings.roadmap() + "'");
        }
        LocalDate start = changes.containsKey("start") && settings.start() != null
                ? settings.start()
                : later(today(), stored.start());
        if (settings.target() != null && settings.target().isBefore(start)) {
            throw InvalidPlan.field(
                    "target", "the target date " + settings.target() + " has passed; choose a new one, or none");
        }
        settings = settings.withStart(start);
        Roadmap roadmap = roadmap(settings.roadmap());
        LearnerState state = state(learnerId, roadmap);
        Plan plan = schedule(roadmap, settings, state).plan();
        store(planId, latest.version() + 1, settings, state, BlockTime.of(plan, read(latest.blocks(), BLOCKS)));
        return get(learnerId, planId);
    }

    /** Re-plans with every setting taken from {@code settings} (the form sends them all). */
    @Transactional
    public PlanView replan(long learnerId, long planId, PlanSettings settings) {
        return replan(learnerId, planId, json.convertValue(settings, MAP));
    }

    @Transactional(readOnly = true)
    public PlanView get(long learnerId, long planId) {
        return view(learnerId, latest(learnerId, planId));
    }

    /** The learner's most recently made or re-planned plan, if any. */
    @Transactional(readOnly = true)
    public Optional<PlanView> active(long learnerId) {
        return plans.active(learnerId).map(v -> view(learnerId, v));
    }

    /** The plan's study blocks as iCalendar events, each with a stable UID and its SEQUENCE. */
    @Transactional(readOnly = true)
    public String icalendar(long learnerId, long planId, String baseUrl, String lang) {
        PlanRepository.Version latest = latest(learnerId, planId);
        PlanView view = view(learnerId, latest);
        Map<String, Integer> sequences = read(latest.blocks(), BLOCKS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sequence()));
        return PlanDocuments.icalendar(
                view.plan(),
                node -> view.title(node, lang),
                node -> baseUrl + "/roadmaps/" + view.roadmap().id() + "/nodes/" + node,
                STUDY_TIME,
                ZoneId.systemDefault(),
                sequences,
                "plan-" + planId + "-");
    }

    @Transactional(readOnly = true)
    public String markdown(long learnerId, long planId, String lang) {
        PlanView view = get(learnerId, planId);
        return PlanDocuments.markdown(view.roadmap().title().in(lang), view.plan(), node -> view.title(node, lang));
    }

    private PlanView view(long learnerId, PlanRepository.Version version) {
        PlanSettings settings = read(version.settings(), PlanSettings.class);
        Roadmap roadmap = roadmaps.get(settings.roadmap());
        Scheduled scheduled = schedule(roadmap, settings, read(version.learnerState(), LearnerState.class));
        LearnerState now = state(learnerId, roadmap);
        Set<String> complete = new HashSet<>(now.done());
        complete.addAll(now.skipped());
        // the pace counts study: topics marked done (not skipped) that are still done now
        List<CompletionEvent> history = progress.history(learnerId, roadmap.id()).stream()
                .filter(e -> e.to() == Status.DONE && now.done().contains(e.nodeId()))
                .map(e -> new CompletionEvent(e.nodeId(), e.at()))
                .toList();
        LocalDate today = today();
        return new PlanView(
                version.planId(),
                version.version(),
                roadmap,
                settings,
                scheduled.plan(),
                scheduled.pulledIn(),
                complete,
                // planned by today: the days before it, so that the morning does not open behind by today's hours
                planner.progress(scheduled.plan(), settings.week(), complete, today.minusDays(1)),
                planner.pace(scheduled.request().withState(now), history, clock.instant(), ZoneId.systemDefault()),
                today,
                plans.versionTimes(version.planId()));
    }

    private record Scheduled(PlanRequest request, Plan plan, Set<String> pulledIn) {}

    private Scheduled schedule(Roadmap roadmap, PlanSettings settings, LearnerState state) {
        RoadmapTopics topics = RoadmapTopics.of(roadmap, Set.copyOf(settings.tracks()), Set.copyOf(settings.goals()));
        PlanRequest request = settings.request(topics.topics(), state);
        return new Scheduled(request, planner.plan(request), topics.pulledIn());
    }

    private void store(long planId, int version, PlanSettings settings, LearnerState state, Map<String, BlockTime> b) {
        plans.addVersion(
                planId,
                version,
                json.writeValueAsString(settings),
                json.writeValueAsString(state),
                json.writeValueAsString(b),
                clock.instant());
    }

    private LearnerState state(long learnerId, Roadmap roadmap) {
        Map<String, Status> statuses = progress.statuses(learnerId, roadmap);
        return new LearnerState(
                with(statuses, Status.DONE), with(statuses, Status.LEARNING), with(statuses, Status.SKIPPED));
    }

    private static Set<String> with(Map<String, Status> statuses, Status status) {
        return statuses.entrySet().stream()
                .filter(e -> e.getValue() == status)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private PlanRepository.Version latest(long learnerId, long planId) {
        return plans.latest(learnerId, planId).orElseThrow(() -> PlanNotFound.forId(planId));
    }

    private Roadmap roadmap(String id) {
        try {
            return roadmaps.get(id);
        } catch (RoadmapNotFound e) {
            throw InvalidPlan.field("roadmap", "no roadmap '" + id + "'");
        }
    }

    private PlanSettings merged(PlanSettings stored, Map<String, Object> changes) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(json.convertValue(stored, MAP));
        fields.putAll(changes);
        try {
            return json.convertValue(fields, PlanSettings.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw InvalidPlan.field("settings", "cannot be read: " + e.getOriginalMessage());
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private <T> T read(String text, Class<T> type) {
        return json.readValue(text, type);
    }

    private <T> T read(String text, TypeReference<T> type) {
        return json.readValue(text, type);
    }
}
