package dev.skilltree.cli;

import dev.skilltree.plan.InvalidPlan;
import dev.skilltree.plan.Plan;
import dev.skilltree.plan.PlanDocuments;
import dev.skilltree.plan.PlanRequest;
import dev.skilltree.plan.Planner;
import dev.skilltree.plan.RoadmapTopics;
import dev.skilltree.plan.StudyWeek;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = "Plan a roadmap week by week from your hours, offline: no server, no account.")
final class PlanCommand implements Callable<Integer> {

    @Option(
            names = "--roadmap",
            defaultValue = "python-advanced",
            description =
                    "A roadmap id in the database, or the path of a roadmap file or folder (default: ${DEFAULT-VALUE}).")
    String roadmap;

    @Option(names = "--track", split = ",", description = "Plan the shared topics and these tracks' (directions').")
    List<String> tracks = List.of();

    @Option(names = "--goal", split = ",", description = "Plan these topics and what they need, instead of tracks.")
    List<String> goals = List.of();

    @Option(names = "--hours", required = true, description = "Study hours per week, spread over every day.")
    double hours;

    @Option(names = "--start", description = "First day of the plan (default: today).")
    LocalDate start;

    @Option(names = "--target", description = "The day you want to finish by.")
    LocalDate target;

    @Option(names = "--days-off", paramLabel = "FILE", description = "A file with one date (2026-12-25) per line.")
    Path daysOff;

    @Option(names = "--pace", defaultValue = "1.0", description = "Scales every estimate, 0.5 to 2.0 (default: 1.0).")
    double pace;

    @Option(names = "--ics", paramLabel = "FILE", description = "Write the study blocks as an iCalendar file.")
    Path ics;

    @Option(names = "--md", paramLabel = "FILE", description = "Write the plan as a printable Markdown checklist.")
    Path md;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the plan as JSON, in the API's shape.")
    Path json;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Roadmap map = load();
            RoadmapTopics topics = RoadmapTopics.of(map, new HashSet<>(tracks), new HashSet<>(goals));
            PlanRequest request = new PlanRequest(
                    topics.topics(),
                    StudyWeek.hoursPerWeek(hours),
                    start == null ? LocalDate.now() : start,
                    target,
                    daysOff == null ? Set.of() : Set.copyOf(PlanDocuments.daysOff(lines(daysOff))),
                    pace,
                    null);
            Plan plan = new Planner().plan(request);
            PlanReport report = new PlanReport(map, plan, topics.pulledIn());
            report.print(out);
            write(md, () -> PlanDocuments.markdown(map.title().in(map.locale()), plan, report::title));
            write(
                    ics,
                    () -> PlanDocuments.icalendar(
                            plan,
                            report::title,
                            id -> null,
                            LocalTime.of(19, 0),
                            ZoneId.systemDefault(),
                            Map.of(),
                            ""));
            write(json, report::json);
            out.flush();
            return 0;
        } catch (InvalidPlan e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
    }

    private Roadmap load() {
        Path path = Path.of(roadmap);
        if (Files.exists(path)) {
            return RoadmapReader.read(InputFiles.read(path));
        }
        return data.withRoadmaps(roadmaps -> roadmaps.get(roadmap));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw UserError.cannotRead(file, e.getMessage());
        }
    }

    private static void write(Path file, java.util.function.Supplier<String> text) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, text.get());
        } catch (IOException e) {
            throw UserError.cannotWrite(file, e.getMessage());
        }
    }
}
