package dev.skilltree.web;

import java.util.List;

/**
 * Every endpoint of the HTTP API, in one place: the fuzz suite sends malformed requests to each. A new endpoint
 * joins the suite by being listed here. {@code {…}} marks a path variable, filled with valid and hostile values.
 */
final class ApiEndpoints {

    enum Body {
        NONE,
        JSON,
        MARKDOWN,
        ZIP
    }

    /** One endpoint: method, path template, the body it takes, an example of a valid body, and what it answers. */
    record Endpoint(String method, String path, Body body, String validBody, boolean streams) {}

    static final List<Endpoint> ALL = List.of(
            new Endpoint("GET", "/api/v1/roadmaps", Body.NONE, null, false),
            new Endpoint("GET", "/api/v1/roadmaps/{roadmap}", Body.NONE, null, false),
            new Endpoint("GET", "/api/v1/roadmaps/{roadmap}/export?format={format}", Body.NONE, null, true),
            new Endpoint("POST", "/api/v1/roadmaps", Body.MARKDOWN, "# T {#t-fuzz}\n\n## S {#s-fuzz}\n", false),
            new Endpoint(
                    "POST",
                    "/api/v1/auth/register",
                    Body.JSON,
                    "{\"username\":\"someone\",\"password\":\"a long enough secret\"}",
                    false),
            new Endpoint(
                    "POST",
                    "/api/v1/auth/token",
                    Body.JSON,
                    "{\"username\":\"fuzzer\",\"password\":\"correct horse battery staple\"}",
                    false),
            new Endpoint("GET", "/api/v1/me/progress/{roadmap}", Body.NONE, null, false),
            new Endpoint("GET", "/api/v1/users/{user}/progress/{roadmap}", Body.NONE, null, false),
            new Endpoint("PUT", "/api/v1/me/progress/{roadmap}/{node}", Body.JSON, "{\"status\":\"done\"}", false),
            new Endpoint("GET", "/api/v1/me/progress/{roadmap}/export?format={format}", Body.NONE, null, true),
            new Endpoint(
                    "POST",
                    "/api/v1/me/progress/import",
                    Body.JSON,
                    "{\"format\":\"skilltree-progress/1\",\"roadmap\":\"python-advanced\",\"statuses\":[]}",
                    false),
            new Endpoint("GET", "/api/v1/challenges", Body.NONE, null, false),
            new Endpoint("GET", "/api/v1/challenges/{challenge}", Body.NONE, null, false),
            new Endpoint("POST", "/api/v1/challenges", Body.ZIP, null, false),
            new Endpoint(
                    "POST",
                    "/api/v1/challenges/{challenge}/submissions",
                    Body.JSON,
                    "{\"files\":{\"solution.py\":\"x = 1\\n\"}}",
                    false),
            new Endpoint("GET", "/api/v1/challenges/{challenge}/submissions", Body.NONE, null, false),
            new Endpoint("GET", "/api/v1/submissions/{submission}", Body.NONE, null, false),
            new Endpoint("GET", "/api/v1/submissions/{submission}/events", Body.NONE, null, true),
            new Endpoint("GET", "/api/v1/grading/queue", Body.NONE, null, false),
            new Endpoint("GET", "/api/v1/me/reviews/due?limit={limit}", Body.NONE, null, false),
            new Endpoint("POST", "/api/v1/me/reviews/{card}", Body.JSON, "{\"rating\":\"good\"}", false),
            new Endpoint("POST", "/api/v1/me/reviews/undo", Body.JSON, "{\"card\":\"unbound-local\"}", false),
            new Endpoint("GET", "/api/v1/me/reviews/stats", Body.NONE, null, false),
            new Endpoint("GET", "/api/v1/me/reviews/settings", Body.NONE, null, false),
            new Endpoint("PUT", "/api/v1/me/reviews/settings", Body.JSON, "{\"desiredRetention\":0.85}", false),
            new Endpoint("POST", "/api/v1/me/reviews/nodes/{roadmap}/{node}", Body.JSON, "{}", false),
            new Endpoint(
                    "PUT",
                    "/api/v1/roadmaps/{roadmap}/cards?file={file}",
                    Body.MARKDOWN,
                    "# 卡片 {en=\"Cards\"}\n\n## fuzz-card {node=closures type=concept}\n\nQ: 问\nA: 答\nWhy: 因\n\n"
                            + "> Q: q\n> A: a\n> Why: w\n",
                    false));

    private ApiEndpoints() {}
}
