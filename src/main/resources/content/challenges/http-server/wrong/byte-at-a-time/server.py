"""An HTTP/1.1 server on selectors: non-blocking sockets that never read past the end of a request."""
import os
import re
import selectors
import socket
import sys
from urllib.parse import parse_qs, unquote

STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".txt": "text/plain; charset=utf-8", ".json": "application/json"}
TEXT = "text/plain; charset=utf-8"
REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}


def respond(status, body=b"", ctype=TEXT, extra=(), close=False):
    head = [f"HTTP/1.1 {status} {REASONS[status]}", f"Content-Length: {len(body)}", f"Content-Type: {ctype}", *extra]
    if close:
        head.append("Connection: close")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def route(method, target, body):
    path, _, query = target.partition("?")
    if path == "/":
        allowed = "GET"
        result = lambda: respond(200, b"It works!\n")
    elif re.fullmatch(r"/static/[^/]+", path):
        allowed = "GET"
        name = path[8:]

        def result():
            full = os.path.join(STATIC, name)
            if name.startswith(".") or not os.path.isfile(full):
                return respond(404, b"no such file\n")
            with open(full, "rb") as f:
                return respond(200, f.read(), TYPES.get(os.path.splitext(name)[1], "application/octet-stream"))
    elif re.fullmatch(r"/hello/[^/]+", path):
        allowed = "GET"
        result = lambda: respond(200, f"Hello, {unquote(path[7:])}!".encode())
    elif path == "/sum":
        allowed = "GET"

        def result():
            q = parse_qs(query)
            try:
                a, b = q["a"][0], q["b"][0]
                if not re.fullmatch(r"-?\d+", a) or not re.fullmatch(r"-?\d+", b):
                    raise ValueError
            except (KeyError, ValueError):
                return respond(400, b"bad parameters\n")
            return respond(200, str(int(a) + int(b)).encode())
    elif path == "/echo":
        allowed = "POST"
        result = lambda: respond(200, body, "application/octet-stream")
    else:
        return respond(404, b"not found\n")
    if method != allowed:
        return respond(405, b"wrong method\n", extra=[f"Allow: {allowed}"])
    return result()


class Connection:
    def __init__(self, sock):
        self.sock = sock
        self.inbox = b""
        self.outbox = b""
        self.closing = False

    def wanted(self):
        end = self.inbox.find(b"\r\n\r\n")
        if end < 0:
            return 1
        for line in self.inbox[:end].decode("latin-1").split("\r\n")[1:]:
            key, _, value = line.partition(":")
            if key.lower() == "content-length" and value.strip().isdigit():
                return max(1, end + 4 + int(value) - len(self.inbox))
        return 1

    def parse(self):
        """Answers every complete request in the buffer."""
        while not self.closing:
            end = self.inbox.find(b"\r\n\r\n")
            if end < 0:
                return
            lines = self.inbox[:end].decode("latin-1").split("\r\n")
            parts = lines[0].split(" ")
            headers = {}
            bad = len(parts) != 3 or not parts[0].isalpha() or not parts[1].startswith("/") \
                or parts[2] not in ("HTTP/1.1", "HTTP/1.0")
            for line in lines[1:]:
                key, colon, value = line.partition(":")
                if not colon or not key or key != key.strip():
                    bad = True
                headers[key.lower()] = value.strip()
            length = headers.get("content-length", "0")
            if bad or not length.isdigit():
                self.outbox += respond(400, b"bad request\n", close=True)
                self.closing = True
                return
            if len(self.inbox) < end + 4 + int(length):
                return
            body = self.inbox[end + 4:end + 4 + int(length)]
            self.inbox = self.inbox[end + 4 + int(length):]
            close = headers.get("connection", "").lower() == "close"
            response = route(parts[0], parts[1], body)
            self.outbox += close_version(response) if close else response
            self.closing = close


def close_version(response):
    head, _, body = response.partition(b"\r\n\r\n")
    return head + b"\r\nConnection: close\r\n\r\n" + body


def main(port):
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(512)
    listener.setblocking(False)
    sel = selectors.DefaultSelector()
    sel.register(listener, selectors.EVENT_READ, None)
    while True:
        for key, events in sel.select():
            if key.data is None:
                try:
                    sock, _ = listener.accept()
                except BlockingIOError:
                    continue
                sock.setblocking(False)
                sel.register(sock, selectors.EVENT_READ, Connection(sock))
                continue
            conn = key.data
            try:
                if events & selectors.EVENT_READ:
                    # never read past the end of a request: one byte at a time while the head is incomplete,
                    # then exactly what the body still needs
                    data = conn.sock.recv(conn.wanted())
                    if not data:
                        raise ConnectionError
                    conn.inbox += data
                    conn.parse()
                if conn.outbox:
                    try:
                        sent = conn.sock.send(conn.outbox)
                        conn.outbox = conn.outbox[sent:]
                    except BlockingIOError:
                        pass
                if not conn.outbox and conn.closing:
                    raise ConnectionError
                sel.modify(conn.sock, selectors.EVENT_READ | (selectors.EVENT_WRITE if conn.outbox else 0), conn)
            except OSError:
                sel.unregister(conn.sock)
                conn.sock.close()


if __name__ == "__main__":
    main(int(sys.argv[1]))
