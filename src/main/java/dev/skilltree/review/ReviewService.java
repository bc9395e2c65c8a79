package dev.skilltree.review;

import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.review.fsrs.Parameters;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.review.fsrs.Scheduler;
import dev.skilltree.review.fsrs.Settings;
import dev.skilltree.roadmap.RoadmapService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A learner's review: the cards due, rating and undoing, the figures, and how well each topic is held. */
@Service
public class ReviewService {

    /** How far ahead a card in a (re)learning step counts as due, so a session does not stop for a short step. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final ReviewRepository reviews;
    private final CardRepository cards;
    private final RoadmapService roadmaps;
    private final ProgressService progress;
    private final Clock clock;

    ReviewService(
            ReviewRepository reviews,
            CardRepository cards,
            RoadmapService roadmaps,
            ProgressService progress,
            Clock clock) {
        this.reviews = reviews;
        this.cards = cards;
        this.roadmaps = roadmaps;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Catches the deck up with progress: a topic learning or done whose cards are not in the deck (set before the
     * deck had them) gets them. Run when a session starts, not on every card of it.
     */
    @Transactional
    public void catchUp(long learnerId) {
        Instant now = clock.instant();
        for (String roadmapId : cards.roadmaps()) {
            List<String> begun = progress.statuses(learnerId, roadmaps.get(roadmapId)).entrySet().stream()
                    .filter(e -> e.getValue() == Status.LEARNING || e.getValue() == Status.DONE)
                    .map(Map.Entry::getKey)
                    .toList();
            reviews.addNodes(learnerId, roadmapId, begun, now);
        }
    }

    /** The cards due now, earliest first, each with what every rating would do to it. */
    @Transactional(readOnly = true)
    public Queue due(long learnerId, int limit) {
        Instant now = clock.instant();
        Scheduler scheduler = scheduler(learnerId);
        Instant ahead = now.plus(LEARN_AHEAD);
        List<Queued> queued = reviews.due(learnerId, now, ahead, limit).stream()
                .map(card -> new Queued(card, scheduler.nextIntervals(card.schedule(), now)))
                .toList();
        return new Queue(now, reviews.countDue(learnerId, now, ahead), queued);
    }

    /**
     * Rates a card now; a card not yet due may be rated too, and is logged as early. With {@code seenDue}, the due
     * time the learner saw, a card rated meanwhile elsewhere is refused rather than rated twice.
     */
    @Transactional
    public Rated rate(long learnerId, String cardId, Rating rating, Instant seenDue) {
        DeckCard card = reviews.find(learnerId, cardId).orElseThrow(() -> CardNotInDeck.forCard(cardId));
        Instant before = card.schedule().due();
        if (seenDue != null && !seenDue.equals(before)) {
            throw ReviewConflict.ratedMeanwhile(cardId);
        }
        Instant now = clock.instant();
        Scheduler scheduler = scheduler(learnerId);
        dev.skilltree.review.fsrs.Card next =
                scheduler.review(card.schedule(), rating, now).card();
        if (!reviews.update(learnerId, cardId, before, next)) {
            throw ReviewConflict.ratedMeanwhile(cardId);
        }
        boolean early = now.isBefore(before);
        reviews.log(learnerId, cardId, rating, now, early, card.schedule());
        return new Rated(cardId, rating, next, early, scheduler.nextIntervals(next, now));
    }

    /**
     * Takes back the learner's last rating: the card gets the schedule it had before it, and the log forgets it.
     * With {@code cardId}, only if that last rating was of that card.
     */
    @Transactional
    public Rated undo(long learnerId, String cardId) {
        ReviewRepository.LastRating last = reviews.last(learnerId).orElseThrow(NothingToUndo::new);
        if (cardId != null && !cardId.equals(last.cardId())) {
            throw ReviewConflict.lastWasOther(cardId, last.cardId());
        }
        DeckCard card = reviews.find(learnerId, last.cardId()).orElseThrow(() -> CardNotInDeck.forCard(last.cardId()));
        reviews.update(learnerId, last.cardId(), card.schedule().due(), last.before());
        reviews.deleteLog(last.id());
        return new Rated(
                last.cardId(),
                last.rating(),
                last.before(),
                false,
                scheduler(learnerId).nextIntervals(last.before(), clock.instant()));
    }

    /** Puts a node's cards into the learner's deck, due now; returns how many were not there yet. */
    @Transactional
    public int addNode(long learnerId, String roadmapId, String nodeId) {
        if (roadmaps.get(roadmapId).node(nodeId).isEmpty()) {
            throw CardNotInDeck.noNode(roadmapId, nodeId);
        }
        return reviews.addNodes(learnerId, roadmapId, List.of(nodeId), clock.instant());
    }

    /** A node's cards, the learner's among them, and their recall now (null until one was reviewed). */
    @Transactional(readOnly = true)
    public NodeCards node(Long learnerId, String roadmapId, String nodeId) {
        List<Card> all = cards.ofNode(roadmapId, nodeId);
        if (learnerId == null) {
            return new NodeCards(all, List.of(), null);
        }
        return new NodeCards(
                all,
                reviews.ofNode(learnerId, roadmapId, nodeId),
                recall(learnerId, roadmapId).get(nodeId));
    }

    /** For each node of the roadmap with reviewed cards, their average probability of recall now. */
    @Transactional(readOnly = true)
    public Map<String, Double> recall(long learnerId, String roadmapId) {
        Map<String, Double> recall = new HashMap<>();
        recalls(learnerId).stream()
                .filter(r -> r.roadmap().equals(roadmapId))
                .forEach(r -> recall.put(r.node(), r.recall()));
        return recall;
    }

    /** The topics whose average recall now is below the learner's desired retention, weakest first. */
    @Transactional(readOnly = true)
    public List<TopicRecall> fading(long learnerId, int limit) {
        double desired = desiredRetention(learnerId);
        return recalls(learnerId).stream()
                .filter(r -> r.recall() < desired)
                .sorted(Comparator.comparingDouble(TopicRecall::recall))
                .limit(limit)
                .toList();
    }

    /** The figures, with days as the server's time zone counts them (as the dashboard does). */
    @Transactional(readOnly = true)
    public ReviewStats stats(long learnerId) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return Figures.of(
                reviews.schedules(learnerId),
                reviews.between(
                        learnerId,
                        Figures.firstDay(today).atStartOfDay(zone).toInstant(),
                        today.plusDays(1).atStartOfDay(zone).toInstant()),
                today,
                zone);
    }

    @Transactional(readOnly = true)
    public double desiredRetention(long learnerId) {
        return reviews.retention(learnerId).orElse(Settings.defaults().desiredRetention());
    }

    @Transactional
    public void setDesiredRetention(long learnerId, double retention) {
        if (!(Settings.MIN_DESIRED_RETENTION <= retention && retention <= Settings.MAX_DESIRED_RETENTION)) {
            throw InvalidReview.retention(retention);
        }
        reviews.setRetention(learnerId, retention);
    }

    private List<TopicRecall> recalls(long learnerId) {
        Scheduler scheduler = scheduler(learnerId);
        Instant now = clock.instant();
        Map<List<String>, double[]> sums = new LinkedHashMap<>();
        for (ReviewRepository.Held held : reviews.reviewed(learnerId)) {
            double[] sum = sums.computeIfAbsent(List.of(held.roadmap(), held.node()), n -> new double[2]);
            sum[0] += scheduler.retrievability(held.schedule(), now);
            sum[1]++;
        }
        List<TopicRecall> recalls = new ArrayList<>();
        sums.forEach((key, sum) -> recalls.add(new TopicRecall(key.get(0), key.get(1), sum[0] / sum[1])));
        return recalls;
    }

    // Fuzz draws from the calling thread's generator: a Scheduler is only as thread-safe as its generator.
    private Scheduler scheduler(long learnerId) {
        return new Scheduler(
                Parameters.defaults(),
                Settings.defaults().withDesiredRetention(desiredRetention(learnerId)),
                ThreadLocalRandom.current());
    }

    /** How well a topic's reviewed cards are held now: their average probability of recall. */
    public record TopicRecall(String roadmap, String node, double recall) {}

    /** A card due now, and how long each rating would put it off. */
    public record Queued(DeckCard card, Map<Rating, Duration> intervals) {}

    /** The cards due at {@code now}: {@code total} of them, the first few in {@code cards}. */
    public record Queue(Instant now, int total, List<Queued> cards) {}

    /** A card after a rating (or after undoing one), and what each next rating would do. */
    public record Rated(
            String cardId,
            Rating rating,
            dev.skilltree.review.fsrs.Card schedule,
            boolean early,
            Map<Rating, Duration> intervals) {}

    /** A node's cards; {@code held} those in the learner's deck; {@code recall} null until one was reviewed. */
    public record NodeCards(List<Card> all, List<DeckCard> held, Double recall) {}
}
