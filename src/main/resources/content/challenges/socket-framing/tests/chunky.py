"""A stand-in for a socket that sends and receives in small pieces, as a real stream socket may. It has only the
methods the statement allows: send, sendall and recv. Its chunk sizes come from a Random of its own, seeded from the
test's rng when it is made, so the calls a solution makes cannot change the test's later inputs."""
import random
import struct


def frame(payload):
    """The bytes of one frame, as the statement defines them."""
    return struct.pack(">I", len(payload)) + payload


class ChunkySocket:
    def __init__(self, rng, incoming=b"", largest=7, send_largest=5):
        self.chunks = random.Random(rng.getrandbits(64))
        self.incoming = bytes(incoming)
        self.position = 0
        self.largest = largest
        self.send_largest = send_largest
        self.sent = bytearray()

    def remaining(self):
        """How many incoming bytes nobody has read yet."""
        return len(self.incoming) - self.position

    def recv(self, bufsize, flags=0):
        if bufsize < 0:
            raise ValueError("negative buffersize in recv")
        if bufsize == 0 or self.position >= len(self.incoming):
            return b""
        size = min(bufsize, self.chunks.randint(1, self.largest))
        data = self.incoming[self.position:self.position + size]
        self.position += len(data)
        return data

    def send(self, data, flags=0):
        data = bytes(data)
        if not data:
            return 0
        size = min(len(data), self.chunks.randint(1, self.send_largest))
        self.sent += data[:size]
        return size

    def sendall(self, data, flags=0):
        self.sent += bytes(data)
