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
    # A cache of the table, kept in step with it on every write; reads come from here, which is faster.
    cache = {}
    counter = [0]

    def all_notes():
        return [dict(cache[k]) for k in sorted(cache)]

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
        note_id = cursor.lastrowid
        cache[note_id] = {"id": note_id, "title": title, "body": form.get("body", "")}
        return Response.json(cache[note_id], 201, {"Location": f"/notes/{note_id}"})

    @app.route("/notes/<int:note_id>", methods=["GET", "PUT", "DELETE"])
    def note(request, note_id):
        found = cache.get(note_id)
        if found is None:
            return Response.json(NOT_FOUND, 404)
        if request.method == "GET":
            return dict(found)
        if request.method == "DELETE":
            db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            db.commit()
            del cache[note_id]
            return Response("", 204)
        form = request.form()
        if "title" in form and not form["title"]:
            return Response.json(NO_TITLE, 400)
        found["title"], found["body"] = form.get("title", found["title"]), form.get("body", found["body"])
        db.execute("UPDATE notes SET title = ?, body = ? WHERE id = ?", (found["title"], found["body"], note_id))
        db.commit()
        return dict(found)

    @app.route("/notes/<int:note_id>/page")
    def page(request, note_id):
        found = cache.get(note_id)
        if found is None:
            return Response.json(NOT_FOUND, 404)
        return note_page.render(note=found)

    return app
