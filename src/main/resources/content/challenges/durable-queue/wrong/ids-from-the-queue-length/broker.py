"""An append-only log ('P id payload', 'A id'), replayed on start. Every task not yet done is kept in one dict,
id -> payload; the ones leased are also in a per-connection set and go back to the queue when it closes."""
import os
import socketserver
import sys
import threading

LOG = "queue.log"
lock = threading.Lock()
tasks = {}        # id -> payload, for every task not acknowledged yet
leased = set()    # ids handed out and not acknowledged


def replay():
    if not os.path.exists(LOG):
        return
    with open(LOG, encoding="utf-8") as log:
        for line in log:
            if not line.endswith("\n"):
                break
            kind, rest = line[0], line[2:-1]
            if kind == "P":
                task_id, payload = rest.split(" ", 1)
                tasks[task_id] = payload
            elif kind == "A":
                tasks.pop(rest, None)


def append(log, line):
    log.write(line + "\n")
    log.flush()
    os.fsync(log.fileno())


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        mine = set()
        try:
            for raw in self.rfile:
                self.wfile.write((self.answer(raw.decode("utf-8").rstrip("\r\n"), mine) + "\n").encode("utf-8"))
        finally:
            with lock:
                leased.difference_update(mine)

    def answer(self, line, mine):
        command, _, rest = line.partition(" ")
        with lock:
            if command == "PUT" and rest:
                task_id = str(len(tasks) + 1)
                append(self.server.log, f"P {task_id} {rest}")
                tasks[task_id] = rest
                return f"OK {task_id}"
            if command == "GET" and not rest:
                for task_id, payload in tasks.items():
                    if task_id not in leased:
                        leased.add(task_id)
                        mine.add(task_id)
                        return f"TASK {task_id} {payload}"
                return "EMPTY"
            if command == "ACK" and rest:
                if rest not in leased:
                    return "UNKNOWN"
                append(self.server.log, f"A {rest}")
                del tasks[rest]
                leased.discard(rest)
                mine.discard(rest)
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
