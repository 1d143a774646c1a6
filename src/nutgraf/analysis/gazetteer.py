"""Place names the extractors need to know as such: countries and their other names."""
from __future__ import annotations

# Names under which the same country or union goes in news text.
COUNTRY_ALIASES = {
    "United States": ["us", "u.s.", "u.s", "usa", "u.s.a.", "america", "united states",
                      "united states of america", "the states"],
    "United Kingdom": ["uk", "u.k.", "britain", "great britain", "united kingdom"],
    "United Nations": ["un", "u.n.", "united nations"],
    "European Union": ["eu", "e.u.", "european union"],
    "United Arab Emirates": ["uae", "united arab emirates"],
    "Russia": ["russia", "russian federation"],
    "China": ["china", "people's republic of china", "prc"],
    "South Korea": ["south korea", "republic of korea"],
    "North Korea": ["north korea", "dprk"],
    "Democratic Republic of the Congo": ["drc", "democratic republic of the congo", "dr congo"],
    "Netherlands": ["netherlands", "holland"],
}
ALIASES = {alias: canon for canon, names in COUNTRY_ALIASES.items() for alias in names}
# Keys (normalised names) that are organisations although they are in the table above.
UNIONS = {"United Nations", "European Union"}

COUNTRIES = {c.lower() for c in COUNTRY_ALIASES} | {n for n in ALIASES} | {
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia", "bosnia and herzegovina", "botswana",
    "brazil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon", "canada",
    "chad", "chile", "colombia", "congo", "costa rica", "croatia", "cuba", "cyprus",
    "czech republic", "czechia", "denmark", "djibouti", "dominican republic", "ecuador", "egypt",
    "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france",
    "gabon", "gambia", "georgia", "germany", "ghana", "greece", "guatemala", "guinea", "guyana",
    "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
    "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya",
    "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
    "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
    "mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia",
    "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nepal", "new zealand",
    "nicaragua", "niger", "nigeria", "north macedonia", "norway", "oman", "pakistan", "palestine",
    "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
    "romania", "rwanda", "saudi arabia", "senegal", "serbia", "sierra leone", "singapore",
    "slovakia", "slovenia", "somalia", "south africa", "south sudan", "spain", "sri lanka",
    "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
    "thailand", "togo", "tunisia", "turkey", "turkiye", "turkmenistan", "uganda", "ukraine",
    "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "england",
    "scotland", "wales", "northern ireland",
}
CONTINENTS = {"europe", "asia", "africa", "north america", "south america", "latin america",
              "oceania", "antarctica", "middle east", "the middle east", "the west"}
