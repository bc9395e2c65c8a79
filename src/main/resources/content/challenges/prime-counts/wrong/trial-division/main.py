import sys


def is_prime(k):
    if k < 2:
        return False
    if k % 2 == 0:
        return k == 2
    d = 3
    while d * d <= k:
        if k % d == 0:
            return False
        d += 2
    return True


def count_primes_up_to(limits):
    return [sum(1 for k in range(2, n + 1) if is_prime(k)) for n in limits]


def main():
    limits = [int(line) for line in sys.stdin if line.strip()]
    for count in count_primes_up_to(limits):
        print(count)


if __name__ == "__main__":
    main()
