import sys


def serve(port):
    """Listen on 127.0.0.1:port and answer PUT, GET and ACK; keep every acknowledged PUT on disk."""
    raise NotImplementedError


if __name__ == "__main__":
    serve(int(sys.argv[1]))
