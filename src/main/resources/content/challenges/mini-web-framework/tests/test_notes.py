"""The notes service built on the framework, on an in-memory sqlite3 database made by the driver."""
import sqlite3
import urllib.parse

from client import call, show
from notes import create_app

TITLES = ["O'Brien's shopping list", "l'été à Paris", "<em>urgent</em> & important", 'Say "hello"',
          "100% done; DROP TABLE notes; --", "Robert'); DELETE FROM notes; --", "plain title", "tab\tand, comma"]
BODIES = ["It's fine.", "<script>alert(1)</script>", "a & b < c", "two\nlines", "", "naïve café", "50% off"]


def form(**fields):
    return urllib.parse.urlencode(fields)


def rows(db):
    return [tuple(r) for r in db.execute("SELECT id, title, body FROM notes ORDER BY id")]


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def test_schema(check, rng):
    db = sqlite3.connect(":memory:")
    create_app(db)
    check("create_app(db); PRAGMA table_info(notes): (name, type, notnull, pk) of each column",
          lambda: [(r[1], r[2].upper(), r[3], r[5]) for r in db.execute("PRAGMA table_info(notes)")])
    create_app(db)
    check("create_app(db) a second time on the same db; SELECT count(*) FROM notes",
          lambda: db.execute("SELECT count(*) FROM notes").fetchone()[0])


def test_notes_crud(check, rng):
    db = sqlite3.connect(":memory:")
    app = create_app(db)
    titles, bodies = rng.sample(TITLES, 4), rng.sample(BODIES, 4)
    titles[rng.randint(0, 3)] = TITLES[rng.randint(0, 1)]  # a title with an apostrophe, always
    steps = [("GET", "/notes", "")]
    for title, body in zip(titles[:3], bodies[:3]):
        steps.append(("POST", "/notes", form(title=title, body=body)))
    steps += [
        ("POST", "/notes", form(title=titles[3])),
        ("GET", "/notes/2", ""),
        ("PUT", "/notes/2", form(body=bodies[3])),
        ("PUT", "/notes/3", form(title=titles[0], body="")),
        ("GET", "/notes", ""),
        ("DELETE", "/notes/1", ""),
        ("GET", "/notes/1", ""),
        ("DELETE", "/notes/1", ""),
        ("PUT", "/notes/1", form(title="x")),
        ("POST", "/notes", form(body="no title")),
        ("POST", "/notes", form(title="", body="empty title")),
        ("PUT", "/notes/2", form(title="")),
        ("PATCH", "/notes/2", form(title="x")),
        ("GET", "/notes/two", ""),
        ("POST", "/notes", form(title=titles[1], body=bodies[0])),
        ("GET", "/notes", ""),
    ]
    print("The requests of this test, in order, on one app and one database:")
    for i, (method, path, body) in enumerate(steps, 1):
        print(f"  {i:2}. {show(method, path, body=body)}")
    for i, (method, path, body) in enumerate(steps, 1):
        check(f"create_app(db), then request {i} of {len(steps)} (the test's output lists them all): "
              f"{show(method, path, body=body)}",
              lambda: call(app, method, path, body=body, headers=FORM if body else None))
    check(f"after all {len(steps)} requests: SELECT id, title, body FROM notes ORDER BY id", lambda: rows(db))


def test_reads_what_is_in_the_database(check, rng):
    db = sqlite3.connect(":memory:")
    app = create_app(db)
    titles, bodies = rng.sample(TITLES, 3), rng.sample(BODIES, 3)
    for title, body in zip(titles, bodies):
        db.execute("INSERT INTO notes (title, body) VALUES (?, ?)", (title, body))
    db.commit()
    setup = f"create_app(db), then the driver inserts {list(zip(titles, bodies))} with SQL"
    for path in ["/notes", "/notes/2", "/", "/notes/3/page", "/notes/4"]:
        check(f"{setup}; GET {path}", lambda: call(app, "GET", path))
    db.execute("DELETE FROM notes WHERE id = 2")
    db.execute("UPDATE notes SET title = ? WHERE id = 1", (titles[2],))
    db.commit()
    for path in ["/notes", "/notes/2", "/"]:
        check(f"{setup}, deletes note 2 and retitles note 1 with SQL; GET {path}", lambda: call(app, "GET", path))


def test_pages_escape_note_text(check, rng):
    db = sqlite3.connect(":memory:")
    app = create_app(db)
    check("GET / on an empty database", lambda: call(app, "GET", "/"))
    title = rng.choice(["<script>alert('x')</script>", "<em>urgent</em> & important"])
    body = rng.choice(["<img src=x onerror=alert(1)>", 'a & b < c > "d"'])
    posted = form(title=title, body=body)
    call(app, "POST", "/notes", body=posted, headers=FORM)
    call(app, "POST", "/notes", body=form(title=rng.choice(TITLES), body="second"), headers=FORM)
    for path in ["/notes/1/page", "/notes/2/page", "/notes/9/page", "/"]:
        check(f"POST /notes with body {posted!r}, then a second note; GET {path}", lambda: call(app, "GET", path))
