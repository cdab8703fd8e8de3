"""Boilerplate removal: keep the article, drop the page furniture around it.

News pages scraped to text carry lines that are not the article: donation appeals,
"read more" teasers, newsletter and cookie prompts, advertisement markers, share
buttons and reader-comment footers. Extraction must not see them (an appeal's "we"
is not a party to the war; a teaser's headline is another story's casualty count).

The rules are general patterns of such furniture, matched line by line. Each line
is judged whole, so a real sentence that merely mentions "support" or "read" stays.
Every removed span is returned with its offsets into the *raw* text and a reason,
so nothing is dropped silently. The kept text is otherwise verbatim: line endings
become "\\n", runs of blank lines shrink to one, and evidence offsets later point
into this cleaned text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import RemovedSpan
from ..terminal import BIDI_CONTROLS

_BIDI = re.compile(f"[{BIDI_CONTROLS}]+")

# --------------------------------------------------------------------------- line rules
# A line is furniture when it matches one of these *whole* (anchored at both ends or
# labelled with a separator), never because a keyword appears somewhere inside it.

_SEP = r"(?:\s*[:\-–—|»>›]\s*.*)?"  # "Read more: <headline>" or the bare label

_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("related-article teaser", re.compile(
        r"(?:also\s+read|read\s+also|read\s+more|more\s+to\s+read|related(?:\s+(?:articles?|stories|news|coverage|content|reading))?"
        r"|recommended(?:\s+(?:for\s+you|stories|articles))?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)"
        r"|(?:most\s+read|most\s+popular|trending(?:\s+now)?|editor'?s\s+picks?|top\s+stories|latest\s+news)"
        r"|more\s+(?:on|about)\s+this\s+(?:story|topic)|(?:others|people|readers)\s+are\s+(?:also\s+)?reading(?:\s+now)?"
        r"|what\s+(?:others|people)\s+are\s+reading|see\s+also|further\s+reading)" + _SEP + r"$",
        re.IGNORECASE)),
    ("advertisement", re.compile(
        r"(?:advertisement|advertising|ad|ads|sponsored(?:\s+(?:content|post|links?|by\b.*))?|paid\s+(?:content|partner\b.*|post)"
        r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?"
        r"|promoted(?:\s+content)?)\W*$",
        re.IGNORECASE)),
    ("newsletter prompt", re.compile(
        r"(?:(?=.*\b(?:sign\s+up|subscribe|get|receive|join|register|delivered|inbox)\b).{0,160}\bnewsletters?\b.{0,160}"
        r"|(?:sign\s+up|subscribe|register)\b.{0,120}\b(?:inbox|updates|alerts|channel|newsletter|free|now|today|here)\b.{0,40}"
        r"|subscribe(?:\s+now|\s+here|\s+today)?|get\s+(?:the\s+)?(?:latest|top|our)\b.{0,80}\b(?:in|to)\s+your\s+inbox.{0,40}"
        r"|(?:join|follow)\s+(?:us|our\s+\w+(?:\s+\w+)?)\s+on\s+\w+.{0,80})\W*$",
        re.IGNORECASE)),
    ("cookie notice", re.compile(
        r"(?=.*\bcookies?\b)(?=.*\b(?:we\s+use|(?:this|our)\s+(?:site|website)\s+uses|accept|consent|cookie\s+(?:policy|settings|preferences)|by\s+continuing|manage)\b).{0,400}$",
        re.IGNORECASE)),
    ("social share prompt", re.compile(
        r"(?:share(?:\s+(?:this|the)\s+(?:article|story|post|page))?(?:\s+(?:on|via|to)\s+\w+)?|click\s+to\s+share\b.*|tweet(?:\s+this)?"
        r"|(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|copy\s+link|messenger|pinterest)"
        r"(?:[\s,|·•/]+(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|copy\s+link|messenger|pinterest))+))\W*$",
        re.IGNORECASE)),
    ("reader-comment prompt", re.compile(
        r"(?:be\s+(?:the\s+)?first\s+to\s+comment|no\s+comments(?:\s+yet)?|(?:leave|post|add|write)\s+a\s+(?:comment|reply)"
        r"|(?:show|view|load|read)\s+(?:all\s+)?comments?(?:\s*\(\d+\))?|comments?\s+are\s+closed|log\s+in\s+to\s+comment)\W*$",
        re.IGNORECASE)),
    ("pop-up button", re.compile(
        r"(?:remind\s+me\s+later|maybe\s+later|not\s+now|no,?\s+thanks?|close(?:\s+this)?|dismiss|skip\s+ad|continue\s+reading)\W*$",
        re.IGNORECASE)),
]

# A reader-comment section header: everything after it is readers talking, not the article.
_COMMENTS_HEADER = re.compile(
    r"(?:\d+\s+)?(?:reader\s+)?comments?(?:\s*\(\d+\))?|\d+\s+responses?\s+to\b.*|join\s+the\s+(?:conversation|discussion)"
    r"|leave\s+a\s+reply",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- appeals
# Donation / support appeals are judged by how many distinct appeal cues a passage has.

_APPEAL_CUES = [re.compile(p, re.IGNORECASE) for p in (
    r"\bdear\s+(?:readers?|friends|subscribers|supporters)\b",
    r"\b(?:please\s+)?support\s+(?:us|our\s+(?:work|journalism|newsroom|reporting|mission))\b",
    r"\bplease\s+(?:consider\s+)?(?:support|donat|contribut|subscrib)",
    r"\b(?:make|making)\s+a\s+(?:\w+\s+){0,2}(?:contribution|donation|gift)\b",
    r"\b(?:every|any|your)\s+(?:\w+\s+)?(?:contribution|donation|gift)\b",
    r"\bdonat(?:e|ion|ing)\b",
    r"\byour\s+support\b",
    r"\bby\s+supporting\b",
    r"\bbecome\s+a\s+(?:member|patron|supporter|subscriber|friend)\b",
    r"\bindependent\s+(?:journalism|media|reporting|press|news)\b",
    r"\bwe\s+need\s+your\s+(?:help|support)\b",
    r"\bhelp\s+us\s+(?:keep|continue|stay|remain|survive|fund|grow)\b",
    r"\bthank\s+you\s+for\s+(?:reading|standing|supporting|your\s+support)\b",
    r"\b(?:monthly|one-off|one-time|recurring)\b.{0,40}(?:from|starting|just)\b.{0,20}[$€£]\s?\d",
    r"\b(?:paywall|ad-free|reader[- ]funded|reader[- ]supported)\b",
    r"\b(?:subscribe|subscription)\b",
)]

# Where an appeal block starts: a salutation or a publisher's message header.
_APPEAL_HEADER = re.compile(
    r"(?:an?\s+(?:message|note|word|letter|request)\s+(?:from|to)\s+\S.{0,60}"
    r"|dear\s+(?:readers?|friends|subscribers|supporters)"
    r"|(?:support|fund|defend)\s+(?:our|independent|free)\s+(?:journalism|media|press|newsroom|reporting).{0,40}"
    r"|before\s+you\s+go.{0,40}|(?:donate|contribute)(?:\s+now|\s+today)?)\W*$",
    re.IGNORECASE,
)
_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:we|us|our|ours|you|your|yours)\b", re.IGNORECASE)
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|according\s+to|stated|wrote)\b", re.IGNORECASE)
_IMPERATIVE_APPEAL = re.compile(
    r"(?:please\s+)?(?:support\s+(?:us|our|independent)|donate|contribute|subscribe|become\s+a|make\s+a|give\s+(?:now|today|monthly))\b",
    re.IGNORECASE,
)


def appeal_score(text: str) -> int:
    """How many distinct donation/support-appeal cues `text` has."""
    return sum(1 for cue in _APPEAL_CUES if cue.search(text))


# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    text: str  # without its line terminator
    start: int  # offset of the line in the raw text
    end: int  # offset just past the line's text (before the terminator)
    reason: str | None = None  # set when the line is removed

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def words(self) -> int:
        return len(self.text.split())


def _split_lines(raw: str) -> list[_Line]:
    """Lines of `raw` with their raw offsets; "\\r\\n", "\\r" and "\\n" all end a line."""
    lines, pos = [], 0
    for m in re.finditer(r"\r\n|\r|\n", raw):
        lines.append(_Line(raw[pos : m.start()], pos, m.start()))
        pos = m.end()
    lines.append(_Line(raw[pos:], pos, len(raw)))
    return lines


def _line_reason(line: _Line) -> str | None:
    stripped = line.text.strip().strip("*_#>").strip()  # Markdown emphasis/heading marks
    if not stripped:
        return None
    reported = bool(_REPORTED_SPEECH.search(stripped))
    if not (reported and line.words > 8):  # a long line with "said" is reporting, not furniture
        for reason, pattern in _LINE_RULES:
            if pattern.match(stripped):
                return reason
    score = appeal_score(stripped)
    # an appeal addresses the reader; a sentence *about* donations or media does not
    if score >= 2 and not reported and _FIRST_OR_SECOND_PERSON.search(stripped):
        return "donation appeal"
    if score >= 1 and line.words <= 20 and _IMPERATIVE_APPEAL.match(stripped):
        return "donation appeal"
    return None


def _appeal_ish(line: _Line) -> bool:
    """Could this line belong to an appeal block (addresses the reader, or is a button)?"""
    if line.blank or line.reason is not None or appeal_score(line.text) > 0:
        return True
    if _REPORTED_SPEECH.search(line.text):
        return False  # a quoted "we" belongs to someone in the story
    return bool(_FIRST_OR_SECOND_PERSON.search(line.text)) or line.words <= 6


def _mark_appeal_blocks(lines: list[_Line]) -> None:
    """From a message header or salutation, remove the appeal that follows it.

    The block runs to the end of the text when every line after the header could be
    part of the appeal; otherwise over the appeal-like lines that follow it. It is
    removed only when the block as a whole reads as an appeal (two or more cues).
    """
    i = 0
    while i < len(lines):
        if lines[i].blank or not _APPEAL_HEADER.match(lines[i].text.strip().strip("*_#>").strip()):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and _appeal_ish(lines[end]):
            end += 1
        block = lines[i:end]
        if appeal_score(" ".join(ln.text for ln in block)) >= 2:
            for ln in block:
                if not ln.blank and ln.reason is None:
                    ln.reason = "donation appeal"
        i = end


def _mark_comment_section(lines: list[_Line], raw_len: int) -> None:
    """A comment-section header in the second half of the page: the rest is comments."""
    for i, line in enumerate(lines):
        stripped = line.text.strip().strip("*_#>").strip()
        if stripped and line.start >= raw_len / 2 and _COMMENTS_HEADER.fullmatch(stripped):
            for ln in lines[i:]:
                if not ln.blank and ln.reason is None:
                    ln.reason = "reader comments"
            return


# --------------------------------------------------------------------------- clean


def clean(raw: str) -> tuple[str, list[RemovedSpan]]:
    """Return (cleaned text, removed spans with offsets into `raw`).

    `raw[span.start:span.end] == span.text` for every removed span.
    """
    lines = _split_lines(raw)
    for line in lines:
        line.reason = _line_reason(line)
    _mark_appeal_blocks(lines)
    _mark_comment_section(lines, len(raw))
    bidi = _bidi_spans(lines, raw)
    return _assemble(lines), sorted(_removed_spans(lines, raw) + bidi, key=lambda s: s.start)


def _bidi_spans(lines: list[_Line], raw: str) -> list[RemovedSpan]:
    """Direction controls in kept lines: they can make shown text read differently from the
    text itself (a reversed number, a hidden instruction), and no news sentence needs them."""
    spans = []
    for line in lines:
        if line.reason is None:
            for m in _BIDI.finditer(line.text):
                start, end = line.start + m.start(), line.start + m.end()
                spans.append(RemovedSpan(text=raw[start:end], start=start, end=end,
                                         reason="bidirectional control character"))
    return spans


def _assemble(lines: list[_Line]) -> str:
    kept: list[str] = []
    for line in lines:
        if line.reason is not None:
            continue
        text = _BIDI.sub("", line.text).rstrip()
        if not text.strip():
            if kept and kept[-1] != "":
                kept.append("")  # one blank line between paragraphs, however many there were
            continue
        kept.append(text)
    while kept and kept[-1] == "":
        kept.pop()
    return "\n".join(kept)


def _removed_spans(lines: list[_Line], raw: str) -> list[RemovedSpan]:
    """One span per run of removed lines with the same reason (blank lines join a run)."""
    spans: list[RemovedSpan] = []
    run: list[tuple[_Line, str]] = []  # (removed line, its reason)

    def flush() -> None:
        if run:
            start, end = run[0][0].start, run[-1][0].end
            spans.append(RemovedSpan(text=raw[start:end], start=start, end=end, reason=run[0][1]))
            run.clear()

    for line in lines:
        if line.reason is not None:
            if run and run[-1][1] != line.reason:
                flush()
            run.append((line, line.reason))
        elif not line.blank:
            flush()
    flush()
    return spans
