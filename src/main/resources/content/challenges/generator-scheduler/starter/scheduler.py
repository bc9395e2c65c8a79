"""A round-robin scheduler for generator tasks, with a virtual clock. See the statement for the exact rules.

Sleep, Wait, sleep() and wait() are given: tasks yield them. Write the Scheduler.
"""
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
    """Runs generator tasks in round-robin order on a virtual clock (self.now, starting at 0).

    self.log: ("done", now, name, result) when a task returns, ("failed", now, name, exception type name) when it
    raises.
    """

    def __init__(self):
        raise NotImplementedError

    def spawn(self, name, gen):
        """Add the generator `gen` as the task `name` at the back of the ready queue; ValueError if the name is
        taken."""
        raise NotImplementedError

    def run(self):
        """Run until no task can go on; return {name: result} of the tasks that returned. RuntimeError if some
        tasks are still waiting at the end (a deadlock)."""
        raise NotImplementedError
