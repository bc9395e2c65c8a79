"""A worker: one connection, one task at a time, GET / handle / ACK or FAIL, and a short sleep when the queue is empty."""
import os
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # python -I leaves the script's folder off sys.path
import tasks  # noqa: E402


def connect(port):
    deadline = time.monotonic() + 5
    while True:
        try:
            return socket.create_connection(("127.0.0.1", port))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def work(port):
    with connect(port) as sock, sock.makefile("rw", encoding="utf-8", newline="\n") as stream:
        def ask(line):
            stream.write(line + "\n")
            stream.flush()
            reply = stream.readline()
            if not reply:
                raise ConnectionError("the broker closed the connection")
            return reply.rstrip("\n")

        while True:
            reply = ask("GET")
            if reply == "EMPTY":
                time.sleep(0.05)
                continue
            _, task_id, attempt, payload = reply.split(" ", 3)
            try:
                result = tasks.handle(payload, int(attempt))
            except Exception as error:
                reason = f"{type(error).__name__}: {error}".replace("\n", " ")
                ask(f"FAIL {task_id} {attempt} {reason}")
            else:
                ask(f"ACK {task_id} {attempt} {result}")


if __name__ == "__main__":
    work(int(sys.argv[1]))
