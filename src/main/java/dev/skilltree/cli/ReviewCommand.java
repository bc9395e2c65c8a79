package dev.skilltree.cli;

import dev.skilltree.review.fsrs.Parameters;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.review.fsrs.Scheduler;
import dev.skilltree.review.fsrs.Settings;
import dev.skilltree.review.fsrs.SimulatedReview;
import dev.skilltree.review.fsrs.Simulator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "review",
        description = "Review the cards due now on the server you signed in to: Space or Enter shows the answer, 1-4"
                + " (or a/h/g/e) rates it again, hard, good or easy, z takes the last rating back, q quits.",
        subcommands = ReviewCommand.Simulate.class)
final class ReviewCommand implements Callable<Integer> {

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "The server you signed in to with 'skilltree login' (default: that one).")
    String server;

    @Option(names = "--lang", defaultValue = "en", description = "The cards' language: zh or en (default: en).")
    String lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang is zh or en, not '" + lang + "'");
        }
        Credentials credentials = Credentials.load();
        if (server != null && !withSlash(server).equals(withSlash(credentials.server()))) {
            throw UserError.of("You are signed in to " + credentials.server() + ", not " + server
                    + ": run 'skilltree login --server " + server + "' first.");
        }
        ReviewApi api = new ServerReviews(new ServerClient(credentials.server(), credentials.token()));
        try (RawTerminal terminal = RawTerminal.enter()) {
            Reader keys = new InputStreamReader(System.in, StandardCharsets.UTF_8);
            new TerminalReview(api, keys, spec.commandLine().getOut(), lang, Clock.systemUTC()).run();
        }
        return 0;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    /** Replays a rating sequence offline, without fuzz, so deck authors see what the scheduler does. */
    @Command(
            name = "simulate",
            description = "Replay ratings on a new card and print each interval, stability and difficulty.")
    static final class Simulate implements Callable<Integer> {

        @Option(names = "--start", required = true, description = "The first review, e.g. 2022-11-29T12:30:00Z.")
        Instant start;

        @Option(names = "--ratings", required = true, split = ",", description = "again, hard, good or easy, in order.")
        List<String> ratings;

        @Option(
                names = "--offsets-days",
                split = ",",
                description = "Days from each review to the next (the first from --start); by default each review is"
                        + " at the due time of the one before.")
        List<Integer> offsets;

        @Option(names = "--retention", defaultValue = "0.9", description = "Desired retention, 0.70 to 0.99.")
        double retention;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Rating> parsed;
            try {
                parsed = ratings.stream().map(Simulate::rating).toList();
                if (offsets != null && offsets.size() != parsed.size()) {
                    throw new IllegalArgumentException("--offsets-days needs one offset per rating: " + parsed.size()
                            + " ratings, " + offsets.size() + " offsets");
                }
                Scheduler scheduler = new Scheduler(
                        Parameters.defaults(),
                        Settings.defaults().withDesiredRetention(retention).withFuzzing(false),
                        RandomGenerator.getDefault());
                Simulator simulator = new Simulator(scheduler);
                List<SimulatedReview> steps = offsets == null
                        ? simulator.simulate(start, parsed)
                        : simulator.simulate(start, parsed, offsets);
                out.printf(
                        "%4s  %-6s  %-20s  %-10s  %8s  %10s  %10s%n",
                        "step", "rating", "reviewed", "state", "interval", "stability", "difficulty");
                for (int i = 0; i < steps.size(); i++) {
                    SimulatedReview step = steps.get(i);
                    out.printf(
                            Locale.ROOT,
                            "%4d  %-6s  %-20s  %-10s  %6d d  %10.4f  %10.4f%n",
                            i + 1,
                            step.rating().name().toLowerCase(Locale.ROOT),
                            step.reviewedAt(),
                            step.state().name().toLowerCase(Locale.ROOT),
                            step.intervalDays(),
                            step.stability(),
                            step.difficulty());
                }
                out.flush();
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }

        private static Rating rating(String name) {
            return Rating.parse(name)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown rating '" + name + "': use again, hard, good or easy"));
        }
    }
}
