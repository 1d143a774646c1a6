"""Words that say what a person is: honorifics, titles, jobs and relations."""
from __future__ import annotations

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mx"}
TITLES = HONORIFICS | {
    "president", "prime", "minister", "senator", "sen", "rep", "representative", "governor",
    "gov", "general", "gen", "judge", "justice", "secretary", "chancellor", "king", "queen",
    "prince", "princess", "pope", "mayor", "chairman", "chairwoman", "chair", "ceo", "director",
    "chief", "commissioner", "ambassador", "officer", "sheriff", "captain", "colonel", "lt",
    "sergeant", "inspector", "professor", "rev", "reverend", "bishop", "archbishop", "cardinal",
    "deputy", "vice", "speaker", "leader", "spokesman", "spokeswoman", "spokesperson",
    "councillor", "councilor", "councilman", "councilwoman", "cllr", "alderman", "assemblyman",
    "assemblywoman", "congressman", "congresswoman", "mp", "mep", "baroness",
}

# Relations, not roles: "the family of X" says nothing of what X does.
KIN = {"family", "families", "wife", "husband", "son", "daughter", "mother", "father", "brother",
       "sister", "friend", "friends", "neighbour", "neighbor", "parents", "relatives", "partner",
       "widow", "children", "colleagues"}
# Capitalised job words the tagger sometimes takes into a person's name ("Lawyer Sam Ortiz").
OCCUPATIONS = {
    "lawyer", "attorney", "solicitor", "barrister", "actor", "actress", "singer", "author",
    "writer", "journalist", "reporter", "economist", "analyst", "doctor", "nurse", "teacher",
    "student", "activist", "campaigner", "coach", "manager", "player", "striker", "midfielder",
    "defender", "goalkeeper", "chef", "artist", "producer", "founder", "investor", "scientist",
    "researcher", "historian", "official", "priest", "rapper", "comedian", "presenter", "host",
    "pilot", "soldier", "detective", "prosecutor", "businessman", "businesswoman", "farmer",
    "photographer", "novelist", "poet", "designer", "entrepreneur", "billionaire", "candidate",
    "substitute", "winger", "forward", "skipper", "veteran", "rookie", "resident",
}
