"""A fixed pool of asyncio workers fed by an asyncio.Queue."""
import asyncio


class WorkerPool:
    def __init__(self, handler, workers, maxsize=0):
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.handler = handler
        self.workers = workers
        self.results = {}
        self._queue = asyncio.Queue(maxsize)
        self._tasks = []
        self._in_flight = []
        self._stopped = False

    async def start(self):
        if self._tasks or self._stopped:
            raise RuntimeError("the pool has already been started")
        self._tasks = [asyncio.create_task(self._work(), name=f"worker-{i}") for i in range(self.workers)]

    async def submit(self, item):
        if self._stopped:
            raise RuntimeError("the pool is stopped")
        await self._queue.put(item)

    async def join(self):
        await self._queue.join()

    async def stop(self):
        if self._stopped:
            return {"in_flight": [], "pending": []}
        self._stopped = True
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)   # wait until every handler has cleaned up
        in_flight = list(self._in_flight)
        pending = []
        while not self._queue.empty():
            pending.append(self._queue.get_nowait())
            self._queue.task_done()
        return {"in_flight": in_flight, "pending": pending}

    async def _work(self):
        while True:
            item = await self._queue.get()
            self._in_flight.append(item)
            try:
                value = await self.handler(item)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                self.results[item] = ("error", type(error).__name__)
            else:
                self.results[item] = ("ok", value)
            finally:
                self._in_flight.remove(item)
                self._queue.task_done()
