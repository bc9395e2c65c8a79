"""An append-only log: 'P id payload' for a PUT, 'L id' when a task is handed out, 'A id' when it is done.
A task is handed out once: replay leaves out what was leased, so nothing is delivered twice."""
import os
import socketserver
import sys
import threading
from collections import OrderedDict

LOG = "queue.log"
lock = threading.Lock()
ready = OrderedDict()
leased = {}
next_id = 1


def replay():
    global next_id
    if not os.path.exists(LOG):
        return
    with open(LOG, encoding="utf-8") as log:
        for line in log:
            if not line.endswith("\n"):
                break
            kind, rest = line[0], line[2:-1]
            if kind == "P":
                task_id, payload = rest.split(" ", 1)
                ready[task_id] = payload
                next_id = max(next_id, int(task_id) + 1)
            elif kind == "L":
                leased[rest] = ready.pop(rest, None)
            elif kind == "A":
                leased.pop(rest, None)


def append(log, line):
    log.write(line + "\n")
    log.flush()
    os.fsync(log.fileno())


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            self.wfile.write((self.answer(raw.decode("utf-8").rstrip("\r\n")) + "\n").encode("utf-8"))

    def answer(self, line):
        global next_id
        command, _, rest = line.partition(" ")
        with lock:
            if command == "PUT" and rest:
                task_id = str(next_id)
                next_id += 1
                append(self.server.log, f"P {task_id} {rest}")
                ready[task_id] = rest
                return f"OK {task_id}"
            if command == "GET" and not rest:
                if not ready:
                    return "EMPTY"
                task_id, payload = ready.popitem(last=False)
                append(self.server.log, f"L {task_id}")
                leased[task_id] = payload
                return f"TASK {task_id} {payload}"
            if command == "ACK" and rest:
                if rest not in leased:
                    return "UNKNOWN"
                append(self.server.log, f"A {rest}")
                del leased[rest]
                return "OK"
        return "ERROR unknown command"


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    replay()
    with Server(("127.0.0.1", int(sys.argv[1])), Handler) as server, open(LOG, "a", encoding="utf-8") as log:
        server.log = log
        server.serve_forever()
