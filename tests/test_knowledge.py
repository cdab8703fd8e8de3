"""The knowledge layer: the actor dictionary and the gazetteer, on fresh sentences of our own."""

from __future__ import annotations

import datetime as dt
import json
import sys
from importlib import resources

import pytest

from summariser.knowledge import (contains, find_actors, find_places, lookup, resolve_actor, same_place)
from summariser.knowledge.gazetteer import country


# --------------------------------------------------------------------------- actors: one mention

@pytest.mark.parametrize("mention,code,via", [
    ("Turkey's President Recep Tayyip Erdogan", "TR", None),
    ("President Macron", "FR", "person"),
    ("the Kremlin", "RU", "capital"),
    ("Ukrainian officials", "UA", "demonym"),
    ("U.S. envoy Steve Witkoff", "US", None),
    ("Washington", "US", "capital"),
    ("the White House", "US", "capital"),
    ("the State Department", "US", "institution"),
    ("the Foreign Office", "GB", "institution"),
    ("Britain", "GB", "alias"),
    ("UK", "GB", "alias"),
    ("Türkiye", "TR", "alias"),
    ("Ankara", "TR", "capital"),
    ("Beijing", "CN", "capital"),
    ("Brussels", "EU", "capital"),
    ("the EU", "EU", "alias"),
    ("NATO Secretary General Mark Rutte", "NATO", None),
    ("UN chief Antonio Guterres", "UN", None),
    ("IAEA head Rafael Grossi", "IAEA", None),
    ("Ukraine's Air Force", "UA", "institution"),
    ("the Russian Defence Ministry", "RU", "institution"),
    ("the Ministry of Defence of Ukraine", "UA", "institution"),
    ("Russian forces", "RU", "institution"),
    ("the coalition of the willing", "COW", "name"),
    ("Kremlin spokesman Dmitry Peskov", "RU", None),
    ("Sybiha", "UA", "person"),
    ("Chancellor Friedrich Merz", "DE", "person"),
    ("Hungarian Prime Minister Viktor Orbán", "HU", None),
    ("Mexico", "MX", "name"),  # not in the dictionary: the gazetteer's country names
])
def test_resolve_actor_reads_names_roles_capitals_and_institutions(mention, code, via):
    actor = resolve_actor(mention)
    assert actor is not None and actor.code == code
    if via:
        assert actor.via == via


def test_resolve_actor_person_follows_the_date_of_office():
    assert resolve_actor("Mark Rutte", dt.date(2023, 3, 1)).code == "NL"
    assert resolve_actor("Mark Rutte", dt.date(2025, 3, 1)).code == "NATO"
    assert resolve_actor("Kaja Kallas", dt.date(2022, 6, 1)).code == "EE"
    assert resolve_actor("Kallas", dt.date(2025, 6, 1)).code == "EU"
    kuleba = resolve_actor("Dmytro Kuleba", dt.date(2025, 1, 1))  # left office: still Ukraine's
    assert kuleba.code == "UA" and kuleba.role == "foreign minister"
    assert resolve_actor("Trump", dt.date(2025, 8, 1)).role == "president"


def test_resolve_actor_refuses_pronouns_and_unknowns():
    assert resolve_actor("us") is None  # the pronoun, not the United States
    assert resolve_actor("") is None
    assert resolve_actor("the local residents") is None


# --------------------------------------------------------------------------- actors: a text

def test_find_actors_learns_people_the_text_introduces():
    text = ("Moldova's President Maia Sandu received Brazilian Foreign Minister Tiago Ferreira Lins in "
            "Chisinau. Separately, Foreign Minister Omar Haddad Salim of Lebanon phoned his counterpart. "
            "Lins said the visit was productive, and Salim welcomed it. Rafael Quintero Mendez, "
            "Colombia's defence minister, joined later; Mendez spoke last.")
    found = {(m.text, m.actor.code, m.via) for m in find_actors(text)}
    assert ("Tiago Ferreira Lins", "BR", "person") in found
    assert ("Lins", "BR", "person") in found
    assert ("Omar Haddad Salim", "LB", "person") in found
    assert ("Salim", "LB", "person") in found
    assert ("Rafael Quintero Mendez", "CO", "person") in found
    assert ("Mendez", "CO", "person") in found
    assert ("Chisinau", "MD", "capital") in found


def test_find_actors_binds_no_place_as_a_person_and_extends_institutions():
    text = ("Speaking in New York, the Russian ambassador Ilya Voronkin said the Defence Ministry of Ukraine "
            "had asked for talks. Voronkin added nothing; in New York, officials were silent.")
    found = [(m.text, m.actor.code, m.via) for m in find_actors(text)]
    assert ("Ilya Voronkin", "RU", "person") in found and ("Voronkin", "RU", "person") in found
    assert not [f for f in found if f[0] == "New York"]
    assert ("Defence Ministry of Ukraine", "UA", "institution") in found


def test_find_actors_case_and_sentence_starts():
    text = "Let us hope, one diplomat said, that the US and the UN act. Separately, a turkey farm burned."
    codes = [(m.text, m.actor.code) for m in find_actors(text)]
    assert codes == [("US", "US"), ("UN", "UN")]


def test_find_actors_spans_and_roles():
    text = "Zelensky told the Verkhovna Rada that Rubio and Lavrov had spoken by phone."
    found = find_actors(text, on=dt.date(2025, 6, 2))
    assert [text[m.start:m.end] for m in found] == ["Zelensky", "Verkhovna Rada", "Rubio", "Lavrov"]
    assert [m.actor.code for m in found] == ["UA", "UA", "US", "RU"]
    assert found[2].actor.role == "secretary of state"


# --------------------------------------------------------------------------- gazetteer: one form

@pytest.mark.parametrize("written,name,level,code", [
    ("Kyiv, Ukraine", "Kyiv", "city", "UA"),
    ("Kiev", "Kyiv", "city", "UA"),
    ("Kyiv region", "Kyiv Oblast", "region", "UA"),
    ("Sumy Oblast", "Sumy Oblast", "region", "UA"),
    ("Sumy region", "Sumy Oblast", "region", "UA"),
    ("the Odesa region", "Odesa Oblast", "region", "UA"),
    ("Odessa", "Odesa", "city", "UA"),
    ("Kharkov", "Kharkiv", "city", "UA"),
    ("Zaporozhye", "Zaporizhzhia", "city", "UA"),
    ("Nikolaev", "Mykolaiv", "city", "UA"),
    ("Dnipropetrovsk", "Dnipro", "city", "UA"),
    ("Dnipropetrovsk Oblast", "Dnipropetrovsk Oblast", "region", "UA"),
    ("the Dnipro region", "Dnipropetrovsk Oblast", "region", "UA"),
    ("Belgorod Oblast, Russia", "Belgorod Oblast", "region", "RU"),
    ("Moscow region", "Moscow Oblast", "region", "RU"),
    ("Krasnodar Krai", "Krasnodar Krai", "region", "RU"),
    ("Donbas", "Donetsk Oblast", "region", "UA"),
    ("Crimea", "Crimea", "region", "UA"),
    ("city of Kherson", "Kherson", "city", "UA"),
    ("Istanbul", "Istanbul", "city", "TR"),
    ("Jeddah", "Jeddah", "city", "SA"),
    ("Alaska", "Alaska", "region", "US"),
    ("US", "United States", "country", "US"),
    ("Britain", "United Kingdom", "country", "GB"),
])
def test_lookup_reads_the_usual_written_forms(written, name, level, code):
    place = lookup(written)
    assert place is not None, written
    assert (place.name, place.level, place.country_code) == (name, level, code)


def test_lookup_gives_codes_and_coordinates():
    kharkiv = lookup("Kharkiv")
    assert kharkiv.admin1 == "Kharkiv Oblast" and kharkiv.iso3166_2 == "UA-63"
    assert kharkiv.geonames_id == 706483 and kharkiv.population > 1_000_000
    assert 49.5 < kharkiv.lat < 50.5 and 36 < kharkiv.lon < 36.6
    region = lookup("Belgorod region")
    assert region.iso3166_2 == "RU-BEL" and 49 < region.lat < 52 and 35 < region.lon < 40
    assert country("UA").name == "Ukraine" and 44 < country("UA").lat < 53


def test_lookup_qualifier_chooses_among_places_of_one_name():
    assert lookup("Kirovsk, Russia").country_code == "RU"
    assert lookup("Pokrovsk, Donetsk Oblast").admin1 == "Donetsk Oblast"
    assert lookup("Nowhere-on-Sea") is None and lookup("") is None and lookup("us") is None


def test_same_place_and_contains():
    assert same_place("Kharkov", "Kharkiv, Ukraine")
    assert same_place("Sumy Oblast", "the Sumy region")
    assert not same_place("Kharkiv", "Kharkiv Oblast")  # a city is not its region
    assert not same_place("Kyiv", "Kyiv Oblast")  # the capital is its own unit
    assert same_place("Unlisted Hamlet", "unlisted hamlet")  # unknown names compare folded
    assert contains("Kharkiv Oblast", "Kupiansk") and contains("Ukraine", "Brovary")
    assert not contains("Sumy Oblast", "Kharkiv")


# --------------------------------------------------------------------------- gazetteer: a text

def test_find_places_regions_plurals_and_aliases():
    text = ("Drones hit Kharkiv and the Sumy region overnight, while the Kharkiv, Sumy and Poltava "
            "regions lost power. In the region of Odesa a port was struck; Zaporozhye and Kiev stayed "
            "quiet, and talks moved to Geneva.")
    got = [(m.text, m.place.name, m.place.level) for m in find_places(text)]
    assert got == [
        ("Kharkiv", "Kharkiv", "city"), ("Sumy region", "Sumy Oblast", "region"),
        ("Kharkiv", "Kharkiv Oblast", "region"), ("Sumy", "Sumy Oblast", "region"),
        ("Poltava regions", "Poltava Oblast", "region"), ("region of Odesa", "Odesa Oblast", "region"),
        ("Zaporozhye", "Zaporizhzhia", "city"), ("Kiev", "Kyiv", "city"), ("Geneva", "Geneva", "city"),
    ]
    for m in find_places(text):
        assert text[m.start:m.end] == m.text


def test_find_places_skips_lower_case_words_and_first_names():
    text = "Victoria said the sumy total was kherson-free; nobody in Sofia's family was hurt."
    assert find_places(text) == []


def _lines_run_in_knowledge(text: str) -> int:
    """How many lines of the knowledge package run while finding the places of `text`: a count of
    work that, unlike a timing, a busy machine cannot change."""
    count = 0
    package = str(resources.files("summariser.knowledge"))

    def tracer(frame, event, arg):
        nonlocal count
        if not frame.f_code.co_filename.startswith(package):
            return None
        if event == "line":
            count += 1
        return tracer

    previous = sys.gettrace()  # a coverage tool's tracer, put back afterwards
    sys.settrace(tracer)
    try:
        find_places(text)
    finally:
        sys.settrace(previous)
    return count


def test_find_places_does_work_in_proportion_to_the_text():
    # timings belong to benchmarks/bench_places.py; here the lines executed must grow with the text
    unit = ("Overnight strikes hit a depot near Shostka in the Sumy region and a warehouse in Brovary; "
            "air defences downed drones over the Bryansk, Kursk and Belgorod regions. ")
    find_places(unit)  # load the gazetteer first, so the loading is not counted
    small, big = _lines_run_in_knowledge(unit * 50), _lines_run_in_knowledge(unit * 1000)
    assert len(find_places(unit * 1000)) == 20 * len(find_places(unit * 50))
    assert 19 * small <= big <= 21 * small  # twenty times the text: twenty times the work, not 400


# --------------------------------------------------------------------------- the data files

def test_data_files_are_small_and_well_formed():
    data = resources.files("summariser.knowledge").joinpath("data")
    raw = data.joinpath("places.json").read_bytes()
    assert len(raw) < 2_000_000
    places = json.loads(raw)["places"]
    keys = [p["key"] for p in places]
    assert len(keys) == len(set(keys))
    for p in places:
        assert p["level"] in {"city", "region", "country", "district", "site"}
        assert p["country_code"] and len(p["country_code"]) == 2
        if p["country_code"] == "UA" and p["level"] != "country":
            assert p["lat"] is not None and p["admin1"], p["name"]
    assert "CC BY 4.0" in data.joinpath("README.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- geocoding

def test_geocode_reads_a_records_location_with_its_qualifiers():
    from summariser.knowledge import geocode, precision

    bucha = geocode("Bucha", "Kyiv Oblast", "Ukraine")
    assert bucha.iso3166_2 == "UA-32" and bucha.geonames_id and precision(bucha) == 1
    assert geocode("Kharkiv", None, None, "region").iso3166_2 == "UA-63"
    assert precision(geocode("Kharkiv", None, None, "region")) == 3
    assert geocode("Ukraine", level="country").country_code == "UA"
    assert geocode("Kupiansk", "Donetsk Oblast") is None  # a known region contradicts the town
    assert precision(None) is None


def test_first_names_and_districts_are_not_towns():
    text = "Vladimir Hordiyenko spoke after shells hit the Shevchenkivskyi district of Kharkiv."
    got = [(m.text, m.place.level) for m in find_places(text)]
    assert ("Vladimir", "city") not in got and ("Kharkiv", "city") in got
    assert ("Shevchenkivskyi", "city") not in got


def test_regions_of_a_list_and_border_regions():
    text = "Shelling hit the regions of Sumy, Chernihiv and Kherson, and the Kursk border region."
    got = [(m.text, m.place.name) for m in find_places(text)]
    assert got == [("regions of Sumy", "Sumy Oblast"), ("Chernihiv", "Chernihiv Oblast"),
                   ("Kherson", "Kherson Oblast"), ("Kursk border region", "Kursk Oblast")]


# --------------------------------------------------------------------------- one alias table

def test_reconciler_keys_come_from_the_knowledge_layer():
    from summariser.places import normalise, normalise_actor, normalise_participant, resolve

    assert resolve("Kharkov") == resolve("Kharkiv, Ukraine") == resolve("Kharkiv", "Kharkiv Oblast", "Ukraine")
    assert resolve("Kharkiv region").admin1 == resolve("Kharkiv").admin1 and resolve("Kharkiv region").city is None
    assert resolve("Kyiv").admin1 != resolve("Kyiv region").admin1  # the capital is its own unit
    assert resolve("Unheard-of Hamlet", "Sumy Oblast").admin1 == resolve("Sumy").admin1
    assert normalise("Kharkov region") == "kharkiv"
    assert normalise_actor("the Kremlin") == normalise_actor("Russia's army") == "russia"
    assert normalise_participant("Zelensky") == normalise_participant("the Ukrainian side") == "ukraine"
    assert normalise_participant("French officials") == "france"
    assert normalise_participant("Acme Holdings") == "acme holdings"


def test_lexicon_tables_are_views_of_the_data():
    from summariser import lexicon as lx

    assert lx.canonical_country("the Kremlin") == "Russia" and lx.canonical_country("U.S.") == "United States"
    assert lx.canonical_country("Finnish") == "Finland" and lx.canonical_org("Nato") == "NATO"
    assert lx.WORLD_CITIES["Geneva"] == "Switzerland" and lx.HOST_CAPITALS["Kyiv"] == "Ukraine"
    assert lx.country_of("moscow's") == "Russia" and lx.lookup("Kharkov").admin1 == "Kharkiv Oblast"
    assert lx.lookup("Sumy", "region").name == "Sumy Oblast" and lx.lookup("Ukraine") is None
    text = "Drones struck Kharkiv and the Poltava region; debris fell in the Bryansk border region."
    got = [(m.group("name"), m.group("suffix"), text[m.start():m.end()]) for m in lx.GAZETTEER_RE.finditer(text)]
    assert got == [("Kharkiv", None, "Kharkiv"), ("Poltava", " region", "Poltava region"),
                   ("Bryansk", " border region", "Bryansk border region")]
    # a window of the text, as the rules scan one sentence
    start = text.index("debris")
    assert [m.group("name") for m in lx.GAZETTEER_RE.finditer(text, start, len(text))] == ["Bryansk"]
