"""Rewrites a challenge's unittest files so that their expected answers stay on the trusted side.

Runs on the grading host, never in a sandbox with a learner's code, and never executes the files: it parses them.
Reads {"test_x.py": source, ...} as JSON on stdin and writes, per file, two versions:

- "learner": every assertion becomes an observation of its computed side only. The expected side (42 in
  assertEqual(f(x), 42), the exception type in assertRaises) and the kind of comparison are gone.
- "reference": the same observations, plus the comparison and a thunk for the expected side. It runs against the
  reference solution in a sandbox of its own; the grader compares the learner's observations with its results.

On an assertion the grader cannot split, it writes {"error": {"file", "line", "message"}} instead.
"""
import ast
import re
import json
import sys

EQUAL = {"assertEqual", "assertEquals", "assertListEqual", "assertTupleEqual", "assertDictEqual",
         "assertSetEqual", "assertSequenceEqual", "assertMultiLineEqual"}
BINARY = {"assertNotEqual": "not_equal", "assertCountEqual": "count_equal", "assertGreater": "greater",
          "assertGreaterEqual": "greater_equal", "assertLess": "less", "assertLessEqual": "less_equal",
          "assertRegex": "regex", "assertNotRegex": "not_regex", "assertIsInstance": "isinstance",
          "assertNotIsInstance": "not_isinstance", "assertAlmostEqual": "almost_equal",
          "assertNotAlmostEqual": "not_almost_equal"}
MIRRORED = {"greater": "less", "greater_equal": "less_equal", "less": "greater", "less_equal": "greater_equal"}
UNARY = {"assertTrue": "true", "assertFalse": "false", "assertIsNone": "is_none", "assertIsNotNone": "is_not_none"}
RAISES = {"assertRaises": "raises", "assertRaisesRegex": "raises_regex"}
COMPARE = {ast.Eq: "equal", ast.NotEq: "not_equal", ast.Lt: "less", ast.LtE: "less_equal", ast.Gt: "greater",
           ast.GtE: "greater_equal", ast.In: "in", ast.NotIn: "not_in"}


class Unsupported(Exception):
    def __init__(self, line, message):
        super().__init__(message)
        self.line = line


def unsupported(line, name):
    return Unsupported(line, f"self.{name} cannot be graded here: the grader splits assertEqual, assertTrue, "
                             "assertRaises and their kin called as statements (assertRaises also in a with-statement), "
                             "so that the expected side stays out of the learner's sandbox; see docs/challenges.md")


def literal(node):
    try:
        ast.literal_eval(node)
        return True
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False


def call(name, *args, **keywords):
    return ast.Call(ast.Attribute(ast.Name("_skilltree", ast.Load()), name, ast.Load()), list(args),
                    [ast.keyword(k, v) for k, v in keywords.items()])


def thunk(expression):
    return ast.Lambda(ast.arguments([], [], None, [], [], None, []), expression)


class Split(ast.NodeVisitor):
    """One side of the rewrite: the learner's (observations only) or the reference's (with comparisons).

    It collects edits rather than rebuilding the file, so that every line keeps its number: the source outside the
    assertions is left exactly as written, and an assertion spanning several lines becomes a call spanning as many.
    """

    def __init__(self, source, reference):
        self.source = source
        self.reference = reference
        self.edits = []
        self.handled = set()

    def replace(self, node, replacement):
        text = ast.unparse(ast.fix_missing_locations(replacement))
        extra = node.end_lineno - node.lineno
        if extra:
            text = text[:-1] + "\n" * extra + ")"
        self.edits.append(((node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset), text))
        for inner in ast.walk(node):
            self.handled.add(id(inner))

    def observation(self, node, computed, op, expected=None, **options):
        src = ast.get_source_segment(self.source, computed) or ast.unparse(computed)
        place = {"key": ast.Constant(f"{node.lineno}:{node.col_offset}"), "line": ast.Constant(node.lineno),
                 "src": ast.Constant(src[:200])}
        if self.reference:
            place["op"] = ast.Constant(op)
            if expected is not None:
                place["expected"] = thunk(expected)
            for name, value in options.items():
                place[name] = value
        return place

    def visit_Expr(self, node):
        value = node.value
        if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                and isinstance(value.func.value, ast.Name) and value.func.value.id == "self"
                and is_assertion(value.func.attr)):
            return self.generic_visit(node)
        name, args = value.func.attr, list(value.args)
        keywords = {k.arg: k.value for k in value.keywords if k.arg != "msg"}
        if name in RAISES:
            return self.raises_call(node, name, args, keywords)
        op, computed, expected, options = self.classify(node, name, args, keywords)
        self.replace(node, call("observe", thunk(computed), **self.observation(node, computed, op, expected, **options)))

    def classify(self, node, name, args, keywords):
        if name in UNARY and args:
            return UNARY[name], args[0], None, {}
        if name in ("assertIs", "assertIsNot") and len(args) >= 2:
            constant = [a for a in args[:2] if isinstance(a, ast.Constant) and a.value in (None, True, False)]
            if constant:
                other = args[1] if args[0] is constant[0] else args[0]
                return ("is" if name == "assertIs" else "is_not"), other, constant[0], {}
            identical = ast.Compare(args[0], [ast.Is()], [args[1]])
            return ("true" if name == "assertIs" else "false"), identical, None, {}
        if name in ("assertIn", "assertNotIn") and len(args) >= 2:
            member, container = args[0], args[1]
            if literal(member) and not literal(container):
                return ("contains" if name == "assertIn" else "not_contains"), container, member, {}
            return ("in" if name == "assertIn" else "not_in"), member, container, {}
        if (name in EQUAL or name in BINARY) and len(args) >= 2:
            op = "equal" if name in EQUAL else BINARY[name]
            first, second = args[0], args[1]
            if literal(first) and not literal(second) and op not in ("isinstance", "not_isinstance", "regex",
                                                                    "not_regex"):
                first, second, op = second, first, MIRRORED.get(op, op)
            if op in ("isinstance", "not_isinstance"):
                second = ast.Call(ast.Name("_skilltree_names", ast.Load()), [second], [])
            options = {}
            if op in ("almost_equal", "not_almost_equal"):
                for key in ("places", "delta"):
                    if key in keywords:
                        options[key] = keywords[key]
                if len(args) > 2:
                    options["places"] = args[2]
            return op, first, second, options
        raise unsupported(node.lineno, name)

    def raises_call(self, node, name, args, keywords):
        if len(args) < (2 if name == "assertRaises" else 3):
            raise Unsupported(node.lineno, f"self.{name} needs a callable here, or use it as 'with self.{name}(...)'")
        exception, rest = args[0], args[1:]
        regex = None
        if name == "assertRaisesRegex":
            regex, rest = rest[0], rest[1:]
        invoked = ast.Call(rest[0], rest[1:], [ast.keyword(k, v) for k, v in keywords.items()])
        place = self.raises_place(node, invoked, name, exception, regex)
        self.replace(node, call("observe", thunk(invoked), **place))

    def raises_place(self, node, computed, name, exception, regex):
        expected = ast.Call(ast.Name("_skilltree_names", ast.Load()), [exception], [])
        options = {"regex": regex} if regex is not None else {}
        place = self.observation(node, computed, RAISES[name], expected, **options)
        place["raises"] = ast.Constant(True)
        return place

    def visit_With(self, node):
        for item in node.items:
            context = item.context_expr
            if (isinstance(context, ast.Call) and isinstance(context.func, ast.Attribute)
                    and isinstance(context.func.value, ast.Name) and context.func.value.id == "self"
                    and context.func.attr in RAISES):
                args = list(context.args)
                if not args:
                    raise Unsupported(node.lineno, f"self.{context.func.attr}() needs an exception type")
                regex = args[1] if context.func.attr == "assertRaisesRegex" and len(args) > 1 else None
                block = ast.Constant("the block on line %d" % node.lineno)
                place = self.raises_place(node, block, context.func.attr, args[0], regex)
                place["src"] = ast.Constant(self.block_source(node))
                self.replace(context, call("raises", **place))
        self.generic_visit(node)

    def block_source(self, node):
        first = node.body[0]
        text = ast.get_source_segment(self.source, first) or ast.unparse(first)
        return (text.splitlines() or [""])[0][:200]

    def visit_Assert(self, node):
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in COMPARE:
            op, computed, expected = COMPARE[type(test.ops[0])], test.left, test.comparators[0]
            if op in ("in", "not_in") and literal(computed) and not literal(expected):
                op, computed, expected = ("contains" if op == "in" else "not_contains"), expected, computed
            elif literal(computed) and not literal(expected):
                computed, expected, op = expected, computed, MIRRORED.get(op, op)
        elif isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)) \
                and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
            op, computed, expected = ("is_none" if isinstance(test.ops[0], ast.Is) else "is_not_none"), test.left, None
        else:
            op, computed, expected = "true", test, None
        self.replace(node, call("observe", thunk(computed), **self.observation(node, computed, op, expected)))

    def visit_Attribute(self, node):
        if (id(node) not in self.handled and isinstance(node.value, ast.Name) and node.value.id == "self"
                and is_assertion(node.attr)):
            raise unsupported(node.lineno, node.attr)
        self.generic_visit(node)


def is_assertion(name):
    """unittest's assertion methods (assertEqual, fail, failUnless, ...), not a name such as self.failures."""
    return re.fullmatch(r"assert[A-Z_]\w*|fail(If\w*|Unless\w*)?", name) is not None


def rewrite(name, source, reference):
    """The file with each assertion replaced in place; the runner provides _skilltree and _skilltree_names."""
    split = Split(source, reference)
    split.visit(ast.parse(source, filename=name))
    lines = source.encode("utf-8").splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    data = source.encode("utf-8")
    for (line, col), (end_line, end_col), text in sorted(split.edits, reverse=True):
        data = data[: starts[line - 1] + col] + text.encode("utf-8") + data[starts[end_line - 1] + end_col:]
    return data.decode("utf-8")


def main():
    files = json.load(sys.stdin)
    out = {}
    for name, source in sorted(files.items()):
        try:
            out[name] = {"learner": rewrite(name, source, False), "reference": rewrite(name, source, True)}
        except SyntaxError as error:
            out = {"error": {"file": name, "line": error.lineno or 0, "message": f"syntax error: {error.msg}"}}
            break
        except Unsupported as error:
            out = {"error": {"file": name, "line": error.line, "message": str(error)}}
            break
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
