"""An HTTP/1.1 server on asyncio or selectors (standard library only; not http.server, not socketserver).

Started as `python server.py PORT`; it listens on 127.0.0.1:PORT. The statement gives the routes and the rules.
"""
import os
import sys

# the files GET /static/NAME serves: the folder static/ beside this file
STATIC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")

# Content-Type by the file's extension; any other extension is application/octet-stream
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}
TEXT = "text/plain; charset=utf-8"


def serve(port):
    """Listen on 127.0.0.1:port and answer HTTP/1.1 requests until the process is killed."""
    raise NotImplementedError


if __name__ == "__main__":
    serve(int(sys.argv[1]))
