"""A shopping cart built from three patterns: Strategy (pricing), Command (undo/redo), Observer (events).
See the statement for the exact rules. Prices are whole cents."""


# --- Strategy: how a cart is priced. Any callable (lines, prices) -> cents with a `name` will do. ---------------

class Regular:
    name = "regular"

    def __call__(self, lines, prices):
        raise NotImplementedError


class BulkDiscount:
    """Every line of at least `threshold` units gets `percent` off (the discount rounded down to whole cents)."""

    name = "bulk"

    def __init__(self, threshold, percent):
        raise NotImplementedError

    def __call__(self, lines, prices):
        raise NotImplementedError


class BuyXGetY:
    """For `sku`, in every full group of x + y units, y are free."""

    name = "bxgy"

    def __init__(self, sku, x, y):
        raise NotImplementedError

    def __call__(self, lines, prices):
        raise NotImplementedError


# --- Command: each change is an object that can do and undo itself. ----------------------------------------------

class AddItem:
    def __init__(self, sku, qty):
        raise NotImplementedError

    def do(self, cart):
        raise NotImplementedError

    def undo(self, cart):
        raise NotImplementedError


class RemoveItem:
    def __init__(self, sku, qty):
        raise NotImplementedError

    def do(self, cart):
        raise NotImplementedError

    def undo(self, cart):
        raise NotImplementedError


class SetPricing:
    def __init__(self, strategy):
        raise NotImplementedError

    def do(self, cart):
        raise NotImplementedError

    def undo(self, cart):
        raise NotImplementedError


# --- The cart: the receiver of the commands and the subject of the observers. ------------------------------------

class Cart:
    def __init__(self, prices, pricing=None):
        raise NotImplementedError

    def lines(self):
        """{sku: quantity} of the lines in the cart (a copy)."""
        raise NotImplementedError

    def total(self):
        """The price of the cart under its current strategy, in cents."""
        raise NotImplementedError

    def subscribe(self, callback):
        """callback(event) is called for every event; returns a function that unsubscribes it."""
        raise NotImplementedError

    def execute(self, command):
        raise NotImplementedError

    def undo(self):
        raise NotImplementedError

    def redo(self):
        raise NotImplementedError
