"""Checks for metaclass-registry. Each check's result is compared with the reference solution's for the same
inputs; the class names and shapes change from run to run. A label lists the class statements run so far."""
from registry import DuplicateNameError, Registry
from script import LEAVES, METHODS, ROOTS, Script, concrete_tree


def _draw_names(rng, count):
    return rng.sample(LEAVES, count)


def test_registers_concrete_subclasses_when_defined(check, rng):
    script = Script()
    method = rng.choice(METHODS)
    root = script.define(rng.choice(ROOTS), abstract=(method,))
    names = _draw_names(rng, 6)
    tree = concrete_tree(rng, script, root, method, 5, names)
    check(script.label(f"{root.__name__}.registered()"), root.registered)
    for cls in tree[1:]:
        asker = rng.choice(tree)
        check(script.label(f"{asker.__name__}.lookup({cls.__name__!r})"),
              lambda: script.describe(asker.lookup(cls.__name__)))
    late = script.define(names.pop(), rng.choice(tree[1:]), implements=(method,))
    check(script.label(f"{tree[-1].__name__}.lookup({late.__name__!r}), for a class defined after the others"),
          lambda: script.describe(tree[-1].lookup(late.__name__)))


def test_a_concrete_root_is_registered_too(check, rng):
    script = Script()
    root = script.define(rng.choice(ROOTS), implements=(rng.choice(METHODS),))
    names = _draw_names(rng, 2)
    child = script.define(names[0], root)
    script.define(names[1], child)
    check(script.label(f"{root.__name__}.registered()"), root.registered)
    check(script.label(f"{child.__name__}.lookup({root.__name__!r})"), lambda: script.describe(child.lookup(root.__name__)))


def test_abstract_methods_make_a_class_abstract(check, rng):
    script = Script()
    first, second = rng.sample(METHODS, 2)
    names = _draw_names(rng, 3)
    root = script.define(rng.choice(ROOTS), abstract=(first,))
    middle = script.define(names[0], root, implements=(first,), abstract=(second,))
    leaf = script.define(names[1], middle, implements=(second,))
    script.define(names[2], root, implements=(first,))
    check(script.label(f"{leaf.__name__}.registered()"), leaf.registered)
    check(script.label(f"{leaf.__name__}.lookup({middle.__name__!r})"), lambda: script.describe(leaf.lookup(middle.__name__)))
    check(script.label(f"{root.__name__}.lookup({root.__name__!r})"), lambda: script.describe(root.lookup(root.__name__)))
    check(script.label(f"{middle.__name__}() (an abstract class cannot be instantiated)"),
          lambda: type(middle()).__name__)
    check(script.label(f"{leaf.__name__}().{second}()"), lambda: getattr(leaf(), second)())


def test_inherited_abstract_methods_still_count(check, rng):
    script = Script()
    first, second = rng.sample(METHODS, 2)
    names = _draw_names(rng, 4)
    root = script.define(rng.choice(ROOTS), abstract=(first, second))
    half = script.define(names[0], root, implements=(first,))
    quiet = script.define(names[1], half)
    whole = script.define(names[2], quiet, implements=(second,))
    script.define(names[3], whole)
    check(script.label(f"{root.__name__}.registered()"), root.registered)
    check(script.label(f"{root.__name__}.lookup({quiet.__name__!r})"), lambda: script.describe(root.lookup(quiet.__name__)))


def test_the_marker_skips_only_its_own_class(check, rng):
    script = Script()
    names = _draw_names(rng, 4)
    method = rng.choice(METHODS)
    root = script.define(rng.choice(ROOTS), marker=True, implements=(method,))
    base = script.define(names[0], root, marker=True)
    script.define(names[1], base)
    script.define(names[2], root)
    script.define(names[3], base, marker=rng.random() < 0.5)
    check(script.label(f"{base.__name__}.registered()"), base.registered)
    check(script.label(f"{root.__name__}.lookup({base.__name__!r})"), lambda: script.describe(root.lookup(base.__name__)))
    check(script.label(f"{root.__name__}().{method}() (the marker does not stop instantiation)"),
          lambda: getattr(root(), method)())


def test_unknown_names_raise_key_error_naming_the_name(check, rng):
    script = Script()
    names = _draw_names(rng, 3)
    root = script.define(rng.choice(ROOTS), marker=True)
    script.define(names[0], root)
    unknown = names[1] + names[2]
    check(script.label(f"{root.__name__}.lookup({unknown!r})"), lambda: root.lookup(unknown))
    check(script.label(f"{unknown!r} appears in the KeyError's message of {root.__name__}.lookup({unknown!r})"),
          lambda: _message_names(lambda: root.lookup(unknown), unknown))


def _message_names(action, name):
    try:
        action()
    except Exception as error:
        return name in str(error)
    return "nothing was raised"


def test_duplicate_names_raise_and_leave_the_registry_alone(check, rng):
    script = Script()
    names = _draw_names(rng, 4)
    root = script.define(rng.choice(ROOTS), marker=True)
    first = script.define(names[0], root)
    second = script.define(names[1], root)
    branch = rng.choice([root, first, second])
    check(script.label(f"class {names[0]}({branch.__name__}): pass, a second class named {names[0]}"),
          lambda: script.attempt(names[0], branch))
    check(script.label(f"{names[0]!r} appears in the DuplicateNameError's message"),
          lambda: _message_names(lambda: script.define(names[0], branch), names[0]))
    check(script.label(f"{root.__name__}.registered()"), root.registered)
    check(script.label(f"{root.__name__}.lookup({names[0]!r})"), lambda: script.describe(root.lookup(names[0])))
    check(script.label(f"class {names[2]}({second.__name__}): registry_name = {names[1]!r}"),
          lambda: script.attempt(names[2], second, registry_name=names[1]))
    check(script.label(f"class {names[3]}({first.__name__}): pass, after the failed class statements"),
          lambda: script.attempt(names[3], first))
    check(script.label(f"{root.__name__}.registered()"), root.registered)


def test_an_abstract_class_does_not_take_its_name(check, rng):
    script = Script()
    name = rng.choice(LEAVES)
    method = rng.choice(METHODS)
    root = script.define(rng.choice(ROOTS), abstract=(method,))
    check(script.label(f"class {name}({root.__name__}): __abstract__ = True"),
          lambda: script.attempt(name, root, marker=True, implements=(method,)))
    check(script.label(f"class {name}({root.__name__}): def {method}, a second class named {name}"),
          lambda: script.attempt(name, root, implements=(method,)))
    check(script.label(f"{root.__name__}.lookup({name!r})"), lambda: script.describe(root.lookup(name)))


def test_each_hierarchy_has_its_own_registry(check, rng):
    script = Script()
    first_root, second_root = rng.sample(ROOTS, 2)
    shared, only_first, only_second = _draw_names(rng, 3)
    method = rng.choice(METHODS)
    a = script.define(first_root, abstract=(method,))
    b = script.define(second_root, marker=True)
    check(script.label(f"class {shared}({first_root}): def {method}"),
          lambda: script.attempt(shared, a, implements=(method,)))
    check(script.label(f"class {shared}({second_root}): pass, the same name in the other hierarchy"),
          lambda: script.attempt(shared, b))
    check(script.label(f"class {only_first}({first_root}): def {method}"),
          lambda: script.attempt(only_first, a, implements=(method,)))
    check(script.label(f"class {only_second}({second_root}): pass"), lambda: script.attempt(only_second, b))
    check(script.label(f"{first_root}.registered()"), a.registered)
    check(script.label(f"{second_root}.registered()"), b.registered)
    check(script.label(f"{first_root}.lookup({shared!r})"), lambda: script.describe(a.lookup(shared)))
    check(script.label(f"{second_root}.lookup({shared!r})"), lambda: script.describe(b.lookup(shared)))
    check(script.label(f"{first_root}.lookup({only_second!r})"), lambda: script.describe(a.lookup(only_second)))


def test_registry_name_is_read_from_the_class_body_only(check, rng):
    script = Script()
    names = _draw_names(rng, 3)
    key = names[0].lower()
    root = script.define(rng.choice(ROOTS), marker=True)
    named = script.define(names[0], root, registry_name=key)
    check(script.label(f"class {names[1]}({names[0]}): pass"), lambda: script.attempt(names[1], named))
    check(script.label(f"class {names[2]}({names[0]}): pass"), lambda: script.attempt(names[2], named))
    check(script.label(f"{root.__name__}.registered()"), root.registered)
    check(script.label(f"{root.__name__}.lookup({key!r})"), lambda: script.describe(root.lookup(key)))
    check(script.label(f"{root.__name__}.lookup({names[0]!r})"), lambda: script.describe(root.lookup(names[0])))


def test_bases_from_two_hierarchies_raise_type_error(check, rng):
    script = Script()
    first_root, second_root = rng.sample(ROOTS, 2)
    names = _draw_names(rng, 4)
    a = script.define(first_root, marker=True)
    b = script.define(second_root, marker=True)
    left = script.define(names[0], a)
    right = script.define(names[1], b)
    check(script.label(f"class {names[2]}({names[0]}, {names[1]}): pass"), lambda: script.attempt(names[2], left, right))
    check(script.label(f"{first_root}.registered()"), a.registered)
    check(script.label(f"{second_root}.registered()"), b.registered)

    mixin = type("Loggable", (), {"__module__": "plugins"})
    script.lines.append("class Loggable: pass")
    check(script.label(f"class {names[3]}(Loggable, {names[0]}): pass, a plain mixin next to one hierarchy"),
          lambda: script.attempt(names[3], mixin, left))
    check(script.label(f"{first_root}.lookup({names[3]!r})"), lambda: script.describe(a.lookup(names[3])))


def test_a_root_may_have_plain_bases(check, rng):
    script = Script()
    names = _draw_names(rng, 2)
    mixin = type("Loggable", (), {"__module__": "plugins"})
    script.lines.append("class Loggable: pass")
    root_name = rng.choice(ROOTS)
    root = script.define(root_name, mixin)
    check(script.label(f"class {names[0]}({root_name}): pass"), lambda: script.attempt(names[0], root))
    check(script.label(f"{root_name}.registered()"), root.registered)
    other = script.define(rng.choice([r for r in ROOTS if r != root_name]), mixin, marker=True)
    check(script.label(f"class {names[0]}({other.__name__}): pass, in the second hierarchy on the same mixin"),
          lambda: script.attempt(names[0], other))
    check(script.label(f"{other.__name__}.registered()"), other.registered)
