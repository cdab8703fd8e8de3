"""shape.py: pydantic-core reads a line into the canonical rows the validated models give, hands
every value the models would coerce back to pydantic, and each event builder parses only its lines."""

from __future__ import annotations

import json
import random

import pytest

from summariser.records import Extraction
from summariser.reconciler import load_extractions, reconcile, write_events
from summariser.reconciler.rows import line_rows, rows_of
from summariser.reconciler.shape import Unusual, shaped
from test_reconcile_scale import _rich, generated


def _canonical(raw: bytes):
    return rows_of(Extraction.model_validate_json(raw))


def test_rows_read_in_rust_are_the_validated_models_rows():
    exts = _rich(200, 17) + generated(100, 23)
    lines = [e.model_dump_json().encode() for e in exts]
    for raw in lines:
        assert line_rows(raw) == _canonical(raw)
    rows = [line_rows(raw) for raw in lines]
    attacks = [r for _, attacks, _ in rows for r in attacks]
    assert any(r["children_killed"] for r in attacks)  # the data holds what the schema must copy
    assert any(w["model"] and w["intercepted"] for r in attacks for w in r["weapons"])
    assert any(r["date"] and r["date"]["text"] for r in attacks)


def test_missing_fields_get_the_models_defaults():
    raw = json.dumps({"article": {"id": "b-7"}, "attacks": [{}, {"weapons": [{"type": "drone"}],
                                                               "locations": [{"name": "Bakhmut"}]}],
                      "diplomacy": [{}, {"location": {"name": "Doha"}, "date": {"text": "last spring"}}],
                      "backend": "hand"}).encode()
    assert line_rows(raw) == _canonical(raw)
    meta, attacks, diplomacy = line_rows(raw)
    assert meta == ("b-7", None, None, None)
    assert attacks[0]["kind"] == "other" and attacks[0]["locations"] == [] and attacks[0]["killed"] is None
    assert attacks[1]["locations"][0]["level"] == "city"
    assert diplomacy[0]["status"] == "held" and diplomacy[0]["description"] == ""
    assert diplomacy[1]["date"]["precision"] == "unknown"


# Each is a valid Extraction that pydantic reads by coercion: the fast reader must refuse it
COERCED = [
    {"article": {"id": "c1", "published": "2024-06-02T00:00:00"}},  # a midnight timestamp for a date
    {"article": {"id": "c2"}, "attacks": [{"killed": {"value": 4.0}}]},  # a float count
    {"article": {"id": "c3"}, "attacks": [{"injured": {"value": "12"}}]},  # a count as a string
    {"article": {"id": "c4"}, "attacks": [{"date": {"start": "2024-06-01T00:00:00Z"}}]},
    {"article": {"id": "c5"}, "attacks": [{"civilian_targeting": 1}]},  # 1 for true
    {"article": {"id": "c6"}, "attacks": [{"weapons": [{"type": "drone", "launched": {"value": 9.0}}]}]},
]


@pytest.mark.parametrize("doc", COERCED, ids=[d["article"]["id"] for d in COERCED])
def test_values_pydantic_would_coerce_are_handed_back(doc):
    raw = json.dumps({**doc, "backend": "hand"}).encode()
    ext = Extraction.model_validate_json(raw)  # valid ...
    with pytest.raises(Unusual):  # ... but not in the form `summarise extract` writes
        shaped(raw)
    assert rows_of(ext) == line_rows(ext.model_dump_json().encode())  # the fallback: the canonical rows


@pytest.mark.parametrize("raw", [b"[1, 2]", b'{"article": {"id": 5}}', b'{"attacks": []}',
                                 b'{"article": {"id": "d"}, "diplomacy": {"kind": "talks"}}',
                                 b'{"article": {"id": "d"}, "attacks": [{"killed": {"value": -1}}]}'])
def test_shapes_no_model_accepts_are_refused(raw):
    with pytest.raises(Unusual):
        shaped(raw)


def test_each_builder_parses_only_the_lines_of_its_events(tmp_path, monkeypatch):
    """Two parts: the main process's part parses fewer lines than the file has, and the
    events are still the in-memory path's, byte for byte."""
    from summariser.reconciler import archive, spool

    monkeypatch.setattr(archive, "PARALLEL_RECORDS", 0)
    parsed: list[int] = []
    real = spool._rows
    monkeypatch.setattr(spool, "_rows", lambda path, n, raw: parsed.append(n) or real(path, n, raw))
    rng = random.Random(11)
    exts = generated(400, 31, days=20)
    rng.shuffle(exts)
    exts.sort(key=lambda e: str(e.article.published))  # an archive in date order, as most are
    src = tmp_path / "records.jsonl"
    src.write_text("".join(e.model_dump_json() + "\n" for e in exts), encoding="utf-8")
    write_events(reconcile(load_extractions([src])), tmp_path / "before.jsonl")
    archive.reconcile_files([src], tmp_path / "after.jsonl")
    assert (tmp_path / "after.jsonl").read_bytes() == (tmp_path / "before.jsonl").read_bytes()
    lines = sum(1 for e in exts if e.attacks or e.diplomacy)
    assert 0 < len(parsed) < 0.75 * lines


def test_event_lines_are_written_as_pydantics_json_writer_writes_them():
    """build.dumps (msgspec) against pydantic_core.to_json: every code point outside the
    surrogates, escapes, big and negative integers, nesting; a lone surrogate still raises."""
    from pydantic_core import PydanticSerializationError, to_json

    from summariser.reconciler.build import dumps

    text = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000) + "\U0001F600\U0010FFFF"
    for doc in ({"s": text}, {"k\n\"é": [1, None, True, False, -3, 2**63, 2**70, "", {}, []]},
                {"claims": {"killed": [{"value": 0, "qualifier": None}]}, "n": 9007199254740993}):
        assert dumps(doc) == to_json(doc)
    with pytest.raises(PydanticSerializationError):
        dumps({"s": "\ud800"})
