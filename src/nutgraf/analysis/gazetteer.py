"""Place names the extractors need to know as such: countries and their other names."""
from __future__ import annotations

from .lexicon import table, words

# Names under which the same country or union goes in news text.
COUNTRY_ALIASES = {canon: [n.strip() for n in names.split(",")]
                   for canon, names in table("country_aliases").items()}
ALIASES = {alias: canon for canon, names in COUNTRY_ALIASES.items() for alias in names}
# Keys (normalised names) that are organisations although they are in the table above.
UNIONS = words("unions")

COUNTRIES = {c.lower() for c in COUNTRY_ALIASES} | set(ALIASES) | words("countries")
CONTINENTS = words("continents")
US_STATES = words("us_states")
US_STATE_ABBREVIATIONS = words("us_state_abbreviations")
