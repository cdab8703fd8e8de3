"""Write the ideal answers of the dev52 articles, `evals/answers/ideal/xa??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries, the region
forms where a bare name would be the city, and a null `when` for the live blog's summoning of the
ambassador (its only date words are the post's timestamp).

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev52/tools/make_answers.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import IDEAL, Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xa01_harbourline_live_dnipro_kharkiv": "Live blog of 8 April: Russia sent 120 drones and six Iskander-M missiles overnight, 97 drones and four missiles downed; a missile killed three and injured 14, two children among them, in a Dnipro apartment block; drones set a fuel tank alight in Kremenchuk, no one hurt; a guided bomb hit Kharkiv in the afternoon, at least one injured; the Foreign Office summoned Russia's ambassador.",
    "xa02_mfaukraine_readout_sybiha_turkey_call": "Ukraine's foreign minister Sybiha spoke by phone with his Turkish counterpart on 9 April about the missile attack on Dnipro (four killed, 14 injured, two of them children), thanked Turkey for mediating the day's exchange of 84 prisoners each, and agreed a working visit to Ankara on 15 April.",
    "xa03_dailydispatch_what_we_know_day_1507": "Day 1,507: 51 of 64 Russian drones downed overnight; drones hit a substation near Bilhorod-Dnistrovskyi and a warehouse in Bila Tserkva, no casualties; the Dnipro toll rose to five; Ukrainian drones hit an oil pumping station in the Bryansk region; Sybiha spoke with Turkey's foreign minister; Ukraine and Russia swapped 84 prisoners each with Turkish mediation; EU foreign ministers meet on Monday.",
    "xa04_riversideherald_nikopol_shelling_three_days": "Russian artillery shelled Nikopol for three days: on Saturday a man of 58 was killed and a woman injured; on Sunday artillery and drones injured two, a boy of 15 among them, and damaged a school and a bus depot; on Monday shells hit the water supply with no injuries; a drone injured a woman in Marhanets on Sunday.",
    "xa05_novayazarya_belgorod_drones_istanbul_talks": "Russia's defence ministry said 84 Ukrainian drones were downed overnight over seven regions, 31 over the Belgorod Region, where debris injured two women in Belgorod; it said Kinzhal missiles and drones hit gas facilities in the Kharkov and Poltava regions; Peskov said the Istanbul meeting of Russian, US and Ukrainian delegations set for Friday is postponed with no new date.",
    "xa06_caldwellinstitute_daily_assessment_apr16": "The EU adopted a new sanctions package on April 15; Ukrainian drones struck Belgorod overnight on April 15-16, wounding two; Peskov said the Istanbul meeting planned for April 17 is postponed; Russian artillery and drones hit Nikopol on April 12, injuring two including a 15-year-old; Ukrainian drones struck the Novokuibyshevsk refinery on April 14, after a strike there on March 2.",
    "xa07_reliefnetwork_humanitarian_update_march_toll": "Humanitarian update: UN monitors recorded at least 176 civilians killed and 914 injured in Ukraine in March 2026; on 8 April a missile killed four people and injured 14, two children among them, in a Dnipro residential building; Japan announced US$12 million for humanitarian work on 6 April; the response plan is 17 per cent funded.",
    "xa08_continentaltimes_eu_ministers_air_defence_aid": "EU foreign ministers met in Brussels on Monday; Sweden announced a 4.2 billion kronor air defence package and the Netherlands 150 million euros for interceptor drones; EU ambassadors are expected to approve new sanctions on Wednesday; US, Russian and Ukrainian delegations are due in Istanbul on Friday, hosted by Turkey; Sybiha noted last Thursday's Turkish-mediated prisoner exchange.",
    "xa09_northgatepost_eu_sanctions_adopted_talks_postponed": "The EU adopted new sanctions on Wednesday against Russia's shadow fleet and three banks, while a Commission proposal on 12 more banks was held back; Britain will add its own listings next week; the Istanbul talks of the US, Russia and Ukraine set for Friday were postponed with no new date; US and Ukrainian experts will meet in Geneva on April 22, hosted by Switzerland.",
    "xa10_valleyecho_bakery_price_war_union_talks_control": "Two valley bakery chains, Crumb & Co. and Hartley's, are in a bread price war; the bakers' union resumed pay talks with Hartley's on Thursday; a council 'ceasefire' over the budget lasted less than an hour.",
}

PLACE_FORM = {
    ("xa03_dailydispatch_what_we_know_day_1507", 4, "Bryansk"): "Bryansk region",
    ("xa05_novayazarya_belgorod_drones_istanbul_talks", 2, "Kharkov"): "Kharkov region",
    ("xa05_novayazarya_belgorod_drones_istanbul_talks", 2, "Poltava"): "Poltava region",
}

# diplomacy records whose only date words are a live-blog post's timestamp: (stem, record)
NULL_WHEN_DIPLOMACY = {("xa01_harbourline_live_dnipro_kharkiv", 0)}


if __name__ == "__main__":
    write_answers("dev52", GOLD, Convention(SUMMARY, PLACE_FORM))
    for stem, i in sorted(NULL_WHEN_DIPLOMACY):
        path = IDEAL / f"{stem}.json"
        draft = json.loads(path.read_text(encoding="utf-8"))
        draft["diplomacy"][i]["when"] = None
        path.write_text(json.dumps(draft, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
