"""Calls a WSGI application the way a server would, without sockets, through wsgiref's PEP 3333 validator."""
import io
import json
import warnings
from wsgiref.validate import validator


def call(app, method, path, query="", body=b"", headers=None):
    """One request. Returns plain data: {"status": "200 OK", "headers": {lower-case name: value}, "body": ...}.

    A JSON body (Content-Type application/json) is returned parsed, so that key order and spacing do not matter;
    any other body is returned as text."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    environ = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    if body:
        environ["CONTENT_LENGTH"] = str(len(body))
    for name, value in (headers or {}).items():
        key = name.upper().replace("-", "_")
        environ[key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else "HTTP_" + key] = value
    seen = {}

    def start_response(status, response_headers, exc_info=None):
        seen["status"] = status
        seen["headers"] = response_headers
        return lambda data: None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = validator(app)(environ, start_response)
        try:
            data = b"".join(result)
        finally:
            result.close()
    header_map = {name.lower(): value for name, value in seen["headers"]}
    text = data.decode("utf-8", errors="replace")
    if header_map.get("content-type", "").startswith("application/json"):
        try:
            text = json.loads(text)
        except ValueError:
            pass
    return {"status": seen["status"], "headers": header_map, "body": text}


def show(method, path, query="", body=b""):
    """The request as a label: POST /notes?x=1 with body 'title=a'."""
    target = path + (f"?{query}" if query else "")
    return f"{method} {target}" + (f" with body {body!r}" if body else "")
