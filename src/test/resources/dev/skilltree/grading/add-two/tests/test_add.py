"""Checks for add-two: each check's result is compared with the reference's."""
from solution import add_two


def test_adds_two(check, rng):
    check("add_two(3)", lambda: add_two(3))
