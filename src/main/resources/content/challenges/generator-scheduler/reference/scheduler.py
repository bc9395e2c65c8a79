"""A round-robin scheduler for generator tasks, with a virtual clock."""
from collections import deque


class Sleep:
    """A request: wake me `delay` time units from now."""

    def __init__(self, delay):
        self.delay = delay

    def __repr__(self):
        return f"sleep({self.delay!r})"


class Wait:
    """A request: resume me when the task called `name` has ended, with its result (or its exception)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"wait({self.name!r})"


def sleep(delay):
    return Sleep(delay)


def wait(name):
    return Wait(name)


class Scheduler:
    def __init__(self):
        self.now = 0
        self.log = []
        self._tasks = {}          # name -> generator, for every task ever spawned
        self._ready = deque()     # (name, value to send, exception to throw)
        self._sleeping = []       # (wake time, sequence, name)
        self._sequence = 0
        self._waiters = {}        # name -> [names waiting for it], in the order they asked
        self._ended = {}          # name -> ("done", result) or ("failed", exception)

    def spawn(self, name, gen):
        if name in self._tasks:
            raise ValueError(f"a task called {name!r} already exists")
        self._tasks[name] = gen
        self._ready.append((name, None, None))

    def run(self):
        while True:
            if not self._ready:
                if not self._sleeping:
                    break
                self._wake_earliest()
            name, value, error = self._ready.popleft()
            self._step(name, value, error)
        blocked = sorted(n for n in self._tasks if n not in self._ended)
        if blocked:
            raise RuntimeError(f"deadlock: {', '.join(blocked)} can never resume")
        return {n: outcome for n, (how, outcome) in self._ended.items() if how == "done"}

    def _wake_earliest(self):
        earliest = min(wake for wake, _, _ in self._sleeping)
        self.now = max(self.now, earliest)
        waking = sorted(entry for entry in self._sleeping if entry[0] == earliest)
        self._sleeping = [entry for entry in self._sleeping if entry[0] != earliest]
        for _, _, name in waking:
            self._ready.append((name, None, None))

    def _step(self, name, value, error):
        gen = self._tasks[name]
        try:
            request = gen.throw(error) if error is not None else gen.send(value)
        except StopIteration as stop:
            self._end(name, "done", stop.value)
            return
        except Exception as failure:
            self._end(name, "failed", failure)
            return
        if isinstance(request, Sleep):
            delay = request.delay
            if isinstance(delay, bool) or not isinstance(delay, (int, float)) or delay < 0:
                self._ready.append((name, None, ValueError(f"bad delay {delay!r}")))
            else:
                self._sequence += 1
                self._sleeping.append((self.now + delay, self._sequence, name))
        elif isinstance(request, Wait):
            target = request.name
            if target not in self._tasks:
                self._ready.append((name, None, ValueError(f"no task called {target!r}")))
            elif target in self._ended:
                self._ready.append(self._resumption(name, target))
            else:
                self._waiters.setdefault(target, []).append(name)
        else:
            self._ready.append((name, None, TypeError(f"a task must yield sleep() or wait(), not {request!r}")))

    def _resumption(self, name, target):
        how, outcome = self._ended[target]
        return (name, outcome, None) if how == "done" else (name, None, outcome)

    def _end(self, name, how, outcome):
        self._ended[name] = (how, outcome)
        if how == "done":
            self.log.append(("done", self.now, name, outcome))
        else:
            self.log.append(("failed", self.now, name, type(outcome).__name__))
        for waiter in self._waiters.pop(name, []):
            self._ready.append(self._resumption(waiter, name))
