import sys


def summarize(lines):
    numbers = [int(token) for token in lines.read().split()]
    if not numbers:
        return 0, 0, None, None
    return len(numbers), sum(numbers), min(numbers), max(numbers)


def main():
    count, total, smallest, largest = summarize(sys.stdin)
    print(count, total, "-" if smallest is None else smallest, "-" if largest is None else largest)


if __name__ == "__main__":
    main()
