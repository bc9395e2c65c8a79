import sys

FREE, HELD, SOLD = "free", "held", "sold"
PRICES = {1: 120, 2: 90, 3: 65, 4: 40, 5: 25}


class Record:
    __slots__ = ()
    """A record that can describe itself by the names in `fields`."""

    fields = ()

    def describe(self):
        return " ".join(f"{name} {getattr(self, name)}" for name in self.fields)


class Seat(Record):
    __slots__ = ("section", "row", "number", "price_class", "status")
    fields = __slots__

    def __init__(self, section, row, number, price_class):
        self.section = section
        self.row = row
        self.number = number
        self.price_class = price_class
        self.status = FREE


def read_seats(stdin):
    count = int(stdin.readline())
    seats = []
    for _ in range(count):
        section, row, number, price_class = map(int, stdin.readline().split())
        seats.append(Seat(section, row, number, price_class))
    return seats


def serve(seats, stdin, out):
    count = int(stdin.readline())
    for _ in range(count):
        op, index = stdin.readline().split()
        seat = seats[int(index)]
        if op == "HOLD":
            if seat.status == FREE:
                seat.status = HELD
        elif op == "SELL":
            if seat.status == HELD:
                seat.status = SOLD
        elif op == "FREE":
            if seat.status == HELD:
                seat.status = FREE
        elif op == "SEAT":
            out.write(f"{index}: {seat.describe()}\n")


def report(seats, out):
    sections = {}
    for seat in seats:
        counts = sections.setdefault(seat.section, {FREE: 0, HELD: 0, SOLD: 0, "revenue": 0})
        counts[seat.status] += 1
        if seat.status == SOLD:
            counts["revenue"] += PRICES[seat.price_class]
    for section in sorted(sections):
        c = sections[section]
        out.write(f"section {section}: free {c[FREE]} held {c[HELD]} sold {c[SOLD]} revenue {c['revenue']}\n")


def main():
    seats = read_seats(sys.stdin)
    serve(seats, sys.stdin, sys.stdout)
    report(seats, sys.stdout)


if __name__ == "__main__":
    main()
