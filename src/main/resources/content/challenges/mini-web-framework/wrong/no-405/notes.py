"""A small notes service built on framework.py, storing its notes in a sqlite3 database."""
from framework import App, HTTPError, Response, Template

INDEX_PAGE = """<h1>Notes</h1>
{% if notes %}<ul>
{% for note in notes %}<li><a href="/notes/{{ note.id }}/page">{{ note.title }}</a></li>
{% endfor %}</ul>{% else %}<p>No notes yet.</p>{% endif %}
"""

NOTE_PAGE = """<article><h1>{{ note.title }}</h1><div>{{ note.body }}</div></article>
"""

NOT_FOUND = {"error": "note not found"}
NO_TITLE = {"error": "title is required"}


def create_app(db):
    db.execute("CREATE TABLE IF NOT EXISTS notes ("
               "id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, body TEXT NOT NULL)")
    db.commit()
    app = App(db)
    index_page, note_page = Template(INDEX_PAGE), Template(NOTE_PAGE)

    def fetch(note_id):
        row = db.execute("SELECT id, title, body FROM notes WHERE id = ?", (note_id,)).fetchone()
        return None if row is None else {"id": row[0], "title": row[1], "body": row[2]}

    def all_notes():
        return [{"id": r[0], "title": r[1], "body": r[2]}
                for r in db.execute("SELECT id, title, body FROM notes ORDER BY id")]

    @app.route("/")
    def index(request):
        return index_page.render(notes=all_notes())

    @app.route("/notes", methods=["GET", "POST"])
    def notes(request):
        if request.method == "GET":
            return all_notes()
        form = request.form()
        title = form.get("title", "")
        if not title:
            return Response.json(NO_TITLE, 400)
        cursor = db.execute("INSERT INTO notes (title, body) VALUES (?, ?)", (title, form.get("body", "")))
        db.commit()
        return Response.json(fetch(cursor.lastrowid), 201, {"Location": f"/notes/{cursor.lastrowid}"})

    @app.route("/notes/<int:note_id>", methods=["GET", "PUT", "DELETE"])
    def note(request, note_id):
        found = fetch(note_id)
        if found is None:
            return Response.json(NOT_FOUND, 404)
        if request.method == "GET":
            return found
        if request.method == "DELETE":
            db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            db.commit()
            return Response("", 204)
        form = request.form()
        if "title" in form and not form["title"]:
            return Response.json(NO_TITLE, 400)
        title, body = form.get("title", found["title"]), form.get("body", found["body"])
        db.execute("UPDATE notes SET title = ?, body = ? WHERE id = ?", (title, body, note_id))
        db.commit()
        return fetch(note_id)

    @app.route("/notes/<int:note_id>/page")
    def page(request, note_id):
        found = fetch(note_id)
        if found is None:
            return Response.json(NOT_FOUND, 404)
        return note_page.render(note=found)

    return app
