"""The trusted client for http-server. It runs outside the learner's sandbox, decides every check from the responses
it reads itself (its own model of the routes and its own copy of static/), and measures the learner's server against
a reference server (reference_server.py, beside this file) that it starts itself, under the same load."""
import os
import re
import secrets
import selectors
import socket
import subprocess
import statistics
import sys
import threading
import time
from urllib.parse import unquote

PORT = 8080
REFERENCE_PORT = 8081
HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 2.0
BUDGET_MS = 21000  # checks that would start later than this are reported as not run, to stay inside the wall limit
TEXT = "text/plain; charset=utf-8"
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".txt": TEXT,
         ".json": "application/json"}
STATIC = {}  # grade.py's own copy of the starter's static/ folder
for _name in sorted(os.listdir(os.path.join(HERE, "static"))):
    with open(os.path.join(HERE, "static", _name), "rb") as _file:
        STATIC[_name] = _file.read()
SHARE = 0.5
LOAD_CONNECTIONS = 16
LOAD_SECONDS = 0.2
LOAD_ROUNDS = 10


class Broke(Exception):
    """One check's failure, with the message the learner reads."""


class Request:
    def __init__(self, method, target, body=None, headers=()):
        self.method, self.target, self.body = method, target, body
        lines = [f"{method} {target} HTTP/1.1", f"Host: 127.0.0.1:{PORT}", *headers]
        if body is not None and not any(h.lower().startswith("content-length:") for h in headers):
            lines.append(f"Content-Length: {len(body)}")
        self.data = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + (body or b"")
        self.want = expected(method, target, body or b"")
        self.label = f"{method} {target}" + (f" with a {len(body)}-byte body" if body else "")


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body


def expected(method, target, body):
    """(status, body or None when any body will do, content type or None, allowed method or None)."""
    path, _, query = target.partition("?")
    if path == "/":
        allowed, want = "GET", (200, b"It works!\n", TEXT)
    elif re.fullmatch(r"/static/[^/]+", path):
        name = path[len("/static/"):]
        data = STATIC.get(name)
        allowed, want = "GET", ((200, data, TYPES.get(os.path.splitext(name)[1], "application/octet-stream"))
                                if data is not None else (404, None, None))
    elif re.fullmatch(r"/hello/[^/]+", path):
        allowed, want = "GET", (200, f"Hello, {unquote(path[len('/hello/'):])}!".encode("utf-8"), TEXT)
    elif path == "/sum":
        params = dict(p.partition("=")[::2] for p in query.split("&") if p)
        ok = all(re.fullmatch(r"-?[0-9]+", params.get(k, "")) for k in "ab")
        allowed, want = "GET", ((200, str(int(params["a"]) + int(params["b"])).encode(), TEXT) if ok
                                else (400, None, None))
    elif path == "/echo":
        allowed, want = "POST", (200, body, "application/octet-stream")
    else:
        return 404, None, None, None
    if method != allowed:
        return 405, None, None, allowed
    return (*want, None)


def shown(data, limit=60):
    text = repr(data)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def compare(request, response):
    """Raises Broke when the response is not the one the route table asks for."""
    status, body, content_type, allowed = request.want
    if response.status != status:
        raise Broke(f"{request.label}: got status {response.status}, expected {status}")
    if content_type is not None:
        got = response.headers.get("content-type", "")
        if got.replace(" ", "").lower() != content_type.replace(" ", "").lower():
            raise Broke(f"{request.label}: got Content-Type {got!r}, expected {content_type!r}")
    if body is not None and response.body != body:
        if len(body) > 40 or len(response.body) > 40:
            at = next((i for i, (a, b) in enumerate(zip(response.body, body)) if a != b),
                      min(len(body), len(response.body)))
            raise Broke(f"{request.label}: got a body of {len(response.body)} bytes, expected {len(body)} bytes "
                        f"(they first differ at byte {at})")
        raise Broke(f"{request.label}: got the body {shown(response.body)}, expected {shown(body)}")
    if allowed is not None:
        got = response.headers.get("allow")
        if got is None or [m.strip() for m in got.split(",") if m.strip()] != [allowed]:
            raise Broke(f"{request.label}: got Allow {got!r}, expected {allowed!r} (a 405 response names the "
                        f"methods the path accepts)")


class Client:
    def __init__(self, ctl, port=PORT, timeout=TIMEOUT):
        self.sock = ctl.connect(port, timeout=timeout)
        self.sock.settimeout(timeout)
        self.timeout = timeout
        self.buffer = b""

    def send(self, data):
        self.sock.sendall(data)

    def _fill(self, what):
        try:
            data = self.sock.recv(1 << 18)
        except TimeoutError:
            raise Broke(f"{what}: no complete response within {self.timeout:g} s") from None
        except ConnectionError as error:
            raise Broke(f"{what}: the connection broke ({type(error).__name__}) before a complete response") from None
        if not data:
            raise Broke(f"{what}: the server closed the connection before a complete response"
                        + (f" (it had sent {len(self.buffer)} bytes of it)" if self.buffer else ""))
        self.buffer += data

    def response(self, what):
        while b"\r\n\r\n" not in self.buffer:
            if len(self.buffer) > 65536:
                raise Broke(f"{what}: no blank line ending the response head within 64 KB")
            self._fill(what)
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        match = re.fullmatch(r"HTTP/1\.[01] ([0-9]{3})( .*)?", lines[0])
        if not match:
            raise Broke(f"{what}: the status line {shown(lines[0])} is not 'HTTP/1.1 CODE REASON'")
        headers = {}
        for line in lines[1:]:
            name, colon, value = line.partition(":")
            if not colon:
                raise Broke(f"{what}: the response header line {shown(line)} has no colon")
            headers[name.strip().lower()] = value.strip()
        length = headers.get("content-length")
        if length is None or not length.isdigit():
            raise Broke(f"{what}: the response has no valid Content-Length header (got {length!r}); every response "
                        f"needs one, or the client cannot tell where its body ends on a kept-alive connection")
        while len(self.buffer) < int(length):
            self._fill(what)
        body, self.buffer = self.buffer[:int(length)], self.buffer[int(length):]
        return Response(int(match.group(1)), headers, body)

    def ask(self, request):
        self.send(request.data)
        response = self.response(request.label)
        compare(request, response)
        return response

    def closes(self, what, within=1.0):
        """Whether the server closes the connection within `within` seconds, sending nothing more."""
        self.sock.settimeout(within)
        try:
            data = self.sock.recv(4096)
        except TimeoutError:
            raise Broke(f"{what}: the connection was still open {within:g} s after the response") from None
        except ConnectionError:
            return
        finally:
            self.sock.settimeout(self.timeout)
        if data:
            raise Broke(f"{what}: got {shown(data)} after the response, expected the server to close the connection")

    def close(self):
        self.sock.close()


def once(ctl, request):
    """One request on a connection of its own (so that this check does not depend on keep-alive)."""
    client = Client(ctl)
    try:
        return client.ask(request)
    finally:
        client.close()


def name(rng, size=None):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(alphabet) for _ in range(size or rng.randint(3, 10)))


def random_requests(rng, count):
    """Correct requests of every kind of route, drawn from rng."""
    result = []
    for _ in range(count):
        kind = rng.choice(["root", "static", "hello", "sum", "echo"])
        if kind == "root":
            result.append(Request("GET", "/"))
        elif kind == "static":
            result.append(Request("GET", "/static/" + rng.choice(sorted(STATIC))))
        elif kind == "hello":
            result.append(Request("GET", "/hello/" + name(rng)))
        elif kind == "sum":
            result.append(Request("GET", f"/sum?a={rng.randint(-10**6, 10**6)}&b={rng.randint(-10**6, 10**6)}"))
        else:
            result.append(Request("POST", "/echo", rng.randbytes(rng.randint(0, 300))))
    return result


# ---- the checks -------------------------------------------------------------------------------------------------


def static_routes(ctl):
    requests = [Request("GET", "/")] + [Request("GET", "/static/" + n) for n in STATIC]
    ctl.rng.shuffle(requests)
    for request in requests:
        once(ctl, request)


def dynamic_routes(ctl):
    rng = ctl.rng
    first, last = name(rng, 4), name(rng, 6)
    requests = [
        Request("GET", f"/hello/{name(rng)}"),
        Request("GET", f"/hello/{first}%20{last}"),
        Request("GET", "/hello/Jos%C3%A9"),
        Request("GET", f"/hello/{name(rng)}?lang=en"),
        Request("GET", f"/sum?a={rng.randint(1, 1000)}&b={rng.randint(1, 1000)}"),
        Request("GET", f"/sum?b={rng.randint(-10**6, -1)}&a={rng.randint(1, 10**6)}"),
        Request("GET", f"/sum?a={rng.randint(10**20, 10**25)}&b={rng.randint(10**20, 10**25)}"),
        Request("GET", f"/sum?a={rng.randint(1, 99)}"),
        Request("GET", f"/sum?a={name(rng, 3)}&b={rng.randint(1, 99)}"),
        Request("POST", "/echo", rng.randbytes(rng.randint(1, 500))),
        Request("POST", "/echo", b""),
        Request("POST", "/echo", rng.randbytes(rng.randint(20, 200)), headers=["content-type: application/x-test"]),
    ]
    rng.shuffle(requests)
    for request in requests:
        once(ctl, request)
    # the head and the body in two writes, 50 ms apart: the body must be read by its Content-Length
    body = rng.randbytes(rng.randint(100, 400))
    request = Request("POST", "/echo", body)
    client = Client(ctl)
    try:
        client.send(request.data[:-len(body)])
        time.sleep(0.05)
        client.send(request.data[-len(body):])
        response = client.response(request.label + " sent in two writes (head, then body)")
        request.label += " sent in two writes (head, then body)"
        compare(request, response)
    finally:
        client.close()


def not_found(ctl):
    rng = ctl.rng
    requests = [Request("GET", f"/{name(rng)}"), Request("GET", f"/static/{name(rng)}.txt"),
                Request("GET", "/static/../server.py"), Request("GET", "/static/%2e%2e%2fserver.py"),
                Request("GET", "/static/"), Request("GET", f"/hello/{name(rng)}/{name(rng)}"),
                Request("POST", f"/{name(rng)}/{name(rng)}", rng.randbytes(20))]
    rng.shuffle(requests)
    for request in requests:
        once(ctl, request)


def wrong_method(ctl):
    rng = ctl.rng
    requests = [Request("POST", "/", rng.randbytes(10)), Request("GET", "/echo"),
                Request("DELETE", f"/hello/{name(rng)}"), Request("PUT", "/static/index.html", b"<p>x</p>"),
                Request("POST", "/sum?a=1&b=2", b"")]
    rng.shuffle(requests)
    for request in requests:
        once(ctl, request)


def malformed(ctl):
    cases = [("a request line of one word", b"HELLO\r\n\r\n"),
             ("a request line without a version", b"GET /\r\n\r\n"),
             ("a request line whose version is not HTTP/1.x", b"GET / HTTX/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
             ("a header line without a colon", b"GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n"),
             ("a Content-Length that is not a number", b"POST /echo HTTP/1.1\r\nContent-Length: ten\r\n\r\nabc")]
    ctl.rng.shuffle(cases)
    for what, data in cases:
        client = Client(ctl)
        try:
            client.send(data)
            label = f"{what} ({shown(data, 50)})"
            response = client.response(label)
            if response.status != 400:
                raise Broke(f"{label}: got status {response.status}, expected 400")
            client.closes(label + ", answered 400")
        finally:
            client.close()


def keep_alive(ctl):
    requests = random_requests(ctl.rng, 12)
    client = Client(ctl)
    try:
        for i, request in enumerate(requests, 1):
            if i == 7:
                time.sleep(0.3)
            try:
                client.ask(request)
            except Broke as error:
                if i > 1 and ("closed the connection" in str(error) or "connection broke" in str(error)):
                    raise Broke(f"request {i} of {len(requests)} on one connection, {error}; HTTP/1.1 keeps a "
                                f"connection open after a response unless the request says Connection: close") from None
                raise
        last = Request("GET", f"/hello/{name(ctl.rng)}", headers=["Connection: close"])
        last.label += " with Connection: close"
        client.ask(last)
        client.closes(last.label)
    finally:
        client.close()


def pipelined(ctl):
    requests = random_requests(ctl.rng, 12) + [Request("GET", f"/{name(ctl.rng)}"), Request("GET", "/echo")]
    ctl.rng.shuffle(requests)
    data = b"".join(r.data for r in requests)
    first = sum(len(r.data) for r in requests[:5])
    cuts = sorted(ctl.rng.sample(range(first + 1, len(data)), 3))
    pieces = [data[a:b] for a, b in zip([0, first, *cuts], [first, *cuts, len(data)])]
    client = Client(ctl)
    try:
        for piece in pieces:
            try:
                client.send(piece)
            except OSError:
                break  # the server closed the connection: the responses below say after which request
            time.sleep(0.02)
        for i, request in enumerate(requests, 1):
            response = client.response(f"response {i} of {len(requests)} pipelined requests ({request.label})")
            request.label = f"pipelined request {i} of {len(requests)}, {request.label}"
            compare(request, response)
    finally:
        client.close()


def large_body(ctl):
    size = ctl.rng.randint(1_000_000, 2_000_000)
    body = ctl.rng.randbytes(size)
    request = Request("POST", "/echo", body)
    client = Client(ctl, timeout=4.0)
    sender = threading.Thread(target=lambda: send_slices(client, request.data), daemon=True)
    try:
        sender.start()
        compare(request, client.response(request.label))
    finally:
        client.close()
        sender.join(1)


def send_slices(client, data):
    try:
        for i in range(0, len(data), 1 << 16):
            client.send(data[i:i + (1 << 16)])
    except OSError:
        pass


def slow_client(ctl):
    rng = ctl.rng
    slow_request = Request("GET", f"/hello/{name(rng)}")
    slow = Client(ctl)
    try:
        for byte in slow_request.data[:12]:
            slow.send(bytes([byte]))
            time.sleep(0.01)
        started = time.monotonic()
        for request in [Request("GET", "/"), Request("GET", f"/sum?a={rng.randint(1, 99)}&b={rng.randint(1, 99)}"),
                        Request("POST", "/echo", rng.randbytes(50))]:
            quick = Client(ctl, timeout=1.5)
            try:
                quick.ask(request)
            except Broke as error:
                raise Broke(f"while a client was sending its request one byte at a time, another client's "
                            f"{error}") from None
            finally:
                quick.close()
        waited = time.monotonic() - started
        if waited > 1.0:
            raise Broke(f"while a client was sending its request one byte at a time, three requests from other "
                        f"clients took {waited:.2f} s (at most 1 s)")
        for byte in slow_request.data[12:]:
            slow.send(bytes([byte]))
            time.sleep(0.005)
        slow_request.label += ", sent one byte at a time"
        compare(slow_request, slow.response(slow_request.label))
    finally:
        slow.close()
    ctl.event(f"slow client done; three requests from other clients took {waited * 1000:.0f} ms meanwhile")


def many_connections(ctl):
    count = 200
    clients = []
    try:
        for i in range(count):
            try:
                clients.append(Client(ctl, timeout=TIMEOUT))
            except OSError as error:
                raise Broke(f"could open only {i} of {count} connections at once: {type(error).__name__}: "
                            f"{error}") from None
        requests = [Request("GET", f"/hello/c{i}") for i in range(count)]
        for i, (client, request) in enumerate(zip(clients, requests)):
            try:
                client.send(request.data)
            except OSError as error:
                raise Broke(f"connection {i + 1} of {count}: sending failed ({type(error).__name__}: {error})") \
                    from None
        for i, (client, request) in enumerate(zip(clients, requests)):
            request.label = f"connection {i + 1} of {count} open at once, {request.label}"
            client.ask(request)
    finally:
        for client in clients:
            client.close()
    ctl.event(f"{count} connections done")


# ---- the speed check ----------------------------------------------------------------------------------------------


def load_requests(rng):
    """A fixed mix for the load, with the headers a browser would send: (request bytes, its label, the expected
    status and body)."""
    def browser():
        return ["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
                "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "Accept-Language: zh-CN,zh;q=0.8,en-US;q=0.5,en;q=0.3", "Accept-Encoding: gzip, deflate",
                f"X-Request-Id: {rng.randbytes(16).hex()}", "Connection: keep-alive"]

    mix = [Request("GET", "/", headers=browser()), Request("GET", "/static/style.css", headers=browser()),
           Request("GET", "/static/index.html", headers=browser())]
    mix += [Request("GET", f"/hello/{name(rng)}", headers=browser()) for _ in range(4)]
    mix += [Request("GET", f"/sum?a={rng.randint(-999, 999)}&b={rng.randint(-999, 999)}", headers=browser())
            for _ in range(4)]
    mix += [Request("POST", "/echo", rng.randbytes(rng.randint(10, 200)), headers=browser()) for _ in range(4)]
    rng.shuffle(mix)
    return [(r.data, r.label, b"%d" % r.want[0], r.want[1]) for r in mix]


def load_round(port, mix, seconds):
    """LOAD_CONNECTIONS kept-alive connections, each sending its next request when the last response is complete,
    for `seconds`; returns (complete responses, the seconds they took, the first problem seen or None)."""
    selector = selectors.DefaultSelector()
    sockets = []
    problem = None
    try:
        for i in range(LOAD_CONNECTIONS):
            sock = socket.create_connection(("127.0.0.1", port), timeout=2)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setblocking(False)
            sockets.append(sock)
        started = time.monotonic()
        deadline = started + seconds
        done = 0
        served = [0] * LOAD_CONNECTIONS
        for i, sock in enumerate(sockets):
            state = [sock, b"", i * 5 % len(mix), i]
            sock.send(mix[state[2]][0])
            selector.register(sock, selectors.EVENT_READ, state)
        while selector.get_map():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            for key, _ in selector.select(left):
                state = key.data
                sock = state[0]
                try:
                    data = sock.recv(1 << 18)
                except BlockingIOError:
                    continue
                except OSError as error:
                    data = b""
                    problem = problem or (f"the server reset a kept-alive connection during the load "
                                          f"({type(error).__name__}), after {mix[state[2]][1]}")
                if not data:
                    problem = problem or (f"the server closed a kept-alive connection during the load, after "
                                          f"{mix[state[2]][1]}")
                    selector.unregister(sock)
                    continue
                buffer = state[1] + data
                while True:
                    end = buffer.find(b"\r\n\r\n")
                    if end < 0:
                        break
                    head = buffer[:end].lower()
                    at = head.find(b"\r\ncontent-length:")
                    if at < 0:
                        problem = problem or f"{mix[state[2]][1]}: a response without Content-Length"
                        selector.unregister(sock)
                        buffer = b""
                        break
                    stop = head.find(b"\r\n", at + 2)
                    length = int(head[at + 17:stop if stop >= 0 else len(head)])
                    if len(buffer) < end + 4 + length:
                        break
                    _, label, status, body = mix[state[2]]
                    if buffer[9:12] != status or (body is not None and buffer[end + 4:end + 4 + length] != body):
                        problem = problem or f"{label}: a wrong response during the load ({shown(buffer[:40])}...)"
                    buffer = buffer[end + 4 + length:]
                    done += 1
                    served[state[3]] += 1
                    state[2] = (state[2] + 1) % len(mix)
                    sock.send(mix[state[2]][0])
                state[1] = buffer
        elapsed = time.monotonic() - started
        idle = sum(1 for count in served if count == 0)
        if idle and done >= 8 * LOAD_CONNECTIONS and not problem:
            problem = (f"{idle} of {LOAD_CONNECTIONS} load connections got no response at all in {seconds:g} s while "
                       f"the others were served: the server does not serve its connections concurrently")
        return done, elapsed, problem
    except OSError as error:
        return 0, 1.0, f"the load could not run: {type(error).__name__}: {error}"
    finally:
        selector.close()
        for sock in sockets:
            sock.close()


def speed(ctl, reference):
    mix = load_requests(ctl.rng)
    if reference is None:
        raise Broke("the reference server could not be started, so there was nothing to compare with; "
                    "this is the grader's fault")
    try:
        ctl.connect(REFERENCE_PORT, timeout=3).close()
    except OSError as error:
        raise Broke(f"the reference server did not listen ({error}), so there was nothing to compare with; "
                    f"this is the grader's fault")
    mine, theirs, reference_mix = [], [], with_token(mix)
    for _ in range(LOAD_ROUNDS):
        done, seconds, problem = load_round(PORT, mix, LOAD_SECONDS)
        if problem:
            raise Broke(f"{problem} (the load: {LOAD_CONNECTIONS} kept-alive connections, each sending its next "
                        f"request when the last response is complete)")
        mine.append(done / seconds)
        done, seconds, trouble = load_round(REFERENCE_PORT, reference_mix, LOAD_SECONDS)
        if trouble:
            raise Broke(f"the reference server failed its own load ({trouble}); this is the grader's fault")
        theirs.append(done / seconds)
    rate, reference_rate = statistics.median(mine), statistics.median(theirs)
    share = rate / reference_rate
    text = (f"{rate:.0f} requests/s against the reference's {reference_rate:.0f}: {share * 100:.0f} % "
            f"(at least {SHARE * 100:.0f} %); medians of {LOAD_ROUNDS} rounds of {LOAD_SECONDS:g} s each, "
            f"alternating with the reference, {LOAD_CONNECTIONS} kept-alive connections")
    ctl.event("speed: " + text)
    if share < SHARE:
        raise Broke(text)


# ---- the scenario ------------------------------------------------------------------------------------------------

CHECKS = [
    ("serves GET / and the files in static/", static_routes),
    ("answers /hello/NAME, /sum and /echo", dynamic_routes),
    ("answers 404 to a path no route matches", not_found),
    ("answers 405 with an Allow header to a wrong method", wrong_method),
    ("answers 400 to a malformed request and closes the connection", malformed),
    ("keeps a connection open, and closes it after Connection: close", keep_alive),
    ("answers pipelined requests in order", pipelined),
    ("reads a body of 1-2 MB by its Content-Length", large_body),
    ("serves others while a client sends one byte at a time", slow_client),
    ("serves 200 connections at once", many_connections),
    ("serves at least 50 % of the reference's requests per second", None),
]


def attempt(ctl, server, name, steps):
    """Runs one check; a failure there breaks that check only, with a message that says what went wrong."""
    if ctl.ms() > BUDGET_MS:
        ctl.check(name, False, "not run: the scenario ran out of time (earlier checks waited for responses that "
                               "did not come)")
        return
    try:
        steps()
    except Broke as error:
        message = str(error)
    except OSError as error:
        message = f"{type(error).__name__}: {error}"
    else:
        ctl.check(name, True)
        return
    if not server.running:
        message += f" (the server has exited; the end of its output: {server.output(600)!r})"
    ctl.check(name, False, message)


# The reference answers only requests that carry this token, which the learner's programs cannot see (their own PID
# namespace hides this process's command line): a learner's server cannot forward its requests to the reference.
TOKEN = secrets.token_hex(16)


def with_token(mix):
    return [(data.replace(b"\r\n\r\n", b"\r\nX-Grader-Token: " + TOKEN.encode() + b"\r\n\r\n", 1), *rest)
            for data, *rest in mix]


def start_reference():
    """The reference server, in a session of its own like the learner's (with the kernel's autogroup scheduling, a
    process sharing grade.py's session would share its CPU with the load's client and look slower than it is)."""
    try:
        return subprocess.Popen([sys.executable, "-I", "-S", "-B", os.path.join(HERE, "reference_server.py"),
                                 str(REFERENCE_PORT), TOKEN], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        return None


def listens(ctl, server, seconds=5.0):
    """None once the server accepts a connection; otherwise why not, within `seconds` or when it exits."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            ctl.connect(PORT, timeout=0.1).close()
            return None
        except OSError as error:
            if not server.running:
                return (f"nothing listens on 127.0.0.1:{PORT}: the server has exited; the end of its output: "
                        f"{server.output(600)!r}")
            if time.monotonic() > deadline:
                return f"nothing listens on 127.0.0.1:{PORT} after {seconds:g} s ({type(error).__name__}: {error})"


def scenario(ctl):
    reference = start_reference()
    try:
        server = ctl.start("server", ["server.py", str(PORT)])
        error = listens(ctl, server)
        if error:
            for i, (name, _) in enumerate(CHECKS):
                ctl.check(name, False, error if i == 0 else f"nothing listens on 127.0.0.1:{PORT} (see the first "
                                                              f"check)")
            return
        ctl.event("the server listens")
        for name, steps in CHECKS:
            attempt(ctl, server, name, (lambda s=steps: s(ctl)) if steps else (lambda: speed(ctl, reference)))
    finally:
        if reference is not None:
            reference.kill()
            reference.wait()
