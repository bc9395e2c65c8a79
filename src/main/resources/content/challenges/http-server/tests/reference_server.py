"""An HTTP/1.1 server on asyncio streams: keep-alive, pipelining, Content-Length bodies, one task per connection."""
import asyncio
import os
import re
import sys
from urllib.parse import parse_qs, unquote

STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")
MAX_HEAD = 16 * 1024
MAX_BODY = 4 * 1024 * 1024
REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 413: "Content Too Large"}
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".txt": "text/plain; charset=utf-8", ".json": "application/json"}
TEXT = "text/plain; charset=utf-8"
REQUEST_LINE = re.compile(r"([A-Z]+) (/\S*) (HTTP/1\.[01])")
TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
INTEGER = re.compile(r"-?[0-9]+")


class BadRequest(Exception):
    pass


def response(status, body=b"", content_type=None, extra=(), close=False):
    head = [f"HTTP/1.1 {status} {REASONS[status]}", f"Content-Length: {len(body)}"]
    if content_type:
        head.append(f"Content-Type: {content_type}")
    head.extend(extra)
    if close:
        head.append("Connection: close")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def static_file(name):
    """The bytes of static/NAME, or None: only plain names of files directly in the folder."""
    if not name or name.startswith(".") or "/" in name or "\\" in name or "\0" in name:
        return None
    path = os.path.join(STATIC, name)
    if not os.path.isfile(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def route(method, target, body):
    """(status, body, content type, extra headers) for one well-formed request."""
    path, _, query = target.partition("?")
    if path == "/":
        allowed, handler = "GET", lambda: (200, b"It works!\n", TEXT)
    elif path.startswith("/static/") and "/" not in path[len("/static/"):] and path != "/static/":
        allowed, handler = "GET", lambda: serve_static(path[len("/static/"):])
    elif path.startswith("/hello/") and "/" not in path[len("/hello/"):] and path != "/hello/":
        allowed, handler = "GET", lambda: (200, f"Hello, {unquote(path[len('/hello/'):])}!".encode(), TEXT)
    elif path == "/sum":
        allowed, handler = "GET", lambda: add(query)
    elif path == "/echo":
        allowed, handler = "POST", lambda: (200, body, "application/octet-stream")
    else:
        return 404, b"not found\n", TEXT, ()
    if method != allowed:
        return 405, b"method not allowed\n", TEXT, (f"Allow: {allowed}",)
    return (*handler(), ())


def serve_static(name):
    data = static_file(name)
    if data is None:
        return 404, b"not found\n", TEXT
    return 200, data, TYPES.get(os.path.splitext(name)[1], "application/octet-stream")


def add(query):
    params = parse_qs(query, keep_blank_values=True)
    a, b = params.get("a", [""])[0], params.get("b", [""])[0]
    if not (INTEGER.fullmatch(a) and INTEGER.fullmatch(b)):
        return 400, b"a and b must be integers\n", TEXT
    return 200, str(int(a) + int(b)).encode(), TEXT


def parse_head(head):
    """The method, target, version and headers (lower-case names) of a request head; BadRequest if malformed."""
    lines = head.decode("latin-1").split("\r\n")
    match = REQUEST_LINE.fullmatch(lines[0])
    if not match:
        raise BadRequest("bad request line")
    headers = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not TOKEN.fullmatch(name):
            raise BadRequest("bad header line")
        headers[name.lower()] = value.strip()
    return match.group(1), match.group(2), match.group(3), headers


async def handle(reader, writer):
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                return  # the client closed the connection between requests
            except asyncio.LimitOverrunError:
                writer.write(response(400, b"request head too large\n", TEXT, close=True))
                return
            try:
                method, target, version, headers = parse_head(head[:-4])
                length = headers.get("content-length", "0")
                if not length.isdigit():
                    raise BadRequest("bad Content-Length")
            except BadRequest as error:
                writer.write(response(400, f"{error}\n".encode(), TEXT, close=True))
                return
            if int(length) > MAX_BODY:
                writer.write(response(413, b"body too large\n", TEXT, close=True))
                return
            if headers.get("x-grader-token") != GRADER_TOKEN:
                return  # not the grader: a learner's server must not use this one as an oracle or a proxy
            body = await reader.readexactly(int(length))
            connection = headers.get("connection", "").lower()
            close = connection == "close" or (version == "HTTP/1.0" and connection != "keep-alive")
            status, data, content_type, extra = route(method, target, body)
            writer.write(response(status, data, content_type, extra, close))
            await writer.drain()
            if close:
                return
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        try:
            await writer.drain()
            writer.close()
            await writer.wait_closed()
        except ConnectionError:
            pass


async def main(port):
    server = await asyncio.start_server(handle, "127.0.0.1", port, limit=MAX_HEAD, backlog=256)
    async with server:
        await server.serve_forever()


GRADER_TOKEN = None


def serve(port, token):
    """Listen on 127.0.0.1:port and answer, until the process is killed, the HTTP/1.1 requests that carry the header
    X-Grader-Token: token; any other connection is closed unanswered."""
    global GRADER_TOKEN
    GRADER_TOKEN = token
    asyncio.run(main(port))


if __name__ == "__main__":
    serve(int(sys.argv[1]), sys.argv[2])
