"""The trusted client for kv-server. It runs outside the learner's sandbox and decides every check from the replies
it reads itself, against its own model of the store."""
import socket
import threading
import time

PORT = 7070


class Client:
    def __init__(self, ctl):
        self.sock = ctl.connect(PORT)
        self.sock.settimeout(3)
        self.buffer = b""

    def send(self, text):
        self.sock.sendall(text.encode("utf-8"))

    def reply(self):
        while b"\n" not in self.buffer:
            data = self.sock.recv(4096)
            if not data:
                raise ConnectionError("the server closed the connection")
            self.buffer += data
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8").rstrip("\r")

    def ask(self, command):
        self.send(command + "\n")
        return self.reply()

    def close(self):
        self.sock.close()


def expect(ctl, name, pairs):
    """pairs of (what was sent, what came back, what should have come back); the first mismatch fails the check."""
    for sent, got, want in pairs:
        if got != want:
            return ctl.check(name, False, f"after {sent!r}: got {got!r}, expected {want!r}")
    return ctl.check(name, True)


def attempt(ctl, name, steps):
    """Runs one check's steps; a timeout or a closed connection fails that check, not the whole scenario."""
    try:
        steps()
    except (OSError, ConnectionError, ValueError, KeyError) as error:
        ctl.check(name, False, f"{type(error).__name__}: {error}")


def scenario(ctl):
    ctl.start("server", ["server.py", str(PORT)])
    names = ["answers SET, GET and DEL on one connection", "answers pipelined commands in order",
             "answers a malformed line with ERROR and keeps the connection",
             "serves others while a client sends one byte at a time", "serves 50 connections at once"]
    try:
        ctl.connect(PORT).close()
    except OSError as error:
        for name in names:
            ctl.check(name, False, f"nothing listens on 127.0.0.1:{PORT} ({error})")
        return
    state = {}
    for name, steps in zip(names, [one_connection, pipelined, malformed, slow_client, many_connections]):
        attempt(ctl, name, lambda: steps(ctl, name, state))


def one_connection(ctl, name, state):
    model = {}
    rng = ctl.rng
    client = state["client"] = Client(ctl)
    ctl.event("connected")
    # A value with spaces is always read back once, whatever the draw below holds.
    pairs = [(c, client.ask(c), want) for c, want in [("SET k0 v0 with spaces", "OK"), ("GET k0", "VALUE v0 with spaces")]]
    for _ in range(40):
        key = f"k{rng.randint(1, 8)}"
        op = rng.choice(["SET", "GET", "DEL"])
        if op == "SET":
            value = f"v{rng.randint(1, 999)} with spaces"
            command, want = f"SET {key} {value}", "OK"
            model[key] = value
        elif op == "GET":
            command, want = f"GET {key}", f"VALUE {model[key]}" if key in model else "NOTFOUND"
        else:
            command, want = f"DEL {key}", "OK" if model.pop(key, None) is not None else "NOTFOUND"
        pairs.append((command, client.ask(command), want))
    expect(ctl, name, pairs)


def pipelined(ctl, name, state):
    client = state.get("client") or Client(ctl)
    batch = [f"SET p{i} {i * i}" for i in range(10)] + [f"GET p{i}" for i in range(10)]
    client.send("".join(c + "\n" for c in batch))
    replies = [client.reply() for _ in batch]
    expect(ctl, name, zip(batch, replies, ["OK"] * 10 + [f"VALUE {i * i}" for i in range(10)]))


def malformed(ctl, name, state):
    client = state.get("client") or Client(ctl)
    expect(ctl, name,
           [("BOGUS", client.ask("BOGUS").split(" ")[0], "ERROR"), ("GET p3", client.ask("GET p3"), "VALUE 9")])


def slow_client(ctl, name, state):
    slow = Client(ctl)
    slow.send("GET p")
    started = time.monotonic()
    quick = Client(ctl)
    answered = quick.ask("GET p2")
    waited = time.monotonic() - started
    slow.send("4\n")
    ctl.check(name, answered == "VALUE 4" and waited < 1.0 and slow.reply() == "VALUE 16",
              f"another client's GET took {waited:.2f} s and got {answered!r}")
    ctl.event("slow client done")


def many_connections(ctl, name, state):
    results = [None] * 50

    def one(i):
        try:
            c = Client(ctl)
            c.ask(f"SET c{i} {i}")
            results[i] = c.ask(f"GET c{i}")
            c.close()
        except OSError as error:
            results[i] = f"failed: {error}"

    threads = [threading.Thread(target=one, args=(i,)) for i in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    wrong = [(i, r) for i, r in enumerate(results) if r != f"VALUE {i}"]
    ctl.check(name, not wrong,
              f"{len(wrong)} of 50 connections got a wrong reply, e.g. {wrong[:1]}")
    ctl.event("50 connections done")
