"""The workload for data-pipeline: a sales CSV of about 85,000 rows, some of them dirty, different in every grading.

Besides random rows it always holds: two products with exactly the same revenue, high enough for the top ten,
whose rows come in the opposite of their name order; and a small region, "islands", with exactly two valid rows
whose median price and average order value fall on half a cent.
"""
import csv
import io

HEADER = ["order_id", "date", "region", "product", "quantity", "unit_price", "customer"]
ADJECTIVES = ["Basic", "Compact", "Deluxe", "Eco", "Heavy", "Mini", "Pro", "Smart", "Travel", "Ultra", "Vintage", "Wide"]
NOUNS = ["Blender", "Cable", "Chair", "Desk", "Fan", "Headset", "Kettle", "Lamp", "Monitor", "Mug", "Router", "Shelf",
         "Speaker", "Toaster", "Webcam"]
FIRST = ["Ana", "Bo", "Chen", "Dana", "Eli", "Femi", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea", "Mo", "Nia", "Oli"]
LAST = ["Smith", "Wang", "Garcia", "Müller", "Kowalski", "Sato", "Okafor", "Rossi", "Novak", "Silva"]
BAD_DATES = ["2023-02-30", "2023/03/01", "03/01/2023", "2023-13-01", "20230301", "2023-3-01", "2023-04-31", "yesterday"]
BAD_QUANTITIES = ["", "abc", "0", "-2", "+3", "2.0", "1_0", "three", " 4 5"]
BAD_PRICES = ["", "12,50", "$5.00", "1e3", "nan", "12.345", ".5", "5.", "-3.00", "inf", "4.5.6"]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def rounding_pair(rng):
    """Two prices whose median is a half cent that round-half-even and float formatting both get wrong."""
    while True:
        a, b = rng.randint(500, 20_000), rng.randint(500, 20_000)
        total = a + b
        if total % 2 == 1 and (total // 2) % 2 == 0 and f"{(a / 100 + b / 100) / 2:.2f}" == money(total // 2):
            return a, b


def rounding_quantities(rng, a, b):
    """Quantities making the revenue of the two rows odd, with an even half, formatted down by floats too."""
    while True:
        qa, qb = rng.randint(1, 9), rng.randint(1, 9)
        revenue = qa * a + qb * b
        if revenue % 2 == 1 and (revenue // 2) % 2 == 0 and f"{revenue / 100 / 2:.2f}" == money(revenue // 2):
            return qa, qb


def workload(rng):
    regions = rng.sample(["north", "south", "east", "west", "central", "coastal", "mountain", "valley"], 6)
    products = {}
    while len(products) < 500:
        name = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS).lower()}"
        r = rng.random()
        if r < 0.4:
            name += f", {rng.choice(['black', 'white', 'red', 'blue', 'large', 'small'])}"
        elif r < 0.55:
            name += f' {rng.choice([13, 15, 24, 27, 32])}"'
        products.setdefault(name, rng.randint(199, 30_000))
    names = list(products)
    weights = [rng.randint(1, 20) for _ in names]

    count = rng.randint(80_000, 90_000)
    dates = [f"2023-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, DAYS[m - 1] + 1)]
    customers = [""] * 100 + [f"{last}, {first}" for last in LAST for first in FIRST] + [f"{first} {last}" for last in LAST for first in FIRST]
    variants = {name: [money(max(0, base + rng.randint(-base // 10, base // 10))) for _ in range(20)] for name, base in products.items()}
    for name in names:
        variants[name].extend(price.rstrip("0").rstrip(".") for price in variants[name][:4])
    fresh = [f"A{n:08d}" for n in rng.sample(range(100_000_000), count)]
    columns = zip(
        rng.choices(names, weights, k=count),
        rng.choices(dates, k=count),
        rng.choices(regions, k=count),
        rng.choices(["1", "1", "1", "2", "2", "3", "4", "5", "6", "10", "12", "20"], k=count),
        rng.choices(customers, k=count),
        rng.choices(range(24), k=count),
    )
    rows = []
    for i, (product, date, region, quantity, customer, variant) in enumerate(columns):
        r = rng.random()
        order_id = fresh[rng.randrange(i)] if r < 0.02 and i else fresh[i]
        row = [order_id, date, region, product, quantity, variants[product][variant], customer]
        r = rng.random()
        if r < 0.3:
            if r < 0.012:
                del row[rng.randrange(7)]
            elif r < 0.02:
                row.append(rng.choice(["", "extra", "1"]))
            elif r < 0.035:
                row[rng.choice([0, 1, 2, 3])] = rng.choice(["", "  "])
            elif r < 0.045:
                row[1] = rng.choice(BAD_DATES)
            elif r < 0.065:
                row[4] = rng.choice(BAD_QUANTITIES)
            elif r < 0.085:
                row[5] = rng.choice(BAD_PRICES)
            elif r < 0.13:
                row[2] = rng.choice([region.upper(), region.title()])
            for _ in range(rng.randint(1, 3)):
                k = rng.randrange(len(row))
                row[k] = rng.choice([" ", "  ", "\t"]) + row[k] + rng.choice(["", " ", "  "])
        rows.append(row)

    # Two products tied on revenue, in the top ten; the one later in name order comes first in the file.
    first, second = sorted(rng.sample([f"{a} {n.lower()} bundle" for a in ADJECTIVES for n in NOUNS], 2))
    tie_price, tie_quantity, tie_rows = money(rng.randint(180_000, 220_000)), str(rng.randint(18, 20)), rng.randint(90, 110)
    special = []
    for product in (second, first):
        for k in range(tie_rows):
            month = rng.randint(1, 12)
            special.append([f"T{product[:3].upper()}{k:05d}{len(special)}", f"2023-{month:02d}-{rng.randint(1, 28):02d}",
                            rng.choice(regions), product, tie_quantity, tie_price, ""])
    # The islands: two valid rows with half-cent median and average, and rejected rows around them.
    a, b = rounding_pair(rng)
    qa, qb = rounding_quantities(rng, a, b)
    special.append(["I0000001", "2023-06-01", "islands", names[0], str(qa), money(a), "Ferry, Ann"])
    special.append(["I0000002", "2023-06-02", "Islands ", names[1], str(qb), money(b), ""])
    special.append(["I0000001", "2023-06-03", "islands", names[2], "1", "1.00", ""])
    special.append(["I0000003", "2023-06-04", "islands", names[2], "+1", "1.00", ""])
    special.append(["I0000004", "2023-06-05", "islands", names[2], "1", "1e2", ""])
    start = 0
    for row in special:
        start = rng.randint(start, start + len(rows) // (len(special) + 1))
        rows.insert(start, row)

    out = io.StringIO()
    plain = csv.writer(out, lineterminator="\n")
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    plain.writerow(HEADER)
    for row in rows:
        (quoted if rng.random() < 0.05 else plain).writerow(row)
        if rng.random() < 0.003:
            out.write("\n")
    return out.getvalue()
