"""A small WSGI web framework: routing with typed path parameters, onion-model middleware, a template engine."""
import html
import json
import re
import urllib.parse
from http import HTTPStatus

TEXT = "text/plain; charset=utf-8"
HTML = "text/html; charset=utf-8"


# ---------------------------------------------------------------- requests and responses

class Request:
    def __init__(self, environ, app=None):
        self.environ = environ
        self.app = app
        self.db = app.db if app is not None else None
        self.method = environ.get("REQUEST_METHOD", "GET").upper()
        self.path = environ.get("PATH_INFO") or "/"
        self.query = dict(urllib.parse.parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True))
        headers = {}
        for key, value in environ.items():
            if key.startswith("HTTP_"):
                headers[key[5:].replace("_", "-").lower()] = value
        for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            if environ.get(key):
                headers[key.replace("_", "-").lower()] = environ[key]
        self.headers = headers
        length = environ.get("CONTENT_LENGTH") or ""
        size = int(length) if length.strip() else 0
        self.body = environ["wsgi.input"].read(size) if size > 0 else b""
        self.params = {}
        self.state = {}

    def form(self):
        return dict(urllib.parse.parse_qsl(self.body.decode("utf-8"), keep_blank_values=True))

    def json(self):
        return json.loads(self.body)


class Response:
    def __init__(self, body="", status=200, content_type=HTML, headers=None):
        self.body = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        self.status = status
        self.content_type = content_type
        self.headers = dict(headers or {})

    @classmethod
    def json(cls, value, status=200, headers=None):
        return cls(json.dumps(value), status, "application/json", headers)


class HTTPError(Exception):
    def __init__(self, status, message=None, headers=None):
        self.status = status
        self.message = HTTPStatus(status).phrase if message is None else message
        self.headers = dict(headers or {})
        super().__init__(status, self.message)

    def response(self):
        return Response(self.message, self.status, TEXT, self.headers)


def to_response(value):
    if isinstance(value, Response):
        return value
    if isinstance(value, str):
        return Response(value)
    if isinstance(value, (dict, list)):
        return Response.json(value)
    raise TypeError(f"a handler returned {type(value).__name__}; expected Response, str, dict or list")


# ---------------------------------------------------------------- routing

CONVERTERS = {"str": (r"[^/]+", str), "int": (r"[0-9]+", int), "path": (r".+", str)}
PLACEHOLDER = re.compile(r"<(?:([A-Za-z_][A-Za-z0-9_]*):)?([A-Za-z_][A-Za-z0-9_]*)>")


class Route:
    def __init__(self, pattern, handler, methods):
        self.pattern = pattern
        self.handler = handler
        self.methods = {m.upper() for m in methods}
        self.converters = {}
        parts = []
        for segment in pattern.split("/"):
            match = PLACEHOLDER.fullmatch(segment)
            if match:
                kind, name = match.group(1) or "str", match.group(2)
                if kind not in CONVERTERS:
                    raise ValueError(f"unknown converter {kind!r} in {pattern!r}")
                regex, convert = CONVERTERS[kind]
                self.converters[name] = convert
                parts.append(f"(?P<{name}>{regex})")
            else:
                parts.append(re.escape(segment))
        self.regex = re.compile("/".join(parts))

    def match(self, path):
        found = self.regex.fullmatch(path)
        if found is None:
            return None
        return {name: self.converters[name](text) for name, text in found.groupdict().items()}


# ---------------------------------------------------------------- the application

class App:
    def __init__(self, db=None):
        self.db = db
        self.routes = []
        self.middleware = []

    def add_route(self, pattern, handler, methods=("GET",)):
        self.routes.append(Route(pattern, handler, methods))

    def route(self, pattern, methods=("GET",)):
        def register(handler):
            self.add_route(pattern, handler, methods)
            return handler

        return register

    def use(self, middleware):
        self.middleware.append(middleware)
        return middleware

    def dispatch(self, request):
        allowed = set()
        for route in self.routes:
            params = route.match(request.path)
            if params is None:
                continue
            if request.method not in route.methods:
                continue
            request.params = params
            try:
                return to_response(route.handler(request, **params))
            except HTTPError as error:
                return error.response()
        if allowed:
            return HTTPError(405, headers={"Allow": ", ".join(sorted(allowed))}).response()
        return HTTPError(404).response()

    def handle(self, request):
        call = self.dispatch
        for middleware in reversed(self.middleware):
            call = (lambda mw, inner: lambda req: mw(req, inner))(middleware, call)
        try:
            return call(request)
        except HTTPError as error:
            return error.response()
        except Exception:
            return HTTPError(500).response()

    def __call__(self, environ, start_response):
        try:
            response = self.handle(Request(environ, self))
        except Exception:
            response = HTTPError(500).response()
        body = b"" if response.status == 204 else response.body
        headers = []
        if response.status not in (204, 304):
            headers.append(("Content-Type", response.content_type))
        headers.append(("Content-Length", str(len(body))))
        headers.extend((str(k), str(v)) for k, v in response.headers.items())
        start_response(f"{response.status} {HTTPStatus(response.status).phrase}", headers)
        return [body]


# ---------------------------------------------------------------- templates

class TemplateError(Exception):
    pass


class TemplateSyntaxError(TemplateError):
    pass


TOKEN = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}", re.S)
EXPR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.([A-Za-z_][A-Za-z0-9_]*|[0-9]+))*")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _expr(text):
    text = text.strip()
    if not EXPR.fullmatch(text):
        raise TemplateSyntaxError(f"bad expression {text!r}")
    return text.split(".")


class Template:
    def __init__(self, source):
        self.source = source
        self.nodes = self._parse(source)

    @staticmethod
    def _parse(source):
        root = []
        stack = [("root", root, None)]  # (kind, current list, block node)
        pos = 0
        for match in TOKEN.finditer(source):
            text = source[pos:match.start()]
            pos = match.end()
            if "{{" in text or "{%" in text:
                raise TemplateSyntaxError("a tag is not closed")
            if text:
                stack[-1][1].append(("text", text))
            if match.group(1) is not None:
                inner = match.group(1)
                safe = False
                if "|" in inner:
                    inner, filt = inner.split("|", 1)
                    if filt.strip() != "safe":
                        raise TemplateSyntaxError(f"unknown filter {filt.strip()!r}")
                    safe = True
                stack[-1][1].append(("var", _expr(inner), safe))
                continue
            words = match.group(2).split()
            if not words:
                raise TemplateSyntaxError("empty tag")
            tag = words[0]
            if tag == "if" and len(words) == 2:
                node = ["if", _expr(words[1]), [], None]
                stack[-1][1].append(node)
                stack.append(("if", node[2], node))
            elif tag == "else" and len(words) == 1:
                kind, _, node = stack[-1]
                if kind != "if" or node[3] is not None:
                    raise TemplateSyntaxError("else outside an if")
                node[3] = []
                stack[-1] = ("if", node[3], node)
            elif tag == "endif" and len(words) == 1:
                if stack[-1][0] != "if":
                    raise TemplateSyntaxError("endif without if")
                stack.pop()
            elif tag == "for" and len(words) == 4 and words[2] == "in" and NAME.fullmatch(words[1]):
                node = ["for", words[1], _expr(words[3]), []]
                stack[-1][1].append(node)
                stack.append(("for", node[3], node))
            elif tag == "endfor" and len(words) == 1:
                if stack[-1][0] != "for":
                    raise TemplateSyntaxError("endfor without for")
                stack.pop()
            else:
                raise TemplateSyntaxError(f"bad tag {match.group(2).strip()!r}")
        rest = source[pos:]
        if "{{" in rest or "{%" in rest:
            raise TemplateSyntaxError("a tag is not closed")
        if rest:
            stack[-1][1].append(("text", rest))
        if len(stack) != 1:
            raise TemplateSyntaxError(f"{stack[-1][0]} is not closed")
        return root

    def render(self, context=None, **values):
        scope = dict(context or {})
        scope.update(values)
        out = []
        self._render(self.nodes, [scope], out)
        return "".join(out)

    @staticmethod
    def _lookup(parts, scopes):
        for scope in reversed(scopes):
            if parts[0] in scope:
                value = scope[parts[0]]
                break
        else:
            raise TemplateError(f"{parts[0]!r} is not defined")
        for part in parts[1:]:
            try:
                if isinstance(value, dict):
                    value = value[part]
                elif part.isdigit():
                    value = value[int(part)]
                else:
                    value = getattr(value, part)
            except (KeyError, IndexError, TypeError, AttributeError):
                raise TemplateError(f"cannot look up {'.'.join(parts)!r}") from None
        return value

    def _render(self, nodes, scopes, out):
        for node in nodes:
            kind = node[0]
            if kind == "text":
                out.append(node[1])
            elif kind == "var":
                text = str(self._lookup(node[1], scopes))
                out.append(text if node[2] else html.escape(text, quote=True))
            elif kind == "if":
                branch = node[2] if self._lookup(node[1], scopes) else (node[3] or [])
                self._render(branch, scopes, out)
            else:
                for item in self._lookup(node[2], scopes):
                    self._render(node[3], scopes + [{node[1]: item}], out)
