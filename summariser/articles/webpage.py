"""HTML articles: the main text by trafilatura, the publication date by htmldate.

A saved web page is never read as plain text (its tags would land in the evidence and
its navigation in the counts). `read_html` returns the article's main text and the
metadata the page states (title, date, site name, canonical URL), or raises InputError
with the reason — no main text found, or the HTML libraries missing.
"""

from __future__ import annotations

from types import ModuleType

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Fewer words than this is a menu or a button trafilatura fell back to, not an article.
MIN_WORDS = 8
_INSTALL = "pip install trafilatura htmldate (they come with summariser; reinstall it: pip install -e .)"


def looks_like_html(text: str) -> bool:
    """A document that starts like a web page (doctype, <html> or <head>/<body> early on)."""
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head or \
        head.startswith(("<head", "<body", "<article"))


def read_html(html: str, name: str) -> tuple[str, dict[str, str]]:
    """(main text, metadata) of a web page; InputError when no article text is in it."""
    from ..errors import InputError

    try:
        import trafilatura
    except ImportError as exc:
        raise InputError(name, f"is an HTML page, and reading HTML needs trafilatura: {_INSTALL}") from exc
    _quiet_libraries()
    # no deduplicate=True: its memory is process-wide, so a page seen twice would come back empty
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True,
                               with_metadata=False)
    if not text or len(text.split()) < MIN_WORDS:
        raise InputError(name, "is an HTML page with no article text that could be found; "
                         "save the article's text as .txt or .md instead")
    return text, _metadata(html, trafilatura)


def _quiet_libraries() -> None:
    """Their warnings ("discarding data") would print on our stderr between our own lines;
    what matters reaches the user as our InputError."""
    import logging

    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _metadata(html: str, trafilatura: ModuleType) -> dict[str, str]:
    meta: dict[str, str | None] = {}
    try:
        doc = trafilatura.extract_metadata(html)
    except Exception:  # metadata is optional: a page we cannot parse for it still has its text
        doc = None
    if doc is not None:
        meta.update({"title": doc.title, "source": doc.sitename, "url": doc.url})
    meta["published"] = _date(html)
    return {k: v for k, v in meta.items() if v}


def _date(html: str) -> str | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        return find_date(html, original_date=True, extensive_search=False)
    except Exception:  # a page whose date cannot be found keeps none; --published can supply one
        return None
