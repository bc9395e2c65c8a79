MAX_SIZE = 16 * 1024 * 1024


def send_msg(sock, data):
    """Sends one frame: len(data) as 4 bytes, big-endian unsigned, then data (bytes or bytearray, else TypeError)."""
    raise NotImplementedError


def recv_msg(sock, max_size=MAX_SIZE):
    """Reads one frame and returns its payload as bytes.

    None if the connection closed cleanly before the frame's first byte; EOFError if it closed part-way through a
    frame; ValueError if the header announces more than max_size bytes (the payload is then not read)."""
    raise NotImplementedError
