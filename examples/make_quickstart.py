"""Writes examples/quickstart.ipynb from the cells below (run it after editing them).

The notebook is executed in CI by tests/test_notebook.py on a real Jupyter kernel, so what it
shows is what a user gets. Outputs are not stored: run it to see them.
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

CELLS = [
    new_markdown_cell(
        "# summariser quick start\n\n"
        "Extract typed, source-grounded records from the five seed articles, look at one record's "
        "evidence, get the records as DataFrames, merge duplicate events and write the HTML report. "
        "This notebook uses the deterministic `rules` backend (no model, no network); the last cell "
        "uses an OpenAI-compatible endpoint when `SUMMARISER_BASE_URL` is set."),
    new_code_cell(
        "from pathlib import Path\n"
        "import summariser\n\n"
        "ROOT = Path.cwd() if (Path.cwd() / 'seeds').is_dir() else Path.cwd().parent\n"
        "outcomes = list(summariser.extract_many([ROOT / 'seeds'], backend='rules'))\n"
        "extractions = [o for o in outcomes if isinstance(o, summariser.Extraction)]\n"
        "print(len(extractions), 'articles,', sum(len(e.attacks) for e in extractions), 'attacks,',\n"
        "      sum(len(e.diplomacy) for e in extractions), 'diplomacy records')"),
    new_markdown_cell("One article, with every evidence span highlighted (the same view as the HTML report):"),
    new_code_cell("extractions[0]"),
    new_markdown_cell("Each value says where in the text it was read:"),
    new_code_cell(
        "attack = extractions[0].attacks[0]\n"
        "attack.killed, [s.text for s in attack.evidence][:1]"),
    new_code_cell(
        "attacks = summariser.to_dataframe(extractions, kind='attacks')\n"
        "diplomacy = summariser.to_dataframe(extractions, kind='diplomacy')\n"
        "attacks.head()"),
    new_markdown_cell("Merge the records several outlets wrote about the same event:"),
    new_code_cell(
        "events = summariser.reconcile(extractions)\n"
        "n_records = sum(len(e.attacks) + len(e.diplomacy) for e in extractions)\n"
        "print(n_records, 'records ->', len(events), 'events')\n"
        "[(e.event_id, e.num_articles) for e in events if e.num_articles > 1]"),
    new_code_cell(
        "from summariser.report import render_extractions_html\n"
        "page = render_extractions_html(extractions, [e.model_dump(mode='json') for e in events])\n"
        "Path('quickstart-report.html').write_text(page, encoding='utf-8')\n"
        "len(page)"),
    new_markdown_cell(
        "With a model endpoint (OpenAI, Ollama, vLLM, llama.cpp's server): set `SUMMARISER_BASE_URL` "
        "(and `OPENAI_API_KEY` where needed) before starting Jupyter."),
    new_code_cell(
        "import os\n"
        "if os.environ.get('SUMMARISER_BASE_URL'):\n"
        "    text = (ROOT / 'seeds' / sorted(os.listdir(ROOT / 'seeds'))[0]).read_text(encoding='utf-8')\n"
        "    llm = summariser.extract(text, backend='openai')\n"
        "    print(llm.backend, llm.usage.calls, 'call(s),', len(llm.attacks), 'attack(s)')\n"
        "else:\n"
        "    print('no endpoint configured; skipped')"),
]


def main() -> None:
    nb = new_notebook(cells=CELLS, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                            "language": "python"}})
    nbformat.write(nb, Path(__file__).with_name("quickstart.ipynb"))


if __name__ == "__main__":
    main()
