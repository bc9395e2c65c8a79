def add_two(n):
    return n + 2
