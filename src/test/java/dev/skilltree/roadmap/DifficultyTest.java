package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DifficultyTest {

    @Test
    void readsBackEveryCodeItWrites() {
        for (Difficulty difficulty : Difficulty.values()) {
            assertThat(Difficulty.fromCode(difficulty.code())).contains(difficulty);
        }
        assertThat(Difficulty.INTERMEDIATE.code()).isEqualTo("intermediate");
    }

    @Test
    void refusesUnknownCodes() {
        assertThat(Difficulty.fromCode("expert")).isEmpty();
        assertThat(Difficulty.fromCode("BEGINNER")).isEmpty();
        assertThat(Difficulty.fromCode(null)).isEmpty();
    }

    @Test
    void readsTheTrafficLightMarkersOfTheSeeds() {
        assertThat(Difficulty.fromMarker("🟢 初级")).contains(Difficulty.BEGINNER);
        assertThat(Difficulty.fromMarker("项目1：爬虫 🟡")).contains(Difficulty.INTERMEDIATE);
        assertThat(Difficulty.fromMarker("🔴 高级")).contains(Difficulty.ADVANCED);
        assertThat(Difficulty.fromMarker("高级")).isEmpty();
    }
}
