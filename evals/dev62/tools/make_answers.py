"""Write the ideal answers of the dev62 articles, `evals/answers/ideal/xk??_*.json`, from the labels.

The logic is `evals/tools/answers_from_gold.py`; this file holds the set's convention. The ideal answer
is what a perfect model returns: every gold record including the optional one, places as the article
writes them, `when` as the gold's date words (no record has a null `when`), counts as numbers (the
explicit zeros gold codes, codebook rule 6, come through as 0), evidence as gold's quotes (at most three a
record). Added here by hand: the summaries. Every record's own sentences name its place (the country
records say "at Ukraine's energy", "against Ukraine", "at Ukraine" and "over Russia"; the Belgorod
Region's tally names the region), so no place form and no place quote is added.

Run from the repository root after tools/make_gold.py and evals/tools/locate_spans.py:
    python evals/dev62/tools/make_answers.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from answers_from_gold import Convention, write_answers  # noqa: E402
from make_gold import GOLD  # noqa: E402

SUMMARY = {
    "xk01_grid_operator_outage_statement_odesa_dec06": "Odesa's grid operator, 6 December: Russian drones and missiles hit its substation in the Peresypskyi district overnight, cutting the port line and setting a neighbouring apartment block on fire; 38 drones and two missiles were destroyed over the oblast; about 186,000 customers lost power; a drone strike on a Chornomorsk substation on the night of 2 December caused no casualties.",
    "xk02_air_force_morning_tally_dec06": "Ukraine's Air Force, 6 December: on the night of 6 December Russia launched 659 air attack assets (612 Shahed drones, 30 Kh-101 cruise and 17 Iskander-M ballistic missiles), of which 598 were downed or jammed (560 drones, 27 cruise, 11 ballistic); the night before, 107 of 138 drones were stopped.",
    "xk03_belgorod_governor_evening_summary_dec09": "Belgorod governor's summary, 9 December: a drone munition wounded a minibus driver in Belgorod, artillery killed a woman in Shebekino, an FPV drone hit a farm in Dorogoshch with no one hurt; 58 drones attacked the region, 31 shot down; Russia's Defence Ministry claimed 47 Ukrainian drones overnight.",
    "xk04_izmail_port_authority_notice_dec10": "Izmail port notice, 10 December: Russian drones attacked the port on the night of 9-10 December, damaging berths 3-5 and a Panama-flagged bulk carrier; two port employees were wounded; 27 drones were downed over the oblast; cargo work at three berths is suspended; a drone hit the grain terminal on 28 November without casualties.",
    "xk05_tv_talk_show_transcript_evening_round_dec11": "TV talk show, 11 December: Russian guided bombs on Kharkiv this afternoon injured five, later eight, including a boy of 15; drones hit Izmail port on Tuesday night and Romania summoned Russia's charge d'affaires; Ukraine-US talks in Berlin on Saturday, Germany hosting; Zelensky's call with Macron; the exchange of 3 December.",
    "xk06_futsal_league_statement_kharkiv_postponed_dec12": "The futsal league postpones a Kharkiv match after two Russian guided bombs struck the Kyivskyi district on 11 December, damaging the Sokil sports complex and injuring at least nine people, including a 15-year-old; the hall had been repaired after a drone attack on 17 November that injured about 30.",
    "xk07_what_we_know_explainer_berlin_talks_dec10": "Explainer, 10 December: Ukraine-US talks expected in Berlin on 13 December with Germany hosting, after a Geneva round last month; Zelensky-Macron call; Finland's president visited Kyiv; 114-for-114 exchange via the UAE; over 650 drones and missiles on the night to Saturday; three injured in Izmail; Romania summons Russia's envoy; UK sanctions; EU summit on 18-19 December.",
    "xk08_opinion_column_berlin_photographs_dec14": "Column, 14 December: the Berlin talks of Ukraine and the US yesterday, hosted by Germany, produced no guarantees; glide bombs on Kharkiv on Thursday injured more than ten; UK sanctions on 20 tankers and Sweden's 300 generators for Odesa and Kharkiv were the real progress; EU leaders meeting in Brussels on Thursday should use frozen Russian assets.",
    "xk09_odesa_executive_committee_minutes_dec09": "Odesa executive committee, 9 December: drones and missiles on the night of 5-6 December hit the city's energy infrastructure, injuring four residents including a child of seven and damaging 53 buildings; UAH 38 million allocated for repairs; the committee accepts generators financed by Sweden's government, decided on 8 December.",
    "xk10_university_war_game_exercise_report_control_dec12": "A university report on a two-day student war game between two invented states, Estmark and Norvania: simulated missile and drone strikes, talks hosted by an invented neutral duchy, a prisoner exchange, a short-lived ceasefire and sanctions; the neutral team won.",
}


if __name__ == "__main__":
    write_answers("dev62", GOLD, Convention(SUMMARY))
