"""Articles in: every supported shape loads; every bad input is one clear InputError and the batch goes on."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys

import pytest

from summariser.articles import MAX_BYTES, Article, article_id, load_articles, make_article
from summariser.errors import ConfigError, InputError

BODY = "Missiles hit the port of Odesa overnight, injuring four people, the governor said.\n"


def articles(results):
    return [r for r in results if isinstance(r, Article)]


def errors(results):
    return [r for r in results if isinstance(r, InputError)]


def only_error(path) -> InputError:
    results = list(load_articles(path))
    assert len(results) == 1 and isinstance(results[0], InputError), results
    err = results[0]
    message = str(err)
    assert "\n" not in message
    assert str(path) in message  # names the file
    return err


# --------------------------------------------------------------------------- good inputs


def test_plain_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(BODY, encoding="utf-8")
    (a,) = load_articles(f)
    assert a.text == BODY.strip()
    assert a.path == str(f)
    assert a.id == article_id(a.text) and len(a.id) == 16


def test_markdown_front_matter(tmp_path):
    f = tmp_path / "a.md"
    f.write_text(
        "---\ntitle: Port hit\nsource: Example Wire\npublished: 2025-05-02\nurl: https://example.org/a\n---\n\n" + BODY,
        encoding="utf-8",
    )
    (a,) = load_articles(f)
    assert (a.title, a.source, a.published, a.url) == ("Port hit", "Example Wire", dt.date(2025, 5, 2), "https://example.org/a")
    assert a.text == BODY.strip()
    assert "---" not in a.text


def test_front_matter_with_crlf(tmp_path):
    f = tmp_path / "a.md"
    f.write_bytes(b"---\r\ntitle: T\r\n---\r\n" + BODY.encode())
    (a,) = load_articles(f)
    assert a.title == "T" and a.text == BODY.strip()


def test_json_object_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": BODY, "title": "One", "published": "2025-01-02"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": BODY + "A."}, {"text": BODY + "B.", "source": "Wire"}]), encoding="utf-8")
    (a,) = load_articles(one)
    assert a.title == "One" and a.published == dt.date(2025, 1, 2)
    b, c = load_articles(many)
    assert b.text.endswith("A.") and c.source == "Wire"
    assert c.path == f"{many}[1]"


def test_json_lines(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(json.dumps({"text": f"{BODY} Item {i}."}) for i in range(3)) + "\n\n", encoding="utf-8")
    results = list(load_articles(f))
    assert len(articles(results)) == 3 and not errors(results)
    assert results[2].path == f"{f}:3"


def test_directory_recursive_with_sidecar(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "top.txt").write_text(BODY + "Top.", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "low.md").write_text(BODY + "Low.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "seeds.jsonl").write_text(
        json.dumps({"file": "top.txt", "source": "Sidecar News", "published": "2025-03-01"}) + "\n"
        + "not json\n"
        + json.dumps({"file": "sub/deeper/low.md", "title": "Low"}) + "\n",
        encoding="utf-8",
    )
    results = list(load_articles(tmp_path))
    assert not errors(results)
    by_name = {r.path.rsplit("/", 1)[-1]: r for r in results}
    assert set(by_name) == {"top.txt", "low.md"}
    assert by_name["top.txt"].source == "Sidecar News"
    assert by_name["top.txt"].published == dt.date(2025, 3, 1)
    assert by_name["low.md"].title == "Low"


def test_front_matter_wins_over_sidecar(tmp_path):
    (tmp_path / "a.md").write_text("---\nsource: Front\n---\n" + BODY, encoding="utf-8")
    (tmp_path / "seeds.jsonl").write_text(json.dumps({"file": "a.md", "source": "Side", "title": "T"}) + "\n")
    (a,) = load_articles(tmp_path / "a.md")
    assert a.source == "Front" and a.title == "T"


def test_seeds_directory(seeds_dir):
    results = list(load_articles(seeds_dir))
    assert len(articles(results)) == 5 and not errors(results)
    assert all(a.published is not None for a in results)
    assert any(a.source for a in results)


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch):
    _stdin(monkeypatch, BODY.encode())
    (a,) = load_articles("-")
    assert a.path == "<stdin>" and a.text == BODY.strip()


def test_stdin_json_lines(monkeypatch):
    _stdin(monkeypatch, (json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY + "Two."}) + "\n").encode())
    assert len(articles(list(load_articles("-")))) == 2


def test_stdin_undecodable_is_an_input_error(monkeypatch):
    _stdin(monkeypatch, b"caf\xe9 au lait was shelled\n")
    (err,) = load_articles("-")
    assert isinstance(err, InputError) and "<stdin>" in str(err) and "UTF-8" in str(err)


def test_published_option_fills_missing_dates_only(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\npublished: 2024-12-31\n---\n" + BODY + "B", encoding="utf-8")
    got = {a.path.rsplit("/", 1)[-1]: a.published for a in load_articles(tmp_path, published="2025-02-03")}
    assert got == {"a.txt": dt.date(2025, 2, 3), "b.md": dt.date(2024, 12, 31)}


def test_bad_published_option_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="--published"):
        load_articles(tmp_path, published="yesterday")


def test_written_dates_are_understood(tmp_path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"text": BODY, "published": "4 April 2025"}), encoding="utf-8")
    (a,) = load_articles(f)
    assert a.published == dt.date(2025, 4, 4)


def test_make_article_records_removed_boilerplate():
    a = make_article(BODY + "Advertisement\n", path="x.txt", source="S")
    assert a.text == BODY.strip()
    assert [r.reason for r in a.removed] == ["advertisement"]
    assert a.meta().source == "S" and a.meta().id == a.id


def test_id_is_stable_and_depends_on_cleaned_text():
    assert make_article(BODY).id == make_article(BODY + "\n\nAdvertisement\n").id
    assert make_article(BODY).id != make_article(BODY + "More.").id


# --------------------------------------------------------------------------- bad inputs


def test_empty_file(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("   \n\n", encoding="utf-8")
    assert "empty" in only_error(f).problem


def test_binary_file(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in only_error(f).problem


def test_undecodable_bytes(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Strikes hit Kharkiv caf\u00e9s".encode("latin-1"))
    assert "UTF-8" in only_error(f).problem


def test_utf16_with_bom_is_read(tmp_path):
    f = tmp_path / "utf16.txt"
    f.write_bytes(BODY.encode("utf-16"))
    (a,) = load_articles(f)
    assert a.text == BODY.strip()


def test_directory_with_no_articles(tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    assert "no articles" in only_error(tmp_path).problem


def test_missing_path(tmp_path):
    assert "no such file" in only_error(tmp_path / "nope.txt").problem


def test_fifty_megabyte_file(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(50 * 1000 * 1000)
    assert f.stat().st_size > MAX_BYTES
    err = only_error(f)
    assert "MiB" in err.problem and "limit" in err.problem


def test_only_boilerplate(tmp_path):
    f = tmp_path / "ads.txt"
    f.write_text("Advertisement\nShare this article\n", encoding="utf-8")
    assert "boilerplate" in only_error(f).problem


def test_malformed_json_lines_line_keeps_the_others(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"text": BODY}) + "\n{\"text\": \"cut sh\n" + json.dumps({"title": "no text"}) + "\n"
        + json.dumps({"text": BODY + "Last."}) + "\n",
        encoding="utf-8",
    )
    results = list(load_articles(f))
    assert len(articles(results)) == 2
    bad = errors(results)
    assert [e.path for e in bad] == [f"{f}:2", f"{f}:3"]
    assert "malformed JSON Lines" in bad[0].problem and "'text'" in bad[1].problem


def test_invalid_json(tmp_path):
    f = tmp_path / "a.json"
    f.write_text("{\"text\": ", encoding="utf-8")
    assert "not valid JSON" in only_error(f).problem


@pytest.mark.parametrize(
    "front, expected",
    [
        ("---\ntitle: [unclosed\n---\n", "not valid YAML"),
        ("---\n- a list\n- not a mapping\n---\n", "mapping"),
        ("---\ntitle: never closed\n", "closing"),
    ],
)
def test_bad_front_matter(tmp_path, front, expected):
    f = tmp_path / "a.md"
    f.write_text(front + BODY, encoding="utf-8")
    assert expected in only_error(f).problem


@pytest.mark.parametrize("where", ["front", "json", "sidecar"])
def test_bad_date(tmp_path, where):
    if where == "front":
        f = tmp_path / "a.md"
        f.write_text("---\npublished: 2025-13-45\n---\n" + BODY, encoding="utf-8")
    elif where == "json":
        f = tmp_path / "a.json"
        f.write_text(json.dumps({"text": BODY, "published": "last Tuesday"}), encoding="utf-8")
    else:
        f = tmp_path / "a.txt"
        f.write_text(BODY, encoding="utf-8")
        (tmp_path / "seeds.jsonl").write_text(json.dumps({"file": "a.txt", "published": "31/31/2025"}) + "\n")
    assert "date" in only_error(f).problem


def test_batch_goes_on_past_every_bad_input(tmp_path):
    (tmp_path / "good1.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "good2.md").write_text("---\ntitle: G2\n---\n" + BODY + "Two.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "latin1.txt").write_bytes(b"caf\xe9")
    (tmp_path / "bad.jsonl").write_text("{oops\n" + json.dumps({"text": BODY + "Three."}) + "\n", encoding="utf-8")
    (tmp_path / "bad.md").write_text("---\npublished: soon\n---\n" + BODY, encoding="utf-8")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    results = list(load_articles([tmp_path / "good1.txt", tmp_path, empty_dir]))
    assert len(articles(results)) == 1 + 3  # good1 (given twice), good2, the good JSONL line
    bad_files = sorted(e.path.rsplit("/", 1)[-1] for e in errors(results))
    assert bad_files == ["bad.jsonl:1", "bad.md", "binary.txt", "empty.txt", "latin1.txt", "nothing"]
    assert all("\n" not in str(e) and str(e).startswith(e.path) for e in errors(results))
