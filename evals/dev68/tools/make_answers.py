"""Write the ideal answers of the dev68 articles, `evals/answers/ideal/xq??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional ones, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries only. Every record's own sentences name its place (the country
records say "the Ukrainian power system", "Ukraine's energy system", "against Ukraine", "energy facilities
in Ukraine", "across Ukraine", "the power system"; the status page's earlier drone hit "our Dnipro site", the
council's drone "Zarichnyi district of Sumy"), so no place form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev68/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xq01_mobile_operator_customer_update_grid_nov18": "A mobile operator explains outages after Russia's attack on the power system early on 17 November (Zelensky: 120 missiles and 90 drones; the Air Force: 104 missiles and 42 drones downed). A drone killed two and wounded six in Mykolaiv that morning; a missile on a Sumy block that evening killed ten, two of them children (11 by the next morning).",
    "xq02_district_court_press_summary_kremenchuk_nov29": "A Kremenchuk court sentences a Russian bomber navigator in absentia to life for the strike of 27 June 2022, when two Kh-22 missiles hit the Amstor shopping centre and a plant, killing 22 and wounding 64. A separate case concerns the Kh-22 strike on Dnipro of 14 January 2023 (46 killed); the final hearing failed on 28 November when Russia struck the energy system.",
    "xq03_hydromet_weather_bulletin_air_alert_nov28": "A weather bulletin for Kyiv explains missed morning bulletins: Russia used 188 means of air attack overnight and on the morning of 28 November, 91 missiles (79 destroyed) and 97 drones (35 destroyed, 62 lost from radar), against energy facilities; the 17 November attack also delayed a bulletin. Snow, wind and icy roads are forecast.",
    "xq04_arms_control_researcher_newsletter_oreshnik_nov23": "An arms-control newsletter's week: Scholz's call with Putin on 15 November; Russia's missile and drone strike on energy on 17 November; six ATACMS fired at the Bryansk region on 19 November (five downed, no casualties); claimed Storm Shadow fragments in Kursk; the Oreshnik missile on Dnipro on 21 November; US sanctions on Gazprombank; a NATO-Ukraine Council due on 26 November; the G20.",
    "xq05_hotel_notice_to_guests_odesa_port_oct10": "An Odesa hotel tells guests that a Russian ballistic missile hit a Panama-flagged container ship in the port on the evening of 9 October, killing eight people, mostly port workers, and injuring ten (15 by morning); drones had damaged port facilities in the Odesa region on 7 October, injuring one. The hotel was undamaged; shelter and services are explained.",
    "xq06_city_council_compensation_notice_sumy_nov19": "Sumy's council explains compensation for damaged housing after a Russian missile hit a nine-storey building on the evening of 17 November, killing 11 people, two of them children, and injuring 84, after that morning's missile and drone attack on energy across Ukraine; a drone hit a house in Zarichnyi district on 18 November, nobody hurt.",
    "xq07_weekend_news_quiz_oct19": "A weekend news quiz: Zelensky's Victory Plan, taken to the EU summit in Brussels on Thursday; the Ramstein group's leaders' summit of 12 October postponed after Biden cancelled his trip over Hurricane Milton; Biden's one-day visit to Berlin on Friday; 95 Ukrainians freed in a UAE-brokered exchange on Friday; nine killed by a missile on a ship in Odesa on 9 October.",
    "xq08_hosting_status_page_incident_dnipro_nov21": "A hosting company's status page logs its Dnipro data hall on generator power after Russia attacked Dnipro on the morning of 21 November with a ballistic missile, later named Oreshnik by Putin, and seven Kh-101 cruise missiles, six shot down; two people were injured. An earlier entry records a drone hitting a building next to the site on the night of 25 October, with no injuries.",
    "xq09_lyceum_parents_newsletter_zaporizhzhia_nov08": "A Zaporizhzhia lyceum's director tells parents that Russian guided bombs hit the city on the morning of 7 November, killing at least four people and wounding more than 30, among them a 12-year-old boy (six dead by Friday); lessons continue in the shelter, a generator from Japan and UNDP arrived last week, and an exchange trip to Wrocław is postponed.",
    "xq10_clinic_immunology_leaflet_control_oct26": "A clinic's patient leaflet explains the immune system in military terms: skin as border guards, white cells as air defence, antibodies as guided missiles, allergies and autoimmunity as friendly fire, and vaccines as drills; it advises sleep, diet, exercise and handwashing and invites patients to book flu and COVID-19 jabs.",
}


if __name__ == "__main__":
    write_answers("dev68", GOLD, Convention(SUMMARY))
