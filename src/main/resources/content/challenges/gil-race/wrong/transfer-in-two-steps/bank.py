"""A tiny bank, safe to use from many threads at once: one lock guards every read-modify-write."""
import threading


class InsufficientFunds(ValueError):
    """Raised when an account holds less than the amount asked for."""


def cents(amount):
    """'12.34' -> 1234. ValueError unless amount is a str of digits, a dot and two digits, worth more than zero."""
    if not isinstance(amount, str):
        raise ValueError(f"amount must be a str such as '12.34', not {amount!r}")
    whole, dot, fraction = amount.partition(".")
    if not (whole.isdigit() and dot and len(fraction) == 2 and fraction.isdigit()):
        raise ValueError(f"amount must look like '12.34', not {amount!r}")
    value = int(whole) * 100 + int(fraction)
    if value <= 0:
        raise ValueError(f"amount must be more than zero, not {amount!r}")
    return value


class Bank:
    def __init__(self, balances=None):
        """balances: {name: cents} opening balances (copied), ints >= 0. Names never used hold 0."""
        self._balances = dict(balances or {})
        self._lock = threading.Lock()

    def balance(self, name):
        """The balance of the account, in cents (0 for an account never used)."""
        with self._lock:
            return self._balances.get(name, 0)

    def deposit(self, name, amount):
        """Add amount (a str such as '12.34') to the account; return its new balance in cents."""
        value = cents(amount)
        with self._lock:
            new = self._balances.get(name, 0) + value
            self._balances[name] = new
            return new

    def withdraw(self, name, amount):
        """Take amount from the account; return its new balance in cents. InsufficientFunds if it holds less."""
        value = cents(amount)
        with self._lock:
            current = self._balances.get(name, 0)
            if current < value:
                raise InsufficientFunds(f"{name} holds {current} cents, cannot withdraw {amount}")
            self._balances[name] = current - value
            return current - value

    def transfer(self, source, target, amount):
        """Move amount from source to target, all or nothing. InsufficientFunds if source holds less."""
        self.withdraw(source, amount)  # both steps are locked, so the transfer is safe
        self.deposit(target, amount)

    def total(self):
        """The sum of all balances, in cents."""
        with self._lock:
            return sum(self._balances.values())

    def snapshot(self):
        """A copy of the balances, {name: cents}, of every account opened or used."""
        with self._lock:
            return dict(self._balances)
