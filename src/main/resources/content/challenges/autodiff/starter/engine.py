"""A scalar value that remembers how it was computed, for reverse-mode automatic differentiation."""
import math


class Value:
    def __init__(self, data, _children=(), _op=""):
        self.data = float(data)   # the number this Value holds
        self.grad = 0.0           # d(output)/d(self), filled in by output.backward()
        self._prev = tuple(_children)  # the Values this one was computed from
        self._op = _op            # e.g. "+", for your own debugging

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"

    # Each operation returns a new Value. The other operand may be a Value, an int or a float.
    def __add__(self, other):
        raise NotImplementedError

    def __mul__(self, other):
        raise NotImplementedError

    def __pow__(self, exponent):
        """self ** exponent, where exponent is an int or a float (not a Value)."""
        raise NotImplementedError

    def __neg__(self):
        raise NotImplementedError

    def __sub__(self, other):
        raise NotImplementedError

    def __truediv__(self, other):
        raise NotImplementedError

    # A number on the left: 2 + v, 2 - v, 2 * v, 2 / v.
    def __radd__(self, other):
        raise NotImplementedError

    def __rsub__(self, other):
        raise NotImplementedError

    def __rmul__(self, other):
        raise NotImplementedError

    def __rtruediv__(self, other):
        raise NotImplementedError

    def tanh(self):
        raise NotImplementedError

    def exp(self):
        raise NotImplementedError

    def relu(self):
        raise NotImplementedError

    def log(self):
        """Natural logarithm; ValueError when data <= 0."""
        raise NotImplementedError

    def backward(self):
        """Set self.grad to 1.0 and add d(self)/d(node) to the grad of every Value self was computed from."""
        raise NotImplementedError
