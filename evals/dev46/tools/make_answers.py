"""Write the ideal answers of the dev46 articles, `evals/answers/ideal/yu??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
forms where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev46/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "yu01_gulfhorizon_mod_drones": "Russia's defence ministry said it downed 159 Ukrainian drones overnight, 52 over the Bryansk region, 30 over Kursk and 24 over Oryol, days after the first direct Russian-Ukrainian talks in Istanbul.",
    "yu02_ruswire_belgorod_shebekino": "Ukrainian drones killed a woman and wounded two men in Shebekino overnight and injured a driver in Belgorod, the governor said, a day after the first stage of the Istanbul-agreed prisoner exchange.",
    "yu03_bosphorusdaily_exchange_first_stage": "Ukraine and Russia carried out the first stage of the prisoner exchange agreed in Istanbul on June 2; Erdoğan phoned Zelensky on Sunday, and Fidan offered to host a leaders' meeting.",
    "yu04_panafricanwire_riyadh_talks": "US and Russian officials held talks in Riyadh without Ukraine; Zelensky visited Ankara and put off his Saudi trip to 10 March; Russian drones knocked out power in Odesa as Russia launched 167 drones and decoys.",
    "yu05_deccanledger_jeddah_ceasefire": "After talks in Jeddah, Ukraine accepted a US proposal for a 30-day ceasefire that goes to Moscow, and the US resumed aid and intelligence sharing; Witkoff is due in Moscow; Russia said it downed 343 Ukrainian drones, one killing a man in Vidnoye.",
    "yu06_northernchronicle_kyiv_cabinet_fire": "Russia's record attack of 823 drones and decoys and 13 missiles set Ukraine's government building on fire, killed at least two in Kyiv and hit Kremenchuk.",
    "yu07_gulfhorizon_kyiv_record_raid": "More than 800 Russian drones and 13 missiles hit Ukraine overnight, killing at least two in Kyiv and striking the Cabinet of Ministers building, days after the coalition of the willing met in Paris.",
    "yu08_northernchronicle_explainer_talks_timeline": "An explainer on 2025's talks from Riyadh, Jeddah and Istanbul to Anchorage and Monday's White House meeting with European leaders, where Trump called Putin and began arranging a Putin-Zelensky meeting; Modi is to meet Putin in Tianjin.",
    "yu09_bosphorusdaily_alaska_summit": "Trump and Putin met near Anchorage without a deal; Trump then phoned Zelensky, who will meet him in Washington on Monday, while Turkey offered Istanbul as a venue.",
    "yu10_ruswire_kursk_rylsk_lavrov_rubio": "A Ukrainian drone hit a bus in Rylsk, killing one and injuring four; Russia said it downed 46 drones over three regions; Lavrov and Rubio spoke by phone, and the Vatican offered its help.",
    "yu11_panafricanwire_war_digest_nov20": "Day digest: a glide bomb killed two in Zaporizhzhia, shelling injured three in Kupiansk, Ukrainian drones attacked the Bryansk region; Sybiha spoke with Lammy as the UK approved £35 million for energy repairs; Ukraine fired ATACMS at the Bryansk region the day before.",
    "yu12_deccanledger_champions_trophy_rain": "Rain may affect Sunday's Champions Trophy final between India and New Zealand in Dubai, where a reserve day is set aside.",
}

PLACE_FORM = {
    ("yu01_gulfhorizon_mod_drones", 1, "Bryansk"): "Bryansk region",
    ("yu01_gulfhorizon_mod_drones", 2, "Kursk"): "Kursk region",
    ("yu01_gulfhorizon_mod_drones", 3, "Oryol"): "Oryol region",
    ("yu01_gulfhorizon_mod_drones", 4, "Tula"): "Tula region",
    ("yu01_gulfhorizon_mod_drones", 4, "Kaluga"): "Kaluga region",
    ("yu01_gulfhorizon_mod_drones", 4, "Lipetsk"): "Lipetsk region",
    ("yu05_deccanledger_jeddah_ceasefire", 1, "Kursk"): "Kursk region",
    ("yu11_panafricanwire_war_digest_nov20", 2, "Bryansk"): "Bryansk region",
    ("yu11_panafricanwire_war_digest_nov20", 3, "Bryansk"): "Bryansk region",
}


if __name__ == "__main__":
    write_answers("dev46", GOLD, Convention(SUMMARY, PLACE_FORM))
