"""Checks for design-patterns. Each check's result is compared with the reference solution's for the same inputs;
the inputs change from run to run. Events are recorded by a subscriber as plain tuples."""
from cart import AddItem, BulkDiscount, BuyXGetY, Cart, Regular, RemoveItem, SetPricing

SKUS = ["apple", "bread", "cheese", "dates", "eggs", "flour"]


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as error:
        return ("raised", type(error).__name__)


def random_prices(rng):
    return {sku: rng.randint(50, 999) for sku in SKUS}


def watched(prices, pricing=None):
    cart = Cart(prices) if pricing is None else Cart(prices, pricing)
    events = []
    cart.subscribe(events.append)
    return cart, events


def describe(command):
    if isinstance(command, SetPricing):
        s = command.strategy
        args = {"bulk": lambda: f"BulkDiscount({s.threshold}, {s.percent})",
                "bxgy": lambda: f"BuyXGetY({s.sku!r}, {s.x}, {s.y})"}.get(s.name, lambda: "Regular()")()
        return f"SetPricing({args})"
    return f"{type(command).__name__}({command.sku!r}, {command.qty})"


def test_strategies_price_a_cart(check, rng):
    prices = random_prices(rng)
    lines = {sku: rng.randint(1, 9) for sku in rng.sample(SKUS, 4)}
    threshold, percent = rng.randint(3, 6), rng.choice([10, 15, 25, 33])
    sku = rng.choice(sorted(lines))
    x, y = rng.randint(1, 3), rng.randint(1, 2)
    lines[sku] = rng.randint(x + y, 3 * (x + y) + 1)
    for strategy, shown in ((Regular(), "Regular()"), (BulkDiscount(threshold, percent), f"BulkDiscount({threshold}, {percent})"),
                            (BuyXGetY(sku, x, y), f"BuyXGetY({sku!r}, {x}, {y})")):
        check(f"{shown}({lines}, {prices})", lambda: (strategy(lines, prices), strategy.name))
    few = {"apple": threshold - 1, "bread": threshold - 1, "cheese": 1}
    check(f"BulkDiscount({threshold}, {percent})({few}, prices): no single line reaches the threshold",
          lambda: BulkDiscount(threshold, percent)(few, prices))


def test_commands_change_the_cart_and_publish(check, rng):
    prices = random_prices(rng)
    cart, events = watched(prices)
    done = []
    for _ in range(8):
        sku = rng.choice(SKUS)
        command = AddItem(sku, rng.randint(1, 5)) if rng.random() < 0.65 or sku not in cart.lines() \
            else RemoveItem(sku, rng.randint(1, 4))
        done.append(describe(command))
        cart.execute(command)
    head = f"prices {prices}; executed {done}"
    check(f"{head}: lines and total", lambda: (cart.lines(), cart.total()))
    check(f"{head}: events", lambda: events)


def test_undo_and_redo(check, rng):
    prices = random_prices(rng)
    cart, events = watched(prices)
    steps, seen = [], []
    for _ in range(14):
        r = rng.random()
        if r < 0.45:
            command = AddItem(rng.choice(SKUS[:3]), rng.randint(1, 4))
            steps.append(describe(command))
            seen.append(outcome(lambda: cart.execute(command)))
        elif r < 0.75:
            steps.append("undo()")
            seen.append(outcome(cart.undo))
        else:
            steps.append("redo()")
            seen.append(outcome(cart.redo))
        seen.append(cart.lines())
    head = f"prices {prices}; steps {steps}"
    check(f"{head}: the outcome of each step and the lines after it", lambda: seen)
    check(f"{head}: events", lambda: events)
    check("Cart(prices).undo() and .redo() on a new cart", lambda: (outcome(Cart(prices).undo), outcome(Cart(prices).redo)))


def test_a_new_command_clears_redo(check, rng):
    prices = random_prices(rng)
    cart, events = watched(prices)
    a, b, c = rng.sample(SKUS, 3)
    cart.execute(AddItem(a, 2))
    cart.execute(AddItem(b, 3))
    cart.undo()
    cart.execute(AddItem(c, 1))
    head = f"execute AddItem({a!r}, 2), AddItem({b!r}, 3); undo(); execute AddItem({c!r}, 1)"
    check(f"{head}; then redo()", lambda: (outcome(cart.redo), cart.lines()))
    check(f"{head}; then undo() twice", lambda: (outcome(cart.undo), outcome(cart.undo), cart.lines(), outcome(cart.undo)))


def test_undoing_a_remove_restores_what_was_removed(check, rng):
    prices = random_prices(rng)
    cart, events = watched(prices)
    sku, have = rng.choice(SKUS), rng.randint(2, 5)
    asked = have + rng.randint(1, 4)
    cart.execute(AddItem(sku, have))
    head = f"AddItem({sku!r}, {have}); RemoveItem({sku!r}, {asked})"
    check(f"{head}: lines", lambda: (outcome(lambda: cart.execute(RemoveItem(sku, asked))), cart.lines()))
    check(f"{head}; undo(): lines", lambda: (outcome(cart.undo), cart.lines()))
    check(f"{head}; undo(); redo(): lines", lambda: (outcome(cart.redo), cart.lines()))
    check(f"{head}; undo(); redo(): events", lambda: events)


def test_failed_commands_are_not_recorded(check, rng):
    prices = random_prices(rng)
    cart, events = watched(prices)
    sku = rng.choice(SKUS)
    other = rng.choice([s for s in SKUS if s != sku])
    cart.execute(AddItem(sku, 2))
    bad = [AddItem("caviar", 1), AddItem(sku, 0), RemoveItem(other, 1), RemoveItem(sku, -1)]
    check(f"AddItem({sku!r}, 2); then {[describe(b) for b in bad]}, each executed",
          lambda: [outcome(lambda: cart.execute(b)) for b in bad])
    check(f"AddItem({sku!r}, 2); four failed commands; undo(): outcome, lines, then undo() again",
          lambda: (outcome(cart.undo), cart.lines(), outcome(cart.undo)))
    check(f"AddItem({sku!r}, 2); four failed commands; undo(): events", lambda: events)


def test_pricing_is_a_command_too(check, rng):
    prices = random_prices(rng)
    cart, events = watched(prices)
    for sku in rng.sample(SKUS, 3):
        cart.execute(AddItem(sku, rng.randint(2, 8)))
    threshold, percent = rng.randint(2, 5), rng.choice([10, 20, 50])
    head = f"a cart of {cart.lines()}; SetPricing(BulkDiscount({threshold}, {percent}))"
    check(f"{head}: total before, after, after undo(), after redo()", lambda: (
        cart.total(), outcome(lambda: cart.execute(SetPricing(BulkDiscount(threshold, percent)))), cart.total(),
        outcome(cart.undo), cart.total(), outcome(cart.redo), cart.total()))
    check(f"{head}: events", lambda: events)


def test_observers(check, rng):
    prices = random_prices(rng)
    cart = Cart(prices)
    got = {"a": [], "b": [], "c": []}
    stop_a = [None]

    def a(event):
        got["a"].append(event[:2])
        stop_a[0]()                      # a unsubscribes itself on its first event

    def b(event):
        got["b"].append(event[:2])
        if event[0] == "removed":
            raise RuntimeError("b cannot handle removals")

    stop_a[0] = cart.subscribe(a)
    stop_b = cart.subscribe(b)
    cart.subscribe(lambda event: got["c"].append(event[:2]))
    x, y = rng.sample(SKUS, 2)
    cart.execute(AddItem(x, 3))
    cart.execute(AddItem(y, 1))
    cart.execute(RemoveItem(x, 1))
    stop_b()
    stop_b()
    cart.execute(AddItem(x, 2))
    head = (f"subscribers a (unsubscribes itself on its first event), b (raises RuntimeError on 'removed'), c; "
            f"AddItem({x!r}, 3), AddItem({y!r}, 1), RemoveItem({x!r}, 1), b unsubscribed (twice), AddItem({x!r}, 2)")
    check(f"{head}: what each subscriber saw", lambda: got)
    check(f"{head}: cart.errors", lambda: cart.errors)


def test_one_callback_subscribed_twice(check, rng):
    cart, seen = Cart(random_prices(rng)), []
    first = cart.subscribe(seen.append)
    cart.subscribe(seen.append)
    x = rng.choice(SKUS)
    cart.execute(AddItem(x, 1))
    first()
    first()
    cart.execute(AddItem(x, 2))
    head = (f"one callback subscribed twice; AddItem({x!r}, 1); the first subscription's unsubscribe called twice; "
            f"AddItem({x!r}, 2)")
    check(f"{head}: the events it saw", lambda: [event[:3] for event in seen])
