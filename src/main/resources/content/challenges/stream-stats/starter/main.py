import sys


def summarize(lines):
    """Return (count, total, smallest, largest) of the integers in lines; smallest and largest are None if empty."""
    raise NotImplementedError


def main():
    count, total, smallest, largest = summarize(sys.stdin)
    print(count, total, "-" if smallest is None else smallest, "-" if largest is None else largest)


if __name__ == "__main__":
    main()
