"""Helpers for the gil-race drivers: run functions in threads with a tiny switch interval, a race-finding tracer and a
deadline."""
import random
import sys
import threading
import time

threading.stack_size(1024 * 1024)  # 1 MiB stacks: many threads fit in the memory limit
DEADLINE = 2.5  # seconds for a whole group of threads; the reference needs a small part of it
PAUSE = 0.0005  # seconds a thread is paused for, between two bytecode instructions of bank.py


def _tracer(seed, chance_of_a_pause):
    """A sys.settrace function that, now and then, pauses the thread between two bytecode instructions of the bank
    module, so that the other threads run in the middle of whatever it was doing (as a thread switch can)."""
    draw = random.Random(seed).random

    def local(frame, event, arg):
        if event == "opcode" and draw() < chance_of_a_pause:
            time.sleep(PAUSE)
        return local

    def on_call(frame, event, arg):
        if frame.f_globals.get("__name__") != "bank":
            return None
        frame.f_trace_opcodes = True
        return local

    return on_call


def run_threads(targets, seed, chance, deadline=DEADLINE):
    """Run each target in a daemon thread, all released at once, with sys.setswitchinterval(1e-6) and the tracer,
    which pauses a thread before a bytecode instruction of the bank module with the given chance.

    Returns (still_running, errors): how many threads had not finished by the deadline (a deadlock, most likely),
    and the sorted names of the exception types that escaped from the targets."""
    go = threading.Event()
    errors = []

    def body(target, seed):
        go.wait()
        sys.settrace(_tracer(seed, chance))
        try:
            target()
        except BaseException as error:  # reported as data: the checks say which type escaped
            errors.append(type(error).__name__)
        finally:
            sys.settrace(None)

    threads = [threading.Thread(target=body, args=(t, seed * 100 + i), daemon=True) for i, t in enumerate(targets)]
    saved = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for thread in threads:
            thread.start()
        go.set()
        end = time.monotonic() + deadline
        for thread in threads:
            thread.join(max(0.0, end - time.monotonic()))
    finally:
        sys.setswitchinterval(saved)
    return sum(thread.is_alive() for thread in threads), sorted(set(errors))


def outcome(fn):
    """What fn() returned or raised, kept to be replayed in the main thread by replay()."""
    try:
        return ("value", fn())
    except Exception as error:
        return ("raised", error)


def replay(result):
    kind, value = result
    if kind == "raised":
        raise value
    return value


def ask(fn, timeout=0.5):
    """fn() run in a daemon thread: its value, or the exception it raised, or, if it has not returned within
    `timeout` seconds (a lock that a stuck thread still holds), the text 'no answer within 0.5 s'."""
    result = []
    thread = threading.Thread(target=lambda: result.append(outcome(fn)), daemon=True)
    thread.start()
    thread.join(timeout)
    if not result:
        return "no answer within 0.5 s"
    return replay(result[0])
