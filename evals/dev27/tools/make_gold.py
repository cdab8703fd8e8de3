"""Write evals/dev27/gold/*.json from the compact labels (quotes only; offsets come from
evals/tools/locate_spans.py, run right after this script).

The labels were written with the articles, before any backend ran on them, following
evals/CODEBOOK.md; they live in labels_yb01_06.py and labels_yb07_12.py (one module per half of
the set, to keep each short). Re-running this script overwrites the gold files and
gold/clusters.json: edit labels here, not there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEV27 = ROOT / "evals" / "dev27"

sys.path.insert(0, str(ROOT / "evals" / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_helpers import write_gold  # noqa: E402
from labels_yb01_06 import LABELS as FIRST  # noqa: E402
from labels_yb07_12 import LABELS as SECOND  # noqa: E402

GOLD: dict[str, dict] = {**FIRST, **SECOND}


def member(article: str, kind: str, index: int) -> dict:
    return {"article": article, "type": kind, "index": index}


YB01, YB02 = "yb01_agency_kyiv_ternopil_barrage", "yb02_broadcaster_kyiv_hospital_children"
YB05, YB12 = "yb05_record_helsinki_summit_truce", "yb12_nordicbroadcaster_helsinki_sumy"
YB06, YB10 = "yb06_gulf_abudhabi_pow_swap", "yb10_liveblog_dnipro_swap_day"
CLUSTERS = {
    "schema_version": "1",
    "notes": "Events told by two articles of dev27 (codebook: same place, night or day, attacker and kind of activity).",
    "clusters": [
        {"id": "kyiv-night-13-14-oct", "description": "Russian missiles and drones on Kyiv, night of 13-14 October 2026",
         "members": [member(YB01, "attack", 1), member(YB02, "attack", 0)]},
        {"id": "ukraine-barrage-13-14-oct", "description": "Russia's nationwide barrage, night of 13-14 October 2026",
         "members": [member(YB01, "attack", 0), member(YB02, "attack", 2)]},
        {"id": "helsinki-summit", "description": "European leaders' summit with Zelensky in Helsinki, 11 November 2026",
         "members": [member(YB05, "diplomacy", 0), member(YB12, "diplomacy", 0)]},
        {"id": "energy-truce-rejected", "description": "The Helsinki leaders' energy truce, rejected by the Kremlin, 11 November 2026",
         "members": [member(YB05, "diplomacy", 1), member(YB12, "diplomacy", 1)]},
        {"id": "uae-swap-28-nov", "description": "UAE-mediated exchange of 150 prisoners each, 28 November 2026",
         "members": [member(YB06, "diplomacy", 0), member(YB10, "diplomacy", 0)]},
    ],
}


def main() -> None:
    write_gold(DEV27, GOLD)
    (DEV27 / "gold" / "clusters.json").write_text(json.dumps(CLUSTERS, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
