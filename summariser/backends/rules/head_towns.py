"""The town a paragraph's run-in head names ("Bilopillia." / "Grayvoron:" opening a governor's
paragraph), read in the whole gazetteer of the war's countries and in the region the post is
about (dev19 B1).

The rules' attack gazetteer knows only towns war reporting names often, so that a small town
named in passing is no record of its own. A head is no passing mention: the post names the
town alone at the top of its paragraph because what follows happened there. So a head's name is
looked up among every town of Ukraine and Russia, and where several share it ("Zolochiv" lies in
the Lviv and the Kharkiv regions), the one in the post's region wins.
"""

from __future__ import annotations

from ... import lexicon as lx
from ...knowledge import gazetteer
from ...knowledge.views import WAR_COUNTRIES
from ...records import LocationLevel


def head_town(name: str, region: lx.Place | None) -> lx.Place | None:
    """The town of Ukraine or Russia a head names: the one in `region` when there is one, else
    the one the gazetteer ranks first; None for a name that is no such town."""
    found = None
    if region is not None and region.admin1:
        found = gazetteer.geocode(name, admin1=region.admin1, country=region.country)
    if found is None:
        found = gazetteer.lookup(name)
    if found is None or found.level != "city" or found.country_code not in WAR_COUNTRIES:
        return None
    return lx.Place(found.name, found.admin1, found.country, LocationLevel.city)


def framed_head(name: str, known: lx.Place | None, region: lx.Place | None) -> lx.Place | None:
    """The place a head names: the rules' own reading `known`, unless it is a town outside the
    post's region and the region has a town of that name, or the rules know no such town."""
    if known is not None and (known.level is not LocationLevel.city or region is None or known.admin1 == region.admin1):
        return known
    return head_town(name, region) or known
