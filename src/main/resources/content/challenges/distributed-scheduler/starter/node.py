import sys

HEARTBEAT_EVERY = 0.2     # seconds between heartbeats


def run(name, coordinator_port, work_port):
    """Register with the coordinator as `name`, heartbeat, and run every job it gives you: send
    'START job name' to 127.0.0.1:work_port, wait for 'TOKEN t', then tell the coordinator. Reconnect when cut off."""
    raise NotImplementedError


if __name__ == "__main__":
    run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
