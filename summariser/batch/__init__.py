"""Large runs through the OpenAI Batch API: `summarise batch submit|status|collect`.

    requests.py  the JSONL request lines (same prompts, schema and request shape as the
                 online `openai` backend) and their split into files within the limits
    manifest.py  the run's settings and parts next to the output, written atomically
    state.py     what grows with the articles (article map, ids written, failures), in SQLite
    client.py    the openai client's files and batches APIs
    collect.py   results -> drafts -> grounded Extractions, failures listed
    cost.py      token counts and the expected price (online and batch) for --dry-run
"""
