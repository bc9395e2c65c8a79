def make_counter(start=0, step=1):
    current = start - 1

    def counter():
        nonlocal current
        current += 1
        return current

    return counter
