"""Write the ideal answers of the dev42 articles, `evals/answers/ideal/yq??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev42/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yq01_weserkurier_istanbul_mykolaiv": "Ukrainian and Russian delegations talked in Istanbul's Dolmabahce palace on 29 March 2022 and Ukraine tabled a neutrality proposal; a missile on the Mykolaiv administration killed at least twelve, Chernihiv was shelled overnight, and Scholz phoned Putin.",
    "yq02_acp_update_istanbul": "Ukraine and Russia ended a round of talks in Istanbul hosted by Turkey, with Ukraine's written proposals passed to Putin; a missile on the Mykolaiv regional government building killed at least 12. Lavrov and Kuleba had met in Antalya on 10 March.",
    "yq03_tokaishimpo_kramatorsk_sanctions": "Japan decided to phase out Russian coal and freeze more assets, and announced more humanitarian aid, hours after a Tochka-U missile killed at least 39 people, four of them children, at Kramatorsk railway station.",
    "yq04_gazetawarszawska_day45_digest": "Day 45 digest: 52 dead at Kramatorsk station, two killed by shelling in Kharkiv; Johnson visited Kyiv and promised armoured vehicles and anti-ship missiles; von der Leyen and Borrell visited Bucha and Kyiv; the EU adopted its fifth sanctions package; Slovakia gave Ukraine its S-300.",
    "yq05_diariodelsur_kremenchuk_g7": "A Russian missile killed at least 16 in a Kremenchuk shopping centre and shelling killed eight in Lysychansk while the G7 met at Schloss Elmau; the NATO summit opens in Madrid on Wednesday after Turkey signed a memorandum with Finland and Sweden.",
    "yq06_gazzettadellevante_nikopol_losses": "Grad rockets killed three in Nikopol overnight; the UN Security Council met on the Zaporizhzhia nuclear plant, whose grounds each side says the other shelled; the General Staff published its cumulative tally of Russian losses.",
    "yq07_nordiskpressebyra_belgorod_both_sides": "Explosions killed at least three in Belgorod, which Russia blamed on Ukrainian Tochka-U missiles it said it downed; mortar fire hit Tetkino in the Kursk region and Russian shelling injured a woman in Esman in the Sumy region; the Lugano reconstruction conference opens Monday.",
    "yq08_hanbitnews_alaska_summit": "Trump and Putin met in Anchorage without a ceasefire; Trump phoned Zelensky, who will meet him at the White House on Monday; Russia launched 85 drones and a ballistic missile overnight, injuring two in the Dnipropetrovsk region.",
    "yq09_wochenspiegel_explainer_washington": "Explainer: from Istanbul 2022 and 2025 and Anchorage to Monday's White House meeting with seven European leaders, during which Trump phoned Putin and began arranging a Putin-Zelensky meeting; the coalition of the willing met by video and Merz will call Trump on Friday.",
    "yq10_helsinginvartija_coalition_paris": "The coalition of the willing met in Paris, where 26 states committed to a post-ceasefire force; the leaders then called Trump, and defence ministers meet in London later in September. The 28 August strike on Kyiv killed at least 23.",
    "yq11_pravovecernik_azovstal_exchange": "215 Ukrainians, including Azovstal commanders, were exchanged for 55 Russians and Medvedchuk with Turkish and Saudi mediation; S-300 missiles killed at least one in Zaporizhzhia, and Kuleba and Lavrov face each other at the UN Security Council.",
    "yq12_krakowskikurier_court_archivist": "A Krakow court acquitted a former municipal archivist accused of selling deeds from the city's collections; the prosecutors may appeal.",
}

PLACE_FORM = {
    ("yq07_nordiskpressebyra_belgorod_both_sides", 2, "Sumy"): "Sumy region",
}


if __name__ == "__main__":
    write_answers("dev42", GOLD, Convention(SUMMARY, PLACE_FORM))
