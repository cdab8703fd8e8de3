"""CI: the wheel, installed alone in a fresh venv, extracts one article with the openai backend.

    python .ci/wheel_smoke.py VENV/bin/summarise

Serves tests/stub_server.py on loopback with one tools-mode answer, runs the installed
`summarise extract` against it (its prompts and data come from the wheel, not from this
checkout: the command runs in an empty folder), and checks the record it wrote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from stub_server import StubServer, completion, ok, script  # noqa: E402

TEXT = ("Drones struck a grain terminal in the port of Izmail overnight, wounding four dock workers, "
        "the regional administration said on Wednesday.\n")
QUOTE = TEXT.strip()
DRAFT = {"summary": "A drone strike on a grain terminal in Izmail.",
         "attacks": [{"kind": "air_drone_strike", "places": ["Izmail"], "injured": 4, "evidence": [QUOTE]}],
         "diplomacy": []}


def main(summarise: str) -> int:
    answer = ok(completion(tool_call={"name": "ArticleDraft", "arguments": json.dumps(DRAFT)}))
    with tempfile.TemporaryDirectory() as work, StubServer(script([answer])) as srv:
        article = Path(work) / "izmail.txt"
        article.write_text(TEXT, encoding="utf-8")
        out = Path(work) / "records.jsonl"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISER_", "OPENAI_"))}
        env["SUMMARISER_CACHE_DIR"] = str(Path(work) / "cache")
        proc = subprocess.run([summarise, "extract", str(article), "-b", "openai", "--base-url", srv.base_url,
                               "-m", "stub-model", "--mode", "tools", "-o", str(out), "-f", "none"],
                              cwd=work, env=env, capture_output=True, text=True, timeout=300)
        print(proc.stderr, end="", file=sys.stderr)
        if proc.returncode != 0:
            print(f"wheel smoke: summarise exited {proc.returncode}", file=sys.stderr)
            return 1
        (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        injured = [a["injured"]["value"] for a in record["attacks"] if a.get("injured")]
        if record["backend"] != "openai" or injured != [4] or not record["prompt_hash"]:
            print(f"wheel smoke: unexpected record {json.dumps(record)[:600]}", file=sys.stderr)
            return 1
    print("wheel smoke: ok (installed wheel, openai backend, stub server)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
