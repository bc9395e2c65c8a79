"""Sum a list of integers in several processes that share named blocks of memory."""
import multiprocessing
import os
import struct
from multiprocessing.shared_memory import SharedMemory

VALUE = struct.Struct("q")      # one value: a signed 64-bit integer, native byte order
RESULT = struct.Struct("qq")    # one worker's result: its sum and its pid


def chunks(n, workers):
    """(start, stop) of each worker's slice: as even as possible, the first n % workers one longer."""
    size, extra = divmod(n, workers)
    bounds, start = [], 0
    for i in range(workers):
        stop = start + size + (1 if i < extra else 0)
        bounds.append((start, stop))
        start = stop
    return bounds


def _sum_slice(index, name, start, stop):
    """Runs in a worker process: attach to both blocks by name, sum the slice, write (sum, pid), close."""
    data = SharedMemory(name=name)
    try:
        out = SharedMemory(name=name + "-out")
        try:
            total = sum(struct.unpack_from(f"{stop - start}q", data.buf, start * VALUE.size))
            RESULT.pack_into(out.buf, index * RESULT.size, total, os.getpid())   # struct.error past 64 bits
        finally:
            out.close()
    finally:
        data.close()        # close, never unlink: the blocks belong to the caller


def parallel_sums(values, workers, name):
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    for v in values:
        if type(v) is not int:
            raise TypeError(f"values must be ints, not {type(v).__name__}")
        if not -2 ** 63 <= v < 2 ** 63:
            raise ValueError(f"{v} does not fit in 64 bits")
    data = SharedMemory(name=name, create=True, size=VALUE.size * max(1, len(values)))   # FileExistsError
    try:
        struct.pack_into(f"{len(values)}q", data.buf, 0, *values)
        out = SharedMemory(name=name + "-out", create=True, size=RESULT.size * workers)
        try:
            processes = []
            try:
                for i, (start, stop) in enumerate(chunks(len(values), workers)):
                    p = multiprocessing.Process(target=_sum_slice, args=(i, name, start, stop))
                    p.start()
                    processes.append(p)
            finally:
                for p in processes:
                    p.join()
            failed = [p.exitcode for p in processes if p.exitcode != 0]
            if failed:
                raise RuntimeError(f"{len(failed)} worker(s) failed: exit codes {failed}")
            results = [RESULT.unpack_from(out.buf, i * RESULT.size) for i in range(workers)]
        finally:
            out.close()
            out.unlink()
    finally:
        data.close()
        data.unlink()
    return [s for s, _ in results], [pid for _, pid in results]
