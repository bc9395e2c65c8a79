import sys


def count_primes_up_to(limits):
    """Return, for each N in limits, how many primes are at most N."""
    raise NotImplementedError


def main():
    limits = [int(line) for line in sys.stdin if line.strip()]
    for count in count_primes_up_to(limits):
        print(count)


if __name__ == "__main__":
    main()
