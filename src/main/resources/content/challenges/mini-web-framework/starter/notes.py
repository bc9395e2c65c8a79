"""A small notes service built on framework.py, storing its notes in a sqlite3 database."""
from framework import App, HTTPError, Response, Template

# Render these two templates with your Template class, exactly as they are.
INDEX_PAGE = """<h1>Notes</h1>
{% if notes %}<ul>
{% for note in notes %}<li><a href="/notes/{{ note.id }}/page">{{ note.title }}</a></li>
{% endfor %}</ul>{% else %}<p>No notes yet.</p>{% endif %}
"""

NOTE_PAGE = """<article><h1>{{ note.title }}</h1><div>{{ note.body }}</div></article>
"""


def create_app(db):
    """Create the notes table in db (a sqlite3.Connection) if it does not exist, and return an App serving it."""
    raise NotImplementedError
