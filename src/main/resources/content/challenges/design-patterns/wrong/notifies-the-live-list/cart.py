"""A shopping cart built from three patterns: Strategy (pricing), Command (undo/redo), Observer (events)."""


# --- Strategy: how a cart is priced. Any callable (lines, prices) -> cents with a `name` will do. ---------------

class Regular:
    name = "regular"

    def __call__(self, lines, prices):
        return sum(prices[sku] * qty for sku, qty in lines.items())


class BulkDiscount:
    """Every line of at least `threshold` units gets `percent` off (the discount rounded down to whole cents)."""

    name = "bulk"

    def __init__(self, threshold, percent):
        self.threshold, self.percent = threshold, percent

    def __call__(self, lines, prices):
        total = 0
        for sku, qty in lines.items():
            cost = prices[sku] * qty
            if qty >= self.threshold:
                cost -= cost * self.percent // 100
            total += cost
        return total


class BuyXGetY:
    """For `sku`, in every full group of x + y units, y are free."""

    name = "bxgy"

    def __init__(self, sku, x, y):
        self.sku, self.x, self.y = sku, x, y

    def __call__(self, lines, prices):
        total = 0
        for sku, qty in lines.items():
            paid = qty
            if sku == self.sku:
                paid -= qty // (self.x + self.y) * self.y
            total += prices[sku] * paid
        return total


# --- Command: each change is an object that can do and undo itself. ----------------------------------------------

class AddItem:
    def __init__(self, sku, qty):
        self.sku, self.qty = sku, qty

    def do(self, cart):
        if self.sku not in cart.prices:
            raise KeyError(self.sku)
        if self.qty < 1:
            raise ValueError(f"quantity must be at least 1, not {self.qty}")
        cart._add(self.sku, self.qty)

    def undo(self, cart):
        cart._remove(self.sku, self.qty)


class RemoveItem:
    def __init__(self, sku, qty):
        self.sku, self.qty = sku, qty
        self.removed = 0

    def do(self, cart):
        if self.sku not in cart._lines:
            raise KeyError(self.sku)
        if self.qty < 1:
            raise ValueError(f"quantity must be at least 1, not {self.qty}")
        self.removed = cart._remove(self.sku, self.qty)

    def undo(self, cart):
        cart._add(self.sku, self.removed)


class SetPricing:
    def __init__(self, strategy):
        self.strategy = strategy
        self.previous = None

    def do(self, cart):
        self.previous = cart.pricing
        cart._set_pricing(self.strategy)

    def undo(self, cart):
        cart._set_pricing(self.previous)


# --- The cart: the receiver of the commands and the subject of the observers. ------------------------------------

class Cart:
    def __init__(self, prices, pricing=None):
        self.prices = dict(prices)
        self.pricing = pricing if pricing is not None else Regular()
        self.errors = []
        self._lines = {}
        self._subscribers = []
        self._done = []
        self._undone = []

    def lines(self):
        return dict(self._lines)

    def total(self):
        return self.pricing(self.lines(), self.prices)

    # observer
    def subscribe(self, callback):
        entry = [callback]          # a fresh object per subscription, so the same callback may subscribe twice
        self._subscribers.append(entry)

        def unsubscribe():
            for index, other in enumerate(self._subscribers):
                if other is entry:          # this subscription, not an equal one of the same callback
                    del self._subscribers[index]
                    return
        return unsubscribe

    def _publish(self, *event):
        event = event + (self.total(),)
        for entry in self._subscribers:
            try:
                entry[0](event)
            except Exception as error:
                self.errors.append((event[0], type(error).__name__))

    # commands
    def execute(self, command):
        command.do(self)            # raises before anything is recorded
        self._done.append(command)
        self._undone.clear()

    def undo(self):
        if not self._done:
            raise IndexError("nothing to undo")
        command = self._done.pop()
        command.undo(self)
        self._undone.append(command)

    def redo(self):
        if not self._undone:
            raise IndexError("nothing to redo")
        command = self._undone.pop()
        command.do(self)
        self._done.append(command)

    # the receiver's own operations, used by the commands
    def _add(self, sku, qty):
        self._lines[sku] = self._lines.get(sku, 0) + qty
        self._publish("added", sku, qty)

    def _remove(self, sku, qty):
        have = self._lines.get(sku, 0)
        removed = min(have, qty)
        if have - removed:
            self._lines[sku] = have - removed
        else:
            self._lines.pop(sku, None)
        self._publish("removed", sku, removed)
        return removed

    def _set_pricing(self, strategy):
        self.pricing = strategy
        self._publish("pricing", strategy.name)
