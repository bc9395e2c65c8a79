"""Sales report: import a dirty CSV from standard input, clean it, aggregate it and print a Markdown report."""
import datetime
import re
import sys

PRICE = re.compile(r"([0-9]+)(?:\.([0-9]{1,2}))?")
DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
REASONS = ("malformed", "missing", "bad date", "bad number", "duplicate")


def valid_date(text):
    match = DATE.fullmatch(text)
    if match is None:
        return False
    try:
        datetime.date(*map(int, match.groups()))
    except ValueError:
        return False
    return True


def cents(text):
    """The price in cents, or None if it is not digits with at most two decimals."""
    match = PRICE.fullmatch(text)
    if match is None:
        return None
    whole, fraction = match.groups()
    return int(whole) * 100 + int((fraction or "0").ljust(2, "0"))


def money(amount):
    return f"{amount // 100}.{amount % 100:02d}"


def half_up(numerator, denominator):
    """numerator / denominator rounded to the nearest integer, halves up (both non-negative)."""
    return (2 * numerator + denominator) // (2 * denominator)


def read(lines):
    """Clean the rows in one pass; return the row and rejection counts and the groups by region, product and month.

    A region's group is [orders, units, revenue, prices]; a product's and a month's is [orders, units, revenue].
    """
    reader = (line.rstrip("\n").split(",") if line.strip() else [] for line in lines)
    next(reader, None)  # the header
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
        order_id, date, region, product, quantity, price, _customer = [field.strip().strip('"').strip() for field in row]
        if not order_id or not date or not region or not product:
            rejected["missing"] += 1
            continue
        if not valid_date(date):
            rejected["bad date"] += 1
            continue
        amount = cents(price)
        if amount is None or not quantity.isdigit() or not quantity.isascii() or int(quantity) < 1:
            rejected["bad number"] += 1
            continue
        if order_id in seen:
            rejected["duplicate"] += 1
            continue
        seen.add(order_id)
        quantity = int(quantity)
        value = quantity * amount
        group = regions.get(region.lower())
        if group is None:
            group = regions[region.lower()] = [0, 0, 0, []]
        group[0] += 1
        group[1] += quantity
        group[2] += value
        group[3].append(amount)
        for groups, key in ((products, product), (months, date[:7])):
            group = groups.get(key)
            if group is None:
                group = groups[key] = [0, 0, 0]
            group[0] += 1
            group[1] += quantity
            group[2] += value
    return rows, rejected, regions, products, months


def median(values):
    values = sorted(values)
    n = len(values)
    if n % 2:
        return values[n // 2]
    return half_up(values[n // 2 - 1] + values[n // 2], 2)


def region_line(name, group):
    orders, units, revenue, prices = group
    return (f"| {name} | {orders} | {units} | {money(revenue)} | {money(half_up(revenue, orders))}"
            f" | {money(median(prices))} | {money(min(prices))} | {money(max(prices))} |")


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
        lines.append(f"| {rank} | {name} | {money(revenue)} | {units} | {orders} |")
    lines += ["", "## Months", "", "| month | orders | units | revenue |", "| --- | ---: | ---: | ---: |"]
    for month in sorted(months):
        orders, units, revenue = months[month]
        lines.append(f"| {month} | {orders} | {units} | {money(revenue)} |")
    return "\n".join(lines) + "\n"


def main():
    sys.stdout.write(report(*read(sys.stdin)))


if __name__ == "__main__":
    main()
