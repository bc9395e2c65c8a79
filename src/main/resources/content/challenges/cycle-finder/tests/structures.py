"""Builds random object graphs for the cycle-finder drivers, as Python code (so a failed check can show it)."""

WORDS = ["apple", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "island", "jungle", "kettle",
         "lagoon", "meadow", "nectar", "orchid", "pepper", "quartz", "raven"]


class Node:
    """A plain object; its attributes are what the walk follows."""

    def __init__(self, name=""):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


def route(rng, target, hashable, containers_only):
    """An expression that holds `target`, directly or through unlabelled objects."""
    choices = ["[{}]", "({},)", "{{'x': {}}}", "Node_with({})", "[({},)]", "{{'y': [{}]}}"]
    if hashable:
        choices.append("{{{}}}")  # a set
    if not containers_only:
        choices += ["{}", "{}"]
    return rng.choice(choices).format(target)


def build(rng, count, edges, self_loops=0, loners=0, containers_only=False, acyclic=False):
    """Code that makes `count` labelled objects and links them, plus `loners` Nodes that refer to themselves only;
    returns (labels, code)."""
    labels = rng.sample(WORDS, count + loners)
    labels, alone = labels[:count], labels[count:]
    kinds = {label: rng.choice(["Node", "Node", "Node", "list", "dict"]) for label in labels}
    lines = []
    for label in labels:
        lines.append(f"{label} = " + {"Node": f"Node({label!r})", "list": "[]", "dict": "{}"}[kinds[label]])
    counter = 0

    def link(source, expression):
        nonlocal counter
        counter += 1
        kind = kinds[source]
        if kind == "Node":
            lines.append(f"{source}.a{counter} = {expression}")
        elif kind == "list":
            lines.append(f"{source}.append({expression})")
        else:
            lines.append(f"{source}['k{counter}'] = {expression}")

    order = labels[:]
    rng.shuffle(order)  # for acyclic graphs: links only go from earlier to later in this order
    made = set()
    for _ in range(edges):
        if acyclic:
            i, j = sorted(rng.sample(range(count), 2))
            source, target = order[i], order[j]
        else:
            source, target = rng.sample(labels, 2)
        if (source, target) in made:
            continue
        made.add((source, target))
        link(source, route(rng, target, kinds[target] == "Node", containers_only))
    if not acyclic:  # at least one cycle, however the links above fell: three labelled objects in a ring
        ring = rng.sample(labels, 3)
        for source, target in zip(ring, ring[1:] + ring[:1]):
            if (source, target) not in made:
                made.add((source, target))
                link(source, route(rng, target, kinds[target] == "Node", containers_only))
    for label in rng.sample(labels, self_loops):
        link(label, route(rng, label, kinds[label] == "Node", containers_only))
    if rng.random() < 0.7 and count >= 3:  # an unlabelled list shared by two objects
        a, b, c = rng.sample(order, 3) if not acyclic else [order[k] for k in sorted(rng.sample(range(count), 3))]
        lines.append("hub = []")
        link(a, "hub")
        link(b, "hub")
        lines.append(f"hub.append({c})")
    for label in alone:
        lines.append(f"{label} = Node({label!r})")
        lines.append(f"{label}.a0 = " + route(rng, label, True, containers_only))
    return labels + alone, "\n".join(lines) + "\n"


def rings(rng):
    """Code for two rings of labelled Nodes, a one-way link from the first ring to the second, and a Node that
    only refers to the first ring; returns (labels, code)."""
    labels = rng.sample(WORDS, rng.randint(7, 10))
    tail, rest = labels[0], labels[1:]
    cut = rng.randint(2, len(rest) - 2)
    first, second = rest[:cut], rest[cut:]
    links = []
    for ring in (first, second):
        for i, label in enumerate(ring):
            links.append(f"{label}.next = " + route(rng, ring[(i + 1) % len(ring)], True, False))
    links.append(f"{rng.choice(first)}.other = " + route(rng, rng.choice(second), True, False))
    links.append(f"{tail}.into = " + route(rng, rng.choice(first), True, False))
    rng.shuffle(links)  # the order the links are made in does not matter
    lines = [f"{label} = Node({label!r})" for label in labels] + links
    return labels, "\n".join(lines) + "\n"


def Node_with(target):
    """An unlabelled Node holding target."""
    node = Node("hidden")
    node.ref = target
    return node


def make(code, labels):
    namespace = {"Node": Node, "Node_with": Node_with}
    exec(code, namespace)
    return {label: namespace[label] for label in labels}
