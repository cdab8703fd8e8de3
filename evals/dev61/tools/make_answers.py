"""Write the ideal answers of the dev61 articles, `evals/answers/ideal/xj??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional one, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries. Every record's own sentences name its place (the country
records say "against Ukraine", "at Ukraine" and "eight regions of Russia"), so no place form and no place
quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev61/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xj01_energy_company_exchange_announcement_kremenchuk_jan29": "Current report, 29 January: Russian missiles and drones hit the company's Kremenchuk heat and power plant on the night of 28-29 January, damaging the turbine hall, a boiler and the switchyard and starting a fire; no casualties among staff; generation and heat supply suspended for at least eight weeks; a drone attack on 13 January had damaged a transformer there.",
    "xj02_mfa_week_ahead_diary_feb01": "Ukraine's foreign ministry diary for 2-8 February: the Minister's talks in Warsaw on Monday; Norway's foreign minister on an official visit to Kyiv on Tuesday; a Ukrainian-Russian round in Istanbul on Wednesday, hosted by Turkey with US mediators; the NATO-Ukraine Council at NATO headquarters on Thursday; the coalition of the willing summit in Paris on Friday.",
    "xj03_rescuer_obituary_zaporizhzhia_feb03": "Obituary of Zaporizhzhia rescuer Oleksandr Hnatiuk, 41, killed on 29 January when Russia struck a burning warehouse a second time as his crew fought the fire; three people died and 14 were injured; he had worked eleven hours at a block hit by a missile strike on 8 January that killed five and injured about 20.",
    "xj04_kaluga_airport_restrictions_notice_jan15": "Kaluga airport notice, 15 January: flights were restricted overnight during a Ukrainian drone attack; the governor said nine drones were destroyed over the region and debris started a fire at an industrial site in Kaluga, with no casualties; Russia's Defence Ministry claimed 64 drones over eight regions.",
    "xj05_aid_charity_convoy_update_kherson_feb07": "A charity's ninth winter convoy delivered generators, blankets, hygiene kits and food to Kherson on 7 February, partly funded by Japan's emergency grant of 28 January; Russian shelling of Chornobaivka on Friday killed a woman and wounded two men; earlier in the week a drone hit a partner's warehouse in Kherson, no one hurt.",
    "xj06_un_general_assembly_speech_ukraine_feb05": "Ukraine's Deputy Foreign Minister at the UN General Assembly, 5 February: more than 350 drones and 34 missiles on the night of 28-29 January hit the Kremenchuk plant and killed three in Kyiv; a double-tap strike in Zaporizhzhia killed three; the UAE-mediated exchange of 157 on 27 January; Istanbul talks yesterday; Norway's minister in Kyiv; Japan's aid and Canada's sanctions; calls for more pressure.",
    "xj07_news_in_brief_column_jan30": "Briefs, 30 January: Russia fired 352 drones and 34 missiles overnight, most downed; two killed and 11 hurt in Kyiv, a plant in Kremenchuk knocked out, a lyceum in Bila Tserkva damaged; a double strike in Zaporizhzhia killed at least two, later three; 157-for-157 exchange via the UAE; Canadian sanctions and Japanese aid; Istanbul talks set for next Wednesday.",
    "xj08_moldova_mfa_ambassador_summoned_jan29": "Moldova's foreign ministry summoned Russia's ambassador on 29 January and handed him a protest note after the overnight missile and drone attack on Kyiv damaged the Moldovan embassy; at least two civilians were killed in Kyiv; no embassy staff were injured.",
    "xj09_school_closure_notice_bila_tserkva_jan29": "Bila Tserkva's education department closes Lyceum No. 14 after a Russian drone attack on the night of 28-29 January damaged its windows, roof and heating; no pupils or staff were hurt; 38 drones were destroyed over Kyiv Oblast; lessons go online until at least 6 February.",
    "xj10_strategy_game_review_iron_meridian_control_feb10": "A review of the strategy game Iron Meridian, in which two invented states fight a winter war: missile strikes on power stations, drone swarms, and a weak diplomacy system of summits, ceasefires, sanctions and prisoner exchanges; rated 8 out of 10.",
}


if __name__ == "__main__":
    write_answers("dev61", GOLD, Convention(SUMMARY))
