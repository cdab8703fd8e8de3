"""Knowledge as data: the actor dictionary and the gazetteer, loaded once from `data/`.

One alias table for the whole package. Extraction (rules), grounding (the LLM path) and the
reconciler ask the same two questions here:

- who does a name stand for? `resolve_actor("the Kremlin")` -> Russia; `find_actors(text)` finds
  every actor mention in a text and learns people the text itself introduces ("Turkey's President
  X" binds X to Turkey for the article);
- where is a place? `lookup("Sumy Oblast")` -> the region with its ISO 3166-2 code, coordinates and
  GeoNames id; `find_places(text)` finds every place mention; `same_place(a, b)` and
  `contains(outer, inner)` compare written forms; `region(admin1)` names a first-level unit;
  `geocode(name, admin1, country, level)` reads a record's location and `precision(place)` gives
  ACLED's geo-precision (1 town, 2 district, 3 region or country).

Arrows point down: this package imports only the standard library and pyyaml.
"""

from .actors import Actor, ActorMention, find_actors, resolve_actor
from .gazetteer import Place, PlaceMention, contains, find_places, geocode, lookup, precision, region, same_place

__all__ = ["Actor", "ActorMention", "Place", "PlaceMention", "contains", "find_actors", "find_places", "geocode",
           "lookup", "precision", "region", "resolve_actor", "same_place"]
