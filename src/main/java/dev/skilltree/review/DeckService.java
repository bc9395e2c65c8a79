package dev.skilltree.review;

import dev.skilltree.config.Digests;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each roadmap's deck of review cards: the built-in ones from {@code content/<roadmap>/cards/}, or one an admin
 * imports. A deck is checked whole (format, node links, ids) before any card is written, and replaces the
 * roadmap's deck in one transaction.
 */
@Service
public class DeckService {

    private static final Logger log = LoggerFactory.getLogger(DeckService.class);
    private static final String BUILT_IN = "builtin";
    private static final String IMPORTED = "import";

    private final CardRepository cards;
    private final RoadmapService roadmaps;
    private final Clock clock;

    DeckService(CardRepository cards, RoadmapService roadmaps, Clock clock) {
        this.cards = cards;
        this.roadmaps = roadmaps;
        this.clock = clock;
    }

    /**
     * Installs or updates the deck shipped with a built-in roadmap, if it has one and it changed; a deck an admin
     * imported for that roadmap is left alone.
     */
    @Transactional
    public void installBuiltIn(String roadmapId) {
        cards.lockInstalls();
        Map<String, String> files = builtInFiles(roadmapId);
        var stored = cards.version(roadmapId);
        if (files.isEmpty()
                || stored.filter(v -> v.source().equals(IMPORTED) || v.hash().equals(hash(files)))
                        .isPresent()) {
            return;
        }
        int count = store(roadmapId, files, BUILT_IN);
        log.info("Deck of {}: {} cards installed", roadmapId, count);
    }

    /** Replaces a roadmap's deck with the card files given (name to Markdown); returns how many cards it holds. */
    @Transactional
    public int importDeck(String roadmapId, Map<String, String> files) {
        return store(roadmapId, files, IMPORTED);
    }

    private int store(String roadmapId, Map<String, String> files, String source) {
        Roadmap roadmap = roadmaps.get(roadmapId);
        List<Card> deck = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        new TreeMap<>(files).forEach((name, text) -> {
            List<Card> read;
            try {
                read = CardReader.read(name, text);
            } catch (IllegalArgumentException e) {
                throw InvalidDeck.because(e.getMessage());
            }
            for (Card card : read) {
                if (!ids.add(card.id())) {
                    throw InvalidDeck.because(card.source() + ": the card id '" + card.id() + "' is used twice");
                }
                if (roadmap.node(card.node()).isEmpty()) {
                    throw InvalidDeck.because(
                            card.source() + ": roadmap '" + roadmapId + "' has no node '" + card.node() + "'");
                }
                DeckLimits.check(card).ifPresent(problem -> {
                    throw InvalidDeck.because(card.source() + ": " + problem);
                });
                deck.add(card);
            }
        });
        if (deck.isEmpty()) {
            throw InvalidDeck.because("the deck has no cards: each starts with '## card-id {node=… type=…}'");
        }
        List<String> taken = cards.takenElsewhere(roadmapId, List.copyOf(ids));
        if (!taken.isEmpty()) {
            throw InvalidDeck.because("these card ids belong to another roadmap's deck: " + String.join(", ", taken));
        }
        cards.replace(roadmapId, deck, new CardRepository.Version(hash(files), source), clock.instant());
        return deck.size();
    }

    static Map<String, String> builtInFiles(String roadmapId) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(DeckService.class.getClassLoader())
                    .getResources("classpath*:content/" + roadmapId + "/cards/*.md");
            Map<String, String> files = new TreeMap<>();
            for (Resource file : found) {
                String name = file.getFilename();
                if (name != null && name.matches("\\d\\d-.*\\.md")) {
                    files.put(
                            "content/" + roadmapId + "/cards/" + name,
                            new String(file.getContentAsByteArray(), StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in deck of " + roadmapId, e);
        }
    }

    private static String hash(Map<String, String> files) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(files)
                .forEach((name, text) ->
                        all.append(name).append('\0').append(text).append('\0'));
        return Digests.sha256Hex(all.toString());
    }
}
