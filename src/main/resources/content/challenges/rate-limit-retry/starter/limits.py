"""Stateful decorators: a sliding-window rate limiter and retry with exponential backoff.

Both take the clock or the sleep function as an argument, so that tests can pass fakes and nothing really waits."""
import functools
import time


class RateLimited(Exception):
    """Raised instead of calling a rate-limited function; retry_after is how many seconds until a call is allowed."""

    def __init__(self, retry_after):
        super().__init__(f"rate limited: retry after {retry_after} s")
        self.retry_after = retry_after


def rate_limit(calls, per, *, clock=time.monotonic):
    """At most `calls` calls of the decorated function in any window of `per` seconds."""
    raise NotImplementedError


def retry(times, *, exceptions=(Exception,), base=0.1, factor=2.0, max_delay=None, sleep=time.sleep):
    """Calls the function up to `times` times while it raises one of `exceptions`, sleeping between attempts."""
    raise NotImplementedError
