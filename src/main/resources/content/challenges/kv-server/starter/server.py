import sys


def serve(port):
    """Listen on 127.0.0.1:port and answer SET, GET and DEL, one reply line per command line."""
    raise NotImplementedError


if __name__ == "__main__":
    serve(int(sys.argv[1]))
