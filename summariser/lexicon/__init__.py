"""The vocabulary of war reporting, as data plus regexes compiled once, one module per concept.

`weapons` (weapon terms with type and model, launch / interception cues), `casualties` (killed /
injured cues, tolls, children), `eventhood` (strike words, background, tallies, threats),
`anchoring` (datelines, time stamps, night words, the enemy, titles), `actors` (attackers, speakers, reporters, states behind countries and people), `places` (the
gazetteer's views, fallback place patterns, damage), `diplomacy` (event kinds, status,
demands, topics), `aid_totals` (aid told as a running total) and `milestones` ("the first … since"). The words themselves live in `knowledge/data` (cues, actors, gazetteer);
nothing here is specific to one article. Callers use `from summariser import lexicon as lx` and
read every name from this package.
"""

from .actors import *  # noqa: F401,F403
from .casualties import *  # noqa: F401,F403
from .diplomacy import *  # noqa: F401,F403
from .eventhood import *  # noqa: F401,F403
from .places import *  # noqa: F401,F403
from .weapons import *  # noqa: F401,F403
from .anchoring import *  # noqa: F401,F403
from .aid_totals import *  # noqa: F401,F403
from .milestones import *  # noqa: F401,F403
