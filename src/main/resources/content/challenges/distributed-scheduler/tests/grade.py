"""The trusted client and work site for distributed-scheduler. It runs outside the learner's sandboxes: it submits
jobs to the coordinator, serves the work site that every job must visit (START job node -> TOKEN t, sent when the
job's time is up), reads the coordinator's DONE lines, and kills, stops and restarts nodes. Every check is decided
from what it saw itself: which node started which job when (at its work site), and which tokens came back in DONE."""
import random
import signal
import socket
import threading
import time
from collections import Counter

COORDINATOR_PORT = 7080
WORK_PORT = 7081
NAMES = ["ash", "birch", "cedar", "elm", "fir", "hazel", "larch", "maple", "oak", "pine", "rowan", "yew"]
MOVE_WITHIN = 2.5      # seconds after a fault by which the node's jobs must have started elsewhere
START_WITHIN = 1.0     # seconds after SUBMIT by which a job must start, once faults are detected
BUDGET_MS = 21000      # after this, the scenario stops waiting and records what is left as not reached

CHECKS = [
    "all three nodes register",
    "jobs are spread over the live nodes",
    "a killed node's jobs start elsewhere within 2.5 s",
    "no job waits for a dead node once its death is noticed",
    "a restarted node gets work again",
    "a stalled node's jobs start elsewhere within 2.5 s",
    "a stalled node that continues gets work again",
    "a result from a node the job was taken from is ignored",
    "every job completes exactly once",
]


class Lines:
    def __init__(self, sock):
        self.sock = sock
        self.sock.settimeout(3)
        self.buffer = b""

    def send(self, line):
        self.sock.sendall((line + "\n").encode("utf-8"))

    def read(self):
        while b"\n" not in self.buffer:
            data = self.sock.recv(4096)
            if not data:
                raise ConnectionError("the coordinator closed the connection")
            self.buffer += data
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8", "replace").rstrip("\r")

    def ask(self, line):
        self.send(line)
        return self.read()


class Record:
    """Everything the grader saw, under one lock."""

    def __init__(self, ctl):
        self.ctl = ctl
        self.lock = threading.Lock()
        self.tokens = random.Random(ctl.rng.getrandbits(64))
        self.duration = {}     # job -> seconds its work takes
        self.submitted = {}    # job -> ms of its SUBMIT
        self.starts = {}       # job -> [(ms, node, token)]
        self.issued = {}       # token -> (job, node)
        self.done = {}         # job -> [(ms, node, token, stale)]
        self.problems = []     # protocol problems: odd lines, START of unknown jobs, bad SUBMIT replies
        self.busy = 0          # work-site connections whose TOKEN is not sent yet

    def start(self, job, node):
        with self.lock:
            token = f"{len(self.issued) + 1}-{self.tokens.getrandbits(40):010x}"
            self.issued[token] = (job, node)
            self.busy += 1
            self.starts.setdefault(job, []).append((self.ctl.ms(), node, token))
            if job not in self.duration:
                self.problems.append(f"START for a job that was never submitted: {job!r}")
            return token, self.duration.get(job, 0.2)

    def finish(self, job, node, token):
        with self.lock:
            starts = self.starts.get(job, [])
            stale = bool(starts) and starts[-1][2] != token
            self.done.setdefault(job, []).append((self.ctl.ms(), node, token, stale))

    def first_start(self, job, after=-1, exclude=None):
        with self.lock:
            for ms, node, _ in self.starts.get(job, []):
                if ms > after and node != exclude:
                    return ms, node
        return None

    def all_done(self):
        with self.lock:
            return all(self.done.get(job) for job in self.submitted)

    def quiet(self):
        """Every job reported DONE and every work-site TOKEN sent: nothing is left to come back but late lines."""
        with self.lock:
            return self.busy == 0 and all(self.done.get(job) for job in self.submitted)


class WorkSite:
    def __init__(self, record):
        self.record = record
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", WORK_PORT))
        self.server.listen(128)
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn):
        try:
            line = Lines(conn)
            conn.settimeout(5)
            parts = line.read().split(" ")
            if len(parts) != 3 or parts[0] != "START":
                with self.record.lock:
                    self.record.problems.append(f"the work site got {' '.join(parts)[:80]!r}, not 'START job node'")
                return
            token, seconds = self.record.start(parts[1], parts[2])
            try:
                time.sleep(seconds)
                conn.sendall(f"TOKEN {token}\n".encode("utf-8"))
            finally:
                with self.record.lock:
                    self.record.busy -= 1
        except (OSError, ConnectionError):
            pass
        finally:
            conn.close()


class Watcher:
    def __init__(self, record, lines):
        self.record = record
        self.lines = lines
        lines.sock.settimeout(None)
        threading.Thread(target=self.run, daemon=True).start()

    def run(self):
        while True:
            try:
                line = self.lines.read()
            except (OSError, ConnectionError):
                return
            parts = line.split(" ")
            if len(parts) == 4 and parts[0] == "DONE":
                self.record.finish(parts[1], parts[2], parts[3])
            else:
                with self.record.lock:
                    self.record.problems.append(f"the WATCH connection got {line[:80]!r}, not 'DONE job node token'")


class NotReached(Exception):
    pass


def scenario(ctl):
    rng = ctl.rng
    names = sorted(rng.sample(NAMES, 3))
    prefix = f"{rng.getrandbits(16):04x}"
    record = Record(ctl)
    recorded = []

    def check(name, ok, message):
        recorded.append(name)
        return ctl.check(name, ok, message)

    def wait_until(condition, seconds):
        deadline = min(ctl.ms() + seconds * 1000, BUDGET_MS)
        while True:
            if condition():
                return True
            if ctl.ms() >= deadline:
                return False
            time.sleep(0.02)

    def sleep_until(ms):
        while ctl.ms() < min(ms, BUDGET_MS):
            time.sleep(0.01)

    counter = [0]

    def submit(count, seconds):
        ids = []
        for _ in range(count):
            counter[0] += 1
            job = f"job-{prefix}-{counter[0]:02d}"
            with record.lock:
                record.duration[job] = seconds
                record.submitted[job] = ctl.ms()
            reply = client.ask(f"SUBMIT {job}")
            if reply != "OK":
                with record.lock:
                    record.problems.append(f"SUBMIT {job} was answered {reply[:60]!r}, not 'OK'")
            ids.append(job)
        return ids

    def live_nodes():
        reply = client.ask("NODES").split()
        return reply[1:] if reply[:1] == ["NODES"] else []

    def started_by(ids):
        """The node of each job's first START (None if it has not started)."""
        found = {job: record.first_start(job) for job in ids}
        return {job: (hit[1] if hit else None) for job, hit in found.items()}

    def spread(ids):
        by = started_by(ids)
        counts = Counter(by.values())
        return ", ".join(f"{name} {counts.get(name, 0)}" for name in names) + (
            f", not started {counts[None]}" if counts.get(None) else "")

    def moved(held, fault_ms, node):
        """Jobs of `held` that started on another node after the fault, with how long that took."""
        result = {}
        for job in held:
            hit = record.first_start(job, after=fault_ms, exclude=node)
            if hit and hit[0] - fault_ms <= MOVE_WITHIN * 1000:
                result[job] = (hit[0] - fault_ms) / 1000
        return result

    site = WorkSite(record)
    programs = {}
    try:
        ctl.start("coordinator", ["coordinator.py", str(COORDINATOR_PORT)])
        try:
            client = Lines(ctl.connect(COORDINATOR_PORT))
            watch = Lines(ctl.connect(COORDINATOR_PORT))
            first = watch.ask("WATCH")
        except (OSError, ConnectionError) as error:
            raise NotReached(f"nothing answers on 127.0.0.1:{COORDINATOR_PORT} ({type(error).__name__}: {error})")
        if first != "OK":
            raise NotReached(f"WATCH was answered {first[:60]!r}, not 'OK'")
        Watcher(record, watch)
        for name in names:
            programs[name] = ctl.start(name, ["node.py", name, str(COORDINATOR_PORT), str(WORK_PORT)])

        # 1. Registration.
        seen = []
        began = ctl.ms()
        ok = wait_until(lambda: seen.append(live_nodes()) or set(names) <= set(seen[-1]), 5)
        check(CHECKS[0], ok, f"NODES answered {' '.join(['NODES'] + seen[-1])!r} after "
                             f"{(ctl.ms() - began) / 1000:.1f} s; the nodes were {', '.join(names)}")
        if not ok:
            raise NotReached("the nodes never all registered")

        # 2. Balance: twelve long jobs at once.
        burst = submit(12, 1.6)
        burst_ms = ctl.ms()
        wait_until(lambda: all(started_by(burst).values()), 3)
        counts = Counter(started_by(burst).values())
        ctl.event(f"submitted 12 jobs of 1.6 s: started on {spread(burst)}")
        check(CHECKS[1], all(3 <= counts.get(name, 0) <= 5 for name in names),
              f"12 jobs submitted together started on {spread(burst)}; with least-loaded assignment each of the "
              f"three nodes gets 4 (3 to 5 accepted)")

        # 3. SIGKILL a node that holds jobs.
        victim = rng.choice([name for name in names if counts.get(name)] or names)
        held = [job for job, node in started_by(burst).items() if node == victim]
        sleep_until(burst_ms + 400)
        kill_ms = ctl.ms()
        ctl.kill(programs[victim], signal.SIGKILL)
        wait_until(lambda: len(moved(held, kill_ms, victim)) == len(held), MOVE_WITHIN + 0.1)
        done = moved(held, kill_ms, victim)
        ctl.event(f"{len(done)} of the {len(held)} jobs {victim} held started elsewhere")
        late = [job for job in held if job not in done]
        check(CHECKS[2], bool(held) and not late,
              f"{victim} ran no job when it was killed, so nothing could move (the jobs were not spread)" if not held
              else f"{victim} was killed while it ran {len(held)} jobs; " + (
                  f"all started again on other nodes, after {min(done.values(), default=0):.2f} to "
                  f"{max(done.values(), default=0):.2f} s" if not late else
                  f"{len(late)} of them did not start on another node within {MOVE_WITHIN} s, e.g. {late[0]}"))

        # 4. Jobs submitted once the death is noticed never wait for the dead node.
        sleep_until(kill_ms + (max(done.values(), default=0) * 1000 + 100 if not late else MOVE_WITHIN * 1000))
        probes = submit(4, 0.3)
        wait_until(lambda: all(started_by(probes).values()), START_WITHIN + 0.5)
        slow = []
        for job in probes:
            hit = record.first_start(job)
            if hit is None or hit[0] - record.submitted[job] > START_WITHIN * 1000:
                slow.append(job)
        ctl.event(f"submitted 4 jobs of 0.3 s after the move: started on {spread(probes)}")
        check(CHECKS[3], not slow,
              f"4 jobs were submitted {(record.submitted[probes[0]] - kill_ms) / 1000:.1f} s after {victim} was "
              f"killed, once its jobs had moved; " + (
                  "each started within 1 s" if not slow else
                  f"{len(slow)} did not start within {START_WITHIN} s (were they given to {victim}?), e.g. {slow[0]}"))

        # 5. The killed node restarts and must get work again.
        programs[victim] = ctl.start(victim, ["node.py", victim, str(COORDINATOR_PORT), str(WORK_PORT)])
        back = wait_until(lambda: victim in live_nodes(), 3)
        ctl.event(f"{victim} is {'listed by NODES again' if back else 'still not listed by NODES after 3 s'}")
        rejoin = submit(6, 0.6)
        wait_until(lambda: all(started_by(rejoin).values()), 2)
        got = Counter(started_by(rejoin).values()).get(victim, 0)
        ctl.event(f"submitted 6 jobs of 0.6 s: started on {spread(rejoin)}")
        check(CHECKS[4], got >= 1,
              f"after the restart, {victim} started {got} of 6 new jobs ({spread(rejoin)}); as the node with the "
              f"fewest jobs it should get some")

        # 6. SIGSTOP a node that holds jobs: it stays connected but says nothing.
        wait_until(record.quiet, 3)
        burst = submit(6, 1.6)
        burst_ms = ctl.ms()
        wait_until(lambda: all(started_by(burst).values()), 2)
        counts = Counter(started_by(burst).values())
        ctl.event(f"submitted 6 jobs of 1.6 s: started on {spread(burst)}")
        others = [name for name in names if name != victim]
        stalled = rng.choice([name for name in others if counts.get(name)] or others)
        held = [job for job, node in started_by(burst).items() if node == stalled]
        sleep_until(burst_ms + 300)
        stop_ms = ctl.ms()
        ctl.kill(programs[stalled], signal.SIGSTOP)
        wait_until(lambda: len(moved(held, stop_ms, stalled)) == len(held), MOVE_WITHIN + 0.1)
        done = moved(held, stop_ms, stalled)
        late = [job for job in held if job not in done]
        ctl.event(f"{len(done)} of the {len(held)} jobs {stalled} held started elsewhere")
        ctl.kill(programs[stalled], signal.SIGCONT)
        cont_ms = ctl.ms()
        check(CHECKS[5], bool(held) and not late,
              f"{stalled} ran no job when it was stopped, so nothing could move (the jobs were not spread)" if not held
              else f"{stalled} was stopped (SIGSTOP) while it ran {len(held)} jobs; " + (
                  f"all started again on other nodes, after {min(done.values(), default=0):.2f} to "
                  f"{max(done.values(), default=0):.2f} s" if not late else
                  f"{len(late)} of them did not start on another node within {MOVE_WITHIN} s, e.g. {late[0]}"))

        # 7. The stalled node continues: it must get work again.
        wait_until(record.quiet, 3.5)
        sleep_until(cont_ms + 1000)
        back = wait_until(lambda: stalled in live_nodes(), 2)
        ctl.event(f"{stalled} is {'listed by NODES again' if back else 'still not listed by NODES after 2 s'}")
        last = submit(6, 0.4)
        wait_until(lambda: all(started_by(last).values()), 2)
        got = Counter(started_by(last).values()).get(stalled, 0)
        ctl.event(f"submitted 6 jobs of 0.4 s: started on {spread(last)}")
        check(CHECKS[6], got >= 1,
              f"after it continued (SIGCONT), {stalled} started {got} of 6 new jobs ({spread(last)})")
        wait_until(record.quiet, 3)
        time.sleep(0.3)  # for the last results to come back as DONE, and any duplicate with them
    except NotReached as reason:
        ctl.event(f"stopped early: {reason}")
        why = str(reason)
    except (OSError, ConnectionError) as error:
        ctl.event(f"stopped early: {type(error).__name__}: {error}")
        why = f"the coordinator stopped answering ({type(error).__name__}: {error})"
    else:
        why = None

    for name in CHECKS[:7]:
        if name not in recorded:
            check(name, False, f"not reached: {why or 'the scenario ran out of time'}")
    if why and not record.submitted:
        for name in CHECKS[7:]:
            check(name, False, f"not reached: {why}")
        return

    # 8 and 9, from the DONE lines.
    with record.lock:
        stale = [(job, node) for job, lines in record.done.items() for _, node, _, old in lines if old]
        missing = [job for job in record.submitted if not record.done.get(job)]
        twice = [job for job in record.submitted if len(record.done.get(job, [])) > 1]
        unknown = [job for job in record.done if job not in record.submitted]
        forged = [(job, node) for job, lines in record.done.items() for _, node, token, _ in lines
                  if record.issued.get(token) != (job, node)]
        problems = list(record.problems)
        total = len(record.submitted)
    check(CHECKS[7], not stale,
          "every DONE carried the token of the job's latest start" if not stale else
          f"{len(stale)} DONE lines carried a token from a start that was no longer the job's latest, e.g. "
          f"{stale[0][0]} from {stale[0][1]}, after the job had been started again elsewhere")
    faults = []
    if missing:
        faults.append(f"{len(missing)} of {total} jobs never completed, e.g. {missing[0]}")
    if twice:
        faults.append(f"{len(twice)} jobs were reported DONE more than once, e.g. {twice[0]}")
    if unknown:
        faults.append(f"{len(unknown)} DONE lines named jobs never submitted, e.g. {unknown[0]!r}")
    if forged:
        faults.append(f"{len(forged)} DONE lines carried a token the work site never gave that node for that job, "
                      f"e.g. {forged[0][0]} from {forged[0][1]!r}")
    faults += problems[:3]
    check(CHECKS[8], not faults,
          f"all {total} jobs were reported DONE exactly once, each with a token from its work" if not faults else
          "; ".join(faults))
