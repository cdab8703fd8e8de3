"""Write the ideal answers of the dev44 articles, `evals/answers/ideal/ys??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0), evidence as gold's quotes. Added here by hand: the summaries and the region
form where a bare name would be the city.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev44/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "ys01_steppepost_zaporizhzhia_morning": "The Zaporizhzhia regional administration reported 348 strikes on 11 settlements in a day: a woman wounded by artillery in Huliaipole, a man by a drone in Mala Tokmachka, guided bombs on Orikhiv, and shelling of several other villages.",
    "ys02_slobozhanshchynadaily_kharkiv_kab": "Two Russian guided bombs hit Kharkiv on Tuesday evening, killing three and wounding at least 18 (23 later, two of them children); Shahed drones had damaged an energy facility in the city the night before.",
    "ys03_blacksealedger_odesa_port_vessel": "A Panama-flagged container ship was damaged and five people injured when Odesa port was struck by an Iskander-M late on Monday; Foreign Minister Sybiha called his Panamanian counterpart.",
    "ys04_borderlandsnews_sumy_tally": "Russian forces fired on eight border communities of the Sumy region on Tuesday: a man was killed in the Krasnopillia community, a woman wounded by guided bombs near Velyka Pysarivka and a man injured by a drone in Esman.",
    "ys05_dniprovoice_missile_tolls": "Russian missiles hit an apartment block and a depot in Dnipro early on Friday, killing four (six by the afternoon) and injuring 21; Russia launched seven missiles and 18 drones overnight, and artillery and drones hit Marhanets.",
    "ys06_classroomwire_nmt_results": "About 290,000 young people took Ukraine's national multi-subject test in 2024; maths scores improved and university applications open on 24 July.",
    "ys07_morningdispatch_day_in_war_mar20": "Morning digest: glide bombs killed three in Kharkiv, Russia sent 17 Shaheds overnight and shelling injured two in Kherson; the contact group met at Ramstein, where Germany pledged 500 million euros; Kuleba called Sikorski, and consultations in Warsaw are set for March 28.",
    "ys08_continentalbrief_burgenstock_analysis": "An analysis of the Bürgenstock peace summit hosted by Switzerland, whose communique 80 countries endorsed while several attendees did not sign; Harris announced 1.5 billion dollars in aid, and the summit followed security agreements with the US and Japan.",
    "ys09_kyivherald_sunak_security_pact": "Rishi Sunak visited Kyiv and signed a ten-year security cooperation agreement with Zelensky, announcing 2.5 billion pounds of military funding; Russian shelling wounded a woman in Kherson.",
    "ys10_alliedforces_ramstein_pledges": "The Ukraine Defense Contact Group met at Ramstein under Austin as US aid stayed blocked in Congress; Germany pledged 500 million euros, and Umerov held talks with Austin and Pistorius; the next meeting is planned online in April.",
    "ys11_humanrightsline_qatar_children_bodies": "Seven Ukrainian children returned from Russia through Qatari mediation, Ukraine received 250 bodies of fallen soldiers for 38, and the ombudsman's visit to Doha was postponed.",
    "ys12_vistulaeastreview_poland_grain_talks": "Tusk and Shmyhal held intergovernmental consultations in Warsaw and signed a memorandum on border checks of farm goods, but the grain dispute continues; agriculture ministers meet on April 10 and Duda's visit to Kyiv was postponed.",
}

PLACE_FORM = {
    ("ys03_blacksealedger_odesa_port_vessel", 1, "Odesa"): "Odesa region",
}


if __name__ == "__main__":
    write_answers("dev44", GOLD, Convention(SUMMARY, PLACE_FORM))
