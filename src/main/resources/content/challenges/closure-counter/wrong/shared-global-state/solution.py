_current = None


def make_counter(start=0, step=1):
    global _current
    _current = start - step

    def counter():
        global _current
        _current += step
        return _current

    return counter
