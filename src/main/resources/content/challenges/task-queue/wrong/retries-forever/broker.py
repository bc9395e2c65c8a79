"""The broker: one lock around all state, a thread per connection. Leases expire lazily. A failed attempt is always
retried after its backoff: nothing ever goes to the dead-letter queue."""
import socketserver
import sys
import threading
import time

VISIBILITY = 1.0      # seconds a lease lasts
BACKOFF = 0.1         # seconds before the first retry; doubled after each further failed attempt
MAX_ATTEMPTS = 3      # the attempt that fails for the third time sends the task to the dead-letter queue

lock = threading.Lock()
tasks = {}            # id -> Task
pending = []          # ids waiting for delivery, in the order they became pending
results = []          # (id, result) in the order recorded
dead = []             # ids in the order they were dead-lettered
next_id = 1


class Task:
    def __init__(self, payload):
        self.payload = payload
        self.state = "PENDING"        # PENDING, LEASED, DONE or DEAD
        self.attempts = 0             # deliveries so far; the current lease is attempt number self.attempts
        self.ready_at = 0.0           # a PENDING task is not delivered before this time
        self.lease_until = 0.0
        self.result = None


def failed(task_id, task, since):
    """The current attempt failed at time `since`: retry after the backoff; it will succeed one day."""
    task.state = "PENDING"
    task.ready_at = since + BACKOFF * 2 ** (task.attempts - 1)
    pending.append(task_id)


def expire(now):
    for task_id, task in tasks.items():
        if task.state == "LEASED" and task.lease_until <= now:
            failed(task_id, task, task.lease_until)


def answer(line):
    global next_id
    command, _, rest = line.partition(" ")
    now = time.monotonic()
    expire(now)
    if command == "PUT" and rest:
        task_id = str(next_id)
        next_id += 1
        tasks[task_id] = Task(rest)
        pending.append(task_id)
        return f"OK {task_id}"
    if command == "GET" and not rest:
        for index, task_id in enumerate(pending):
            task = tasks[task_id]
            if task.ready_at <= now:
                del pending[index]
                task.state = "LEASED"
                task.attempts += 1
                task.lease_until = now + VISIBILITY
                return f"TASK {task_id} {task.attempts} {task.payload}"
        return "EMPTY"
    if command in ("ACK", "FAIL"):
        parts = rest.split(" ", 2)
        if len(parts) < 2 or not parts[1].isdigit():
            return f"ERROR usage: {command} id attempt text"
        task_id, attempt = parts[0], int(parts[1])
        task = tasks.get(task_id)
        if task is None:
            return "UNKNOWN"
        if command == "ACK":
            if task.state in ("DONE", "DEAD"):
                return "STALE"
            if task.state == "PENDING":
                pending.remove(task_id)
            task.state, task.result = "DONE", parts[2] if len(parts) == 3 else ""
            results.append((task_id, task.result))
            return "OK"
        if task.state != "LEASED" or task.attempts != attempt:
            return "STALE"
        failed(task_id, task, now)
        return "OK"
    if command == "STATUS" and rest:
        task = tasks.get(rest)
        if task is None:
            return "UNKNOWN"
        return f"DONE {task.result}" if task.state == "DONE" else task.state
    if command == "RESULTS" and not rest:
        return "\n".join([f"RESULTS {len(results)}"] + [f"{task_id} {result}" for task_id, result in results])
    if command == "DEAD" and not rest:
        return "\n".join([f"DEAD {len(dead)}"] + [f"{task_id} {tasks[task_id].payload}" for task_id in dead])
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
