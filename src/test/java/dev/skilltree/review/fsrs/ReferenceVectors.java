package dev.skilltree.review.fsrs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads fsrs-vectors.tsv, the known answers gen_vectors.py recorded from py-fsrs 6.3.1. */
final class ReferenceVectors {

    static final String RESOURCE = "fsrs-vectors.tsv";

    record Case(String id, Parameters parameters, Settings settings, Card start, List<Step> steps) {}

    record Step(
            int index,
            Rating rating,
            Instant at,
            double[] fuzzDraws,
            double retrievabilityBefore,
            Card after,
            Map<Rating, Duration> intervalsWithoutFuzz) {}

    private ReferenceVectors() {}

    static List<Case> load() {
        Map<String, Case> cases = new LinkedHashMap<>();
        for (String line : lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "case" -> cases.put(f[1], parseCase(f));
                case "step" -> cases.get(f[1]).steps().add(parseStep(f));
                default -> throw new IllegalStateException("unexpected line: " + line);
            }
        }
        return List.copyOf(cases.values());
    }

    private static Case parseCase(String[] f) {
        Settings settings = new Settings(
                Double.parseDouble(f[2]), seconds(f[3]), seconds(f[4]), Integer.parseInt(f[5]), f[6].equals("1"));
        Parameters parameters = new Parameters(doubles(f[7]));
        Card start = card(f, 8);
        return new Case(f[1], parameters, settings, start, new ArrayList<>());
    }

    private static Step parseStep(String[] f) {
        String[] intervals = f[13].split(",");
        Map<Rating, Duration> byRating = new LinkedHashMap<>();
        for (Rating rating : Rating.values()) {
            long micros = Long.parseLong(intervals[rating.grade() - 1]);
            byRating.put(rating, Duration.ofSeconds(micros / 1_000_000, (micros % 1_000_000) * 1_000));
        }
        return new Step(
                Integer.parseInt(f[2]),
                Rating.ofGrade(Integer.parseInt(f[3])),
                Instant.parse(f[4]),
                f[5].equals("-") ? new double[0] : doubles(f[5]),
                Double.parseDouble(f[6]),
                card(f, 7),
                byRating);
    }

    // state, step, stability, difficulty, due, last review in six consecutive fields
    private static Card card(String[] f, int from) {
        return new Card(
                State.ofCode(Integer.parseInt(f[from])),
                f[from + 1].equals("-") ? null : Integer.valueOf(f[from + 1]),
                f[from + 2].equals("-") ? null : Double.valueOf(f[from + 2]),
                f[from + 3].equals("-") ? null : Double.valueOf(f[from + 3]),
                Instant.parse(f[from + 4]),
                f[from + 5].equals("-") ? null : Instant.parse(f[from + 5]));
    }

    private static List<Duration> seconds(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(field.split(","))
                .map(s -> Duration.ofSeconds(Long.parseLong(s)))
                .toList();
    }

    private static double[] doubles(String field) {
        return Arrays.stream(field.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static List<String> lines() {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
