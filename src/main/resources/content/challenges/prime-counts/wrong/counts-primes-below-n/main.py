import sys


def count_primes_up_to(limits):
    top = max(limits, default=1)
    sieve = bytearray([1]) * (top + 1)
    sieve[0:2] = b"\x00\x00"[: min(2, top + 1)]
    for i in range(2, int(top ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i :: i] = bytes(len(range(i * i, top + 1, i)))
    return [sieve.count(1, 0, n) for n in limits]


def main():
    limits = [int(line) for line in sys.stdin if line.strip()]
    for count in count_primes_up_to(limits):
        print(count)


if __name__ == "__main__":
    main()
