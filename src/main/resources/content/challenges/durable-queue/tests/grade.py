"""The trusted producer and consumer for durable-queue. It kills the learner's broker with SIGKILL part way and
starts it again, and decides every invariant from the replies it read itself."""
import signal
import time

PORT = 7071


class Client:
    def __init__(self, ctl):
        self.sock = ctl.connect(PORT)
        self.sock.settimeout(3)
        self.buffer = b""

    def ask(self, command):
        self.sock.sendall((command + "\n").encode("utf-8"))
        while b"\n" not in self.buffer:
            data = self.sock.recv(4096)
            if not data:
                raise ConnectionError("the broker closed the connection")
            self.buffer += data
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8").rstrip("\r")

    def close(self):
        self.sock.close()


def scenario(ctl):
    put = {}          # payload -> id, for every PUT answered OK
    done = set()      # payloads whose ACK was answered OK
    delivered = []    # (payload, id) in the order they were leased
    violations = []

    def produce(client, count):
        for _ in range(count):
            payload = f"task-{ctl.rng.getrandbits(48):012x}"
            reply = client.ask(f"PUT {payload}")
            if reply.startswith("OK "):
                put[payload] = reply[3:]

    def lease(client):
        reply = client.ask("GET")
        if reply == "EMPTY":
            return None
        parts = reply.split(" ", 2)
        if len(parts) != 3 or parts[0] != "TASK":
            violations.append(f"GET was answered {reply[:60]!r}, which is neither TASK nor EMPTY")
            return None
        _, task_id, payload = parts
        if payload in done:
            violations.append(f"{payload} was delivered again after its ACK was answered OK")
        if payload not in put:
            violations.append(f"{payload} was delivered but never put")
        delivered.append((payload, task_id))
        return task_id, payload

    def finish(client, task_id, payload):
        if client.ask(f"ACK {task_id}") == "OK":
            done.add(payload)

    broker = ctl.start("broker", ["broker.py", str(PORT)])
    client = Client(ctl)
    produce(client, 40)
    ctl.event(f"put 40 tasks, {len(put)} acknowledged")
    for _ in range(15):
        task = lease(client)
        if task:
            finish(client, *task)
    in_flight = [lease(client) for _ in range(5)]
    ctl.event(f"acknowledged {len(done)} done, {len([t for t in in_flight if t])} leased and in flight")
    ctl.kill(broker, signal.SIGKILL)
    client.close()

    ctl.start("broker", ["broker.py", str(PORT)])
    client = Client(ctl)
    produce(client, 20)
    ctl.event(f"after the restart: {len(put)} tasks acknowledged in all")
    for _ in range(200):
        task = lease(client)
        if task is None:
            break
        finish(client, *task)
    ctl.event(f"drained: {len(done)} done")

    leaver = Client(ctl)
    produce(leaver, 1)
    left = lease(leaver)
    leaver.close()
    ctl.event("another client leased a task and closed its connection without ACK")
    back = None
    for _ in range(50):
        task = lease(client)
        if task:
            back = task
            finish(client, *task)
            break
        time.sleep(0.02)
    client.close()

    lost = sorted(set(put) - {payload for payload, _ in delivered})
    ctl.check("nothing acknowledged is lost", not lost,
              f"{len(lost)} of {len(put)} acknowledged PUTs were never delivered, e.g. {lost[:2]}")
    ctl.check("a task acknowledged as done is never delivered again",
              not [v for v in violations if "again" in v], "; ".join(v for v in violations if "again" in v)[:500])
    ctl.check("nothing is delivered that was never put",
              not [v for v in violations if "never put" in v], "; ".join(v for v in violations if "never put" in v)[:500])
    ctl.check("every reply follows the protocol", not [v for v in violations if "neither" in v],
              "; ".join(v for v in violations if "neither" in v)[:500])
    ctl.check("every acknowledged task is done by the end", set(put) <= done,
              f"{len(set(put) - done)} acknowledged tasks were not done by the end")
    ctl.check("a task leased by a connection that closed is delivered again",
              left is not None and back is not None and back[1] == left[1],
              "after the leasing connection closed, GET gave "
              + (f"{back[1]!r}" if back else "EMPTY for 1 s") + f" instead of {left[1] if left else '(no lease)'!r}")
