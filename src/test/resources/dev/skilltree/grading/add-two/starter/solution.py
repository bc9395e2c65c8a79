def add_two(n):
    raise NotImplementedError
