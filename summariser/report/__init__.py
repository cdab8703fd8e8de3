"""HTML reports: the article with its evidence highlighted, records with their sources,
events on a timeline, and eval results with gold and predicted side by side.

- `highlight`: evidence spans cut into segments and drawn as `<mark>`s over the text;
- `values`: record values as display text, field lists, colours;
- `article`: one article's section (text, record cards, warnings, rejections, removed text);
- `timeline`: reconciled events as a timeline and a table;
- `evalview`: gold beside predicted for the eval report;
- `page`: whole self-contained pages (CSS and JS from `assets/`, a CSP admitting only that script);
- `safe`: escaping, including Unicode direction controls.

Every piece of article text, record value, title and source passes through `safe.escape`.
"""

from .highlight import Highlight, Segment, highlight_text, locate, record_spans, segments
from .page import render_eval_html, render_extraction_fragment, render_extractions_html

__all__ = [
    "Highlight", "Segment", "highlight_text", "locate", "record_spans", "segments",
    "render_eval_html", "render_extraction_fragment", "render_extractions_html",
]
