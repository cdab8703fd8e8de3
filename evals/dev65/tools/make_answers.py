"""Write the ideal answers of the dev65 articles, `evals/answers/ideal/xn??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries, and one place quote: the blog's New Year's drones are told
"in Pechersk", so the answer quotes the sentence of the same post that names Kyiv. Every other record's
own sentences name its place (the country records say "at Ukraine", "against Ukraine", "Ukraine's Air
Force", "over Russian territory"), so no place form is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev65/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xn01_parliamentary_committee_hearing_summary_jan14": "Committee hearing, 13 January: the minister reported on the Ukraine Defense Contact Group's meeting at Ramstein on 9 January, where Lloyd Austin announced a final US package of about $500 million; officials described the US oil sanctions of 10 January; members remembered the 13 killed by two guided bombs in Zaporizhzhia on 8 January.",
    "xn02_think_tank_map_notes_jan17": "Map notes for 9-16 January: Russia fired 43 missiles and 74 drones on 15 January (30 and 47 downed), hitting gas sites in the Lviv and Ivano-Frankivsk regions without casualties; the Zaporizhzhia toll of 8 January reached 13; Russia claimed 146 Ukrainian drones on 13-14 January; Engels hit again; UK-Ukraine 100-year agreement signed on 16 January.",
    "xn03_law_firm_client_alert_oil_sanctions_jan13": "Law firm alert, 13 January: on 10 January the US designated Gazprom Neft, Surgutneftegas and 183 vessels, and the UK listed the two producers the same day; the EU's 15th package came in December and a 16th is expected around 24 February; Ukrainian drones set an Engels oil depot ablaze on 8 January.",
    "xn04_blood_centre_donor_appeal_zaporizhzhia_jan09": "Zaporizhzhia's blood centre appeals for donors after two guided bombs hit a factory site on 8 January, killing 13 and wounding more than 60, a 17-year-old among them (113 wounded by the next morning); stocks of O negative and A negative are critically low.",
    "xn05_emergencies_ministry_operational_information_engels_jan15": "Russia's emergencies directorate, 15 January: the Engels fire started by a drone attack on 8 January was put out on 13 January; no casualties; 11 drones were downed over the Saratov region; on the night of 14 January drones again hit Engels, debris fell on two enterprises and no one was injured.",
    "xn06_press_pool_report_starmer_kyiv_jan16": "Pool report, 16 January: the British prime minister arrived in Kyiv by train and signed a hundred-year partnership with President Zelensky; sirens sounded during the talks and drones were downed near the capital, no one hurt; overnight Russia launched 55 drones at Ukraine, 34 shot down.",
    "xn07_press_review_what_the_papers_say_jan17": "Press review, 17 January: papers lead on Starmer's Kyiv visit and century-long partnership, disrupted by drones; Russia's attack on the gas system on Wednesday with more than 40 missiles and some 70 drones; Kellogg's postponed Kyiv visit; tanker rates after last Friday's US sanctions.",
    "xn08_reference_wiki_kyiv_strikes_january_jan21": "Wiki page on Russian strikes on Kyiv in January 2025: drones on 1 January killed two and injured six (111 drones nationwide, 63 downed); drones during Starmer's visit on 16 January, no one hurt; two Iskander-M missiles shot down over Kyiv on 18 January, their debris killing four and injuring three.",
    "xn09_resident_blog_lukianivka_jan19": "A Kyiv resident's blog, 19 January: ballistic missiles on Saturday morning burst a water main by Lukianivska metro; three were killed and three injured, later four dead; drones had killed two in Pechersk on New Year's morning; the new US president is sworn in on Monday.",
    "xn10_quarry_blasting_notice_control_jan22": "A quarry company gives residents the February 2025 blasting dates and safety arrangements: a siren warning, a 500-metre exclusion zone, a survey drone, no Saturday blasting after talks with the parish council, and a misfire on 14 January made safe with no one hurt.",
}

BLOG = "xn09_resident_blog_lukianivka_jan19"
PLACE_QUOTE = {
    (BLOG, 1): "By midday the Kyiv city military administration said three people had been killed and three injured in our district.",
}


if __name__ == "__main__":
    write_answers("dev65", GOLD, Convention(SUMMARY, place_quote=PLACE_QUOTE))
