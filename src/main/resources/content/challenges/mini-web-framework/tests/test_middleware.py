"""Middleware: the onion model. The first middleware registered is the outermost layer."""
from client import call, show
from framework import App, HTTPError, Response

NAMES = ["auth", "cors", "gzip", "log", "timer", "trace"]


def tracing(name, log):
    def middleware(request, call_next):
        log.append(f"{name} before")
        response = call_next(request)
        log.append(f"{name} after {response.status}")
        response.headers["X-Trace"] = response.headers.get("X-Trace", "") + f"<{name}"
        return response

    return middleware


def test_middleware_runs_in_onion_order(check, rng):
    names = rng.sample(NAMES, 3)
    log = []
    app = App()
    for name in names:
        app.use(tracing(name, log))

    @app.route("/hello/<who>")
    def hello(request, who):
        log.append("handler")
        return f"hello {who}"

    setup = (f"app.use() called with middlewares {names} in that order; each logs '<name> before', calls "
             "call_next, logs '<name> after <status>' and appends '<name' to the X-Trace header")
    for path in ["/hello/world", "/missing"]:
        log.clear()
        check(f"{setup}; GET {path}: the response", lambda: call(app, "GET", path))
        check(f"{setup}; GET {path}: the log", lambda: list(log))
    check("app.use(m) returns m", lambda: app.use(tracing("x", [])).__name__)


def test_middleware_can_stop_a_request(check, rng):
    names = rng.sample(NAMES, 2)
    token = f"t{rng.randint(1000, 9999)}"
    log = []
    app = App()

    def auth(request, call_next):
        log.append("auth")
        if request.headers.get("x-token") != token:
            return Response("unauthorized", 401, "text/plain; charset=utf-8")
        request.state["user"] = f"user-{token}"
        return call_next(request)

    app.use(tracing(names[0], log))
    app.use(auth)
    app.use(tracing(names[1], log))

    @app.route("/me")
    def me(request):
        log.append("handler")
        return {"user": request.state["user"]}

    setup = (f"middlewares: tracing '{names[0]}', then auth (401 without the header X-Token: {token}, else sets "
             f"request.state['user']), then tracing '{names[1]}'")
    for headers in [{}, {"X-Token": "wrong"}, {"X-Token": token}]:
        log.clear()
        check(f"{setup}; GET /me with headers {headers}: the response", lambda: call(app, "GET", "/me", headers=headers))
        check(f"{setup}; GET /me with headers {headers}: the log", lambda: list(log))


def test_middleware_sees_errors_as_responses(check, rng):
    name = rng.choice(NAMES)
    log = []
    app = App()
    app.use(tracing(name, log))
    app.add_route("/ok", lambda request: "fine")
    app.add_route("/ok", lambda request: "posted", methods=["POST"])

    def forbidden(request):
        raise HTTPError(403, "no entry")

    def broken(request):
        raise ValueError("a bug")

    app.add_route("/forbidden", forbidden)
    app.add_route("/broken", broken)
    setup = (f"tracing middleware '{name}'; routes '/ok' GET and POST, '/forbidden' raises HTTPError(403, "
             "'no entry'), '/broken' raises ValueError")
    for method, path in [("GET", "/nowhere"), ("PUT", "/ok"), ("GET", "/forbidden"), ("GET", "/broken")]:
        log.clear()
        check(f"{setup}; {show(method, path)}: the response", lambda: call(app, method, path))
        check(f"{setup}; {show(method, path)}: the log", lambda: list(log))


def test_middleware_can_catch_exceptions(check, rng):
    log = []
    app = App()

    def recover(request, call_next):
        try:
            return call_next(request)
        except ValueError as error:
            log.append(f"caught {error}")
            return Response(f"recovered from {error}", 503, "text/plain; charset=utf-8")

    def strict(request, call_next):
        if "bad" in request.query:
            raise HTTPError(400, "bad query")
        return call_next(request)

    app.use(recover)
    app.use(strict)
    k = rng.randint(1, 99)

    def broken(request):
        raise ValueError(f"bug {k}")

    def other(request):
        raise KeyError("k")

    app.add_route("/broken", broken)
    app.add_route("/other", other)
    app.add_route("/fine", lambda request: "fine")
    setup = (f"middlewares: recover (catches ValueError from call_next, returns 503), then strict (raises "
             f"HTTPError(400) when the query has 'bad'); '/broken' raises ValueError('bug {k}'), '/other' raises "
             "KeyError")
    for path, query in [("/broken", ""), ("/other", ""), ("/fine", "bad=1"), ("/fine", "")]:
        log.clear()
        check(f"{setup}; {show('GET', path, query)}: the response", lambda: call(app, "GET", path, query))
        check(f"{setup}; {show('GET', path, query)}: the log", lambda: list(log))


def test_middleware_runs_before_routing(check, rng):
    app = App()

    def method_override(request, call_next):
        if request.method == "POST" and "_method" in request.query:
            request.method = request.query["_method"].upper()
        return call_next(request)

    def strip_prefix(request, call_next):
        if request.path.startswith("/api/"):
            request.path = request.path[4:]
        return call_next(request)

    app.use(method_override)
    app.use(strip_prefix)
    k = rng.randint(1, 999)
    app.add_route("/items/<int:id>", lambda request, id: f"read {id}")
    app.add_route("/items/<int:id>", lambda request, id: f"deleted {id}", methods=["DELETE"])
    setup = ("middlewares: method_override (POST ?_method=X becomes method X), then strip_prefix "
             "('/api/...' becomes '/...'); routes '/items/<int:id>' GET and DELETE")
    for method, path, query in [("POST", f"/items/{k}", "_method=delete"), ("GET", f"/api/items/{k}", ""),
                                ("POST", f"/api/items/{k}", "_method=DELETE"), ("POST", f"/items/{k}", "")]:
        check(f"{setup}; {show(method, path, query)}", lambda: call(app, method, path, query))
