"""What a batch run knows per article, kept on disk: `<out>.batch.sqlite` next to the manifest.

Everything that grows with the number of articles lives here, not in memory and not in the
JSON manifest (which keeps the settings and one small entry per part):

    articles         article id -> its part, the byte offset of its row in the part's articles
                     file, and its chunk starts (its custom_ids are `<id>@<start>`)
    written          article ids already in the records file (`--out`)
    failures         per part: the articles that gave no record (with their row, for
                     `failed.jsonl`) and the malformed result lines
    finished         the articles of the part being collected that have been dealt with
    failed_requests  the failed request lines of the part being collected (custom_id -> why)
    meta             how much of `--out` the `written` table accounts for (size, tail hash)

One transaction per part: submit commits a part's articles before the manifest lists the
part, and collect commits a part's written ids and failures after its records are flushed and
before the manifest marks it collected, so the manifest stays the commit point (rows of a part
the manifest does not list are dropped on open). WAL with `synchronous=FULL`: a committed part
survives a power cut, as the manifest's fsynced rename does. `written` is checked against
`--out` on every collect (its size, modification time and the hash of the last 4 kB it had):
records appended by a crash, or by an online re-run of the failures, are read from where the
table left off; a file that shrank, or changed without growing, or whose old end changed, is
read again from the start (an edit in the middle of a file that also grew is not noticed). Memory stays at SQLite's page cache (~2 MiB).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from .requests import custom_id

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, part INTEGER NOT NULL,
    offset INTEGER NOT NULL, starts TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS written (id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS failures (part INTEGER NOT NULL, seq INTEGER NOT NULL, article_id TEXT,
    path TEXT, reason TEXT NOT NULL, row TEXT, PRIMARY KEY (part, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS finished (id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS failed_requests (custom_id TEXT PRIMARY KEY, reason TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""
TAIL = 4096  # bytes of --out hashed to notice it was replaced by another file


class Located(NamedTuple):
    part: int
    offset: int  # of the article's row in the part's articles file
    custom_ids: list[str]


class Failure(NamedTuple):
    article_id: str | None  # None: a malformed result line, pinned on no article
    path: str | None
    reason: str
    row: dict[str, Any] | None  # the article's input row (raw text and metadata)


class RunState:
    """The run's per-article state in SQLite; `parts`: the parts the manifest lists (rows of
    any later part are from a submit that died before listing it, and are dropped)."""

    def __init__(self, path: Path, parts: int):
        self.path = path
        # autocommit mode: transactions are the explicit BEGIN/COMMIT below
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)
        with self.transaction():
            self.db.execute("DELETE FROM articles WHERE part >= ?", (parts,))
            self.db.execute("DELETE FROM failures WHERE part >= ?", (parts,))

    def close(self) -> None:
        if self.db.in_transaction:
            self.db.rollback()
        self.db.close()  # the last connection checkpoints the WAL into the database file

    # ------------------------------------------------------------------ transactions

    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def transaction(self) -> "_Transaction":
        return _Transaction(self)

    # ------------------------------------------------------------------ articles (submit)

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_article(self, article_id: str, part: int, offset: int, custom_ids: Iterable[str]) -> None:
        starts = ",".join(cid.rpartition("@")[2] for cid in custom_ids)
        self.db.execute("INSERT INTO articles VALUES (?, ?, ?, ?)", (article_id, part, offset, starts))

    def articles(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def locate(self, article_id: str) -> Located | None:
        found = self.db.execute("SELECT part, offset, starts FROM articles WHERE id = ?", (article_id,)).fetchone()
        if found is None:
            return None
        part, offset, starts = found
        return Located(part, offset, [custom_id(article_id, int(s)) for s in starts.split(",")])

    def chunks(self) -> Iterator[tuple[str, int]]:
        """(article id, number of chunks) for every article, streamed."""
        for article_id, starts in self.db.execute("SELECT id, starts FROM articles"):
            yield article_id, starts.count(",") + 1

    # ------------------------------------------------------------------ one part's collection

    def begin_part(self, part: int) -> None:
        """Start collecting `part` again from nothing: its earlier failures are recomputed."""
        self.begin()
        self.db.execute("DELETE FROM failures WHERE part = ?", (part,))
        self.db.execute("DELETE FROM finished")
        self.db.execute("DELETE FROM failed_requests")

    def finish(self, article_id: str) -> bool:
        """Mark the article dealt with; False when it already was."""
        cur = self.db.execute("INSERT OR IGNORE INTO finished VALUES (?)", (article_id,))
        return cur.rowcount == 1

    def is_finished(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM finished WHERE id = ?", (article_id,)).fetchone() is not None

    def fail_request(self, cid: str, reason: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO failed_requests VALUES (?, ?)", (cid, reason))

    def failed_requests(self, custom_ids: list[str]) -> dict[str, str]:
        marks = ",".join("?" * len(custom_ids))
        rows = self.db.execute(f"SELECT custom_id, reason FROM failed_requests WHERE custom_id IN ({marks})",
                               custom_ids)
        return dict(rows.fetchall())

    def add_failure(self, part: int, failure: Failure) -> None:
        self.db.execute("INSERT INTO failures SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ? FROM failures "
                        "WHERE part = ?",
                        (part, failure.article_id, failure.path, failure.reason,
                         None if failure.row is None else json.dumps(failure.row, ensure_ascii=False), part))

    def failures(self) -> Iterator[Failure]:
        """Every failure whose article is not (yet) in --out, part by part, streamed."""
        rows = self.db.execute("SELECT article_id, path, reason, row FROM failures WHERE article_id IS NULL "
                               "OR article_id NOT IN (SELECT id FROM written) ORDER BY part, seq")
        for article_id, path, reason, row in rows:
            yield Failure(article_id, path, reason, None if row is None else json.loads(row))

    # ------------------------------------------------------------------ the records file

    def is_written(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM written WHERE id = ?", (article_id,)).fetchone() is not None

    def mark_written(self, article_id: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO written VALUES (?)", (article_id,))

    def written(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM written").fetchone()[0])

    def account(self, out: Path) -> None:
        """Record that `written` covers `out` as it is now (call inside the part's transaction,
        after the records are flushed)."""
        stat = out.stat() if out.exists() else None
        size = stat.st_size if stat else 0
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                            [("out_size", str(size)), ("out_tail", _tail_hash(out, size)),
                             ("out_mtime", str(stat.st_mtime_ns if stat else 0))])

    def sync_written(self, out: Path) -> int:
        """Bring `written` up to date with `out`: read what was appended since it was last
        accounted for; read all of it when the file shrank, its old end changed, or it was
        modified without growing. The number of records read."""
        meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        size, tail = int(meta.get("out_size", 0)), meta.get("out_tail", "")
        stat = out.stat() if out.exists() else None
        actual, mtime = (stat.st_size, str(stat.st_mtime_ns)) if stat else (0, "0")
        if actual == size and mtime == meta.get("out_mtime"):
            return 0  # untouched since the last collect
        grown = actual > size and _tail_hash(out, size) == tail
        start = size if grown else 0
        read = 0
        with self.transaction():
            if start == 0:
                self.db.execute("DELETE FROM written")
            for article_id in _ids_from(out, start):
                self.mark_written(article_id)
                read += 1
            self.account(out)
        return read


class _Transaction:
    def __init__(self, state: RunState):
        self.state = state

    def __enter__(self) -> RunState:
        self.state.begin()
        return self.state

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if kind is None:
            self.state.commit()
        else:
            self.state.db.rollback()


def _tail_hash(path: Path, size: int) -> str:
    if size == 0 or not path.exists():
        return ""
    with open(path, "rb") as fh:
        fh.seek(max(0, size - TAIL))
        return hashlib.sha256(fh.read(min(size, TAIL))).hexdigest()


def _ids_from(path: Path, start: int) -> Iterator[str]:
    """The article id of every record in `path` from byte `start` on, read line by line;
    torn or undecodable lines are skipped."""
    if not path.exists():
        return
    with open(path, "rb") as fh:
        fh.seek(start)
        for line in fh:
            try:
                value = json.loads(line)["article"]["id"]
            except (ValueError, KeyError, TypeError):
                continue
            if isinstance(value, str):
                yield value
