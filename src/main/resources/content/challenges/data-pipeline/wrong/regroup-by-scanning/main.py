"""Sales report: import a dirty CSV from standard input, clean it, aggregate it and print a Markdown report."""
import csv
import datetime
import re
import sys

PRICE = re.compile(r"([0-9]+)(?:\.([0-9]{1,2}))?")
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


def cents(text):
    match = PRICE.fullmatch(text)
    if match is None:
        return None
    whole, fraction = match.groups()
    return int(whole) * 100 + int((fraction or "0").ljust(2, "0"))


def money(amount):
    return f"{amount // 100}.{amount % 100:02d}"


def half_up(numerator, denominator):
    return (2 * numerator + denominator) // (2 * denominator)


def clean(lines):
    """Return the number of rows, the rejections by reason and the accepted rows as tuples."""
    reader = csv.reader(lines)
    next(reader, None)
    rows = 0
    rejected = dict.fromkeys(REASONS, 0)
    seen = set()
    accepted = []
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
        amount = cents(price)
        if amount is None or not quantity.isdigit() or not quantity.isascii() or int(quantity) < 1:
            rejected["bad number"] += 1
            continue
        if order_id in seen:
            rejected["duplicate"] += 1
            continue
        seen.add(order_id)
        accepted.append((date[:7], region.lower(), product, int(quantity), amount))
    return rows, rejected, accepted


def summarize(rows):
    orders = len(rows)
    units = sum(r[3] for r in rows)
    revenue = sum(r[3] * r[4] for r in rows)
    return orders, units, revenue


def median(values):
    values = sorted(values)
    n = len(values)
    if n % 2:
        return values[n // 2]
    return half_up(values[n // 2 - 1] + values[n // 2], 2)


def region_line(name, rows):
    orders, units, revenue = summarize(rows)
    prices = [r[4] for r in rows]
    return (f"| {name} | {orders} | {units} | {money(revenue)} | {money(half_up(revenue, orders))}"
            f" | {money(median(prices))} | {money(min(prices))} | {money(max(prices))} |")


def report(rows, rejected, accepted):
    lines = [
        "# Sales report",
        "",
        "## Import",
        "",
        "| rows | accepted | malformed | missing | bad date | bad number | duplicate |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        "| " + " | ".join(str(n) for n in (rows, len(accepted), *rejected.values())) + " |",
        "",
        "## Regions",
        "",
        "| region | orders | units | revenue | average order | median price | min price | max price |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for region in sorted({r[1] for r in accepted}):
        lines.append(region_line(region, [r for r in accepted if r[1] == region]))
    lines += [region_line("**all**", accepted), "", "## Top products", "",
              "| rank | product | revenue | units | orders |", "| ---: | --- | ---: | ---: | ---: |"]
    products = {name: summarize([r for r in accepted if r[2] == name]) for name in {r[2] for r in accepted}}
    ranked = sorted(products, key=lambda name: (-products[name][2], name))[:10]
    for rank, name in enumerate(ranked, 1):
        orders, units, revenue = products[name]
        lines.append(f"| {rank} | {name} | {money(revenue)} | {units} | {orders} |")
    lines += ["", "## Months", "", "| month | orders | units | revenue |", "| --- | ---: | ---: | ---: |"]
    for month in sorted({r[0] for r in accepted}):
        orders, units, revenue = summarize([r for r in accepted if r[0] == month])
        lines.append(f"| {month} | {orders} | {units} | {money(revenue)} |")
    return "\n".join(lines) + "\n"


def main():
    sys.stdout.write(report(*clean(sys.stdin)))


if __name__ == "__main__":
    main()
