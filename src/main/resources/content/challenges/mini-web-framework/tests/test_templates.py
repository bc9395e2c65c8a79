"""The template engine: {{ expr }} escapes, {{ expr|safe }} does not, {% if %} and {% for %} blocks."""
from framework import Template, TemplateError, TemplateSyntaxError

NASTY = ["<script>alert('hi')</script>", 'Tom & "Jerry"', "a < b > c", "O'Brien & Sons", "5 > 3 & 2 < 4",
         "<b>bold</b>", "&amp; stays escaped", "plain words"]


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


def render(check, source, context=None, **values):
    shown = ", ".join([repr(context)] * (context is not None) + [f"{k}={v!r}" for k, v in values.items()])
    check(f"Template({source!r}).render({shown})", lambda: Template(source).render(context, **values))


def test_template_escapes_by_default(check, rng):
    a, b = rng.sample(NASTY, 2)
    render(check, "<p>{{ a }}</p>", {"a": a})
    render(check, "<p>{{a}}</p><p>{{  b  }}</p>", a=a, b=b)
    render(check, "{{ a|safe }} / {{ b | safe }}", a=a, b=b)
    render(check, "{{ n }} items cost {{ price }}", n=rng.randint(2, 99), price=rng.randint(1, 99) / 4)
    render(check, "{{ flag }}, {{ nothing }}, {{ items }}", flag=True, nothing=None, items=[a, 1])


def test_dotted_names(check, rng):
    a, b = rng.sample(NASTY, 2)
    k = rng.randint(1, 50)
    user = {"name": a, "tags": [b, "x"], "address": {"city": b}}
    render(check, "{{ user.name }} lives in {{ user.address.city }}; first tag {{ user.tags.0 }}", user=user)
    render(check, "({{ p.x }}, {{ p.y }}) and {{ pairs.1.0 }}", p=Point(k, -k), pairs=[[1, 2], [k, a]])
    render(check, "{{ d.0 }}", d={"0": a})
    render(check, "{{ missing }}", user=user)
    render(check, "{{ user.nope }}", user=user)
    render(check, "{{ user.tags.7 }}", user=user)
    render(check, "{{ p.z }}", p=Point(1, 2))


def test_conditionals_and_loops(check, rng):
    a, b, c = rng.sample(NASTY, 3)
    items = [{"name": a, "n": 1}, {"name": b, "n": 0}, {"name": c, "n": 2}]
    render(check, "{% if show %}yes{% endif %}|{% if hide %}no{% endif %}", show=rng.randint(1, 9), hide=0)
    render(check, "{% if xs %}some{% else %}none{% endif %}", xs=[])
    render(check, "{% if xs %}some{% else %}none{% endif %}", xs=[a])
    render(check, "<ul>{% for item in items %}<li>{{ item.name }}:{% if item.n %}{{ item.n }}{% else %}zero"
                  "{% endif %}</li>{% endfor %}</ul>", items=items)
    render(check, "{% for row in rows %}[{% for v in row %}{{ v }},{% endfor %}]{% endfor %}",
           rows=[[1, a], [], [b]])
    render(check, "{{ x }}:{% for x in xs %}{{ x }};{% endfor %}:{{ x }}", x=a, xs=[b, c])
    render(check, "{%for ch in word%}({{ch}}){%endfor%}", word="a<b")
    render(check, "{{ a }} {{ b }}", {"a": 1, "b": 2}, b=b)
    render(check, "no tags at all: { } }} %} {x}", None)


def test_template_syntax_errors(check, rng):
    for source in ["{{ x", "text {% if x %}never closed", "{% endif %}", "{% else %}", "{% for x xs %}{% endfor %}",
                   "{% for x in xs %}{% endif %}", "{% if a %}1{% else %}2{% else %}3{% endif %}", "{{ x|upper }}",
                   "{% while x %}{% endwhile %}", "{{ }}", "{{ a b }}", "{{ a..b }}", "{% if a %}{% for x in a %}"
                   "{% endif %}{% endfor %}", "abc {% if x"]:
        check(f"Template({source!r})", lambda: Template(source) and "no exception")
    check("issubclass(TemplateSyntaxError, TemplateError)", lambda: issubclass(TemplateSyntaxError, TemplateError))
    check("issubclass(TemplateError, Exception)", lambda: issubclass(TemplateError, Exception))
