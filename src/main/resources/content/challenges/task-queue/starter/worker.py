import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # python -I leaves the script's folder off sys.path
import tasks  # noqa: E402


def work(port):
    """Connect to 127.0.0.1:port and run tasks one at a time: GET, then tasks.handle(payload, attempt), then ACK or
    FAIL; when the queue is EMPTY, wait about 0.05 s and ask again. Run until killed."""
    raise NotImplementedError


if __name__ == "__main__":
    work(int(sys.argv[1]))
