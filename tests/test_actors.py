"""Actors: one row per real actor, with all its mentions, from general news text."""
from nutgraf.analysis.pipeline import analyze


def rows(text, ref=None):
    result = analyze(text, ref)
    return {a.name: a for a in result.actors}, result


def mentions(actor, text):
    return [text[s:e] for s, e in actor.mentions]


def test_full_name_surname_and_title_are_one_person_with_role():
    text = ("President Joe Biden met farmers in Iowa on Monday. Mr Biden said prices would fall. "
            "Later, Biden's aides declined to comment.")
    actors, _ = rows(text)
    biden = actors["Joe Biden"]
    assert biden.kind == "person"
    assert biden.role == "President"
    assert mentions(biden, text) == ["Joe Biden", "Mr Biden", "Biden"]
    assert not any(name in actors for name in ("Biden", "Mr Biden"))


def test_acronym_in_parentheses_and_later_repeats_join_the_organisation():
    text = ("The World Health Organization (WHO) warned of a new outbreak. "
            "Officials at the WHO said 40 cases had been confirmed, and the WHO asked for help.")
    actors, _ = rows(text)
    who = actors["World Health Organization"]
    assert who.kind == "organization"
    assert "WHO" in who.aliases
    assert mentions(who, text).count("WHO") == 3
    assert len(actors) == 1


def test_definite_description_joins_the_named_organisation():
    text = ("The European Court of Human Rights ruled against the government. "
            "The court said the law was unlawful, and the court's judges were unanimous.")
    actors, _ = rows(text)
    court = actors["European Court of Human Rights"]
    assert mentions(court, text)[1:] == ["The court", "the court"]


def test_generic_company_noun_refers_to_the_last_company_outside_quotes():
    text = ("Regulators fined Apple on Monday. Apple said it would appeal. "
            "\u201cThe decision ignores the Commission's own evidence,\u201d the company said.")
    actors, _ = rows(text)
    assert "the company" in mentions(actors["Apple"], text)


def test_country_aliases_are_one_place():
    text = ("The US imposed tariffs. America's allies objected, and the United States "
            "said talks with the U.S. Congress would follow.")
    actors, _ = rows(text)
    us = actors["United States"]
    assert us.kind == "place"
    assert {"US", "America", "United States"} <= set(mentions(us, text))


def test_possessive_is_not_part_of_the_name():
    text = "Apple's shares fell 3% after Microsoft's results beat forecasts."
    actors, _ = rows(text)
    assert "Apple" in actors and "Microsoft" in actors
    assert mentions(actors["Apple"], text) == ["Apple"]


def test_page_furniture_yields_no_actors():
    text = ("Storm hits coast\n"
            "By Maria Lopez\n"
            "Hurricane Delia struck Florida on Tuesday, the National Weather Service said.\n"
            "Residents fled the storm (AP/John Smith)\n"
            "We use cookies to improve your experience. Manage preferences or accept all cookies "
            "from Google and Facebook.\n")
    actors, result = rows(text)
    assert "Maria Lopez" not in actors
    assert "John Smith" not in actors
    assert "Google" not in actors and "Facebook" not in actors
    assert "National Weather Service" in actors
    furniture = [text[s:e] for s, e in result.furniture]
    assert "By Maria Lopez" in furniture
    assert "(AP/John Smith)" in furniture


def test_nationality_adjectives_and_laws_are_not_actors():
    text = ("Israeli troops entered the town. Palestinians fled north. "
            "Critics said the plan raised First Amendment concerns.")
    actors, _ = rows(text)
    assert "Israeli" not in actors
    assert "First Amendment" not in actors
    assert actors["Palestinians"].kind == "group"


def test_portfolio_before_a_title_is_not_an_organisation():
    text = "Education Secretary Gillian Keegan said schools would reopen."
    actors, _ = rows(text)
    assert "Education" not in actors
    assert actors["Gillian Keegan"].role == "Education Secretary"


def test_introduced_acronym_joins_its_name_even_when_initials_differ():
    text = "The Department of Justice (DOJ) appealed. The DOJ said the ruling was wrong."
    actors, _ = rows(text)
    assert mentions(actors["Department of Justice"], text) == ["Department of Justice", "DOJ", "DOJ"]


def test_place_used_as_a_modifier_is_not_an_actor():
    text = "Shares in Nordvik Foods fell after the Oslo-listed seafood group cut its forecast."
    actors, _ = rows(text)
    assert "Oslo" not in actors


def test_short_form_of_an_organisation_and_its_descriptor():
    text = ("Nordvik Foods cut jobs. Nordvik said sales fell. The Unite union called a strike, "
            "and the union said Unite members would walk out.")
    actors, _ = rows(text)
    assert mentions(actors["Nordvik Foods"], text) == ["Nordvik Foods", "Nordvik"]
    assert mentions(actors["Unite"], text) == ["Unite", "the union", "Unite"]


def test_names_with_particles_and_owners():
    text = "Italy's Civil Protection Department said San Michele al Monte was evacuated."
    actors, _ = rows(text)
    assert {"Italy", "Civil Protection Department", "San Michele al Monte"} <= set(actors)


def test_surname_the_tagger_missed_joins_the_person():
    text = "Sen. Mark Delaney criticised the ruling. Delaney said he would appeal."
    actors, _ = rows(text)
    assert mentions(actors["Mark Delaney"], text) == ["Mark Delaney", "Delaney"]


def test_money_is_never_an_actor():
    text = "Analysts had expected NOK2.9bn, and the shares closed at NOK142.60."
    actors, _ = rows(text)
    assert actors == {}


def test_one_word_names_join_the_full_name_they_shorten():
    text = ("Paul Devereux praised his side. Devereux, 52, said Kingsmoor United were unlucky. "
            "Kingsmoor, who were relegated, lost again. Cindral Systems Inc. posted results, "
            "and Cindral shares rose.")
    actors, _ = rows(text)
    assert mentions(actors["Paul Devereux"], text) == ["Paul Devereux", "Devereux"]
    assert "Kingsmoor" in mentions(actors["Kingsmoor United"], text)
    assert "Cindral" in mentions(actors["Cindral Systems Inc."], text)


def test_descriptions_by_synonym():
    text = ("Wessex Police arrested a man on Saturday. He was released on bail, the force said. "
            "St Brendan's Medical Center said the hospital had raised pay.")
    actors, _ = rows(text)
    assert "the force" in mentions(actors["Wessex Police"], text)
    assert "the hospital" in mentions(actors["St Brendan's Medical Center"], text)


def test_plural_common_nouns_opening_a_sentence_are_not_actors():
    text = "Councillors approved the plan on Monday. Campaigners say it is late."
    actors, _ = rows(text)
    assert actors == {}


def test_names_inside_a_quoted_title_and_non_anaphoric_descriptions():
    text = ("Maria Gomez wrote a memoir, \u201cNight Ward: Notes From the Cardiac Floor,\u201d last year. "
            "The Cardiac Research Trust funded a study, and researchers will follow the same group "
            "for five years.")
    actors, _ = rows(text)
    assert "Cardiac Floor" not in actors
    assert mentions(actors["Cardiac Research Trust"], text) == ["Cardiac Research Trust"]
