"""Write the ideal answers of the dev56 articles, `evals/answers/ideal/xe??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words, counts as numbers (the explicit zeros gold codes, codebook
rule 6, come through as 0, the Iskander-Ms' "neither ... was intercepted" included), evidence as gold's
quotes. Added here by hand: the summaries and, for five records whose own sentences do not name their
place, the sentence that does (the June 24 strike on Dnipro, and Kharkiv's four strikes in the photo
essay's captions, which name only districts and buildings). No region record: no region form is needed.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev56/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD, LEAD01  # noqa: E402

SUMMARY = {
    "xe01_kestrelwire_dnipro_update2": "Russian cruise missiles and drones hit Dnipro overnight into Thursday, killing at least four (later six) and wounding 27, three children among them; nationally 286 Shahed drones (259 downed), nine Kalibrs (seven downed) and two Iskander-Ms (none downed). A drone hit Stryi. Zelensky spoke with Erdogan by phone.",
    "xe02_eastgate_daily_assessment_july16": "Think-tank assessment: nearly 300 Geran-2 and decoy drones and 11 missiles overnight on 15-16 July; a Kalibr killed six in Dnipro; Ukrainian drones hit the Tuapse refinery, no casualties claimed, and Russia said it downed more than 50 drones; Istanbul talks set for 23 July; Zelensky and Erdogan spoke by phone.",
    "xe03_humanitarianhub_sitrep_no29": "Sitrep for 13-19 July: a missile and drone attack killed seven in Dnipro on 16 July, a boy among them, and injured 41; two KAB bombs killed two and injured 19 in Kharkiv on 18 July; shelling killed a woman in Kherson on 17 July; a drone hit Mykolaiv's water station on 14 July, no casualties. Norway added NOK 150 million.",
    "xe04_channelwatch_telegram_roundup_july17": "Russian channels: Ukrainian UAVs set the Tuapse refinery on fire overnight, nobody injured; the Defence Ministry said 52 UAVs were downed, 31 over the Krasnodar Territory; drone wreckage damaged two houses in Feodosia; an FPV drone wounded a driver in Novaya Tavolzhanka; Peskov confirmed Istanbul talks on 23 July.",
    "xe05_mfa_readout_call_with_japan": "Ukraine's foreign minister spoke by phone with Japan's on 23 July: thanks for Japan's 21 July sanctions, a briefing on three Iskander-Ms that killed three and injured 15 in Odesa on the night of 22 July, the Istanbul talks held that day, Japan's USD 30 million for demining, and a visit to Tokyo in September.",
    "xe06_complianceledger_sanctions_tracker_week30": "Sanctions tracker for 20-26 July: Japan froze the assets of 38 people and six entities on 21 July; Canada listed 17 shadow-fleet tankers on 22 July; the UK designated 40 tankers, two traders and an insurer on 23 July; the EU adopted a new package with 120 more vessels on 24 July. No new US listings.",
    "xe07_northernstar_prisoner_swap_corrected": "Ukraine and Russia exchanged 250 prisoners of war each on Thursday in a UAE-brokered swap agreed at last week's Istanbul talks; Zelensky thanked the UAE's president by phone. Grad rockets on Nikopol that morning killed a man of 71 and wounded two women. A correction fixes the figure and Nikopol's region.",
    "xe08_lensdesk_kharkiv_photo_essay": "Photo essay from Kharkiv: two guided bombs killed two and hurt 16 in the Kyivskyi district on 18 July; a KAB-500 hit a printing house's warehouse on 28 July with nobody injured; a Shahed killed three, a girl of 13 among them, and injured nine in Saltivka on 1 August; Germany's foreign minister visited the city.",
    "xe09_canberrahansard_question_time_ukraine": "Australian question time: the Iskander strike on Odesa on the night of 21-22 July killed four civilians; Australia listed 27 shadow-fleet vessels on Monday after the EU's 24 July package and the UK's 23 July designations; the UAE-mediated exchange of last Thursday; a $95 million package approved today; a coalition meeting in Rome on 10 September.",
    "xe10_shorelinegazette_jellyfish_lightning_control": "A jellyfish swarm closed Portallow's north beach; lightning split St Brendan's spire with nobody hurt; two café chains and a couple bid for Morrow's Bakery; mooring-fee negotiations between the harbour board and fishermen collapsed; beekeepers report early drone expulsion; the Rovers beat Kilcreggan 4-1; a record 212 ran the Ben Carrow race.",
}

KHARKIV_INTRO = ("Kharkiv is some 30 kilometres from the frontier with Russia, close enough for guided bombs dropped by "
                 "aircraft over Russia's Belgorod region to reach it.")
PLACE_QUOTE = {
    ("xe01_kestrelwire_dnipro_update2", 3): LEAD01,
    ("xe08_lensdesk_kharkiv_photo_essay", 0): KHARKIV_INTRO,
    ("xe08_lensdesk_kharkiv_photo_essay", 1): KHARKIV_INTRO,
    ("xe08_lensdesk_kharkiv_photo_essay", 2): KHARKIV_INTRO,
    ("xe08_lensdesk_kharkiv_photo_essay", 3): KHARKIV_INTRO,
}


if __name__ == "__main__":
    write_answers("dev56", GOLD, Convention(SUMMARY, place_quote=PLACE_QUOTE))
