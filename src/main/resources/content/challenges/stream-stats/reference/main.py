import sys


def summarize(lines):
    """One pass, keeping four numbers: memory does not grow with the input."""
    count, total, smallest, largest = 0, 0, None, None
    for line in lines:
        if not line.strip():
            continue
        value = int(line)
        count += 1
        total += value
        smallest = value if smallest is None or value < smallest else smallest
        largest = value if largest is None or value > largest else largest
    return count, total, smallest, largest


def main():
    count, total, smallest, largest = summarize(sys.stdin)
    print(count, total, "-" if smallest is None else smallest, "-" if largest is None else largest)


if __name__ == "__main__":
    main()
