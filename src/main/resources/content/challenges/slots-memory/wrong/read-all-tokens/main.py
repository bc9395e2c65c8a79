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


def read_seats(tokens):
    count = int(next(tokens))
    seats = []
    for _ in range(count):
        section, row, number, price_class = int(next(tokens)), int(next(tokens)), int(next(tokens)), int(next(tokens))
        seats.append(Seat(section, row, number, price_class))
    return seats


def serve(seats, tokens, out):
    count = int(next(tokens))
    for _ in range(count):
        op, index = next(tokens), next(tokens)
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
    # Reading everything at once is faster than readline().
    tokens = iter(sys.stdin.read().split())
    seats = read_seats(tokens)
    serve(seats, tokens, sys.stdout)
    report(seats, sys.stdout)


if __name__ == "__main__":
    main()
