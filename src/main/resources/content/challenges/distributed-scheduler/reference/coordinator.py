"""The coordinator: nodes and clients connect to the same port, and the first line tells which is which.

A node says `REGISTER name`, then sends `HEARTBEAT` lines and `RESULT job attempt token` lines; the coordinator sends
it `JOB job attempt`. Each registration is a session of its own: when a session dies (its connection closes, or
nothing came from it for HEARTBEAT_TIMEOUT seconds) its socket is shut and its unfinished jobs go back to the front
of the queue, in the order they were submitted. A result counts only from the session that holds the job, for the
attempt it holds, so a node that was stalled cannot complete a job that has moved on. Every line to a peer goes
through an outbox thread, so a peer that stops reading never blocks the coordinator."""
import queue
import socket
import socketserver
import sys
import threading
import time

HEARTBEAT_TIMEOUT = 1.0

lock = threading.Lock()
sessions = {}          # name -> the current Session of that node
jobs = {}              # job id -> Job
waiting = []           # ids of jobs with no node, in submission order
watchers = []          # Outbox of each WATCH connection


class Outbox:
    def __init__(self, sock):
        self.sock = sock
        self.lines = queue.Queue()
        threading.Thread(target=self.run, daemon=True).start()

    def put(self, line):
        self.lines.put(line)

    def run(self):
        while True:
            line = self.lines.get()
            if line is None:
                return
            try:
                self.sock.sendall((line + "\n").encode("utf-8"))
            except OSError:
                return


class Job:
    def __init__(self, job_id, seq):
        self.id, self.seq = job_id, seq
        self.session = None
        self.attempt = 0
        self.done = False


class Session:
    def __init__(self, name, sock):
        self.name, self.sock = name, sock
        self.outbox = Outbox(sock)
        self.jobs = set()
        self.alive = True
        self.last_heard = time.monotonic()


def dispatch():
    """Gives waiting jobs to the least-loaded live nodes (ties: smallest name). Call with the lock held."""
    while waiting:
        live = [s for s in sessions.values() if s.alive]
        if not live:
            return
        session = min(live, key=lambda s: (len(s.jobs), s.name))
        job = jobs[waiting.pop(0)]
        job.session = session
        job.attempt += 1
        session.jobs.add(job.id)
        session.outbox.put(f"JOB {job.id} {job.attempt}")


def bury(session):
    """Declares a session dead and puts its jobs back in the queue. Call with the lock held."""
    if not session.alive:
        return
    session.alive = False
    orphans = sorted((jobs[j] for j in session.jobs), key=lambda job: job.seq)
    session.jobs.clear()
    for job in orphans:
        job.session = None
    waiting[:0] = [job.id for job in orphans]
    session.outbox.put(None)
    try:
        session.sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    dispatch()


def monitor():
    while True:
        time.sleep(0.1)
        now = time.monotonic()
        with lock:
            for session in list(sessions.values()):
                if session.alive and now - session.last_heard > HEARTBEAT_TIMEOUT:
                    bury(session)


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        first = self.rfile.readline().decode("utf-8").strip()
        if first.startswith("REGISTER ") and first[9:].strip():
            self.serve_node(first[9:].strip())
            return
        outbox = Outbox(self.request)
        line = first
        while True:
            self.answer(line, outbox)
            raw = self.rfile.readline()
            if not raw:
                break
            line = raw.decode("utf-8").strip()
        outbox.put(None)

    def answer(self, line, outbox):
        command, _, rest = line.partition(" ")
        with lock:
            if command == "SUBMIT" and rest and " " not in rest:
                if rest in jobs:
                    outbox.put("ERROR duplicate job id")
                    return
                jobs[rest] = Job(rest, len(jobs))
                waiting.append(rest)
                dispatch()
                outbox.put("OK")
            elif command == "NODES" and not rest:
                outbox.put(" ".join(["NODES"] + sorted(s.name for s in sessions.values() if s.alive)))
            elif command == "WATCH" and not rest:
                outbox.put("OK")
                watchers.append(outbox)
            else:
                outbox.put("ERROR unknown command")

    def serve_node(self, name):
        session = Session(name, self.request)
        with lock:
            old = sessions.get(name)
            if old is not None:
                bury(old)
            sessions[name] = session
            dispatch()
        try:
            for raw in self.rfile:
                parts = raw.decode("utf-8").split()
                with lock:
                    if not session.alive:
                        break
                    session.last_heard = time.monotonic()
                    if len(parts) == 4 and parts[0] == "RESULT":
                        self.result(session, *parts[1:])
        except OSError:
            pass
        with lock:
            bury(session)

    @staticmethod
    def result(session, job_id, attempt, token):
        job = jobs.get(job_id)
        if job is None or job.done or job.session is not session or str(job.attempt) != attempt:
            return  # a stale or unknown result
        job.done = True
        job.session = None
        session.jobs.discard(job_id)
        for watcher in watchers:
            watcher.put(f"DONE {job_id} {session.name} {token}")
        dispatch()


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    threading.Thread(target=monitor, daemon=True).start()
    with Server(("127.0.0.1", int(sys.argv[1])), Handler) as server:
        server.serve_forever()
