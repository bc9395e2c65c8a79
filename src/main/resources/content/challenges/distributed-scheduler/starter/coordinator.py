import sys

HEARTBEAT_TIMEOUT = 1.0   # seconds of silence after which a node is dead


def serve(port):
    """Listen on 127.0.0.1:port. Clients send SUBMIT, NODES and WATCH; nodes register and heartbeat (your protocol).
    Give each job to the least-loaded live node, move the jobs of dead nodes, report each job DONE exactly once."""
    raise NotImplementedError


if __name__ == "__main__":
    serve(int(sys.argv[1]))
