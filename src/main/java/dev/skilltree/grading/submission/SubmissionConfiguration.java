package dev.skilltree.grading.submission;

import dev.skilltree.grading.ChallengeService;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubmissionConfiguration {

    /** At most {@code skilltree.grading.max-in-flight} submissions of one learner queued or being graded. */
    @Bean
    SubmissionCap submissionCap(
            SubmissionRepository submissions,
            ChallengeService challenges,
            MeterRegistry registry,
            @Value("${skilltree.grading.max-in-flight:3}") int max) {
        return new SubmissionCap(submissions, slug -> challenges.get(slug).limits(), registry, max);
    }
}
