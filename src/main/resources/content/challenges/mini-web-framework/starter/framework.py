"""A small WSGI web framework: routing with typed path parameters, onion-model middleware, a template engine.

The statement gives the exact behaviour of every name below.
"""
import html
import json
import re
import urllib.parse
from http import HTTPStatus


class Request:
    """What a handler and a middleware receive: method, path, query, headers, body, params, state, app, db, environ."""

    def __init__(self, environ, app=None):
        raise NotImplementedError

    def form(self):
        """The body parsed as application/x-www-form-urlencoded: a dict of str to str (the last value wins)."""
        raise NotImplementedError

    def json(self):
        """The body parsed as JSON."""
        raise NotImplementedError


class Response:
    def __init__(self, body="", status=200, content_type="text/html; charset=utf-8", headers=None):
        raise NotImplementedError

    @classmethod
    def json(cls, value, status=200, headers=None):
        """A Response whose body is json.dumps(value) and whose content type is application/json."""
        raise NotImplementedError


class HTTPError(Exception):
    def __init__(self, status, message=None, headers=None):
        raise NotImplementedError


class App:
    def __init__(self, db=None):
        raise NotImplementedError

    def add_route(self, pattern, handler, methods=("GET",)):
        raise NotImplementedError

    def route(self, pattern, methods=("GET",)):
        """A decorator: @app.route("/users/<int:id>", methods=["GET", "PUT"])."""
        raise NotImplementedError

    def use(self, middleware):
        """Add a middleware, middleware(request, call_next) -> Response. Returns it unchanged."""
        raise NotImplementedError

    def __call__(self, environ, start_response):
        """The WSGI entry point."""
        raise NotImplementedError


class TemplateError(Exception):
    """Raised by Template.render for a name, key, index or attribute that cannot be looked up."""


class TemplateSyntaxError(TemplateError):
    """Raised by Template(source) for a template that does not follow the grammar."""


class Template:
    def __init__(self, source):
        raise NotImplementedError

    def render(self, context=None, **values):
        raise NotImplementedError
