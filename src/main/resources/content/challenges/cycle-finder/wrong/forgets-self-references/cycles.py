"""Reference cycles and the cyclic garbage collector (CPython 3.11). See the statement for the exact rules."""
import gc


def references(obj):
    """What the walk follows from obj: items of lists, tuples, sets and frozensets, keys and values of dicts, and for
    any other object the values of its __dict__ (if it has one)."""
    if isinstance(obj, (list, tuple, set, frozenset)):
        return list(obj)
    if isinstance(obj, dict):
        return [*obj.keys(), *obj.values()]
    attributes = getattr(obj, "__dict__", None)
    if isinstance(attributes, dict):
        return list(attributes.values())
    return []


def edges(objects):
    """{label: set of labels its object reaches through unlabelled objects only (or directly)}."""
    label_of = {id(obj): label for label, obj in objects.items()}
    graph = {}
    for label, obj in objects.items():
        reached, seen = set(), {id(obj)}
        stack = list(references(obj))
        while stack:
            item = stack.pop()
            if id(item) in label_of:
                reached.add(label_of[id(item)])  # a labelled object ends the path
                continue
            if id(item) in seen:
                continue
            seen.add(id(item))
            stack.extend(references(item))
        graph[label] = reached
    return graph


def find_cycles(objects):
    """objects: {label: object}. The groups of labels whose objects lie on reference cycles, as sorted lists."""
    graph = edges(objects)
    # Tarjan's strongly connected components, iteratively.
    index, low, on_stack, stack, groups = {}, {}, set(), [], []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(groups)


def count_freed(make):
    """Call make() with the automatic collector off; return how many objects gc.collect() then finds unreachable."""
    was_enabled = gc.isenabled()
    gc.collect()  # earlier garbage is not make()'s
    gc.disable()  # no automatic collection may free part of make()'s garbage before we count it
    try:
        make()
        return gc.collect()
    finally:
        if was_enabled:
            gc.enable()


def generation_of(obj):
    """0, 1 or 2: the collector's generation that holds obj; None if the collector does not track obj."""
    if not gc.is_tracked(obj):
        return None
    for generation in range(3):
        if any(candidate is obj for candidate in gc.get_objects(generation=generation)):
            return generation
    return None
