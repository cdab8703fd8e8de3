"""A night anaphor ("the same night", "that night", "later that night") names a night, on both
paths: the main night when a recalled older strike's calendar day is told between them; a day told
just before it stays that day ("On Tuesday ... That night", as before), a day inside a night told
before it is that night. A day anaphor keeps the last dated day. Grounding refuses a model's calendar date
copied from the recalled strike when the record's own words are the night anaphor.
Sentences written for these tests (round 14)."""

from __future__ import annotations

import datetime as dt

import pytest

from probes import AttackProbe, day_span as _days
from summariser.backends.drafts_to_records import draft_to_records
from summariser.backends.llm import ArticleDraft
from summariser.grounding.calendar import implied_date, written_date
from summariser.grounding.complete import resolve_when
from summariser.records import Attack, DatePrecision

PUB = "2026-09-10"  # a Thursday
P = dt.date(2026, 9, 10)
D = dt.date


_attacks = AttackProbe(PUB)


def _on(text: str, place: str) -> Attack:
    return next(a for a in _attacks(text) if any(place in p.name for p in a.locations))


# the main night, a recalled day between, the anaphor: (text, the anaphor's place, its night)
RECALLED = [
    ("Russian drones hit Mykolaiv overnight, wounding three people, the regional governor said.\n\n"
     "A strike on the city's shipyard on 14 May killed two workers.\n\n"
     "Russia's defence ministry reported that its air defences destroyed 31 Ukrainian drones over the Bryansk region "
     "during the same night.", "Bryansk", (D(2026, 9, 9), D(2026, 9, 10))),
    ("Overnight into Sunday, Russia launched 60 drones at Ukraine, the air force said. Kharkiv last came under "
     "fire on 28 June. In the same night, debris fell on a village in the Kursk region, the governor said.",
     "Kursk", (D(2026, 9, 5), D(2026, 9, 6))),
    ("A missile struck an apartment block in Dnipro overnight, killing four. The city was previously hit on "
     "the 2nd of August. That same night, a Ukrainian drone set fire to an oil depot near Tuapse, officials said.",
     "Tuapse", (D(2026, 9, 9), D(2026, 9, 10))),
    ("Ukrainian drones attacked the Belgorod region overnight, its governor said, injuring two men.\n\n"
     "Belgorod had been shelled on July 19, when a market burned.\n\n"
     "Later that night, eight drones were brought down over the Voronezh region, the ministry added.",
     "Voronezh", (D(2026, 9, 9), D(2026, 9, 10))),
]


@pytest.mark.parametrize(("text", "place", "night"), RECALLED)
def test_rules_night_anaphor_skips_recalled_day(text: str, place: str, night: tuple[dt.date, dt.date]) -> None:
    a = _on(text, place)
    assert _days(a) == night and a.date is not None and a.date.precision is DatePrecision.range


@pytest.mark.parametrize(("text", "place", "night"), [
    ("On Tuesday, a glide bomb struck Kupiansk, killing a man. That night, drones hit Izium and wounded two "
     "women.", "Izium", (D(2026, 9, 8), D(2026, 9, 8))),
    ("Shelling killed a farmer near Nikopol on Monday, the governor said. During that night, a drone "
     "damaged a substation in Marhanets.", "Marhanets", (D(2026, 9, 7), D(2026, 9, 7))),
    ("Russian missiles struck Kremenchuk before dawn on Monday, damaging the refinery. A warehouse in the "
     "town had burned on 3 February after a drone attack. That same night, a fuel depot near Tuapse caught "
     "fire after a Ukrainian drone raid, the regional governor said.", "Tuapse", (D(2026, 9, 7), D(2026, 9, 7))),
    ("Drones attacked Sumy overnight, officials said. Later that night a second wave hit Konotop, "
     "injuring four.", "Konotop", (D(2026, 9, 9), D(2026, 9, 10))),
])
def test_rules_night_anaphor_after_a_day_or_a_night_as_before(text: str, place: str, night: tuple[dt.date, dt.date]) -> None:
    assert _days(_on(text, place)) == night


def test_rules_recalled_strike_keeps_its_own_day() -> None:
    text = ("Russian drones hit Mykolaiv overnight, wounding three people. Drones had already struck the "
            "harbour in Odesa on 3 May, wounding two dockers. During the same night, a drone hit Ochakiv.")
    assert _days(_on(text, "Odesa")) == (D(2026, 5, 3), D(2026, 5, 3))


def test_rules_day_anaphor_keeps_the_last_day() -> None:
    text = ("Artillery hit Kherson on 4 September, killing a woman. The same day, a drone struck a car in "
            "Kupiansk, wounding its driver.")
    assert _days(_on(text, "Kupiansk")) == (D(2026, 9, 4), D(2026, 9, 4))


def test_rules_year_back_dates_nothing_new() -> None:
    text = ("Drones hit Kharkiv overnight, injuring six. That same night last year, a missile hit Kharkiv's "
            "airport.")
    assert all(a.date is None or a.date.start != D(2025, 9, 9) for a in _attacks(text))


def _read(text: str, words: str) -> tuple[dt.date | None, dt.date | None]:
    i = text.index(words)
    r = resolve_when(words, P, text, (i, i + len(words)))
    return r.start, r.end


@pytest.mark.parametrize(("text", "place", "night"), RECALLED)
def test_grounding_night_anaphor_skips_recalled_day(text: str, place: str, night: tuple[dt.date, dt.date]) -> None:
    words = next(w for w in ("during the same night", "In the same night", "That same night", "Later that night")
                 if w in text)
    assert _read(text, words) == night


@pytest.mark.parametrize(("text", "words", "night"), [
    ("On Tuesday, a glide bomb struck Kupiansk. That night, drones hit Izium.", "That night",
     (D(2026, 9, 8), D(2026, 9, 8))),
    ("Missiles hit Zhytomyr in the early hours of Wednesday. The same night, drones were downed over Kaluga.",
     "The same night", (D(2026, 9, 9), D(2026, 9, 9))),
    ("Overnight into Wednesday 9 September, drones hit Kstovo. That night, debris fell on Bor.", "That night",
     (D(2026, 9, 8), D(2026, 9, 9))),
])
def test_grounding_night_anaphor_after_a_day_keeps_it(text: str, words: str, night: tuple[dt.date, dt.date]) -> None:
    assert _read(text, words) == night


def test_grounding_day_anaphor_keeps_the_day() -> None:
    text = "On 14 March the ministers met in Vilnius. That day, they also signed a memorandum."
    assert _read(text, "That day") == (D(2026, 3, 14), D(2026, 3, 14))


def _implied(text: str, words: str, written: str) -> tuple[dt.date | None, dt.date | None] | None:
    i = text.index(words)
    lo, hi = text.rfind(".", 0, i) + 1, text.find(".", i) + 1
    w = written_date(written, P)
    assert w is not None
    found = implied_date(w, text, [(lo, hi)], i, P, lambda f, at: resolve_when(f, P, text, at))
    return None if found is None else (found.start, found.end)


WRITTEN = [(0, "2026-05-14"), (1, "2026-06-28T00:00:00"), (2, "2026-08-02"), (3, "19 July 2026")]
ANAPHORS = ("during the same night", "In the same night", "That same night", "Later that night")


@pytest.mark.parametrize(("index", "written"), WRITTEN)
def test_calendar_date_of_recalled_strike_is_refused(index: int, written: str) -> None:
    text = RECALLED[index][0]
    assert _implied(text, next(w for w in ANAPHORS if w in text), written) is None


@pytest.mark.parametrize(("index", "written"), WRITTEN)
def test_record_with_recalled_calendar_date_gets_the_anaphors_night(index: int, written: str) -> None:
    text, place, night = RECALLED[index]
    sentence = next(s for s in text.replace("\n", " ").split(". ") if any(w in s for w in ANAPHORS))
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": [place],
                                                      "evidence": [sentence.strip()[:60]], "when": written}]})
    got = draft_to_records(draft, text, published=P)
    assert got.attacks and got.attacks[0].date is not None
    assert (got.attacks[0].date.start, got.attacks[0].date.end) == night


def test_calendar_date_inside_the_anaphors_night_stands() -> None:
    text = "On Tuesday, a glide bomb struck Kupiansk. That night, drones hit Izium."
    assert _implied(text, "That night", "2026-09-08") == (D(2026, 9, 8), D(2026, 9, 8))


def test_calendar_date_in_the_windows_own_words_stands() -> None:
    text = ("Drones hit Lviv overnight. On 3 May, in the same night as a storm, shells hit Nikopol, "
            "officials said.")
    assert _implied(text, "in the same night", "2026-05-03") == (D(2026, 5, 3), D(2026, 5, 3))


def test_calendar_date_without_a_night_anaphor_unchanged() -> None:
    text = "Drones hit Lviv on 3 May. Shells hit Nikopol overnight, officials said."
    assert _implied(text, "overnight", "2026-09-10") == (D(2026, 9, 9), D(2026, 9, 10))


# after a day, not a night, a look back may be what the anaphor means (a fact-check's real date)
CHECKED = ("A video shared on Monday claimed to show drones hitting Poltava. The footage was in fact filmed in "
           "Kharkiv on 22 August. That night, drones struck a market in Kharkiv, the mayor said at the time.")


def test_rules_look_back_after_a_day_invents_no_night() -> None:
    a = _on(CHECKED, "Kharkiv")
    assert a.date is not None and a.date.precision is DatePrecision.day


def test_grounding_look_back_after_a_day_stays_the_anaphors_day() -> None:
    assert _read(CHECKED, "That night") == (D(2026, 8, 22), D(2026, 8, 22))


# a sentence with no date words right after the anaphor's sentence (the other side's town hit that night)
FOLLOW = ("Russian ballistic missiles hit the port of Izmail overnight, killing two dock workers, the regional "
          "governor said.\n\nThe port was last struck on 20 September, when a drone set a grain silo on fire.\n\n"
          "During the same night, Russia's defence ministry reported that its air defences downed 20 drones over the "
          "Krasnodar region. {town}")


def _draft_date(text: str, place: str, evidence: str, when: str | None):
    draft = ArticleDraft.model_validate({"attacks": [{"kind": "drone_strike", "places": [place],
                                                      "evidence": [evidence], "when": when}]})
    got = draft_to_records(draft, text, published=D(2026, 10, 2))
    assert got.attacks
    return got.attacks[0].date


@pytest.mark.parametrize(("town", "place", "evidence", "when"), [
    ("A drone hit an oil depot in Tikhoretsk, the governor said.", "Tikhoretsk", "A drone hit an oil depot", "2026-09-20"),
    ("Debris fell on a substation in Slavyansk-na-Kubani.", "Slavyansk-na-Kubani", "Debris fell on a substation",
     "2026-09-20T00:00:00"),
    ("A refinery in Afipsky caught fire after a drone strike.", "Afipsky", "A refinery in Afipsky caught fire",
     "20 September 2026"),
])
def test_next_sentence_without_date_words_takes_the_anaphors_night(town: str, place: str, evidence: str,
                                                                      when: str) -> None:
    date = _draft_date(FOLLOW.format(town=town), place, evidence, when)
    assert date is not None and (date.start, date.end) == (D(2026, 10, 1), D(2026, 10, 2))


def test_next_paragraph_is_no_continuation() -> None:
    text = FOLLOW.format(town="\n\nA drone hit an oil depot in Tikhoretsk, the governor said.")
    date = _draft_date(text, "Tikhoretsk", "A drone hit an oil depot", "2026-09-20")
    assert date is None or (date.start, date.end) != (D(2026, 10, 1), D(2026, 10, 2))


def test_next_sentence_with_its_own_day_keeps_it() -> None:
    text = FOLLOW.format(town="On 20 September a drone also hit an oil depot in Tikhoretsk.")
    date = _draft_date(text, "Tikhoretsk", "a drone also hit an oil depot", "2026-09-20")
    assert date is not None and date.start == D(2026, 9, 20)
