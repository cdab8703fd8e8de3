"""Planted errors in the probe answers (`model_habit_probes`): a number, quote, place, date or
participant the article does not give must not reach the records, and grounding must say so (a
rejection). Everything the plant did not touch is kept as in the ideal answer.

The same answers written faithfully in other forms are kept (`test_grounding_model_habits.py`);
here the other side: an invented value written in those same forms is refused.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from model_habit_probes import PROBES, edit, ground, signature

# (probe, path in the answer, planted value, kind of error)
PLANTED: list[tuple[str, str, Any, str]] = [
    # numbers the article does not give, or gives for another field or another thing
    ("wire", "attacks.0.killed", 5, "invented number"),
    ("wire", "attacks.0.killed", "five", "invented number in words"),
    ("wire", "attacks.0.killed", 20, "the injured figure as killed"),
    ("wire", "attacks.0.children_killed", 3, "the children's figure on the wrong field"),
    ("wire", "attacks.0.injured", 0, "an invented nil"),
    ("wire", "attacks.0.injured", "none", "an invented nil in words"),
    ("wire", "attacks.0.injured", 23, "a number more precise than 'more than 20'"),
    ("tally", "attacks.0.weapons.0.launched", 90, "invented launch count"),
    ("tally", "attacks.0.weapons.0.intercepted", 87, "the launch count as intercepted"),
    ("tally", "attacks.0.weapons.1.intercepted", 3, "'all four' read as three"),
    ("governor", "attacks.0.injured", 5, "invented number"),
    ("live_blog", "attacks.0.killed", 4, "one more than the list"),
    # places the article does not name, or names for another strike
    ("wire", "attacks.0.places.0", "Korosten", "invented place"),
    ("wire", "attacks.0.places.0", "Kyiv", "the dateline's city as the strike's place"),
    ("wire", "attacks.1.places.0", "Zhytomyr region", "another strike's region"),
    ("tally", "attacks.0.places.0", "Lutsk", "invented place"),
    ("tally", "attacks.0.places.0", "across Poland", "a country the article never names"),
    ("live_blog", "attacks.0.places.0", "Kramatorsk (Donetsk)", "invented town with its true region"),
    ("live_blog", "attacks.0.places.0", "Kramatorsk", "invented place"),
    ("readout", "diplomacy.0.place", "Istanbul", "invented venue"),
    ("governor", "attacks.0.places.0", "outskirts of Valuyki", "invented place with a locative"),
    ("live_blog", "attacks.0.places.0", "near Kramatorsk", "invented place with a locative"),
    ("wire", "attacks.1.when", "overnight Tuesday into Wednesday", "the night before"),
    ("readout", "diplomacy.1.when", "2027-06", "another month as an ISO month"),
    # dates off by a week or a month, or a weekday the article does not give
    ("wire", "attacks.0.when", "2027-03-03", "a week early"),
    ("wire", "attacks.0.when", "last Tuesday", "another weekday"),
    ("governor", "attacks.0.when", "2027-04-12", "a week late"),
    ("readout", "diplomacy.0.when", "2027-04-07", "a week early"),
    ("readout", "diplomacy.1.when", "June 2027", "another month"),
    ("sanctions", "diplomacy.0.when", "2027-02-15", "a week early"),
    ("live_blog", "attacks.0.when", "2027-05-01", "a week early"),
    # participants and sides the article never names
    ("readout", "diplomacy.0.participants.1", "France", "invented participant"),
    ("readout", "diplomacy.0.participants.1", "FR", "invented participant as a code"),
    ("readout", "diplomacy.0.participants.1", "President Macron", "invented participant as a leader"),
    ("sanctions", "diplomacy.1.participants.0", "United States", "invented participant"),
    ("live_blog", "diplomacy.0.participants.0", "Germany", "invented participant"),
]


def _grounded_value(out: Any, path: str) -> Any:
    """The grounded value at the answer's `path`, read from the records (None when refused)."""
    kind, index, field, *rest = path.split(".")
    records = out.attacks if kind == "attacks" else out.diplomacy
    rec = records[int(index)] if int(index) < len(records) else None
    if rec is None:
        return None
    if field == "places":
        return [loc.name for loc in rec.locations]
    if field == "place":
        return rec.location.name if rec.location else None
    if field == "participants":
        return rec.participants
    if field == "when":
        return (rec.date.start, rec.date.end) if rec.date else None
    if field == "weapons":
        w = rec.weapons[int(rest[0])]
        count = getattr(w, rest[1])
        return count.value if count else None
    count = getattr(rec, field)
    return count.value if count else None


@pytest.mark.parametrize("name,path,value,kind", [pytest.param(*p, id=f"{p[0]}:{p[1]}={p[2]} ({p[3]})") for p in PLANTED])
def test_a_planted_error_is_refused_and_the_rest_kept(name, path, value, kind):
    probe = PROBES[name]
    ideal = ground(probe, probe.answer)
    out = ground(probe, edit(probe.answer, path, value))
    assert out.rejected, f"{kind}: nothing refused"
    planted = _grounded_value(out, path)
    if isinstance(value, int):
        assert planted != value, f"{kind}: {value} reached the record"
    if path.split(".")[2] in ("places", "participants"):
        assert planted == _without(ideal, path), f"{kind}: {planted}"
    elif path.split(".")[2] == "when" and path.startswith("attacks"):
        # a refused attack date gives way to the one its evidence sentence gives (dev13 class A4):
        # the article's own date, which the ideal answer holds, or none; never the planted one
        assert planted in (None, _grounded_value(ideal, path)), f"{kind}: {planted} reached the record"
    else:
        assert planted is None, f"{kind}: {planted} reached the record"


def _without(ideal: Any, path: str) -> list[str]:
    """The ideal record's places or participants without the one the plant replaced."""
    values = list(_grounded_value(ideal, path))
    del values[int(path.split(".")[3])]
    return values


def test_an_invented_agreement_between_people_of_a_true_call_leaves_no_record():
    """The call's sentence names both leaders; an agreement pinned on them with a made-up quote
    must not be re-grounded onto that sentence."""
    probe = PROBES["call"]
    answer = copy.deepcopy(probe.answer)
    answer["diplomacy"].append({"kind": "agreement", "participants": ["Ukraine", "Turkey"], "status": "held",
                                "when": "on Tuesday",
                                "evidence": ["Zelensky and Erdogan signed a defence cooperation agreement on Tuesday."]})
    assert signature(ground(probe, answer)) == signature(ground(probe, probe.answer))


INVENTED_QUOTE = {
    "wire": "Russian missiles killed nine people in an apartment block in Zhytomyr on Wednesday, the governor said.",
    "readout": "Ukraine and France signed a security agreement in Ankara on 14 April, the ministry said.",
    "sanctions": "The United States imposed sanctions on 40 Russian tankers on Monday, the Treasury said.",
}


@pytest.mark.parametrize("name", sorted(INVENTED_QUOTE))
def test_an_invented_record_with_a_quote_not_in_the_article_leaves_no_record(name):
    probe = PROBES[name]
    answer = copy.deepcopy(probe.answer)
    quote = INVENTED_QUOTE[name]
    if name == "wire":
        answer["attacks"].append({"attacker": "Russia", "target_country": "Ukraine", "kind": "missile_strike",
                                  "places": ["Zhytomyr"], "killed": 9, "evidence": [quote]})
    else:
        participants = ["Ukraine", "France"] if name == "readout" else ["United States", "Russia"]
        answer["diplomacy"].append({"kind": "agreement" if name == "readout" else "sanctions",
                                    "participants": participants, "status": "held", "evidence": [quote]})
    out = ground(probe, answer)
    assert signature(out) == signature(ground(probe, probe.answer))
    assert any("evidence" in r.field or r.field.count(".") == 0 for r in out.rejected)


def test_an_invented_quote_beside_a_true_one_adds_nothing():
    probe = PROBES["wire"]
    answer = edit(probe.answer, "attacks.0.evidence", probe.answer["attacks"][0]["evidence"] + [INVENTED_QUOTE["wire"]])
    out = ground(probe, edit(answer, "attacks.0.killed", 9))
    assert out.attacks[0].killed is None
    assert any(r.field == "attacks[0].evidence" for r in out.rejected)


@pytest.mark.parametrize("habit", ["elided with an ellipsis character", "lower-cased", "cut to its first clause",
                                   "a word paraphrased"])
@pytest.mark.parametrize("name,path,value,kind", [pytest.param(*p, id=f"{p[0]}:{p[1]}={p[2]}") for p in PLANTED])
def test_a_planted_error_behind_quote_habits_is_still_refused(name, path, value, kind, habit):
    """The quotes written the way a model writes them must not open a way for the planted value."""
    from test_grounding_model_habits import QUOTE_HABITS, _all_quotes

    probe = PROBES[name]
    written = _all_quotes(probe.answer, QUOTE_HABITS[habit])
    got = _grounded_value(ground(probe, edit(written, path, value)), path)
    if path.split(".")[2] in ("places", "participants"):
        assert got == _without(ground(probe, written), path), kind
    elif path.split(".")[2] == "when" and path.startswith("attacks"):  # the evidence's own date, or none
        assert got in (None, _grounded_value(ground(probe, written), path)), kind
    else:
        assert got is None, kind
