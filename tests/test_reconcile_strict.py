"""The first pass's full check (`strict.py`, through `fastread.line_features`) against pydantic's
`Extraction`: a line the fast check accepts is a valid Extraction, and a line a model's rule
rejects never passes it (it goes to pydantic, which names it)."""

from __future__ import annotations

import copy
import json
from typing import Any, Callable

import pytest

from summariser.records import Extraction
from summariser.reconciler.fastread import Unusual, line_features

TEXT = "Overnight, drones hit a depot in Sumy; two people died and 14 of 20 drones were downed."


def _line() -> dict[str, Any]:
    """A valid extraction using every field, evidence spans into the text included."""
    killed = {"value": 2, "qualifier": "exact", "evidence": {"text": "two", "start": 39, "end": 42},
              "support": "stated"}
    return {
        "schema_version": "1.1", "summary": "A drone strike on Sumy.", "backend": "rules", "model": None,
        "article": {"id": "z1", "path": "z1.txt", "source": "Outlet", "published": "2025-04-02", "title": "T",
                    "url": "https://example.org/z1"},
        "attacks": [{"attacker": "Russia", "target_country": "Ukraine", "kind": "air_drone_strike",
                     "locations": [{"name": "Sumy", "admin1": "Sumy Oblast", "country": "Ukraine", "level": "city"}],
                     "date": {"start": "2025-04-01", "end": "2025-04-02", "text": "Overnight", "precision": "range"},
                     "weapons": [{"type": "drone", "model": None, "launched": {"value": 20},
                                  "intercepted": {"value": 14, "qualifier": "exact",
                                                  "evidence": {"text": "14", "start": 59, "end": 61}}}],
                     "killed": killed, "injured": None, "children_killed": {"value": 1, "qualifier": "about"},
                     "children_injured": None, "damage": ["a depot"], "civilian_targeting": False,
                     "reported_by": [], "evidence": [{"text": "drones hit a depot", "start": 11, "end": 29,
                                                      "alignment": "exact"}],
                     "sources": {"kind": "rules"}, "support": {"attacker": "inferred"}, "optional": False}],
        "diplomacy": [{"kind": "talks", "participants": ["Ukraine", "Turkey"], "location": {"name": "Ankara"},
                       "date": {"start": "2025-04-01"}, "status": "planned", "outcome": None, "description": "",
                       "evidence": [{"text": "Sumy", "start": 33, "end": 37}], "sources": {}, "support": {}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 3, "calls": 1, "retries": 0, "cost_usd": 0.25},
        "elapsed_s": 1.5, "warnings": ["w"], "rejected": [{"field": "f", "value": "v", "reason": "r"}],
        "removed": [{"text": "ad", "start": 0, "end": 2, "reason": "boilerplate"}], "text": TEXT}


def _attack(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["attacks"][0]


def _set(path: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        path(doc)[key] = value
    return change


def _pop(path: Callable[[dict[str, Any]], dict[str, Any]], key: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        del path(doc)[key]
    return change


def _top(doc: dict[str, Any]) -> dict[str, Any]:
    return doc


def _weapon(doc: dict[str, Any]) -> dict[str, Any]:
    return _attack(doc)["weapons"][0]


def _killed(doc: dict[str, Any]) -> dict[str, Any]:
    return _attack(doc)["killed"]


def _meeting(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["diplomacy"][0]


BROKEN = {
    "a record's span the text does not hold": _set(_attack, "evidence", [{"text": "tanks", "start": 11, "end": 16}]),
    "a count's span the text does not hold": _set(_killed, "evidence", {"text": "ten", "start": 39, "end": 42}),
    "an interception's span off by one": _set(_weapon, "intercepted", {"value": 14, "evidence":
                                                                        {"text": "14", "start": 58, "end": 60}}),
    "a span whose length is not its text's": _set(_meeting, "evidence", [{"text": "Sumy", "start": 33, "end": 38}]),
    "a span that ends before it starts": _set(_meeting, "evidence", [{"text": "", "start": 5, "end": 4}]),
    "a negative span start": _set(_meeting, "evidence", [{"text": "O", "start": -1, "end": 0}]),
    "more intercepted than launched": _set(_weapon, "launched", {"value": 13}),
    "more children killed than an exact total": _set(_attack, "children_killed", {"value": 3}),
    "a negative count": _set(_attack, "injured", {"value": -1}),
    "an unknown kind": _set(_attack, "kind", "bombing"),
    "an unknown origin in sources": _set(_attack, "sources", {"kind": "guess"}),
    "an unknown support": _set(_killed, "support", "guessed"),
    "a key no model has (top)": _set(_top, "extra", 1),
    "a key no model has (attack)": _set(_attack, "casualties", 3),
    "a key no model has (count)": _set(_killed, "note", "x"),
    "a key no model has (article)": _set(lambda d: d["article"], "author", "x"),
    "no backend": _pop(_top, "backend"),
    "no article id": _pop(lambda d: d["article"], "id"),
    "a removed span without its reason": _pop(lambda d: d["removed"][0], "reason"),
    "usage as text": _set(_top, "usage", "lots"),
    "usage null (it has a default, but may not be null)": _set(_top, "usage", None),
    "the text null": _set(_top, "text", None),
    "a count's qualifier null": _set(_killed, "qualifier", None),
    "a rejection's origin null": _set(lambda d: d["rejected"][0], "origin", None),
    "a date that ends before it starts": _set(_attack, "date", {"start": "2025-04-02", "end": "2025-04-01"}),
    "a date no calendar has": _set(_meeting, "date", {"start": "2025-02-30"}),
    "a publication date no calendar has": _set(lambda d: d["article"], "published", "2025-13-01"),
    "a weapon without a type": _pop(_weapon, "type"),
    "participants not a list": _set(_meeting, "participants", "Ukraine"),
}

VALID = {
    "every field": lambda doc: None,
    "children above a total that is a floor": lambda doc: (_set(_attack, "children_killed", {"value": 3})(doc),
                                                           _set(_killed, "qualifier", "at_least")(doc)),
    "the bare minimum": lambda doc: doc.clear() or doc.update({"article": {"id": "m"}, "backend": "b"}),
    "no usage at all": _pop(_top, "usage"),
    "an empty span at the end of the text": _set(_meeting, "evidence", [{"text": "", "start": len(TEXT),
                                                                         "end": len(TEXT)}]),
}


def _variant(change: Callable[[dict[str, Any]], Any]) -> bytes:
    doc = copy.deepcopy(_line())
    change(doc)
    return json.dumps(doc, ensure_ascii=False).encode()


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_line_a_models_rule_rejects_never_passes_the_fast_check(name):
    raw = _variant(BROKEN[name])
    with pytest.raises(ValueError):
        Extraction.model_validate_json(raw)  # the case is really invalid
    with pytest.raises(Unusual):
        line_features(raw, {})


@pytest.mark.parametrize("name", sorted(VALID))
def test_a_valid_line_in_the_usual_form_passes_the_fast_check(name):
    raw = _variant(VALID[name])
    ext = Extraction.model_validate_json(raw)
    aid, found = line_features(raw, {})
    assert aid == ext.article.id and len(found) == len(ext.attacks) + len(ext.diplomacy)


def test_the_fast_check_passes_what_extract_writes():
    """A validated model's own JSON (defaults written out) is read by the fast path, not pydantic."""
    raw = Extraction.model_validate_json(_variant(VALID["every field"])).model_dump_json().encode()
    assert line_features(raw, {})[0] == "z1"
