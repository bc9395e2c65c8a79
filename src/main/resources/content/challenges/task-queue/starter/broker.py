import sys

VISIBILITY = 1.0      # seconds a lease lasts
BACKOFF = 0.1         # seconds before the first retry; doubled after each further failed attempt
MAX_ATTEMPTS = 3      # the third failed attempt sends the task to the dead-letter queue


def serve(port):
    """Listen on 127.0.0.1:port and answer PUT, STATUS, RESULTS and DEAD (clients), GET, ACK and FAIL (workers)."""
    raise NotImplementedError


if __name__ == "__main__":
    serve(int(sys.argv[1]))
