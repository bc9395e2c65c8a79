"""Length-prefixed framing: a 4-byte big-endian unsigned length, then that many bytes. recv_msg reads exactly one
frame, looping over recv because a stream socket may return any number of bytes up to the one asked for."""
import struct

HEADER = struct.Struct("!I")
MAX_SIZE = 16 * 1024 * 1024


def send_msg(sock, data):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"send_msg takes bytes or bytearray, not {type(data).__name__}")
    if len(data) > 0xFFFFFFFF:
        raise ValueError("a message is at most 2**32 - 1 bytes")
    sock.sendall(HEADER.pack(len(data)) + bytes(data))


def _recv_exactly(sock, size):
    """size bytes, or fewer if the peer closed the connection first."""
    parts, got = [], 0
    while got < size:
        chunk = sock.recv(min(size - got, 1 << 20))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def recv_msg(sock, max_size=MAX_SIZE):
    header = _recv_exactly(sock, HEADER.size)
    if not header:
        return None
    if len(header) < HEADER.size:
        raise EOFError(f"the connection closed inside a frame's header ({len(header)} of 4 bytes)")
    (size,) = HEADER.unpack(header)
    if size >= max_size:
        raise ValueError(f"a frame of {size} bytes is larger than max_size={max_size}")
    payload = _recv_exactly(sock, size)
    if len(payload) < size:
        raise EOFError(f"the connection closed inside a frame ({len(payload)} of {size} bytes)")
    return payload
