"""Sales report: import a dirty CSV from standard input, clean it, aggregate it and print a Markdown report."""
import csv
import datetime
import re
import statistics
import sys

PRICE = re.compile(r"[0-9]+(?:\.[0-9]{1,2})?")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
REASONS = ("malformed", "missing", "bad date", "bad number", "duplicate")


def valid_date(text):
    if DATE.fullmatch(text) is None:
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def read(lines):
    reader = csv.reader(lines)
    next(reader, None)
    rows = 0
    rejected = dict.fromkeys(REASONS, 0)
    seen = set()
    regions, products, months = {}, {}, {}
    for row in reader:
        if not row:
            continue
        rows += 1
        if len(row) != 7:
            rejected["malformed"] += 1
            continue
        order_id, date, region, product, quantity, price, _customer = [field.strip() for field in row]
        if not order_id or not date or not region or not product:
            rejected["missing"] += 1
            continue
        if not valid_date(date):
            rejected["bad date"] += 1
            continue
        if PRICE.fullmatch(price) is None or not quantity.isdigit() or not quantity.isascii() or int(quantity) < 1:
            rejected["bad number"] += 1
            continue
        if order_id in seen:
            rejected["duplicate"] += 1
            continue
        seen.add(order_id)
        quantity, price = int(quantity), float(price)
        value = quantity * price
        group = regions.setdefault(region.lower(), [0, 0, 0.0, []])
        group[0] += 1
        group[1] += quantity
        group[2] += value
        group[3].append(price)
        for groups, key in ((products, product), (months, date[:7])):
            group = groups.setdefault(key, [0, 0, 0.0])
            group[0] += 1
            group[1] += quantity
            group[2] += value
    return rows, rejected, regions, products, months


def region_line(name, group):
    orders, units, revenue, prices = group
    return (f"| {name} | {orders} | {units} | {revenue:.2f} | {round(revenue / orders, 2):.2f}"
            f" | {statistics.median(prices):.2f} | {min(prices):.2f} | {max(prices):.2f} |")


def report(rows, rejected, regions, products, months):
    accepted = rows - sum(rejected.values())
    lines = [
        "# Sales report",
        "",
        "## Import",
        "",
        "| rows | accepted | malformed | missing | bad date | bad number | duplicate |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        "| " + " | ".join(str(n) for n in (rows, accepted, *rejected.values())) + " |",
        "",
        "## Regions",
        "",
        "| region | orders | units | revenue | average order | median price | min price | max price |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [region_line(name, regions[name]) for name in sorted(regions)]
    total = [sum(g[0] for g in regions.values()), sum(g[1] for g in regions.values()),
             sum(g[2] for g in regions.values()), [price for g in regions.values() for price in g[3]]]
    lines += [region_line("**all**", total), "", "## Top products", "",
              "| rank | product | revenue | units | orders |", "| ---: | --- | ---: | ---: | ---: |"]
    ranked = sorted(products, key=lambda name: (-products[name][2], name))[:10]
    for rank, name in enumerate(ranked, 1):
        orders, units, revenue = products[name]
        lines.append(f"| {rank} | {name} | {revenue:.2f} | {units} | {orders} |")
    lines += ["", "## Months", "", "| month | orders | units | revenue |", "| --- | ---: | ---: | ---: |"]
    for month in sorted(months):
        orders, units, revenue = months[month]
        lines.append(f"| {month} | {orders} | {units} | {revenue:.2f} |")
    return "\n".join(lines) + "\n"


def main():
    sys.stdout.write(report(*read(sys.stdin)))


if __name__ == "__main__":
    main()
