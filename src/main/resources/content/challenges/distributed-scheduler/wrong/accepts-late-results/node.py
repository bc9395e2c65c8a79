"""A worker node: python node.py NAME COORDINATOR_PORT WORK_PORT.

It keeps one connection to the coordinator (reconnecting whenever it is lost, for instance after the coordinator
declared it dead while it was stopped), sends HEARTBEAT every 0.2 s, and runs every JOB it gets in a thread of its
own: START at the work site, wait for TOKEN, then RESULT to the coordinator."""
import socket
import sys
import threading
import time

NAME, COORDINATOR, WORKSITE = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
HEARTBEAT_EVERY = 0.2


class Link:
    """The current connection to the coordinator; writes from several threads go through one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.sock = None

    def send(self, line, sock=None):
        with self.lock:
            target = sock or self.sock
            if target is None:
                return False
            try:
                target.sendall((line + "\n").encode("utf-8"))
                return True
            except OSError:
                return False


link = Link()


def heartbeat(sock):
    while link.send("HEARTBEAT", sock):
        time.sleep(HEARTBEAT_EVERY)


def run(job_id, attempt):
    try:
        with socket.create_connection(("127.0.0.1", WORKSITE), timeout=10) as work:
            work.sendall(f"START {job_id} {NAME}\n".encode("utf-8"))
            reply = work.makefile("rb").readline().decode("utf-8").split()
    except OSError:
        return
    if len(reply) == 2 and reply[0] == "TOKEN":
        link.send(f"RESULT {job_id} {attempt} {reply[1]}")


def main():
    while True:
        try:
            sock = socket.create_connection(("127.0.0.1", COORDINATOR), timeout=2)
        except OSError:
            time.sleep(0.1)
            continue
        sock.settimeout(None)
        with link.lock:
            link.sock = sock
        if link.send(f"REGISTER {NAME}", sock):
            threading.Thread(target=heartbeat, args=(sock,), daemon=True).start()
            try:
                for raw in sock.makefile("rb"):
                    parts = raw.decode("utf-8").split()
                    if len(parts) == 3 and parts[0] == "JOB":
                        threading.Thread(target=run, args=(parts[1], parts[2]), daemon=True).start()
            except OSError:
                pass
        with link.lock:
            if link.sock is sock:
                link.sock = None
        sock.close()
        time.sleep(0.1)


if __name__ == "__main__":
    main()
