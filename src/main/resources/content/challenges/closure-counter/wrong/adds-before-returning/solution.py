def make_counter(start=0, step=1):
    current = start

    def counter():
        nonlocal current
        current += step
        return current

    return counter
