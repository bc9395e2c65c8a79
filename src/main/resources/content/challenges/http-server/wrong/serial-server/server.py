"""An HTTP/1.1 server on a blocking socket: keep-alive, pipelining, Content-Length bodies, one client at a time."""
import os
import re
import socket
import sys
from urllib.parse import parse_qs, unquote

STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".txt": "text/plain; charset=utf-8", ".json": "application/json"}
TEXT = "text/plain; charset=utf-8"
REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}
ROUTES = [("GET", re.compile(r"/")), ("GET", re.compile(r"/static/([^/]+)")), ("GET", re.compile(r"/hello/([^/]+)")),
          ("GET", re.compile(r"/sum")), ("POST", re.compile(r"/echo"))]


def respond(status, body=b"", ctype=TEXT, extra=(), close=False):
    head = [f"HTTP/1.1 {status} {REASONS[status]}", f"Content-Length: {len(body)}", f"Content-Type: {ctype}", *extra]
    if close:
        head.append("Connection: close")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def answer(method, target, body, close):
    path, _, query = target.partition("?")
    for allowed, pattern in ROUTES:
        match = pattern.fullmatch(path)
        if match:
            break
    else:
        return respond(404, b"not found\n", close=close)
    if method != allowed:
        return respond(405, b"wrong method\n", extra=[f"Allow: {allowed}"], close=close)
    if path == "/":
        return respond(200, b"It works!\n", close=close)
    if path.startswith("/static/"):
        name = match.group(1)
        full = os.path.join(STATIC, name)
        if name.startswith(".") or not os.path.isfile(full):
            return respond(404, b"no such file\n", close=close)
        with open(full, "rb") as f:
            return respond(200, f.read(), TYPES.get(os.path.splitext(name)[1], "application/octet-stream"), close=close)
    if path.startswith("/hello/"):
        return respond(200, f"Hello, {unquote(match.group(1))}!".encode(), close=close)
    if path == "/sum":
        q = parse_qs(query)
        a, b = q.get("a", [""])[0], q.get("b", [""])[0]
        if not re.fullmatch(r"-?[0-9]+", a) or not re.fullmatch(r"-?[0-9]+", b):
            return respond(400, b"a and b must be integers\n", close=close)
        return respond(200, str(int(a) + int(b)).encode(), close=close)
    return respond(200, body, "application/octet-stream", close=close)


def serve_connection(conn):
    stream = conn.makefile("rb")
    while True:
        line = stream.readline(8192)
        if not line:
            return
        parts = line.decode("latin-1").rstrip("\r\n").split(" ")
        headers, bad = {}, len(parts) != 3 or not parts[0].isalpha() or parts[2] not in ("HTTP/1.1", "HTTP/1.0")
        while True:
            header = stream.readline(8192).decode("latin-1").rstrip("\r\n")
            if not header:
                break
            key, colon, value = header.partition(":")
            if not colon or not key or key != key.strip():
                bad = True
            headers[key.lower()] = value.strip()
        length = headers.get("content-length", "0")
        if bad or not length.isdigit():
            conn.sendall(respond(400, b"bad request\n", close=True))
            return
        body = stream.read(int(length))
        close = headers.get("connection", "").lower() == "close"
        conn.sendall(answer(parts[0], parts[1], body, close))
        if close:
            return


def main(port):
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(512)
    while True:
        conn, _ = listener.accept()
        with conn:
            try:
                serve_connection(conn)
            except OSError:
                pass


if __name__ == "__main__":
    main(int(sys.argv[1]))
