"""Checks for socket-framing. Each check's result is compared with the reference solution's for the same inputs;
the messages and the sizes of the pieces they arrive in change from run to run. Long payloads are compared by
their length and SHA-256."""
import hashlib
import socket
import threading

from chunky import ChunkySocket, frame
from framing import recv_msg, send_msg


def show(value):
    """A payload as the checks compare it: short bytes as they are, long ones by length and digest."""
    if isinstance(value, (bytes, bytearray)) and len(value) > 40:
        return f"<{len(value)} bytes, sha256 {hashlib.sha256(value).hexdigest()[:16]}>"
    return bytes(value) if isinstance(value, bytearray) else value


def payloads(rng, count, largest):
    return [rng.randbytes(rng.randint(1, largest)) for _ in range(count)]


def describe(messages):
    return "[" + ", ".join(f"{len(m)} bytes" for m in messages) + "]"


def read_all(sock, limit=50):
    """recv_msg until it returns None (at most `limit` times)."""
    got = []
    for _ in range(limit):
        message = recv_msg(sock)
        got.append(show(message))
        if message is None:
            break
    return got


def pair():
    a, b = socket.socketpair()
    a.settimeout(1)
    b.settimeout(1)
    return a, b


def test_puts_the_length_then_the_payload_on_the_wire(check, rng):
    text = bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 12)))
    sock = ChunkySocket(rng)
    check(f"send_msg(sock, {text!r}): the bytes sent", lambda: (send_msg(sock, text), bytes(sock.sent))[1])
    size = rng.randint(256, 70000)
    blob = rng.randbytes(size)
    sock = ChunkySocket(rng)
    check(f"send_msg(sock, <{size} random bytes>): the first 8 bytes sent, and how many in all",
          lambda: (send_msg(sock, blob), [bytes(sock.sent[:8]), len(sock.sent)])[1])
    sock = ChunkySocket(rng)
    check("send_msg(sock, b''): the bytes sent", lambda: (send_msg(sock, b""), bytes(sock.sent))[1])
    sock = ChunkySocket(rng)
    check(f"send_msg(sock, bytearray({text!r})): the bytes sent",
          lambda: (send_msg(sock, bytearray(text)), bytes(sock.sent))[1])


def test_sends_everything_when_send_takes_a_few_bytes_at_a_time(check, rng):
    messages = payloads(rng, 3, 300)
    sock = ChunkySocket(rng, send_largest=5)
    check(f"send_msg three times on a socket whose send() takes 1 to 5 bytes per call, messages of "
          f"{describe(messages)}: the bytes sent (length and SHA-256)",
          lambda: ([send_msg(sock, m) for m in messages], show(bytes(sock.sent)))[1])


def test_reads_frames_that_arrive_in_pieces(check, rng):
    messages = payloads(rng, 6, 200)
    sock = ChunkySocket(rng, b"".join(frame(m) for m in messages), largest=7)
    check(f"recv_msg until None, frames of {describe(messages)} arriving 1 to 7 bytes per recv",
          lambda: read_all(sock))


def test_reads_a_frame_one_byte_at_a_time(check, rng):
    message = rng.randbytes(rng.randint(5, 30))
    sock = ChunkySocket(rng, frame(message) + frame(b"end"), largest=1)
    check(f"recv_msg until None, frames of {describe([message, b'end'])} arriving one byte per recv",
          lambda: read_all(sock))


def test_reads_a_large_message_over_a_real_socket(check, rng):
    size = rng.randint(1_000_000, 3_000_000)
    message = rng.randbytes(size)
    a, b = pair()
    sender = threading.Thread(target=lambda: (send_msg(a, message), a.shutdown(socket.SHUT_WR)), daemon=True)
    try:
        sender.start()
        check(f"socketpair: send_msg of {size} random bytes in one thread, recv_msg in another",
              lambda: show(recv_msg(b)))
        check(f"socketpair: after that message and the sender's shutdown, recv_msg", lambda: recv_msg(b))
    finally:
        sender.join(2)
        a.close()
        b.close()


def test_round_trip_over_a_real_socket(check, rng):
    messages = payloads(rng, 8, 3000)
    messages.insert(rng.randrange(len(messages)), b"")
    a, b = pair()
    try:
        for message in messages:
            send_msg(a, message)
        a.shutdown(socket.SHUT_WR)
        check(f"socketpair: send_msg of {describe(messages)}, shutdown, then recv_msg until None",
              lambda: read_all(b))
    finally:
        a.close()
        b.close()


def test_zero_length_messages(check, rng):
    before, after = rng.randbytes(rng.randint(1, 20)), rng.randbytes(rng.randint(1, 20))
    sock = ChunkySocket(rng, frame(before) + frame(b"") + frame(b"") + frame(after), largest=5)
    check(f"recv_msg until None, frames of {describe([before, b'', b'', after])} arriving 1 to 5 bytes per recv",
          lambda: read_all(sock))


def test_reads_no_byte_past_its_frame(check, rng):
    first, second = payloads(rng, 2, 100)
    sock = ChunkySocket(rng, frame(first) + frame(second), largest=64)
    check(f"frames of {len(first)} and {len(second)} bytes: recv_msg once", lambda: show(recv_msg(sock)))
    check(f"frames of {len(first)} and {len(second)} bytes: after one recv_msg, how many bytes are still unread",
          sock.remaining)


def test_eof_inside_a_frame(check, rng):
    message = rng.randbytes(rng.randint(10, 60))
    cut = rng.randint(1, 3)
    sock = ChunkySocket(rng, frame(message)[:cut], largest=2)
    check(f"recv_msg when the connection closes after {cut} of the 4 header bytes", lambda: recv_msg(sock))
    cut = rng.randint(5, len(message) + 3)
    sock = ChunkySocket(rng, frame(message)[:cut], largest=6)
    check(f"recv_msg when the connection closes after {cut} bytes of a {len(message) + 4}-byte frame",
          lambda: show(recv_msg(sock)))
    sock = ChunkySocket(rng, frame(message), largest=6)
    check(f"a {len(message)}-byte frame, then the connection closes: recv_msg twice",
          lambda: [show(recv_msg(sock)), recv_msg(sock)])
    check("recv_msg when the connection closes before anything arrives", lambda: recv_msg(ChunkySocket(rng)))
    a, b = pair()
    try:
        a.sendall(frame(message)[:len(message) // 2 + 4])
        a.shutdown(socket.SHUT_WR)
        check(f"socketpair: half of a {len(message)}-byte frame, then shutdown: recv_msg", lambda: show(recv_msg(b)))
    finally:
        a.close()
        b.close()


def test_refuses_a_frame_larger_than_max_size(check, rng):
    limit = rng.randint(100, 1000)
    exact = rng.randbytes(limit)
    sock = ChunkySocket(rng, frame(exact), largest=50)
    check(f"recv_msg(sock, max_size={limit}) on a frame of exactly {limit} bytes", lambda: show(recv_msg(sock, limit)))
    over = rng.randbytes(limit + 1)
    sock = ChunkySocket(rng, frame(over), largest=50)
    check(f"recv_msg(sock, max_size={limit}) on a frame of {limit + 1} bytes", lambda: recv_msg(sock, limit))
    check(f"after recv_msg(sock, max_size={limit}) refused a frame of {limit + 1} bytes, how many bytes are unread",
          sock.remaining)
    huge = 0x7FFFFFFF + rng.randint(0, 1000)
    sock = ChunkySocket(rng, huge.to_bytes(4, "big") + b"x" * 10, largest=7)
    check(f"recv_msg(sock) on a header that announces {huge} bytes (more than the default max_size)",
          lambda: recv_msg(sock))


def test_send_msg_refuses_text(check, rng):
    word = rng.choice(["hello", "ping", "frame", "data"])
    sock = ChunkySocket(rng)
    check(f"send_msg(sock, {word!r}) (a str, not bytes)", lambda: send_msg(sock, word))
    check(f"after send_msg(sock, {word!r}) failed, the bytes sent", lambda: bytes(sock.sent))
