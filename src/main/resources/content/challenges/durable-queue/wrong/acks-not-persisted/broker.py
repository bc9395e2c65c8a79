"""Every PUT is written to queue.log before it is answered; the log is replayed on start."""
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
            task_id, payload = line[:-1].split(" ", 1)
            ready[task_id] = payload
            next_id = max(next_id, int(task_id) + 1)


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        mine = set()
        try:
            for raw in self.rfile:
                self.wfile.write((self.answer(raw.decode("utf-8").rstrip("\r\n"), mine) + "\n").encode("utf-8"))
        finally:
            with lock:
                for task_id in mine:
                    if task_id in leased:
                        ready[task_id] = leased.pop(task_id)
                        ready.move_to_end(task_id, last=False)

    def answer(self, line, mine):
        global next_id
        command, _, rest = line.partition(" ")
        with lock:
            if command == "PUT" and rest:
                task_id = str(next_id)
                next_id += 1
                log = self.server.log
                log.write(f"{task_id} {rest}\n")
                log.flush()
                os.fsync(log.fileno())
                ready[task_id] = rest
                return f"OK {task_id}"
            if command == "GET" and not rest:
                if not ready:
                    return "EMPTY"
                task_id, payload = ready.popitem(last=False)
                leased[task_id] = payload
                mine.add(task_id)
                return f"TASK {task_id} {payload}"
            if command == "ACK" and rest:
                if rest not in leased:
                    return "UNKNOWN"
                del leased[rest]
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
