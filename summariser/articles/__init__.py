"""Articles in: text, Markdown (with YAML front matter), JSON, JSON Lines, HTML, directories, stdin.

`load_articles` yields an `Article` for every readable article and an `InputError` (not
raised) for each one that is not, so a batch keeps going and reports the failures.
A `seeds.jsonl`-style sidecar (objects with `file`, `source`, `published`, `title`,
`url`) next to the articles supplies metadata for the files it names; metadata in the
article itself (front matter, JSON fields) wins over the sidecar. HTML (by suffix, or
any file or stdin that starts like a web page) is read by `webpage` — never as text.
Folders are walked following symlinks (each real folder once); files that are not read
(other suffixes, hidden, summariser's own outputs) are listed in a `LoadReport`.
NUL characters anywhere refuse the article.

Modules: `article` (the Article and its date reader), `loading` (paths, folders, stdin),
`formats` (one file's bytes into articles), `folders` (which files a walk reads),
`webpage` (HTML), `cleaning` (boilerplate and reader comments removed, with their spans).
"""

from .article import MAX_BYTES, Article, LoadResult, article_id, make_article
from .folders import ARTICLE_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, SIDECAR_NAMES, TEXT_SUFFIXES, LoadReport
from .loading import load_articles
from .webpage import HTML_SUFFIXES

__all__ = ["ARTICLE_SUFFIXES", "HTML_SUFFIXES", "JSON_SUFFIXES", "JSONL_SUFFIXES", "MAX_BYTES", "SIDECAR_NAMES",
           "TEXT_SUFFIXES", "Article", "LoadReport", "LoadResult", "article_id", "load_articles", "make_article"]
