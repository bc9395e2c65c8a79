package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.Roadmap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The python-advanced deck: well formed, linked to real nodes, in both languages, and its code cards tell the truth. */
class BuiltInDeckTest {

    private static final List<Card> DECK = deck();
    private static final Roadmap ROADMAP = BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED);

    @Test
    void hasAtLeast200CardsOfEveryTypeWithUniqueIds() {
        assertThat(DECK).hasSizeGreaterThanOrEqualTo(200);
        assertThat(DECK).extracting(Card::id).doesNotHaveDuplicates();
        assertThat(DECK).extracting(Card::type).contains(Card.Type.values());
    }

    @Test
    void linksEveryCardToANodeOfTheRoadmap() {
        assertThat(DECK).allSatisfy(card -> assertThat(ROADMAP.node(card.node()))
                .as(card.source() + " links to " + card.node())
                .isPresent());
    }

    @Test
    void saysEveryCardInChineseAndEnglish() {
        assertThat(DECK).allSatisfy(card -> {
            assertThat(card.zh().why()).as(card.source()).isNotBlank();
            assertThat(card.en().why()).as(card.source()).isNotBlank();
            assertThat(card.zh().why()).as(card.source()).containsPattern("\\p{IsHan}");
        });
    }

    /** Each snippet runs with the real Python 3.11, isolated (-I -S -B) in an empty directory, and prints its answer. */
    @Test
    void everyCodeCardPrintsExactlyItsAnswer() throws Exception {
        Path work = Files.createTempDirectory("cards");
        String python = realPython();
        List<String> wrong = new ArrayList<>();
        for (Card card : DECK.stream().filter(c -> c.type() == Card.Type.CODE).toList()) {
            Process run = new ProcessBuilder(python, "-I", "-S", "-B", "-c", card.code())
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .start();
            boolean done = run.waitFor(10, TimeUnit.SECONDS);
            String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!done) {
                run.destroyForcibly();
                wrong.add(card.source() + " did not finish");
            } else if (!printed.equals(card.output())) {
                wrong.add(card.source() + " printed " + printed + " but the card says " + card.output());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The interpreter behind {@code python3}, not a launcher shim that costs tens of milliseconds a run. */
    private static String realPython() throws IOException, InterruptedException {
        Process which = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
        String path = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        which.waitFor();
        return path.isEmpty() ? "python3" : path;
    }

    private static List<Card> deck() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:content/python-advanced/cards/*.md");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<Card> cards = new ArrayList<>();
            for (Resource file : files) {
                cards.addAll(CardReader.read(
                        file.getFilename(), new String(file.getContentAsByteArray(), StandardCharsets.UTF_8)));
            }
            return cards;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
