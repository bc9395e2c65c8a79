import unittest

from solution import make_counter


class CounterTest(unittest.TestCase):
    def test_starts_at_zero_by_default(self):
        counter = make_counter()
        self.assertEqual([counter(), counter(), counter()], [0, 1, 2])

    def test_uses_start_and_step(self):
        counter = make_counter(10, 5)
        self.assertEqual([counter(), counter(), counter()], [10, 15, 20])

    def test_counters_are_independent(self):
        a, b = make_counter(), make_counter(100)
        a()
        a()
        self.assertEqual(b(), 100)
        self.assertEqual(a(), 2)

    def test_keeps_its_state_in_a_closure(self):
        counter = make_counter()
        self.assertIsNotNone(counter.__closure__, "the counter should close over its state")
