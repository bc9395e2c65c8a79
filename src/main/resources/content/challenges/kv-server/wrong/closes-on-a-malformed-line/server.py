import socketserver
import sys
import threading

store = {}
lock = threading.Lock()


class Malformed(Exception):
    pass


def answer(line):
    parts = line.split(" ", 2)
    command = parts[0]
    with lock:
        if command == "SET" and len(parts) == 3:
            store[parts[1]] = parts[2]
            return "OK"
        if command == "GET" and len(parts) == 2:
            return "VALUE " + store[parts[1]] if parts[1] in store else "NOTFOUND"
        if command == "DEL" and len(parts) == 2:
            return "OK" if store.pop(parts[1], None) is not None else "NOTFOUND"
    raise Malformed(f"unknown command or wrong arguments: {line!r}")


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        try:
            for raw in self.rfile:
                self.wfile.write((answer(raw.decode("utf-8").rstrip("\r\n")) + "\n").encode("utf-8"))
        except Malformed as error:
            # a client that speaks garbage gets one error line and is dropped
            self.wfile.write(f"ERROR {error}\n".encode("utf-8"))


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", int(sys.argv[1])), Handler) as server:
        server.serve_forever()
