#!/usr/bin/env python3
"""Writes fsrs-vectors.tsv: known answers from the reference FSRS scheduler.

The reference is py-fsrs 6.3.1 (tag v6.3.1, commit
3abe686e9c058d3f3c00bbeb92e68b71211b2b31 of
github.com/open-spaced-repetition/py-fsrs). It is pure Python; its only
runtime dependency is typing_extensions. To regenerate:

    git clone https://github.com/open-spaced-repetition/py-fsrs /tmp/py-fsrs
    git -C /tmp/py-fsrs checkout v6.3.1
    PYTHONPATH=/tmp/py-fsrs python3.11 gen_vectors.py > fsrs-vectors.tsv

The output is deterministic (fixed seeds, no wall-clock time).

Each case reviews one card with one scheduler configuration. Fuzz draws are
taken from a seeded random.Random instead of the module-level random(), and
every draw the scheduler made during a review is written next to that review,
so an implementation can replay them through its own random source.
"""

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
import fsrs.scheduler as reference
from fsrs import Card, Rating, Scheduler, State

EXPECTED_VERSION = "6.3.1"
SEED = 20251129


def check_reference_version():
    pyproject = Path(fsrs.__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.exists():
        text = pyproject.read_text()
        if f'version = "{EXPECTED_VERSION}"' not in text:
            sys.exit(f"{pyproject} is not py-fsrs {EXPECTED_VERSION}")
    assert reference.DEFAULT_PARAMETERS[20] == 0.1542, "not the FSRS-6 defaults"


class RecordingRandom:
    """Stands in for random.random inside fsrs.scheduler and remembers the draws."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.draws = []

    def __call__(self):
        value = self.rng.random()
        self.draws.append(value)
        return value


def instant(dt):
    if dt is None:
        return "-"
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def number(x):
    return "-" if x is None else repr(float(x))


def whole_seconds(steps):
    out = []
    for step in steps:
        assert step.microseconds == 0
        out.append(str(step.days * 86400 + step.seconds))
    return ",".join(out)


def micros(delta):
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def case_line(case_id, scheduler, card):
    return "\t".join(
        [
            "case",
            case_id,
            repr(scheduler.desired_retention),
            whole_seconds(scheduler.learning_steps),
            whole_seconds(scheduler.relearning_steps),
            str(scheduler.maximum_interval),
            "1" if scheduler.enable_fuzzing else "0",
            ",".join(repr(float(w)) for w in scheduler.parameters),
            str(int(card.state)),
            "-" if card.step is None else str(card.step),
            number(card.stability),
            number(card.difficulty),
            instant(card.due),
            instant(card.last_review),
        ]
    )


def without_fuzz(scheduler):
    return Scheduler(
        parameters=scheduler.parameters,
        desired_retention=scheduler.desired_retention,
        learning_steps=scheduler.learning_steps,
        relearning_steps=scheduler.relearning_steps,
        maximum_interval=scheduler.maximum_interval,
        enable_fuzzing=False,
    )


def random_rating(rng):
    return rng.choices(
        [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy], [15, 15, 55, 15]
    )[0]


def random_start(rng):
    start = datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(
        seconds=rng.randrange(0, 5 * 365 * 86400)
    )
    if rng.random() < 0.3:
        start += timedelta(microseconds=rng.randrange(1, 1_000_000))
    return start


def next_review_time(rng, card):
    """At the due time, early, late, within hours, or right at a day boundary."""
    last, due = card.last_review, card.due
    u = rng.random()
    if u < 0.4:
        return due
    if u < 0.55:
        return last + (due - last) * rng.random()
    if u < 0.8:
        longest = max(3600.0, 3 * (due - last).total_seconds())
        return due + timedelta(seconds=rng.uniform(60, longest))
    if u < 0.9:
        return last + timedelta(seconds=rng.randrange(0, 6 * 3600))
    return due + timedelta(seconds=rng.choice([-1, 1, 86399, 86400, -86400]))


def run_case(out, case_id, scheduler, card, reviews, recorder):
    """reviews: list of (rating, review time or a function of the card)."""
    out.append(case_line(case_id, scheduler, card))
    preview = without_fuzz(scheduler)
    for index, (rating, when) in enumerate(reviews):
        at = when(card) if callable(when) else when
        retrievability = scheduler.get_card_retrievability(card, at)
        intervals = []
        for option in (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy):
            option_card, _ = preview.review_card(card, option, at)
            intervals.append(str(micros(option_card.due - at)))
        recorder.draws.clear()
        card, _ = scheduler.review_card(card, rating, at)
        out.append(
            "\t".join(
                [
                    "step",
                    case_id,
                    str(index),
                    str(int(rating)),
                    instant(at),
                    ",".join(repr(d) for d in recorder.draws) or "-",
                    number(retrievability),
                    str(int(card.state)),
                    "-" if card.step is None else str(card.step),
                    number(card.stability),
                    number(card.difficulty),
                    instant(card.due),
                    instant(card.last_review),
                    ",".join(intervals),
                ]
            )
        )
    return card


def random_reviews(rng, start, count):
    reviews = [(random_rating(rng), start)]
    for _ in range(count - 1):
        reviews.append((random_rating(rng), lambda card: next_review_time(rng, card)))
    return reviews


def perturbed_parameters(rng):
    values = []
    for w, low, high in zip(
        reference.DEFAULT_PARAMETERS,
        reference.LOWER_BOUNDS_PARAMETERS,
        reference.UPPER_BOUNDS_PARAMETERS,
    ):
        values.append(round(min(max(w * rng.uniform(0.8, 1.2), low), high), 4))
    return values


def main():
    check_reference_version()
    rng = random.Random(SEED)
    recorder = RecordingRandom(SEED + 1)
    reference.random = recorder
    out = []
    minutes = lambda m: timedelta(minutes=m)

    # The sequence of py-fsrs' own test_review_card, reviewed at each due time.
    kat_start = datetime(2022, 11, 29, 12, 30, tzinfo=timezone.utc)
    kat_ratings = [Rating.Good] * 6 + [Rating.Again] * 2 + [Rating.Good] * 5
    run_case(
        out,
        "known-answer",
        Scheduler(enable_fuzzing=False),
        Card(card_id=1, due=kat_start),
        [(r, kat_start if i == 0 else (lambda card: card.due)) for i, r in enumerate(kat_ratings)],
        recorder,
    )

    for n in range(20):
        start = random_start(rng)
        run_case(out, f"default-{n:02d}", Scheduler(enable_fuzzing=False),
                 Card(card_id=1, due=start), random_reviews(rng, start, rng.randint(5, 30)), recorder)

    for n in range(20):
        start = random_start(rng)
        retention = round(rng.uniform(0.70, 0.99), 3)
        run_case(out, f"retention-{n:02d}",
                 Scheduler(desired_retention=retention, enable_fuzzing=False),
                 Card(card_id=1, due=start), random_reviews(rng, start, rng.randint(5, 30)), recorder)

    for n in range(10):
        start = random_start(rng)
        retention = 0.9 if n < 5 else round(rng.uniform(0.70, 0.99), 3)
        run_case(out, f"fuzz-{n:02d}", Scheduler(desired_retention=retention, enable_fuzzing=True),
                 Card(card_id=1, due=start), random_reviews(rng, start, rng.randint(5, 30)), recorder)

    custom = [
        Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False),
        Scheduler(learning_steps=(minutes(10),), relearning_steps=(minutes(10), minutes(60)), enable_fuzzing=False),
        Scheduler(learning_steps=(minutes(1), minutes(10), minutes(60)), relearning_steps=(minutes(5), minutes(30))),
        Scheduler(maximum_interval=30, enable_fuzzing=True),
        Scheduler(maximum_interval=365, desired_retention=0.8, enable_fuzzing=True),
        Scheduler(parameters=perturbed_parameters(rng), enable_fuzzing=False),
        Scheduler(parameters=perturbed_parameters(rng), enable_fuzzing=False),
        Scheduler(parameters=perturbed_parameters(rng), desired_retention=0.75, enable_fuzzing=True),
        Scheduler(parameters=perturbed_parameters(rng), desired_retention=0.97, enable_fuzzing=True),
        Scheduler(parameters=perturbed_parameters(rng), learning_steps=(minutes(2),), relearning_steps=()),
    ]
    for n, scheduler in enumerate(custom):
        start = random_start(rng)
        run_case(out, f"custom-{n:02d}", scheduler, Card(card_id=1, due=start),
                 random_reviews(rng, start, rng.randint(10, 30)), recorder)

    # Cards left mid-way through more steps than the next scheduler has.
    many_steps = Scheduler(learning_steps=(minutes(1), minutes(10), minutes(60)),
                           relearning_steps=(minutes(5), minutes(30), minutes(60)), enable_fuzzing=False)
    for n, rating in enumerate([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]):
        start = random_start(rng)
        card = Card(card_id=1, due=start)
        card, _ = many_steps.review_card(card, Rating.Good, start)
        card, _ = many_steps.review_card(card, Rating.Good, card.due)
        assert card.state == State.Learning and card.step == 2
        run_case(out, f"leftover-learning-{n}", Scheduler(enable_fuzzing=False), card,
                 [(rating, lambda c: c.due)] + random_reviews(rng, start, 6)[1:], recorder)
    for n, rating in enumerate([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]):
        start = random_start(rng)
        card = Card(card_id=1, due=start)
        for r in (Rating.Easy, Rating.Again, Rating.Good, Rating.Good):
            card, _ = many_steps.review_card(card, r, card.due if card.last_review else start)
        assert card.state == State.Relearning and card.step == 2
        run_case(out, f"leftover-relearning-{n}", Scheduler(enable_fuzzing=False), card,
                 [(rating, lambda c: c.due)] + random_reviews(rng, start, 6)[1:], recorder)

    print(f"# FSRS-6 known answers from py-fsrs {EXPECTED_VERSION} "
          "(github.com/open-spaced-repetition/py-fsrs, tag v6.3.1, commit 3abe686e9c058d3f3c00bbeb92e68b71211b2b31).")
    print(f"# Produced by gen_vectors.py in this directory with Python {sys.version.split()[0]}:")
    print("#   PYTHONPATH=<py-fsrs v6.3.1 checkout> python3.11 gen_vectors.py > fsrs-vectors.tsv")
    print(f"# Seeds: review times and ratings random.Random({SEED}), fuzz draws random.Random({SEED + 1}).")
    print("# Floats are Python repr (shortest round-trip); instants are UTC; '-' means None.")
    print("# case <id> <desired_retention> <learning_steps_s> <relearning_steps_s> <maximum_interval_days> <fuzz 0|1>")
    print("#      <21 parameters> <start state 1=Learning 2=Review 3=Relearning> <start step> <start stability>")
    print("#      <start difficulty> <start due> <start last_review>")
    print("# step <id> <index> <rating 1=Again..4=Easy> <review time> <fuzz draws used> <retrievability at review time, before it>")
    print("#      <state> <step> <stability> <difficulty> <due> <last_review>")
    print("#      <interval in microseconds each rating Again,Hard,Good,Easy would give without fuzz>")
    for line in out:
        print(line)


if __name__ == "__main__":
    main()
