"""Run many coroutines, at most `limit` at a time, each with its own timeout. See the statement for the exact rules."""
import asyncio


async def run_bounded(factories, limit, timeout=None):
    """Call each factory (a function of no arguments returning a coroutine) and await what it returns, with at most
    `limit` jobs running at once, starting them in list order. Each job may run `timeout` seconds from its start
    (None: no limit). Return a list in the order of `factories`: each job's value, or the exception it raised
    (a TimeoutError instance for a job that ran out of time). ValueError if limit < 1."""
    raise NotImplementedError
