import socketserver
import sys
import threading

store = {}
lock = threading.Lock()


def answer(line):
    words = line.split()
    if not words:
        return "ERROR empty line"
    command, args = words[0], words[1:]
    with lock:
        if command == "SET" and len(args) >= 2:
            store[args[0]] = args[1]
            return "OK"
        if command == "GET" and len(args) == 1:
            return "VALUE " + store[args[0]] if args[0] in store else "NOTFOUND"
        if command == "DEL" and len(args) == 1:
            return "OK" if store.pop(args[0], None) is not None else "NOTFOUND"
    return "ERROR unknown command or wrong arguments"


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            self.wfile.write((answer(raw.decode("utf-8").strip()) + "\n").encode("utf-8"))


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", int(sys.argv[1])), Handler) as server:
        server.serve_forever()
