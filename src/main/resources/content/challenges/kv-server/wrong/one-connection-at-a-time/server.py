import socket
import sys

store = {}
server = socket.create_server(("127.0.0.1", int(sys.argv[1])), reuse_port=False)
while True:
    conn, _ = server.accept()
    with conn, conn.makefile("rwb") as stream:
        for raw in stream:
            parts = raw.decode().rstrip("\n").split(" ", 2)
            if parts[0] == "SET" and len(parts) == 3:
                store[parts[1]] = parts[2]
                reply = "OK"
            elif parts[0] == "GET" and len(parts) == 2:
                reply = "VALUE " + store[parts[1]] if parts[1] in store else "NOTFOUND"
            elif parts[0] == "DEL" and len(parts) == 2:
                reply = "OK" if store.pop(parts[1], None) is not None else "NOTFOUND"
            else:
                reply = "ERROR"
            stream.write((reply + "\n").encode())
            stream.flush()
