"""The broker: one lock around all state, a thread per connection. The queue holds the tasks that wait; GET takes a
task out of it and hands it to the worker, which reports back with ACK or FAIL. A FAIL puts the task back after its
backoff, or in the dead-letter queue."""
import socketserver
import sys
import threading
import time

VISIBILITY = 1.0      # seconds a lease lasts
BACKOFF = 0.1         # seconds before the first retry; doubled after each further failed attempt
MAX_ATTEMPTS = 3      # the attempt that fails for the third time sends the task to the dead-letter queue

lock = threading.Lock()
tasks = {}            # id -> Task, for the tasks that wait (PENDING)
payloads = {}         # id -> payload, for every task ever put
attempts = {}         # id -> deliveries so far
pending = []          # ids waiting for delivery, in the order they became pending
results = []          # (id, result) in the order recorded
dead = []             # ids in the order they were dead-lettered
next_id = 1


class Task:
    def __init__(self, payload, ready_at=0.0):
        self.payload = payload
        self.ready_at = ready_at      # not delivered before this time
        self.result = None


done = {}             # id -> result
out = set()           # ids handed to a worker and not answered yet


def failed(task_id, since):
    """The attempt handed out failed at time `since`: retry after the backoff, or dead-letter the task."""
    if attempts[task_id] >= MAX_ATTEMPTS:
        dead.append(task_id)
    else:
        tasks[task_id] = Task(payloads[task_id], since + BACKOFF * 2 ** (attempts[task_id] - 1))
        pending.append(task_id)


def answer(line):
    global next_id
    command, _, rest = line.partition(" ")
    now = time.monotonic()
    if command == "PUT" and rest:
        task_id = str(next_id)
        next_id += 1
        tasks[task_id] = Task(rest)
        payloads[task_id] = rest
        attempts[task_id] = 0
        pending.append(task_id)
        return f"OK {task_id}"
    if command == "GET" and not rest:
        for index, task_id in enumerate(pending):
            task = tasks[task_id]
            if task.ready_at <= now:
                del pending[index]
                del tasks[task_id]
                attempts[task_id] += 1
                out.add(task_id)
                return f"TASK {task_id} {attempts[task_id]} {task.payload}"
        return "EMPTY"
    if command in ("ACK", "FAIL"):
        parts = rest.split(" ", 2)
        if len(parts) < 2 or not parts[1].isdigit():
            return f"ERROR usage: {command} id attempt text"
        task_id, attempt = parts[0], int(parts[1])
        if task_id not in payloads:
            return "UNKNOWN"
        if command == "ACK":
            if task_id in done or task_id in dead:
                return "STALE"
            if task_id in tasks:
                del tasks[task_id]
                pending.remove(task_id)
            out.discard(task_id)
            done[task_id] = parts[2] if len(parts) == 3 else ""
            results.append((task_id, done[task_id]))
            return "OK"
        if task_id not in out or attempts[task_id] != attempt:
            return "STALE"
        out.discard(task_id)
        failed(task_id, now)
        return "OK"
    if command == "STATUS" and rest:
        if rest in done:
            return f"DONE {done[rest]}"
        if rest in dead:
            return "DEAD"
        return "PENDING" if rest in tasks else "UNKNOWN"
    if command == "RESULTS" and not rest:
        return "\n".join([f"RESULTS {len(results)}"] + [f"{task_id} {result}" for task_id, result in results])
    if command == "DEAD" and not rest:
        return "\n".join([f"DEAD {len(dead)}"] + [f"{task_id} {payloads[task_id]}" for task_id in dead])
    return "ERROR unknown command"


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            line = raw.decode("utf-8").rstrip("\r\n")
            with lock:
                reply = answer(line)
            self.wfile.write((reply + "\n").encode("utf-8"))


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def serve(port):
    with Server(("127.0.0.1", port), Handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    serve(int(sys.argv[1]))
