import socketserver
import sys
import threading
from collections import OrderedDict

lock, ready, leased, counter = threading.Lock(), OrderedDict(), {}, [0]


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            command, _, rest = raw.decode().rstrip("\n").partition(" ")
            with lock:
                if command == "PUT":
                    counter[0] += 1
                    ready[str(counter[0])] = rest
                    reply = f"OK {counter[0]}"
                elif command == "GET":
                    if ready:
                        task_id, payload = ready.popitem(last=False)
                        leased[task_id] = payload
                        reply = f"TASK {task_id} {payload}"
                    else:
                        reply = "EMPTY"
                else:
                    reply = "OK" if leased.pop(rest, None) is not None else "UNKNOWN"
            self.wfile.write((reply + "\n").encode())


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
