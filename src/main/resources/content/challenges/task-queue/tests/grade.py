"""The trusted client and relay for task-queue. It starts the learner's broker and three workers, puts 200 tasks,
kills one worker while it holds a task, and decides every check from what it saw itself: the replies to its own
commands, and every line between the workers and the broker, which pass through relays of its own (one port per
worker). Results are compared with values it computes from the payloads; nothing a program says about itself is
taken for more than that."""
import collections
import socket
import threading
import time

PORT = 7072
RELAY_PORTS = (7081, 7082, 7083)
VISIBILITY = 1.0
BACKOFF = 0.1
MAX_ATTEMPTS = 3
SLACK = 0.2           # how late the relay may see a TASK line the broker sent; allowed on lease timings only
QUIET = 2.5           # stop waiting once nothing has happened for this long
DEADLINE = 18.0       # or this many seconds after the scenario started
WORKERS = ("worker-1", "worker-2", "worker-3")
LONGEST_LINE = 1 << 20  # a line longer than this ends the connection it came on


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def backoff(failures):
    return BACKOFF * 2 ** (failures - 1)


def number(text):
    """A plain decimal number, or None ('²'.isdigit() is true, but int('²') raises)."""
    return int(text) if text.isascii() and text.isdigit() else None


def short(text, width=80):
    text = str(text)
    return text if len(text) <= width else text[:width - 3] + "..."


class Client:
    def __init__(self, ctl):
        self.sock = ctl.connect(PORT)
        self.sock.settimeout(3)
        self.buffer = b""

    def line(self):
        while b"\n" not in self.buffer:
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionError("the broker closed the connection")
            self.buffer += data
            if len(self.buffer) > LONGEST_LINE:
                raise ConnectionError(f"the broker sent a line longer than {LONGEST_LINE} bytes")
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8", "replace").rstrip("\r")

    def ask(self, command):
        self.sock.sendall((command + "\n").encode("utf-8"))
        return self.line()

    def listing(self, command):
        """A header 'COMMAND n' and n lines, or None (with the header) when the header is not of that form."""
        header = self.ask(command)
        word, _, count = header.partition(" ")
        if word != command or number(count) is None:
            return header, None
        return header, [self.line() for _ in range(number(count))]

    def close(self):
        self.sock.close()


class Delivery:
    def __init__(self, t, worker, task_id, attempt, payload):
        self.t, self.worker, self.task_id, self.attempt, self.payload = t, worker, task_id, attempt, payload
        self.answer = None    # the first ACK or FAIL the workers sent for this task and attempt


class Request:
    def __init__(self, t, worker, kind, task_id=None, attempt=None, text=""):
        self.t, self.worker, self.kind, self.task_id, self.attempt, self.text = t, worker, kind, task_id, attempt, text
        self.reply, self.reply_t = None, None


class Log:
    """What passed through the relays, decided on at the end; the relays only record."""

    def __init__(self):
        self.lock = threading.Lock()
        self.deliveries = collections.defaultdict(list)    # task id -> [Delivery] in the order seen
        self.answers = collections.defaultdict(list)       # task id -> [Request] (ACK and FAIL)
        self.problems = []
        self.progress = time.monotonic()
        self.counts = collections.Counter()

    def problem(self, text):
        if len(self.problems) < 50:
            self.problems.append(text)

    def request(self, worker, raw, now):
        text = raw.decode("utf-8", "replace").rstrip("\r")
        kind, _, rest = text.partition(" ")
        with self.lock:
            if kind == "GET" and not rest:
                return Request(now, worker, "GET")
            if kind in ("ACK", "FAIL"):
                parts = rest.split(" ", 2)
                if len(parts) >= 2 and number(parts[1]) is not None:
                    request = Request(now, worker, kind, parts[0], number(parts[1]),
                                      parts[2] if len(parts) == 3 else "")
                    self.answers[request.task_id].append(request)
                    for delivery in self.deliveries.get(request.task_id, ()):
                        if delivery.attempt == request.attempt and delivery.answer is None:
                            delivery.answer = request
                            break
                    self.progress = now
                    self.counts[kind] += 1
                    return request
            self.problem(f"{worker} sent {short(text)!r}, which is not 'GET', 'ACK id attempt result' "
                         f"or 'FAIL id attempt reason'")
            return Request(now, worker, "OTHER")

    def reply(self, worker, request, raw, now):
        text = raw.decode("utf-8", "replace").rstrip("\r")
        with self.lock:
            if request is None:
                self.problem(f"the broker sent {worker} {short(text)!r} when no request was waiting for a reply")
            elif request.kind == "GET":
                if text == "EMPTY":
                    return
                parts = text.split(" ", 3)
                if len(parts) == 4 and parts[0] == "TASK" and number(parts[2]) is not None:
                    self.deliveries[parts[1]].append(Delivery(now, worker, parts[1], number(parts[2]), parts[3]))
                    self.progress = now
                    self.counts["TASK"] += 1
                else:
                    self.problem(f"GET from {worker} was answered {short(text)!r}, which is neither "
                                 f"'TASK id attempt payload' nor 'EMPTY'")
            elif request.kind in ("ACK", "FAIL"):
                request.reply, request.reply_t = text, now
                if text not in ("OK", "STALE", "UNKNOWN"):
                    self.problem(f"'{request.kind} {request.task_id} {request.attempt} ...' from {worker} was "
                                 f"answered {short(text)!r}, which is not OK, STALE or UNKNOWN")
                elif text == "STALE":
                    self.counts["STALE"] += 1


class Relay:
    """Listens on one port for one worker and passes every byte on to the broker and back, unchanged, recording the
    lines as they pass. Each connection gets its own connection to the broker."""

    def __init__(self, log, worker, port):
        self.log, self.worker = log, worker
        self.listener = socket.create_server(("127.0.0.1", port))
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                down, _ = self.listener.accept()
            except OSError:
                return
            try:
                up = socket.create_connection(("127.0.0.1", PORT), timeout=3)
                up.settimeout(None)
            except OSError:
                down.close()
                continue
            waiting = collections.deque()
            threading.Thread(target=self.requests, args=(down, up, waiting), daemon=True).start()
            threading.Thread(target=self.replies, args=(up, down, waiting), daemon=True).start()

    def requests(self, down, up, waiting):
        buffer = b""
        try:
            while True:
                data = down.recv(65536)
                if not data:
                    break
                now = time.monotonic()
                buffer += data
                *lines, buffer = buffer.split(b"\n")
                if len(buffer) > LONGEST_LINE:
                    break
                for raw in lines:
                    waiting.append(self.log.request(self.worker, raw, now))
                up.sendall(data)
        except OSError:
            pass
        finally:
            close(down, up)

    def replies(self, up, down, waiting):
        buffer = b""
        try:
            while True:
                data = up.recv(65536)
                if not data:
                    break
                now = time.monotonic()
                buffer += data
                *lines, buffer = buffer.split(b"\n")
                if len(buffer) > LONGEST_LINE:
                    break
                for raw in lines:
                    self.log.reply(self.worker, waiting.popleft() if waiting else None, raw, now)
                down.sendall(data)
        except OSError:
            pass
        finally:
            close(down, up)

    def close(self):
        self.listener.close()


def close(*socks):
    for sock in socks:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()


def make_tasks(rng):
    """200 payloads in two batches. The first, 193: 174 plain, 9 that fail once or twice then succeed, 9 that fail
    on every attempt allowed, and one of 0.6 s (the one the killed worker holds). The second, put once the first has
    settled, so that the workers are idle: one task slower than the visibility timeout, first, then 3 that fail once
    or twice and 3 that fail every time. The slow task's lease runs out while the other worker is free, so it is
    delivered again while its first attempt still works, and both attempts answer ACK; the failing ones are retried
    with an empty queue, where only the backoff keeps them waiting."""
    def payload(ms, fail):
        return f"n={rng.randint(2, 10 ** 6)};ms={ms};fail={fail}"

    def failing(kinds, fails, longest):
        return [(kind, payload(rng.randint(5, longest), rng.choice(fails))) for kind in kinds]

    first = ([("plain", payload(rng.randint(5, 30), 0)) for _ in range(174)]
             + failing(["flaky"] * 9, (1, 2), 30) + failing(["doomed"] * 9, (3, 4), 30))
    rng.shuffle(first)
    first.insert(rng.randint(60, 100), ("long", payload(600, 0)))
    second = failing(["flaky"] * 3, (1, 2), 10) + failing(["doomed"] * 3, (3, 4), 10)
    rng.shuffle(second)
    return first, [("slow", payload(1500, 0))] + second


def parse(payload):
    fields = dict(part.split("=", 1) for part in payload.split(";"))
    return int(fields["n"]), int(fields["ms"]), int(fields["fail"])


def scenario(ctl):
    start = time.monotonic()
    log = Log()
    ctl.start("broker", ["broker.py", str(PORT)])
    client = Client(ctl)
    relays = [Relay(log, name, port) for name, port in zip(WORKERS, RELAY_PORTS)]
    workers = {name: ctl.start(name, ["worker.py", str(port)]) for name, port in zip(WORKERS, RELAY_PORTS)}
    try:
        run(ctl, start, log, client, workers)
    finally:
        for relay in relays:
            relay.close()
        client.close()


def settle(ctl, start, log, client, put, status, killed, what):
    """Polls STATUS until every task is done or dead and every delivery to a live worker was answered, or nothing has
    happened for QUIET seconds, or the deadline has passed."""
    last_change = time.monotonic()
    while True:
        changed = False
        for task_id in put:
            if status.get(task_id, "").split(" ")[0] not in ("DONE", "DEAD"):
                reply = client.ask(f"STATUS {task_id}")
                if reply != status.get(task_id):
                    status[task_id], changed = reply, True
        if changed:
            last_change = time.monotonic()
        with log.lock:
            open_leases = [d for ds in log.deliveries.values() for d in ds if d.answer is None and d.worker != killed]
            progress = max(log.progress, last_change)
        unfinished = [t for t in put if status[t].split(" ")[0] not in ("DONE", "DEAD")]
        now = time.monotonic()
        if not unfinished and not open_leases:
            ctl.event(f"{what} settled: every task is done or dead and every delivery to a live worker was answered")
            return
        if now - progress > QUIET:
            ctl.event(f"nothing happened for {QUIET} s: {len(unfinished)} tasks neither done nor dead, "
                      f"{len(open_leases)} deliveries to live workers unanswered")
            return
        if now - start > DEADLINE:
            ctl.event(f"stopped waiting at {DEADLINE:.0f} s: {len(unfinished)} tasks neither done nor dead")
            return
        time.sleep(0.25)


def run(ctl, start, log, client, workers):
    problems = []            # protocol problems seen on the grader's own connection
    put = {}                 # id -> (kind, payload)
    expected = {}            # id -> (kind, payload, ms, fail, result)

    def produce(batch):
        for kind, payload in batch:
            reply = client.ask(f"PUT {payload}")
            task_id = reply[3:]
            if reply.startswith("OK ") and task_id and " " not in task_id and task_id not in put:
                put[task_id] = (kind, payload)
                n, ms, fail = parse(payload)
                expected[task_id] = (kind, payload, ms, fail, str(collatz_steps(n)))
            else:
                problems.append(f"'PUT {payload}' was answered {short(reply)!r}, not 'OK id' with a new id")

    first, second = make_tasks(ctl.rng)
    produce(first)
    ctl.event(f"put {len(first)} tasks, {len(put)} answered OK id: 174 plain, 9 that fail once or twice, "
              f"9 that fail on every attempt, 1 of 0.6 s")

    # Kill the worker that holds the 0.6 s task, 0.1 s after it got it.
    long_id = next((task_id for task_id, (kind, _) in put.items() if kind == "long"), None)
    killed, killed_at, held = None, None, None
    deadline = time.monotonic() + 8
    while long_id is not None and time.monotonic() < deadline:
        with log.lock:
            first_delivery = log.deliveries.get(long_id, [None])[0]
        if first_delivery is not None:
            time.sleep(max(0.0, first_delivery.t + 0.1 - time.monotonic()))
            killed, held = first_delivery.worker, first_delivery
            ctl.event(f"{killed} leased task {long_id} ({put[long_id][1]}), the 0.6 s one")
            ctl.kill(workers[killed])
            killed_at = time.monotonic()
            break
        time.sleep(0.01)
    if killed is None:
        ctl.event(f"task {long_id} (the 0.6 s one) was not delivered within 8 s; no worker was killed")

    status = {}
    settle(ctl, start, log, client, put, status, killed, "the first batch")
    count = len(put)
    produce(second)
    ctl.event(f"put {len(second)} more tasks, {len(put) - count} answered OK id: 1 of 1.5 s (longer than the "
              f"visibility timeout), then 3 that fail once or twice and 3 that fail on every attempt")
    settle(ctl, start, log, client, put, status, killed, "all tasks")

    for task_id in put:
        status[task_id] = client.ask(f"STATUS {task_id}")
    results_header, results = client.listing("RESULTS")
    dead_header, dead = client.listing("DEAD")
    with log.lock:
        counts = dict(log.counts)
        deliveries = {task_id: list(ds) for task_id, ds in log.deliveries.items()}
        answers = {task_id: list(rs) for task_id, rs in log.answers.items()}
        problems += log.problems
    ctl.event(f"the relays saw {counts.get('TASK', 0)} deliveries, {counts.get('ACK', 0)} ACKs and "
              f"{counts.get('FAIL', 0)} FAILs ({counts.get('STALE', 0)} answered STALE)")
    done = sum(1 for s in status.values() if s.startswith("DONE "))
    ctl.event(f"at the end: {done} done, {sum(1 for s in status.values() if s == 'DEAD')} dead, "
              f"{len(put) - done - sum(1 for s in status.values() if s == 'DEAD')} neither")

    if held is not None:
        later = [d for d in deliveries.get(long_id, []) if d is not held and d.t > held.t]
        if later:
            ctl.event(f"task {long_id} was delivered again, to {later[0].worker}, "
                      f"{later[0].t - held.t:.2f} s after {killed} leased it")
        else:
            ctl.event(f"task {long_id}, which {killed} held, was never delivered again")
    slow_id = next((task_id for task_id, (kind, _) in put.items() if kind == "slow"), None)
    if slow_id is not None:
        told = [f"attempt {d.attempt} to {d.worker} at +{d.t - deliveries[slow_id][0].t:.2f} s, answered "
                + (f"{d.answer.kind} -> {d.answer.reply}" if d.answer else "never")
                for d in sorted(deliveries.get(slow_id, []), key=lambda d: d.t)]
        ctl.event(f"task {slow_id} (the 1.5 s one): " + ("; ".join(told) if told else "never delivered"))
    judge(ctl, put, expected, status, results_header, results, dead_header, dead, deliveries, answers, problems,
          killed, killed_at, held, long_id)


def judge(ctl, put, expected, status, results_header, results, dead_header, dead, deliveries, answers, problems,
          killed, killed_at, held, long_id):
    deliveries = {task_id: sorted(ds, key=lambda d: d.t) for task_id, ds in deliveries.items()}
    # The protocol, as the grader's connection and the relays saw it.
    for task_id, reply in status.items():
        if not (reply in ("PENDING", "LEASED", "DEAD") or reply.startswith("DONE ")):
            problems.append(f"'STATUS {task_id}' was answered {short(reply)!r}")
            break
    recorded = collections.defaultdict(list)    # id -> results listed by RESULTS
    if results is None:
        problems.append(f"RESULTS was answered {short(results_header)!r}, not 'RESULTS n'")
    else:
        for line in results:
            task_id, _, result = line.partition(" ")
            recorded[task_id].append(result)
    listed_dead = collections.Counter()
    if dead is None:
        problems.append(f"DEAD was answered {short(dead_header)!r}, not 'DEAD n'")
    else:
        for line in dead:
            task_id, _, payload = line.partition(" ")
            listed_dead[task_id] += 1
            if task_id in put and payload != put[task_id][1]:
                problems.append(f"DEAD lists task {task_id} with payload {short(payload)!r}, "
                                f"but it was put as {put[task_id][1]!r}")
    for task_id, ds in deliveries.items():
        if task_id not in put:
            problems.append(f"task {short(task_id, 20)} was delivered to {ds[0].worker} but never put")
            continue
        for number, delivery in enumerate(ds, 1):
            if delivery.payload != put[task_id][1]:
                problems.append(f"task {task_id} was delivered as {short(delivery.payload)!r}, "
                                f"but it was put as {put[task_id][1]!r}")
            if delivery.attempt != number:
                problems.append(f"delivery {number} of task {task_id} came as attempt {delivery.attempt}")
    ctl.check("every reply follows the protocol", not problems, "; ".join(problems[:5]))

    # Nothing is lost.
    unfinished = [t for t in put if not (status[t] == "DEAD" or status[t].startswith("DONE "))]
    ctl.check("nothing is lost: every task ends done or dead", not unfinished,
              f"{len(unfinished)} of {len(put)} tasks were neither done nor dead at the end, e.g. " + ", ".join(
                  f"task {t} ({put[t][1]}): STATUS {short(status[t], 30)!r}, delivered {len(deliveries.get(t, []))} "
                  f"times" for t in unfinished[:3]))

    # The killed worker's task.
    name = "the killed worker's task is delivered again after the visibility timeout, and done"
    if killed is None:
        ctl.check(name, False, f"task {long_id} (the 0.6 s one) was never delivered, so no worker was killed")
    elif held.answer is not None and held.answer.t < killed_at:
        ctl.check(name, False, f"{killed} answered its 0.6 s task {held.answer.t - held.t:.2f} s after it got it, "
                               f"before it was killed: workers must run tasks.handle as given")
    else:
        later = [d for d in deliveries.get(long_id, []) if d is not held and d.t > held.t]
        want = expected[long_id][4]
        least = VISIBILITY + backoff(1) - SLACK
        if not later:
            ctl.check(name, False, f"{killed} was killed holding task {long_id}; it was never delivered again "
                                   f"(its STATUS at the end: {short(status[long_id], 30)!r})")
        elif later[0].t - held.t < least:
            ctl.check(name, False, f"{killed} was killed holding task {long_id}; it was delivered again "
                                   f"{later[0].t - held.t:.2f} s after it was leased, before its lease ran out "
                                   f"({VISIBILITY} s, then {backoff(1)} s of backoff)")
        elif status[long_id] != f"DONE {want}":
            ctl.check(name, False, f"task {long_id} was delivered again, but its STATUS at the end was "
                                   f"{short(status[long_id], 30)!r}, expected 'DONE {want}'")
        else:
            ctl.check(name, True)

    # Results: right, and recorded once.
    wrong = []
    for task_id, (kind, payload, ms, fail, want) in expected.items():
        if fail < MAX_ATTEMPTS and status[task_id] != f"DONE {want}":
            wrong.append(f"task {task_id} ({payload}): STATUS {short(status[task_id], 30)!r}, expected 'DONE {want}'")
        elif fail < MAX_ATTEMPTS and any(result != want for result in recorded.get(task_id, [])):
            wrong.append(f"task {task_id} ({payload}): RESULTS lists {recorded[task_id][:3]}, expected {want}")
    ctl.check("every task that can succeed in 3 attempts ends done with the right result", not wrong,
              f"{len(wrong)} tasks: " + "; ".join(wrong[:3]))

    twice = []
    for task_id in put:
        oks = [r for r in answers.get(task_id, []) if r.kind == "ACK" and r.reply == "OK"]
        is_done = status[task_id].startswith("DONE ")
        if len(oks) > 1:
            twice.append(f"task {task_id}: {len(oks)} ACKs were answered OK (attempts "
                         f"{', '.join(str(r.attempt) for r in oks)}); after the first, an ACK is answered STALE")
        elif len(recorded.get(task_id, [])) > 1:
            twice.append(f"task {task_id} is listed {len(recorded[task_id])} times by RESULTS")
        elif is_done and not oks:
            twice.append(f"task {task_id} is DONE, but no worker's ACK for it was answered OK")
        elif is_done != (task_id in recorded):
            twice.append(f"task {task_id} is {short(status[task_id], 30)!r} but "
                         f"{'missing from' if is_done else 'listed by'} RESULTS")
    ctl.check("each result is recorded exactly once", not twice, f"{len(twice)} tasks: " + "; ".join(twice[:3]))

    # The dead-letter queue.
    bad = []
    for task_id, (kind, payload, ms, fail, want) in expected.items():
        times = len(deliveries.get(task_id, []))
        if times > MAX_ATTEMPTS:
            bad.append(f"task {task_id} ({payload}) was delivered {times} times; {MAX_ATTEMPTS} attempts at most")
        elif fail >= MAX_ATTEMPTS and status[task_id] != "DEAD":
            bad.append(f"task {task_id} ({payload}) fails every attempt but its STATUS is "
                       f"{short(status[task_id], 30)!r} after {times} deliveries, not 'DEAD'")
        elif fail >= MAX_ATTEMPTS and times != MAX_ATTEMPTS:
            bad.append(f"task {task_id} ({payload}) is dead after {times} deliveries, not {MAX_ATTEMPTS}")
        elif (status[task_id] == "DEAD") != (listed_dead[task_id] == 1):
            bad.append(f"task {task_id}: STATUS {short(status[task_id], 30)!r}, listed {listed_dead[task_id]} times "
                       f"by DEAD")
    ctl.check("a task that fails every attempt is dead-lettered after exactly 3 attempts", not bad,
              f"{len(bad)} tasks: " + "; ".join(bad[:3]))

    # Timing: leases, backoff, nothing after done.
    early, leased, after_done = [], [], []
    for task_id, ds in deliveries.items():
        oks = [r for r in answers.get(task_id, []) if r.kind == "ACK" and r.reply == "OK"]
        if oks:
            first_ok = min(r.reply_t for r in oks)
            for d in ds:
                if d.t > first_ok + SLACK:
                    after_done.append(f"task {task_id} was delivered to {d.worker} {d.t - first_ok:.2f} s after "
                                      f"an ACK for it was answered OK")
        for previous, following in zip(ds, ds[1:]):
            failures = previous.attempt
            fail = previous.answer
            if fail is not None and fail.kind == "FAIL" and fail.reply == "OK" and fail.t < following.t:
                gap = following.t - fail.t
                if gap < backoff(failures) - 0.005:
                    early.append(f"task {task_id} was delivered again {gap:.3f} s after FAIL of attempt "
                                 f"{previous.attempt}; the backoff is {backoff(failures):.1f} s")
            else:
                gap = following.t - previous.t
                if gap < VISIBILITY - SLACK:
                    leased.append(f"task {task_id} was delivered to {following.worker} {gap:.2f} s after "
                                  f"{previous.worker} leased it, with no FAIL answered OK in between")
                elif gap < VISIBILITY + backoff(failures) - SLACK:
                    early.append(f"task {task_id} was delivered again {gap:.2f} s after its lease of attempt "
                                 f"{previous.attempt} began; at least {VISIBILITY} s of lease and "
                                 f"{backoff(failures):.1f} s of backoff come first")
    ctl.check("retries wait for the backoff", not early, f"{len(early)} retries came early: " + "; ".join(early[:3]))
    ctl.check("a task is not delivered again while its lease lasts, nor once it is done", not (leased or after_done),
              f"{len(leased) + len(after_done)} deliveries: " + "; ".join((leased + after_done)[:3]))

    # The workers run the handler as given: each answer after the payload's time, the right kind and result.
    lapses = []
    for task_id, ds in deliveries.items():
        if task_id not in expected:
            continue
        kind, payload, ms, fail, want = expected[task_id]
        for d in ds:
            r = d.answer
            if r is None:
                continue
            should = "FAIL" if d.attempt <= fail else "ACK"
            if r.kind != should:
                lapses.append(f"{d.worker} answered attempt {d.attempt} of task {task_id} ({payload}) with "
                              f"{r.kind}, expected {should}")
            elif r.kind == "ACK" and r.text != want:
                lapses.append(f"{d.worker} answered task {task_id} ({payload}) 'ACK {task_id} {r.attempt} "
                              f"{short(r.text, 30)}', expected the result {want}")
            elif r.t - d.t < ms / 1000 - 0.005:
                lapses.append(f"{d.worker} answered task {task_id} ({payload}) {r.t - d.t:.3f} s after it got it; "
                              f"tasks.handle works {ms / 1000:.3f} s")
    ctl.check("the workers answer each task as tasks.handle does", not lapses,
              f"{len(lapses)} answers: " + "; ".join(lapses[:3]))
