"""Write the ideal answers of the dev67 articles, `evals/answers/ideal/xp??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries only. Every record's own sentences name its place (the country
records say "in most of Ukraine's regions", "across Ukraine", "against Ukraine", "aimed at Ukraine",
"Ukraine's grid operator", "Russia's Defence Ministry"; the theatre's drone of 22 June hit "our Kharkiv
building"'s courtyard, the chain's shells "our Kostiantynivka store"), so no place form and no place quote is
added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev67/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xp01_retail_chain_statement_kostiantynivka_aug10": "A supermarket chain reports that a Russian missile hit its store in Kostiantynivka on Friday, 9 August, killing 12 people and injuring 44 by the regional head's first count (14 dead by the next morning), two of its cashiers among the dead; Russian shells had already hit the store's yard on the night of 27 July, when nobody was hurt.",
    "xp02_business_council_member_circular_modi_kyiv_aug26": "A chamber of commerce tells members about Narendra Modi's visit to Kyiv on 23 August: four documents signed, four BHISHM hospital cubes handed over, and Zelensky's proposal that India host the second peace summit. It recalls Modi's Moscow trip and the Okhmatdyt strike of 8 July, the exchange of 115 for 115, and Russia's attack of 26 August.",
    "xp03_pow_families_association_weekly_message_aug26": "A POW families' association reports that 115 Ukrainian defenders came home in a UAE-brokered 115-for-115 exchange on Independence Day, 24 August, after 95 on 17 July; its online meeting was moved because Russia's missile and drone attack on energy sites across Ukraine on the morning of 26 August cut power.",
    "xp04_theatre_notice_ticket_holders_kharkiv_aug31": "A Kharkiv theatre cancels its weekend performances after Russian guided bombs hit the Industrialnyi district on 30 August, killing at least six people, among them a 14-year-old girl on a playground, and injuring more than 90 (seven dead and 97 injured by the next morning); a drone had damaged its building on the night of 22 June without casualties.",
    "xp05_data_desk_methodology_box_strikes_chart_sep02": "A data desk explains its chart of Russia's nightly missiles and drones in August: the night of 25-26 August, 127 missiles and 109 drones (236 in all, 201 downed), and 10 missiles and 81 drones the next night; glide bombs such as Kharkiv's of 30 August (seven killed) are left out; the Doha talks expected in August were called off.",
    "xp06_university_rector_letter_students_poltava_sep04": "A Poltava rector writes after two Russian ballistic missiles hit the Military Institute of Communications and a hospital on 3 September, killing 41 and injuring more than 180 by the first count (51 dead the next morning), with 13 of the university's people wounded; Lviv was hit by missiles and drones on 4 September, seven killed. Classes move online.",
    "xp07_museum_loss_damage_register_entry_lviv_sep09": "A Lviv museum registers damage from the Russian attack with Kinzhal missiles and Shahed drones on 4 September (seven killed, 64 injured in the city; the watchman unhurt), a day after the Poltava strike: windows, a 1903 stained-glass panel, a ceiling and three collection items. An earlier entry records the missile strike of 10 October 2022.",
    "xp08_uk_written_question_answer_energy_sep10": "A UK minister's written answer on Russia's strikes on Ukraine's energy system: over 200 missiles and drones on 26 August and more than 50 killed in Poltava on 3 September; the Defence Secretary attended the contact group at Ramstein on 6 September; the Foreign Secretary will visit Kyiv with Blinken this week; the UAE-mediated exchange of 24 August.",
    "xp09_translation_desk_style_note_sep12": "A news agency's style note with examples from its copy: Kostiantynivka's supermarket, 9 August (at least 10 killed, later 14); Russia's claim of 117 drones on 14 August; 13 hurt in Kursk on 11 August; the disputed fire at the Zaporizhzhia plant; Modi in Kyiv and Zelensky's summit proposal; Zelensky at Ramstein; Blinken and Lammy in Kyiv with $717 million in US aid.",
    "xp10_allotment_society_newsletter_control_sep07": "An allotment society's September newsletter: slugs stripped the brassicas and pigeons raided the peas, a shed dispute between two plots ended in a truce after talks, the water pump was replaced without injury, and the autumn show, seed exchange and committee planning meeting are announced.",
}


if __name__ == "__main__":
    write_answers("dev67", GOLD, Convention(SUMMARY))
