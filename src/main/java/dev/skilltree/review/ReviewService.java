package dev.skilltree.review;

import dev.skilltree.review.fsrs.Parameters;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.review.fsrs.Scheduler;
import dev.skilltree.review.fsrs.Settings;
import dev.skilltree.review.fsrs.State;
import dev.skilltree.roadmap.RoadmapService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

    static final int DAYS = 30;

    private final ReviewRepository reviews;
    private final CardRepository cards;
    private final RoadmapService roadmaps;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, CardRepository cards, RoadmapService roadmaps, Clock clock) {
        this.reviews = reviews;
        this.cards = cards;
        this.roadmaps = roadmaps;
        this.clock = clock;
    }

    /** The cards due now, earliest first, each with what every rating would do to it. */
    @Transactional(readOnly = true)
    public Queue due(long learnerId, int limit) {
        Instant now = clock.instant();
        Scheduler scheduler = scheduler(learnerId);
        List<Queued> queued = reviews.due(learnerId, now, limit).stream()
                .map(card -> new Queued(card, scheduler.nextIntervals(card.schedule(), now)))
                .toList();
        return new Queue(now, reviews.countDue(learnerId, now), queued);
    }

    /** Rates a card now; a card not yet due may be rated too, and is logged as early. */
    @Transactional
    public Rated rate(long learnerId, String cardId, Rating rating) {
        DeckCard card = reviews.find(learnerId, cardId).orElseThrow(() -> CardNotInDeck.forCard(cardId));
        Instant now = clock.instant();
        Scheduler scheduler = scheduler(learnerId);
        dev.skilltree.review.fsrs.Card next =
                scheduler.review(card.schedule(), rating, now).card();
        boolean early = now.isBefore(card.schedule().due());
        reviews.update(learnerId, cardId, next);
        reviews.log(learnerId, cardId, rating, now, early, card.schedule());
        return new Rated(cardId, rating, next, early, scheduler.nextIntervals(next, now));
    }

    /** Takes back the learner's last rating: the card gets the schedule it had before it, and the log forgets it. */
    @Transactional
    public Rated undo(long learnerId) {
        ReviewRepository.LastRating last = reviews.last(learnerId).orElseThrow(NothingToUndo::new);
        reviews.update(learnerId, last.cardId(), last.before());
        reviews.deleteLog(last.id());
        Instant now = clock.instant();
        return new Rated(
                last.cardId(),
                last.rating(),
                last.before(),
                false,
                scheduler(learnerId).nextIntervals(last.before(), now));
    }

    /** Puts a node's cards into the learner's deck, due now; returns how many were not there yet. */
    @Transactional
    public int addNode(long learnerId, String roadmapId, String nodeId) {
        if (roadmaps.get(roadmapId).node(nodeId).isEmpty()) {
            throw CardNotInDeck.noNode(roadmapId, nodeId);
        }
        return reviews.addNode(learnerId, roadmapId, nodeId, clock.instant());
    }

    /** A node's cards, the learner's among them, and their average probability of recall now. */
    @Transactional(readOnly = true)
    public NodeCards node(Long learnerId, String roadmapId, String nodeId) {
        List<Card> all = cards.ofNode(roadmapId, nodeId);
        if (learnerId == null) {
            return new NodeCards(all, List.of(), null);
        }
        List<DeckCard> held = reviews.ofNode(learnerId, roadmapId, nodeId);
        Scheduler scheduler = scheduler(learnerId);
        Instant now = clock.instant();
        List<dev.skilltree.review.fsrs.Card> reviewed = held.stream()
                .map(DeckCard::schedule)
                .filter(s -> s.lastReview() != null)
                .toList();
        Double recall = reviewed.isEmpty()
                ? null
                : reviewed.stream()
                        .mapToDouble(s -> scheduler.retrievability(s, now))
                        .average()
                        .orElseThrow();
        return new NodeCards(all, held, recall);
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
                .sorted(java.util.Comparator.comparingDouble(TopicRecall::recall))
                .limit(limit)
                .toList();
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

    @Transactional(readOnly = true)
    public ReviewStats stats(long learnerId) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);

        Map<String, Integer> byState = new LinkedHashMap<>();
        for (String state : List.of("new", "learning", "review", "relearning")) {
            byState.put(state, 0);
        }
        int[] forecast = new int[DAYS];
        for (dev.skilltree.review.fsrs.Card card : reviews.schedules(learnerId)) {
            String state =
                    card.lastReview() == null ? "new" : card.state().name().toLowerCase();
            byState.merge(state, 1, Integer::sum);
            long day = Math.max(0, ChronoUnit.DAYS.between(today, LocalDate.ofInstant(card.due(), zone)));
            if (day < DAYS) {
                forecast[(int) day]++;
            }
        }

        LocalDate first = today.minusDays(DAYS - 1);
        int[] perDay = new int[DAYS];
        int reviewed = 0;
        int recalled = 0;
        for (ReviewRepository.Logged log :
                reviews.since(learnerId, first.atStartOfDay(zone).toInstant())) {
            perDay[(int) ChronoUnit.DAYS.between(first, LocalDate.ofInstant(log.at(), zone))]++;
            if (log.before() == State.REVIEW) {
                reviewed++;
                recalled += log.rating() == Rating.AGAIN ? 0 : 1;
            }
        }
        return new ReviewStats(
                byState,
                forecast[0],
                days(first, perDay),
                new ReviewStats.Retention(reviewed, recalled, reviewed == 0 ? null : (double) recalled / reviewed),
                days(today, forecast));
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

    private Scheduler scheduler(long learnerId) {
        return new Scheduler(
                Parameters.defaults(),
                Settings.defaults().withDesiredRetention(desiredRetention(learnerId)),
                ThreadLocalRandom.current());
    }

    private static List<ReviewStats.Day> days(LocalDate first, int[] counts) {
        List<ReviewStats.Day> days = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            days.add(new ReviewStats.Day(first.plusDays(i), counts[i]));
        }
        return days;
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
