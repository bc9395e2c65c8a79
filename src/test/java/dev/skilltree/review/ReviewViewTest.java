package dev.skilltree.review;

import static dev.skilltree.review.Cards.cloze;
import static dev.skilltree.review.Cards.clozeSide;
import static dev.skilltree.review.Cards.code;
import static dev.skilltree.review.Cards.concept;
import static dev.skilltree.review.Cards.side;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewViewTest {

    private static final Instant DUE = Instant.parse("2026-03-02T08:00:00Z");
    private static final Roadmap ROADMAP = new Roadmap(
            "python",
            new Text("Python", "Python"),
            "zh",
            Text.EMPTY,
            1,
            List.of(),
            List.of(new Node(
                    "closures",
                    NodeKind.TOPIC,
                    null,
                    new Text("闭包与 `nonlocal`", "Closures and `nonlocal`"),
                    Text.EMPTY,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of())));

    @Test
    void aConceptCardAsksItsQuestionAndAnswersInTheReadersLanguageEscaped() {
        ReviewView view = view(concept(
                "c1",
                "closures",
                side("闭包捕获什么？", "变量 <本身>", "晚绑定"),
                side("What does a `lambda` capture?", "The variable <itself>", "Late binding")));

        assertThat(view.questionHtml("en")).isEqualTo("What does a <code>lambda</code> capture?");
        assertThat(view.answerHtml("en")).isEqualTo("The variable &lt;itself&gt;");
        assertThat(view.answerHtml("zh")).isEqualTo("变量 &lt;本身&gt;");
        assertThat(view.whyHtml("zh")).isEqualTo("晚绑定");
    }

    @Test
    void aCodeCardAnswersWithTheOutputItPrints() {
        ReviewView view = view(code(
                "c2",
                "closures",
                side("输出什么？", null, "晚绑定"),
                side("What does it print?", null, "Late binding"),
                "print([f() for f in fs])",
                "[2, 2, 2]\n<end>"));

        assertThat(view.questionHtml("en")).isEqualTo("What does it print?");
        assertThat(view.answerHtml("en")).isEqualTo("<pre class=\"output\">[2, 2, 2]\n&lt;end&gt;</pre>");
    }

    @Test
    void aClozeCardBlanksEachDeletionUntilTheAnswerRevealsIt() {
        ReviewView view = view(cloze(
                "c3",
                "closures",
                clozeSide("因为", "{{nonlocal}} 让内层函数改写外层变量"),
                clozeSide("Because", "{{nonlocal}} lets an inner function rebind {{a <name>}}")));

        assertThat(view.questionHtml("en"))
                .isEqualTo(
                        "<span class=\"cloze\">[…]</span> lets an inner function rebind <span class=\"cloze\">[…]</span>");
        assertThat(view.answerHtml("en"))
                .isEqualTo("<mark class=\"cloze\">nonlocal</mark> lets an inner function rebind"
                        + " <mark class=\"cloze\">a &lt;name&gt;</mark>");
    }

    @Test
    void aSideWithoutAnExplanationFallsBackToTheOtherLanguage() {
        ReviewView view = view(concept("c4", "closures", side("问题", "答案", null), side("Question", "Answer", "Why")));

        assertThat(view.questionHtml("zh")).isEqualTo("Question");
        assertThat(view.whyHtml("zh")).isEqualTo("Why");
    }

    @Test
    void showsTheTopicItsLinkTheDueTimeAndWhatEachRatingWouldDo() {
        ReviewView view = view(concept("c5", "closures"));

        assertThat(view.nodeTitleHtml("en")).isEqualTo("Closures and <code>nonlocal</code>");
        assertThat(view.nodeUrl()).isEqualTo("/roadmaps/python/nodes/closures");
        assertThat(view.dueText()).isEqualTo("2026-03-02T08:00:00Z");
        assertThat(view.state()).isEqualTo("new");
        assertThat(view.ratings()).containsExactly(Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY);
        assertThat(view.interval(Rating.AGAIN)).isEqualTo("1m");
        assertThat(view.interval(Rating.EASY)).isEqualTo("3d");
    }

    @Test
    void aCardOfATopicTheRoadmapNoLongerHasShowsItsIdEscaped() {
        ReviewView view = view(concept("c6", "gone<topic>"));

        assertThat(view.nodeTitleHtml("en")).isEqualTo("gone&lt;topic&gt;");
    }

    @Test
    void theSessionIsFinishedWithoutACardAndCountsItsRatings() {
        ReviewView done = new ReviewView(null, ROADMAP, 0, new Tally(1, 0, 2, 0), null);
        ReviewView undoable = new ReviewView(null, ROADMAP, 0, new Tally(1, 0, 2, 0), "c1");

        assertThat(done.finished()).isTrue();
        assertThat(done.reviewed()).isEqualTo(3);
        assertThat(done.reviewed(Rating.GOOD)).isEqualTo(2);
        assertThat(done.tallyText()).isEqualTo("1,0,2,0");
        assertThat(done.canUndo()).isFalse();
        assertThat(undoable.canUndo()).isTrue();
    }

    private static ReviewView view(Card card) {
        ReviewService.Queued queued = new ReviewService.Queued(
                new DeckCard("python", card, dev.skilltree.review.fsrs.Card.newCard(DUE)),
                Map.of(
                        Rating.AGAIN, Duration.ofMinutes(1),
                        Rating.HARD, Duration.ofMinutes(6),
                        Rating.GOOD, Duration.ofMinutes(10),
                        Rating.EASY, Duration.ofDays(3)));
        return new ReviewView(queued, ROADMAP, 3, Tally.NONE, null);
    }
}
