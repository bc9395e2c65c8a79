"""Routing, typed path parameters, 404 and 405, handler return values, the Request object. Each response is
compared with the reference framework's response to the same request."""
from client import call, show
from framework import App, HTTPError, Response

WORDS = ["alpha", "bravo", "delta", "kilo", "lima", "oscar", "tango", "zulu"]


def request(check, app, setup, method, path, query="", body=b"", headers=None):
    check(f"{setup}; {show(method, path, query, body)}" + (f" with headers {headers}" if headers else ""),
          lambda: call(app, method, path, query, body, headers))


def test_static_routes_and_methods(check, rng):
    a, b = rng.sample(WORDS, 2)
    app = App()
    app.add_route("/", lambda request: "home")
    app.add_route(f"/{a}", lambda request: f"page {a}")
    app.add_route(f"/{a}/{b}", lambda request: f"page {a}/{b}", methods=["GET", "POST"])
    app.route(f"/{b}", methods=["post"])(lambda request: f"{request.method} {b}")
    setup = (f"routes '/' GET, '/{a}' GET, '/{a}/{b}' GET and POST, '/{b}' methods=['post']; "
             "each handler returns a str")
    for method, path in [("GET", "/"), ("GET", f"/{a}"), ("POST", f"/{a}/{b}"), ("GET", f"/{a}/{b}"),
                         ("POST", f"/{b}"), ("GET", f"/{a}/"), ("GET", f"/{a.upper()}")]:
        request(check, app, setup, method, path)


def test_typed_path_parameters(check, rng):
    app = App()

    @app.route("/users/<int:user_id>")
    def user(request, user_id):
        return {"user_id": user_id, "type": type(user_id).__name__, "next": user_id + 1,
                "params": request.params}

    @app.route("/tags/<name>")
    def tag(request, name):
        return {"name": name, "type": type(name).__name__}

    @app.route("/shop/<str:category>/<int:item>/reviews")
    def reviews(request, category, item):
        return {"category": category, "item": item, "item_type": type(item).__name__}

    @app.route("/files/<path:rest>")
    def files(request, rest):
        return {"rest": rest}

    setup = ("routes '/users/<int:user_id>', '/tags/<name>', '/shop/<str:category>/<int:item>/reviews', "
             "'/files/<path:rest>', each returning a dict of its parameters and their types")
    n, m = rng.randint(1, 9999), rng.randint(10, 99)
    word = rng.choice(WORDS)
    for path in [f"/users/{n}", f"/users/00{m}", f"/users/{word}", f"/users/-{m}", f"/users/{n}/more",
                 f"/tags/{word}", f"/tags/{n}", f"/tags/{word}-{m}.v2", "/tags/",
                 f"/shop/{word}/{m}/reviews", f"/shop/{word}/{word}/reviews", f"/shop/{m}/{n}/reviews",
                 f"/files/{word}/{m}/notes.txt", f"/files/{word}", "/files/"]:
        request(check, app, setup, "GET", path)


def test_first_registered_route_wins(check, rng):
    word = rng.choice(WORDS)
    app = App()
    app.add_route("/notes/new", lambda request: "the form for a new note")
    app.add_route("/notes/<name>", lambda request, name: f"the note named {name}")
    app.add_route("/a/<int:n>", lambda request, n: {"int": n})
    app.add_route("/a/<s>", lambda request, s: {"str": s})
    app.add_route("/a/<int:n>", lambda request, n: {"never": n})
    setup = ("routes in this order: '/notes/new', '/notes/<name>', '/a/<int:n>', '/a/<s>', '/a/<int:n>' "
             "(a second handler)")
    k = rng.randint(1, 500)
    for path in ["/notes/new", f"/notes/{word}", f"/a/{k}", f"/a/{word}"]:
        request(check, app, setup, "GET", path)


def test_not_found_and_method_not_allowed(check, rng):
    k = rng.randint(1, 500)
    app = App()
    app.add_route("/things", lambda request: [], methods=["GET", "POST"])
    app.add_route("/things/<int:id>", lambda request, id: {"id": id})
    app.add_route("/things/<int:id>", lambda request, id: Response("", 204), methods=["DELETE"])
    app.add_route("/things/<name>", lambda request, name: name, methods=["PUT"])
    setup = ("routes '/things' GET and POST, '/things/<int:id>' GET, '/things/<int:id>' DELETE, "
             "'/things/<name>' PUT")
    for method, path in [("GET", "/nothing"), ("GET", "/things/"), ("DELETE", "/things"),
                         ("PATCH", f"/things/{k}"), ("POST", f"/things/{k}"), ("DELETE", f"/things/{k}"),
                         ("GET", "/things/abc"), ("PUT", f"/things/{k}")]:
        request(check, app, setup, method, path)


def test_unknown_converter_is_refused(check, rng):
    app = App()
    check("App().route('/price/<float:value>')", lambda: app.route("/price/<float:value>")(lambda r, value: ""))
    check("App().add_route('/x/<uuid:key>', handler)", lambda: app.add_route("/x/<uuid:key>", lambda r, key: ""))


def test_handler_return_values(check, rng):
    word = rng.choice(WORDS)
    k = rng.randint(1, 99)
    app = App()
    app.add_route("/str", lambda request: f"<p>{word}</p>")
    app.add_route("/dict", lambda request: {"word": word, "n": k, "ok": True, "none": None})
    app.add_route("/list", lambda request: [k, word, [1, 2]])
    app.add_route("/created", lambda request: Response.json({"id": k}, 201, {"Location": f"/things/{k}"}))
    app.add_route("/text", lambda request: Response(f"{word} é", content_type="text/plain; charset=utf-8"))
    app.add_route("/bytes", lambda request: Response(word.encode("ascii"), 202, "application/octet-stream",
                                                     {"X-Word": word}))
    app.add_route("/empty", lambda request: Response("ignored", 204))

    def forbidden(request):
        raise HTTPError(403)

    def teapot(request):
        raise HTTPError(418, f"short and stout, {word}")

    def broken(request):
        raise ValueError("a bug in a handler")

    app.add_route("/forbidden", forbidden)
    app.add_route("/teapot", teapot)
    app.add_route("/broken", broken)
    setup = ("handlers returning a str, a dict, a list, Response.json(..., 201, {'Location': ...}), a text/plain "
             "Response, a bytes Response with status 202 and a header, a 204 Response; raising HTTPError(403), "
             "HTTPError(418, message) and ValueError")
    for path in ["/str", "/dict", "/list", "/created", "/text", "/bytes", "/empty", "/forbidden", "/teapot",
                 "/broken"]:
        request(check, app, setup, "GET", path)


def test_the_request_object(check, rng):
    app = App(db="the database")

    @app.route("/echo/<int:n>", methods=["GET", "POST", "PUT"])
    def echo(request, n):
        return {
            "method": request.method,
            "path": request.path,
            "query": request.query,
            "params": request.params,
            "token": request.headers.get("x-token"),
            "content_type": request.headers.get("content-type"),
            "body": request.body.decode("utf-8"),
            "body_type": type(request.body).__name__,
            "state": request.state,
            "db": request.db,
            "same_app": request.app is app,
        }

    @app.route("/form", methods=["POST"])
    def form(request):
        return {"form": request.form()}

    @app.route("/json", methods=["POST"])
    def as_json(request):
        return {"json": request.json()}

    word, k = rng.choice(WORDS), rng.randint(1, 999)
    setup = "App(db='the database'); handlers that return what they read from the request"
    request(check, app, setup, "GET", f"/echo/{k}", query=f"q={word}+{word}&n={k}&q2=%26%3D&n={k + 1}&empty=")
    request(check, app, setup, "POST", f"/echo/{k}", body=f"raw {word} body",
            headers={"X-Token": f"t-{k}", "Content-Type": "text/plain"})
    request(check, app, setup, "put", f"/echo/{k}")
    request(check, app, setup, "POST", "/form", body=f"title={word}+{k}&body=a%26b%3Dc&title2=&body=last",
            headers={"Content-Type": "application/x-www-form-urlencoded"})
    request(check, app, setup, "POST", "/json", body=f'{{"word": "{word}", "k": {k}, "list": [1, 2]}}',
            headers={"Content-Type": "application/json"})
