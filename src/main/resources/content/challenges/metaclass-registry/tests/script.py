"""Builds class hierarchies from drawn inputs and writes each class statement down, so that a check's label shows
the classes it is about. Holds inputs only."""
import abc

from registry import Registry

ROOTS = ["Codec", "Exporter", "Parser", "Handler", "Command", "Storage", "Renderer", "Transport", "Plugin", "Backend"]
LEAVES = ["Csv", "Json", "Xml", "Yaml", "Toml", "Ini", "Html", "Markdown", "Gzip", "Zip", "Tar", "Http", "Ftp",
          "Smtp", "Redis", "Sqlite", "Memory", "Disk", "Plain", "Fancy", "Fast", "Safe", "Local", "Remote"]
METHODS = ["run", "handle", "encode", "render", "send", "load", "save", "close"]


def _method(name):
    def method(self):
        return name

    method.__name__ = name
    return method


class Script:
    def __init__(self):
        self.lines = []
        self.defined = []

    def define(self, name, *bases, abstract=(), implements=(), marker=False, registry_name=None):
        """class name(*bases): with the given body; bases may be classes made by Registry or plain classes."""
        namespace = {"__module__": "plugins", "__qualname__": name}
        body = []
        if marker:
            namespace["__abstract__"] = True
            body.append("__abstract__ = True")
        if registry_name is not None:
            namespace["registry_name"] = registry_name
            body.append(f"registry_name = {registry_name!r}")
        for method in abstract:
            namespace[method] = abc.abstractmethod(_method(method))
            body.append(f"@abstractmethod def {method}")
        for method in implements:
            namespace[method] = _method(method)
            body.append(f"def {method}")
        head = ", ".join(base.__name__ for base in bases)
        if not any(isinstance(base, Registry) for base in bases):
            head = ", ".join([head, "metaclass=Registry"]) if head else "metaclass=Registry"
        self.lines.append(f"class {name}({head}): {'; '.join(body) or 'pass'}")
        cls = Registry(name, tuple(bases), namespace)
        self.defined.append((cls, len(self.lines)))
        return cls

    def attempt(self, name, *bases, **body):
        """define(), for use inside a check: 'defined' when the class statement worked."""
        self.define(name, *bases, **body)
        return "defined"

    def describe(self, value):
        """A class from this script as 'Name (class statement N)'; anything else by its type."""
        for cls, line in self.defined:
            if value is cls:
                return f"{cls.__name__} (class statement {line})"
        return f"not a class defined here: a {type(value).__name__}"

    def label(self, what):
        return "after\n    " + "\n    ".join(self.lines) + "\n  then " + what


def concrete_tree(rng, script, root, method, size, names):
    """Adds size subclasses below root, each under a class drawn from those already in the tree; each one
    implements method or not (a subclass that does not, under an abstract class, stays abstract)."""
    tree = [root]
    for _ in range(size):
        base = rng.choice(tree)
        implements = (method,) if rng.random() < 0.6 else ()
        tree.append(script.define(names.pop(), base, implements=implements))
    return tree
