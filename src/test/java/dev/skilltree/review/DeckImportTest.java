package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.account.AccountService;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.support.Api;
import dev.skilltree.support.FreshData;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An admin's deck import over HTTP: checked whole, refused with file and line, kept across restarts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeckImportTest {

    private static final String PATH = "/api/v1/roadmaps/python-advanced/cards?file=10-mine.md";
    private static final String CARD = "## my-card {node=closures type=concept}\n\nQ: 闭包捕获什么？\nA: 变量。\nWhy: 晚绑定。\n\n"
            + "> Q: What does a closure capture?\n> A: Variables.\n> Why: Late binding.\n";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    DeckService decks;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String admin;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @BeforeEach
    void admin() {
        api = new Api(port);
        if (accounts.find("deckadmin").isEmpty()) {
            accounts.createAdmin("deckadmin", "correct horse battery staple");
        }
        admin = api.tokenFor("deckadmin");
    }

    @Test
    void refusesEveryBrokenDeckWithFileAndLineAndKeepsTheOldOne() {
        int before = cards();
        String title = "# 我的卡片 {en=\"My cards\"}\n\n";

        HttpResponse<String> noNode = put(title + CARD.replace("node=closures", "node=no-such-node"));
        HttpResponse<String> typo = put(title + "## my-card {node=closures type=quiz}\n");
        HttpResponse<String> empty = put(title);
        HttpResponse<String> longId = put(title + CARD.replace("my-card", "a".repeat(70)));
        HttpResponse<String> undo = put(title + CARD.replace("my-card", "undo"));
        HttpResponse<String> codeWithoutQuestion = put(title
                + "## my-code {node=closures type=code}\n\n```python\nprint(1)\n```\n\nA:\n\n```text\n1\n```\n\n"
                + "Why: 打印。\n\n> Why: Prints.\n");
        HttpResponse<String> learner = api.send("PUT", PATH, api.tokenFor("reader"), title + CARD, "text/markdown");

        assertThat(noNode.statusCode()).isEqualTo(422);
        assertThat(noNode.body()).contains("10-mine.md:3").contains("no node 'no-such-node'");
        assertThat(typo.statusCode()).isEqualTo(422);
        assertThat(typo.body()).contains("10-mine.md:3").contains("card heading");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("the deck has no cards");
        assertThat(longId.statusCode()).isEqualTo(422);
        assertThat(longId.body()).contains("longer than 64");
        assertThat(undo.statusCode()).isEqualTo(422);
        assertThat(undo.body()).contains("'undo' cannot be a card id");
        assertThat(codeWithoutQuestion.statusCode()).isEqualTo(422);
        assertThat(codeWithoutQuestion.body()).contains("needs a Q: line");
        assertThat(learner.statusCode()).isEqualTo(403);
        assertThat(cards()).isEqualTo(before).isPositive();
    }

    @Test
    void anImportedDeckWithWindowsLineEndingsReplacesTheBuiltInOneAndSurvivesARestart() {
        String deck = ("# 我的卡片 {en=\"My cards\"}\n\n" + CARD).replace("\n", "\r\n");

        HttpResponse<String> put = put(deck);
        decks.installBuiltIn(BuiltInRoadmaps.PYTHON_ADVANCED);

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(Api.read(put).get("cards").asInt()).isEqualTo(1);
        assertThat(cards())
                .as("the start-up install leaves an admin's deck alone")
                .isEqualTo(1);
        assertThat(jdbc.sql("select en_answer from review_card where card_id = 'my-card'")
                        .query(String.class)
                        .single())
                .isEqualTo("Variables.");
    }

    private HttpResponse<String> put(String markdown) {
        return api.send("PUT", PATH, admin, markdown, "text/markdown");
    }

    private int cards() {
        return jdbc.sql("select count(*) from review_card where roadmap_id = 'python-advanced'")
                .query(Integer.class)
                .single();
    }
}
