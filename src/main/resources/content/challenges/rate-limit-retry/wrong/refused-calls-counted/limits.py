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
    if calls < 1 or per <= 0:
        raise ValueError("calls must be at least 1 and per must be positive")

    def decorate(func):
        history = []  # times of the allowed calls still inside the window: one list per decorated function
        stats = {"allowed": 0, "refused": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            now = clock()
            while history and history[0] <= now - per:
                history.pop(0)
            history.append(now)
            if len(history) > calls:
                stats["refused"] += 1
                raise RateLimited(history[0] + per - now)
            stats["allowed"] += 1
            return func(*args, **kwargs)

        wrapper.stats = stats
        return wrapper

    return decorate


def retry(times, *, exceptions=(Exception,), base=0.1, factor=2.0, max_delay=None, sleep=time.sleep):
    """Calls the function up to `times` times while it raises one of `exceptions`, sleeping between attempts."""
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorate(func):
        stats = {"calls": 0, "attempts": 0, "gave_up": 0}

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            stats["calls"] += 1
            for attempt in range(1, times + 1):
                stats["attempts"] += 1
                try:
                    return func(*args, **kwargs)
                except exceptions as error:
                    if attempt == times:
                        stats["gave_up"] += 1
                        raise
                    delay = base * factor ** (attempt - 1)
                    if max_delay is not None:
                        delay = min(delay, max_delay)
                    hint = getattr(error, "retry_after", None)
                    if isinstance(hint, (int, float)) and not isinstance(hint, bool):
                        delay = max(delay, hint)
                    sleep(delay)
                except Exception:
                    stats["gave_up"] += 1
                    raise

        wrapper.stats = stats
        return wrapper

    return decorate
