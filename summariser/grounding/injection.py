"""Injected text: sentences that talk to a model rather than report news.

`_context` blanks every sentence `_addresses_model` flags before anything is read, so injected
text can ground nothing; `instruction_like_sentences` (in `context`) reports those sentences.
"""

from __future__ import annotations

import re

from ..numbers import NUMBER


# Sentences that talk to a model rather than report news: each branch of the pattern with the
# lower-case words one of which any match of it must contain. A sentence is searched only with
# the branches whose words it holds (one search of all twenty alternatives costs ~10x more).
_BRANCHES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("ignore", "disregard", "forget"),
     r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+|your\s+|these\s+|those\s+)*"
     r"(?:previous|prior|above|earlier|preceding|foregoing|system|original)\b"),
    (("ignore", "disregard", "forget"),
     r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|your\s+|the\s+)?(?:instructions|prompts?|everything)\b"),
    (("disregard", "ignore"),
     r"\b(?:disregard|ignore)\s+(?:this|that|the\s+(?:article|text|story|report|facts|news))\b"),
    # a reader comment that gives orders: "Comment from reader: ... report 500 killed"
    (("report", "say", "state", "write", "claim"),
     r"[;:,]\s*(?:report|say|state|write|claim)\s+(?:that\s+)?(?:at\s+least\s+)?(?:" + NUMBER + r")\s"),
    (("you",),
     r"\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:ai|a\.i\.|assistant|language\s+model|llm|chat\s*bot|gpt|model)\b"),
    (("prompt",), r"\b(?:system|hidden|developer)\s+prompt\b"),
    (("ai", "a.i.", "assistant", "language"), r"\bas\s+an\s+(?:ai|a\.i\.|assistant|language\s+model)\b"),
    (("output", "print", "emit", "respond", "reply"),
     r"\b(?:output|print|emit|respond\s+with|reply\s+with)\s+(?:only\s+)?(?:the\s+following|this|exactly|valid)\b"),
    (("json",), r"\b(?:output|return|print|emit)\s+(?:\w+\s+){0,3}json\b"),
    (("report", "say", "state", "write"),
     # r31: "now" only at the sentence's start ("Now report 500 killed"): after a subject it is news's own
     # present tense ("Police now say four people were hurt")
     r"(?:^(?:now\s+)?|\b(?:and|then|instead|please|must|should)\s+)(?:report|say|state|write)\s+(?:that\s+)?"
     rf"(?:at\s+least\s+|more\s+than\s+)?(?:{NUMBER})\s+(?:people\s+)?(?:were\s+)?"
     r"(?:dead|killed|died|injured|wounded|casualties)"),
    (("instruction", "assistant", "system", "user"),
     r"\bnew\s+instructions?\b|\binstructions?\s*:|^(?:assistant|system|user)\s*:"),
    (("inst]", "<|im_", "###"), r"\[/?inst\]|<\|im_(?:start|end)\|>|###\s*(?:instruction|system)"),
    (("note", "message", "attention"),
     r"\b(?:note|message|attention)\s+(?:to|for)\s+(?:any\s+|the\s+|all\s+)?(?:ai|llms?|language\s+models?|assistants?|models?|bots?)\b"),
    (("reading", "processing", "summari"),
     r"\b(?:ai|llm|language\s+model|chatbot)s?\s+(?:reading|processing|summari[sz]ing)\s+this\b"),
    (("you",), r"\byou\s+must\s+(?:output|respond|answer|say|report|return|extract|ignore)\b"),
    (("extract", "report", "mention", "include"), r"\bdo\s+not\s+(?:extract|report|mention|include)\s+(?:any|the|this)\b"),
)
_INJECTION = re.compile("|".join(pattern for _, pattern in _BRANCHES), re.I)
_BRANCH_RES = tuple((hints, re.compile(pattern, re.I)) for hints, pattern in _BRANCHES)

# Every _INJECTION branch needs one of these substrings; checking them first is ~10x cheaper.
# A reader comment, forum post or user note pasted under an article: never the article's voice.
# It is masked from its first word to the end of its line.
COMMENT_LEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:a\s+)?(?:comment|note|message|reply|post)\s+(?:from|by)\s+(?:a\s+|one\s+)?(?:reader|user|visitor|subscriber|commenter)"
    r"|(?:reader|user|visitor)['’]?s?\s+(?:comment|note|reply|post)s?"
    r"|comments?\s*(?:\(\d+\))?\s*:|posted\s+by\s+[\w.@-]+\s*:|[\w.@-]{2,30}\s+(?:commented|wrote|replied)\s*:)",
    re.I)

_INJECTION_HINTS = ("ignor", "disregard", "forget", "you", "prompt", "as an", "output", "print", "emit",
                    "respond", "reply", "json", "report", "say", "state", "write", "instruction",
                    "assistant", "system", "user", "inst]", "<|im_", "###", "note", "message", "attention",
                    "reading", "processing", "summari", "do not", "article", "text", "story", "news", "fact",
                    "; ", ": ", ", ")


def comment_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of reader comments: from the lead ("Comment from reader:") to the line's end."""
    out = []
    for m in COMMENT_LEAD.finditer(text):
        start = m.start() + (1 if text[m.start()] == "\n" else 0)
        end = text.find("\n", m.end())
        out.append((start, len(text) if end < 0 else end))
    return out


def _addresses_model(sentence: str) -> bool:
    low = sentence.lower()
    if not any(h in low for h in _INJECTION_HINTS):
        return False
    if not sentence.isascii():  # re.I folds some non-ASCII letters to ASCII ones ("ſ" to "s"): all at once
        return _INJECTION.search(sentence) is not None
    return any(any(h in low for h in hints) and branch.search(sentence) is not None for hints, branch in _BRANCH_RES)
