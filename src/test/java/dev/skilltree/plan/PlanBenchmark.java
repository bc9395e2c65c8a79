package dev.skilltree.plan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Median planning time over 15 runs for random roadmaps of 10,000 topics / 50,000 edges and 20,000 / 100,000
 * (fixed seed, edges only to lower indices, 120 h a week). The two sizes are timed alternately so that noise from
 * other processes falls on both; thread CPU time is printed next to wall time because it leaves out the time the
 * thread waits for a core. Run with {@code ./run-tests.sh --bench}.
 */
public final class PlanBenchmark {

    private static final int WARM_UP_RUNS = 30;
    private static final int TIMED_RUNS = 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        Planner planner = new Planner();
        PlanRequest small = roadmap(10_000, 50_000, 42);
        PlanRequest large = roadmap(20_000, 100_000, 43);
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            planner.plan(small);
            planner.plan(large);
        }
        Timings smallTimes = new Timings();
        Timings largeTimes = new Timings();
        for (int i = 0; i < TIMED_RUNS; i++) {
            smallTimes.time(i, planner, small);
            largeTimes.time(i, planner, large);
        }
        Plan plan = planner.plan(large);
        System.out.printf("10k topics / 50k edges:  %s%n", smallTimes);
        System.out.printf(
                "20k topics / 100k edges: %s (%d blocks, %d weeks, finish %s)%n",
                largeTimes, plan.blocks().size(), plan.weeks().size(), plan.projectedFinish());
        System.out.printf(
                "ratio 20k / 10k: wall %.2f, cpu %.2f%n",
                largeTimes.wallMillis() / smallTimes.wallMillis(), largeTimes.cpuMillis() / smallTimes.cpuMillis());
        PlanRequest late = large.withTarget(large.start().plusYears(5));
        Timings lateTimes = new Timings();
        for (int i = 0; i < TIMED_RUNS; i++) {
            lateTimes.time(i, planner, late);
        }
        System.out.printf(
                "20k with a late target (binary search for the hours): %s%n  %s%n",
                lateTimes, planner.plan(late).target().orElseThrow().message());
    }

    private static final class Timings {
        private final long[] wall = new long[TIMED_RUNS];
        private final long[] cpu = new long[TIMED_RUNS];

        void time(int run, Planner planner, PlanRequest request) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            planner.plan(request);
            wall[run] = System.nanoTime() - wallStart;
            cpu[run] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }

        double wallMillis() {
            return median(wall);
        }

        double cpuMillis() {
            return median(cpu);
        }

        private static double median(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(
                    "median %.1f ms wall, %.1f ms cpu over %d runs", wallMillis(), cpuMillis(), TIMED_RUNS);
        }
    }

    static PlanRequest roadmap(int topics, int edges, long seed) {
        Random random = new Random(seed);
        List<Set<Integer>> prerequisites = new ArrayList<>();
        for (int i = 0; i < topics; i++) {
            prerequisites.add(new HashSet<>());
        }
        for (int added = 0; added < edges; ) {
            int to = 1 + random.nextInt(topics - 1);
            if (prerequisites.get(to).add(random.nextInt(to))) {
                added++;
            }
        }
        List<Topic> list = new ArrayList<>(topics);
        for (int i = 0; i < topics; i++) {
            boolean milestone = i % 100 == 98;
            double min = 0.5 + random.nextInt(4) * 0.5;
            HoursRange estimate = milestone || i % 50 == 49 ? null : new HoursRange(min, min + random.nextInt(3));
            List<String> ids =
                    prerequisites.get(i).stream().sorted().map(p -> "t" + p).toList();
            list.add(new Topic("t" + i, i, estimate, ids, milestone));
        }
        return PlanRequest.of(list, StudyWeek.hoursPerWeek(120), LocalDate.of(2025, 1, 6));
    }
}
