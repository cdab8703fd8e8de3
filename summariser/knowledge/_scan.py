"""The scanner both tables share: tokens, folding and a token trie for linear-time matching.

A text is cut into word tokens once; a trie keyed by folded tokens then finds the longest known
name starting at each token, so a whole article is scanned in one pass (no per-name regex, no
rescans). Folding makes "Kyiv's", "KYIV" and "Kyïv" one key; case rules are checked on the raw
tokens afterwards ("US" is the United States, "us" a pronoun).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Generic, Iterator, TypeVar

# A word: letters/digits, apostrophes inside ("Slov'yansk") but not a possessive "'s".
TOKEN = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*")
V = TypeVar("V")


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """Lower-case ASCII without accents or apostrophes."""
    if token.isascii():
        return token.lower().replace("'", "")
    text = unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode("ascii")
    return text.lower().replace("'", "")


def fold(text: str) -> str:
    """A whole name folded: tokens joined by single spaces ("Ivano-Frankivsk" -> "ivano frankivsk")."""
    return " ".join(keys(text))


def keys(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(text) if t.key)


class Token:
    """One word: its span, as written, and folded (a slotted class: a text has many)."""

    __slots__ = ("start", "end", "raw", "key")

    def __init__(self, start: int, end: int, raw: str, key: str) -> None:
        self.start, self.end, self.raw, self.key = start, end, raw, key


def tokenize(text: str) -> list[Token]:
    """Word tokens; the "s" of a possessive ("Ukraine's") is dropped."""
    return list(_tokens(text))  # a fresh list: the cached tokens are shared (nothing changes a Token)


# The rules' cross-check and grounding scan the same sentence for places and for actors: each
# string is cut into tokens once while it is among the last few hundred scanned.
@lru_cache(maxsize=512)
def _tokens(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    append = out.append
    for m in TOKEN.finditer(text):
        raw, start = m.group(), m.start()
        if (raw == "s" or raw == "S") and start and text[start - 1] in "'’":
            continue
        append(Token(start, start + len(raw), raw, fold_token(raw)))
    return tuple(out)


def is_capitalised(raw: str) -> bool:
    return raw[:1].isupper() or raw[:1].isdigit()


class _Node(Generic[V]):
    """One trie node: the tokens that may follow, and the values of the names that end here."""

    __slots__ = ("next", "values")

    def __init__(self) -> None:
        self.next: dict[str, _Node[V]] = {}
        self.values: list[V] = []


class Trie(Generic[V]):
    """Folded token sequences -> a list of values; `walk` finds every name starting at one token.

    `root` maps each name's first token to its node (a quick test of whether a token starts a name).
    """

    def __init__(self) -> None:
        self.root: dict[str, _Node[V]] = {}
        self.depth = 0

    def add(self, words: tuple[str, ...], value: V) -> None:
        if not words:
            return
        node = self.root.setdefault(words[0], _Node())
        for w in words[1:]:
            node = node.next.setdefault(w, _Node())
        node.values.append(value)
        self.depth = max(self.depth, len(words))

    def get(self, words: tuple[str, ...]) -> list[V]:
        level = self.root
        node: _Node[V] | None = None
        for w in words:
            node = level.get(w)
            if node is None:
                return []
            level = node.next
        return node.values if node is not None and node.values else []

    def walk(self, tokens: list[Token], i: int) -> Iterator[tuple[int, list[V]]]:
        """Every (end index, values) for names starting at token i, shortest first."""
        level = self.root
        for j in range(i, min(len(tokens), i + self.depth)):
            node = level.get(tokens[j].key)
            if node is None:
                return
            if node.values:
                yield j + 1, node.values
            level = node.next

    def all_values(self) -> Iterator[list[V]]:
        """The value list of every name in the trie (each list once, in no particular order)."""
        stack = list(self.root.values())
        while stack:
            node = stack.pop()
            if node.values:
                yield node.values
            stack.extend(node.next.values())


def case_ok(written: str, tokens: list[Token], strict: bool) -> bool:
    """A name written in capitals ("US", "EU") matches only in capitals; in running text (strict)
    any other name must start with a capital too ("turkey" the bird is not Turkey)."""
    if not tokens:
        return False
    letters = [c for c in written if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 5:
        return all(t.raw.isupper() or t.raw.isdigit() for t in tokens)
    return not strict or is_capitalised(tokens[0].raw)
