"""Actors: one row per real actor, with all its mentions, from general news text."""
import pytest

from nutgraf.analysis.pipeline import analyze

pytestmark = pytest.mark.model  # every test here, or most, runs spaCy


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


# ---------------------------------------------------------------- kinds from the words around a name

def test_last_word_of_a_name_overrides_the_taggers_kind():
    text = ("Kestrel Bio agreed to buy Polaris Labs on Monday. Engineers closed the Harlan Street "
            "Bridge after Harbour Polling published its survey.")
    actors, _ = rows(text)
    assert actors["Kestrel Bio"].kind == "organization"
    assert actors["Polaris Labs"].kind == "organization"
    assert actors["Harbour Polling"].kind == "organization"
    assert actors["Harlan Street Bridge"].kind == "place"


def test_a_type_noun_before_a_name_makes_it_an_organisation():
    text = "Campaign group Clean Tamsey said the figures were wrong."
    actors, _ = rows(text)
    assert actors["Clean Tamsey"].kind == "organization"


def test_the_island_of_names_an_untagged_place_and_its_later_description():
    text = ("Nine people died in 2022 when a mudslide hit the island of Ischia. "
            "Rescuers reached the island a day later.")
    actors, _ = rows(text)
    assert actors["Ischia"].kind == "place"
    assert mentions(actors["Ischia"], text) == ["Ischia", "the island"]


def test_the_village_refers_to_the_place_introduced_as_a_village():
    text = ("Passengers were stranded near the North Yorkshire village of Kelby, 20 miles from Leeds. "
            "Buses reached the village at midnight.")
    actors, _ = rows(text)
    assert actors["Kelby"].kind == "place"
    assert mentions(actors["Kelby"], text) == ["Kelby", "the village"]


def test_a_name_listed_with_places_after_a_preposition_is_a_place():
    text = "The council will shut branches in Ystrad, Pantglas and Llanfair Uchaf next year."
    actors, _ = rows(text)
    assert actors["Pantglas"].kind == "place"


def test_an_acronym_is_no_person():
    text = "Analysts at Jefferies expect sales to triple, according to data compiled by LSEG."
    actors, _ = rows(text)
    assert actors["LSEG"].kind == "organization"
    assert "Jefferies" in actors  # a plural-looking name mid-sentence is still a name


def test_descriptor_noun_after_a_name_gives_kind_and_later_reference():
    text = ("The Hagen family owns 40% of Nordvik Foods. The Northstar pipeline would carry oil to "
            "Illinois. The pipeline was approved in 2020.")
    actors, _ = rows(text)
    assert actors["Hagen"].kind == "group"
    assert mentions(actors["Northstar"], text) == ["Northstar", "The pipeline"]


def test_plural_party_name_tagged_as_nationality_is_kept():
    text = "Labor leads the Coalition by 42% to 38%, with the Greens on 11%."
    actors, _ = rows(text)
    assert "Greens" in actors


# ---------------------------------------------------------------- short forms and descriptions

def test_the_short_name_of_a_river_and_the_river_join_it_not_a_group_named_after_it():
    text = ("Otters have returned to the River Tamsey. Campaign group Clean Tamsey said the river "
            "was still dirty. Officials will decide whether the Tamsey should be protected.")
    actors, _ = rows(text)
    assert mentions(actors["River Tamsey"], text) == ["River Tamsey", "the river", "Tamsey"]
    assert mentions(actors["Clean Tamsey"], text) == ["Clean Tamsey"]


def test_one_word_club_name_tagged_as_a_person_joins_the_club():
    text = "Kingsmoor United lost 2-0 on Saturday. Kingsmoor pulled one back late."
    actors, _ = rows(text)
    assert mentions(actors["Kingsmoor United"], text) == ["Kingsmoor United", "Kingsmoor"]


def test_a_town_is_not_the_station_named_after_it():
    text = "Two people were taken to hospital in York, Amira Hussain told BBC Radio York."
    actors, _ = rows(text)
    assert mentions(actors["York"], text) == ["York"]
    assert actors["BBC Radio York"].kind == "organization"


def test_the_company_is_the_story_s_subject_company_on_a_tie():
    text = ("Halvard Pharmaceuticals has agreed to buy Brisa Therapeutics for $14bn. "
            "The Boston-based company will pay $61 a share.")
    actors, _ = rows(text)
    assert "The Boston-based company" in mentions(actors["Halvard Pharmaceuticals"], text)


def test_the_company_counts_earlier_descriptions_of_an_actor():
    text = ("Shares of Cindral Systems Inc. jumped after the cloud-security company beat forecasts. "
            "Analysts surveyed by FactSet had expected less. The company now expects higher revenue.")
    actors, _ = rows(text)
    assert "The company" in mentions(actors["Cindral Systems Inc."], text)
    assert mentions(actors["FactSet"], text) == ["FactSet"]


def test_a_role_ending_in_of_the_operator_does_not_take_the_operator():
    text = ("The 17:42 TransNorth Trains service hit a tree. "
            "Mark Ellwood, managing director of the operator, apologised.")
    actors, _ = rows(text)
    assert mentions(actors["TransNorth Trains"], text) == ["TransNorth Trains", "the operator"]


def test_the_group_may_be_a_trust_but_the_company_is_not():
    text = ("The Rialto Preservation Trust raised $1m on Monday. The group has also asked the "
            "council for help, and a spokesperson for the company declined to comment.")
    actors, _ = rows(text)
    assert mentions(actors["Rialto Preservation Trust"], text) == ["Rialto Preservation Trust", "The group"]


def test_the_city_is_a_town_not_a_road():
    text = ("PORT ALDER, Ore. — Drivers will use the Route 6 crossing instead. "
            "The city has applied for a grant.")
    actors, _ = rows(text)
    assert mentions(actors["Route 6"], text) == ["Route 6"]
    assert "The city" in mentions(actors["Port Alder"], text)


def test_surname_tagged_as_plural_noun_and_common_word_first_names():
    text = ("Tiago Mendes will join the board. Mendes, who owns 9% of the company, backed the deal. "
            "The Rail Accident Investigation Branch closed the line to inspect the rails. "
            "Rail replacement buses are running.")
    actors, _ = rows(text)
    assert mentions(actors["Tiago Mendes"], text) == ["Tiago Mendes", "Mendes"]
    assert mentions(actors["Rail Accident Investigation Branch"], text) == ["Rail Accident Investigation Branch"]


def test_the_family_of_a_named_person_is_a_group_of_its_own():
    text = ("Jamie Fletcher, 27, died at the scene. In a statement, the family of Jamie Fletcher "
            "said he was kind. The family asked for privacy.")
    actors, _ = rows(text)
    family = actors["Fletcher family"]
    assert family.kind == "group"
    assert mentions(family, text) == ["the family", "The family"]
    assert mentions(actors["Jamie Fletcher"], text) == ["Jamie Fletcher", "Jamie Fletcher"]


def test_an_unnamed_government_gets_a_row():
    text = ("Craig Dunmore accused the government of being out of ideas. "
            "The government said it would respond on Monday.")
    actors, _ = rows(text)
    assert mentions(actors["government"], text) == ["the government", "The government"]
    assert actors["government"].kind == "organization"


def test_a_chain_of_descriptions_keeps_the_named_actor_in_reach():
    filler = "Nurses describe long nights, short staffing and little rest between shifts. " * 8
    text = ("St. Brendan’s Medical Center in Tucson runs a busy cardiac ward. " + filler
            + "The hospital hired more staff last year. " + filler + "The hospital says pay has risen.")
    actors, _ = rows(text)
    assert mentions(actors["St. Brendan’s Medical Center"], text).count("The hospital") == 2


def test_a_person_before_a_noun_after_the_stays_a_person():
    text = "Donald Trump signed the order. Critics said the Trump administration had gone too far."
    actors, _ = rows(text)
    trump = actors["Donald Trump"]
    assert trump.kind == "person"
    assert mentions(trump, text) == ["Donald Trump", "Trump"]


def test_a_person_only_title_opening_a_name_makes_it_a_persons_with_that_role():
    found, _ = rows("Not everyone is convinced. Councillor Magnus Flett said fishing crews had lost access.")
    flett = next(a for a in found.values() if "Flett" in a.name)
    assert (flett.name, flett.kind, flett.role) == ("Magnus Flett", "person", "Councillor")
    # A title word opening a company's name does not.
    assert rows("General Electric Company said profits rose.")[0]["General Electric Company"].kind == "organization"


def test_a_name_modifying_a_facility_noun_is_a_place():
    found, _ = rows("The council will repair the Kelham Harbour bridge, which has been closed since May.")
    assert found["Kelham Harbour"].kind == "place"
    assert rows("The Trump administration disagreed with the ruling.")[0]["Trump"].kind == "person"


# ---------------------------------------------------------------- real-news phenomena (issue 13)

def test_a_headline_makes_no_actor_but_the_story_s_names_in_it_count():
    text = ("Putin's 'Failure' Looms Over Summit In Geneva\n\n"
            "Leaders met in Geneva on Monday. Officials said talks would continue.")
    actors, _ = rows(text)
    assert not any("Failure" in name or name == "Putin" for name in actors)
    assert "Geneva" in actors and len(actors["Geneva"].mentions) == 2


def test_three_words_in_capitals_are_a_label_not_a_name():
    text = "(BEGIN VIDEO CLIP)\nSen. Ted Cruz spoke to voters in Iowa.\n(END VIDEO CLIP)\nCruz won."
    actors, _ = rows(text)
    assert set(actors) == {"Ted Cruz", "Iowa"}


def test_title_before_a_name_or_who_after_it_makes_a_person():
    text = ("Gov. Chris Christie visited Trenton on Monday. Christie said the budget was fair. "
            "Carly Fiorina, who ran Hewlett-Packard, also spoke. Fiorina was brief.")
    actors, _ = rows(text)
    assert actors["Chris Christie"].kind == "person"
    assert actors["Carly Fiorina"].kind == "person"
    assert mentions(actors["Chris Christie"], text) == ["Chris Christie", "Christie"]


def test_a_bare_surname_is_the_person_not_the_building_named_after_him():
    text = ("Donald Trump spoke at Trump Tower in Manhattan. Trump said he would win. "
            "Reporters waited outside Trump Tower while Trump spoke.")
    actors, _ = rows(text)
    assert mentions(actors["Donald Trump"], text) == ["Donald Trump", "Trump", "Trump"]
    assert mentions(actors["Trump Tower"], text) == ["Trump Tower", "Trump Tower"]


def test_the_honorific_keeps_a_wife_and_husband_apart():
    text = ("Hillary Clinton spoke first. Mrs. Clinton praised the crowd. Former President Bill "
            "Clinton spoke next, and Mr. Clinton was brief. Mrs. Clinton then left.")
    actors, _ = rows(text)
    assert mentions(actors["Hillary Clinton"], text) == ["Hillary Clinton", "Mrs. Clinton", "Mrs. Clinton"]
    assert mentions(actors["Bill Clinton"], text) == ["Bill Clinton", "Mr. Clinton"]


def test_long_and_short_forms_of_an_organisation_are_one_row():
    text = ("The Andy Warhol Foundation for the Visual Arts gave prints to museums. The Andy "
            "Warhol Foundation said more would follow. The Italian Supreme Court of Cassation "
            "ruled on Friday; the Supreme Court said schools must pay.")
    actors, _ = rows(text)
    assert len(actors["Andy Warhol Foundation for the Visual Arts"].mentions) == 2
    court = next(a for name, a in actors.items() if "Supreme Court" in name)
    assert mentions(court, text) == ["Italian Supreme Court of Cassation", "Supreme Court"]
    assert not any(name == "Italian" for name in actors)


def test_acronym_spelled_out_after_it_is_one_actor():
    text = ("The secretary general of CEI (Italian Episcopal Conference) criticised the ruling. "
            "CEI said it would appeal.")
    actors, _ = rows(text)
    cei = actors["Italian Episcopal Conference"]
    assert mentions(cei, text) == ["CEI", "Italian Episcopal Conference", "CEI"]


def test_untagged_building_and_body_names_are_found():
    text = ("A crane fell into Mecca's Grand Mosque on Friday. Pilgrims fled the mosque. "
            "She joined the Sea Org aged 14.")
    actors, _ = rows(text)
    assert actors["Grand Mosque"].kind == "place"
    assert "the mosque" in mentions(actors["Grand Mosque"], text)
    assert actors["Sea Org"].kind == "organization"


def test_storms_and_ships_are_neither_people_nor_places():
    text = ("Typhoon Haiyan struck the Philippines on Friday. The cruise ship Freewinds docked "
            "in Bonaire.")
    actors, _ = rows(text)
    assert actors["Typhoon Haiyan"].kind == "other"
    assert actors["Freewinds"].kind == "other"
    assert actors["Bonaire"].kind == "place"


def test_titles_inside_an_organisation_name_are_a_role():
    text = ("Director of National Intelligence Avril Haines told senators on Tuesday that the "
            "threat was growing. Haines added that talks had stalled. Secretary of State Antony "
            "Blinken agreed.")
    actors, _ = rows(text)
    haines = actors["Avril Haines"]
    assert haines.kind == "person"
    assert mentions(haines, text) == ["Avril Haines", "Haines"]
    assert "State" not in actors


def test_a_persons_noun_in_apposition_overrides_the_tag():
    text = ("Valeska Paris, an Australian woman, says she was held on the ship. Paris was born "
            "in Switzerland. Paris left the ship in 2007.")
    actors, _ = rows(text)
    paris = actors["Valeska Paris"]
    assert paris.kind == "person"
    assert mentions(paris, text) == ["Valeska Paris", "an Australian woman", "Paris", "Paris"]


def test_the_country_refers_to_the_storys_country_however_far_back():
    filler = "Officials met again on Tuesday to discuss the schedule. " * 20
    text = f"Britain will change its asylum rules. {filler}The Home Office said the country must act."
    actors, _ = rows(text)
    assert "the country" in mentions(actors["United Kingdom"], text)


def test_a_shared_surname_is_the_person_the_story_is_about():
    text = ("GOP candidate Carly Fiorina spoke in Iowa. Fiorina said the economy was weak. "
            "Fiorina later flew home. She told her husband, Frank Fiorina, that it went well. "
            "Fiorina said she would run again.")
    actors, _ = rows(text)
    assert mentions(actors["Frank Fiorina"], text) == ["Frank Fiorina"]
    assert len(actors["Carly Fiorina"].mentions) == 4
    assert actors["Carly Fiorina"].kind == "person"


def test_a_body_keeps_the_title_word_its_name_opens_with():
    text = ("The Justice Department opened an inquiry. The State Department declined to comment. "
            "The Department of Justice said the inquiry was routine.")
    actors, _ = rows(text)
    assert mentions(actors["Department of Justice"], text) == ["Justice Department", "Department of Justice"]
    assert mentions(actors["State Department"], text) == ["State Department"]


def test_surnames_tagged_as_a_body_do_not_outvote_the_persons_name():
    text = ("Christie backs the nominee on crime.\n\n"
            "Chris Christie, who is running the transition team, on Sunday backed the nominee's "
            "remarks about cities.\n\n\"The message is simple,\" Christie said on ABC's \"This Week.\"\n\n"
            "Many voters disagreed, host Martha Raddatz said in putting the question to Christie.\n\n"
            "Christie said the nominee would appoint a tough attorney general.")
    actors, _ = rows(text)
    christie = actors["Chris Christie"]
    assert christie.kind == "person"
    assert mentions(christie, text) == ["Christie", "Chris Christie", "Christie", "Christie", "Christie"]


def test_american_states_are_places_and_the_state_refers_to_one():
    text = ("Voters in South Carolina went to the polls on Saturday. South Carolina has backed "
            "the winner before. Turnout in the state was high, officials said.")
    actors, _ = rows(text)
    sc = actors["South Carolina"]
    assert sc.kind == "place"
    assert "the state" in mentions(sc, text)


def test_a_place_before_a_plural_name_is_a_team():
    text = ("The Milwaukee Harbormen rallied to beat the Sacramento Condors 112-108 on Saturday. "
            "The Harbormen made 14 free throws.")
    actors, _ = rows(text)
    assert actors["Milwaukee Harbormen"].kind == "organization"
    assert mentions(actors["Milwaukee Harbormen"], text) == ["Milwaukee Harbormen", "The Harbormen"]
    assert actors["Sacramento Condors"].kind == "organization"
    assert "Milwaukee" not in actors and "Sacramento" not in actors


def test_an_untagged_name_in_a_list_of_people_is_a_person():
    text = "Today, about 100,000 Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena."
    actors, _ = rows(text)
    assert actors["Poseidon"].kind == "person"
    assert actors["Aphrodite"].kind == "person"


def test_a_description_set_after_a_name_is_a_mention_of_it():
    # As GUM's annotators mark it: "an analyst" says who Tomas Berg is, as "the foreign
    # minister" does; a description before the name needs "the" or a name's possessive (see below).
    text = ("The talks were led by Maria Lindqvist, the foreign minister of Sweden, on Monday. "
            "They were praised by Tomas Berg, an analyst at Nordbank, who called them useful. "
            "Anna Roth, director of the gallery, agreed. For Kevin Allton, a Lakemont instructor in "
            "English, it was a legend. The Orthodox Church, a Christian denomination, objected.")
    actors, _ = rows(text)
    assert mentions(actors["Maria Lindqvist"], text) == ["Maria Lindqvist", "the foreign minister"]
    assert mentions(actors["Tomas Berg"], text) == ["Tomas Berg", "an analyst"]
    assert mentions(actors["Anna Roth"], text) == ["Anna Roth", "director"]
    assert mentions(actors["Kevin Allton"], text) == ["Kevin Allton", "instructor"]  # not "Lakemont", an actor
    assert mentions(actors["Orthodox Church"], text) == ["Orthodox Church", "a Christian denomination"]


def test_a_persons_title_owned_by_a_name_and_set_before_it_is_a_mention_of_it():
    # As GUM's annotators mark it: "Norland's prime minister" says who Olav Brekke is; a
    # pronoun's ("her aide, ...") does not, nor a noun that says no person ("criticism"), nor
    # a plural (not one of the names listed).
    text = ("Norland's prime minister, Olav Brekke, spoke first. The club's coach, Dan Ruiz, was late. "
            "Her aide, Ruth Hale, left. Mr. Kemp's criticism of the judge, Paul Ward, grew. "
            "Ruth Ott's children, Michael, Stephen, Robin and Bill, all came.")
    actors, _ = rows(text)
    assert mentions(actors["Olav Brekke"], text) == ["prime minister", "Olav Brekke"]
    assert mentions(actors["Dan Ruiz"], text) == ["coach", "Dan Ruiz"]
    assert mentions(actors["Ruth Hale"], text) == ["Ruth Hale"]
    assert mentions(actors["Paul Ward"], text) == ["Paul Ward"]
    assert not any("children" in mentions(actor, text) for actor in actors.values())


@pytest.mark.parametrize("text, name", [
    # the sentence goes on after a name that ends its opening phrase
    ("“How can this happen in our country?” she said. “In Tulsa, an unarmed man with his hands in the air.”",
     "Tulsa"),
    # a title before another name
    ("Those at the table were the Black Caucus, former governor Douglas Wilder and two mayors.", "Black Caucus"),
])
def test_words_after_a_name_and_a_comma_that_are_no_apposition_are_no_mention(text, name):
    actors, _ = rows(text)
    assert [m for m in mentions(actors[name], text) if name not in m] == []


def test_a_plural_in_capitals_is_a_group_only_as_a_people_a_party_or_a_faith():
    text = ("The exhibit shows Warhol's Polaroids of celebrities. Palestinians fled north, the Greens "
            "asked the government to help, and Democrats said Catholics would vote. The Rohingya, "
            "a stateless minority of Muslims, fled Myanmar.")
    actors, _ = rows(text)
    assert "Polaroids" not in actors and "Muslims" not in actors
    for name in ("Palestinians", "Democrats", "Catholics"):
        assert actors[name].kind == "group"
    assert "Greens" in actors


def test_a_possessive_pronoun_makes_a_description_definite():
    text = ("Harriet Cole of the Labour Party spoke in Leeds on Monday. Cole said her party had "
            "backed the plan for months, and her colleague Tom Reed agreed.")
    actors, _ = rows(text)
    assert mentions(actors["Labour Party"], text) == ["Labour Party", "her party"]
    assert mentions(actors["Tom Reed"], text) == ["Tom Reed"]


def test_a_description_before_a_name_or_with_a_relative_clause_refers_to_no_earlier_actor():
    text = ("Readers came from Daily Courier, and the site rose to third place in the company "
            "Webmetrics Ltd's ranking. The Robotics League set the rules. The group whose robots "
            "scored most won.")
    actors, _ = rows(text)
    for actor in actors.values():
        assert not {"the company", "The group"} & set(mentions(actor, text))


def test_a_company_named_by_its_web_address_is_an_actor_but_a_bare_address_is_not():
    text = ("The security firm Secunia.com said on Friday that the flaw was serious. "
            "Visitors to Scientology.org saw an error page.")
    actors, _ = rows(text)
    assert "Secunia.com" in actors
    assert "Scientology.org" not in actors


def test_a_name_set_after_a_towns_name_is_its_region():
    text = "Two religious schools in Livorno, Tuscany, must pay 422,000 euros, the court ruled."
    actors, _ = rows(text)
    assert actors["Livorno"].kind == "place"
    assert actors["Tuscany"].kind == "place"


def test_a_surname_two_people_share_goes_to_the_one_named_most():
    text = ("Delegates cheered Donald J. Trump in Cleveland. Donald J. Trump thanked them, and "
            "Donald J. Trump promised to win. His wife Melania Trump spoke on Monday. "
            "Colorado announced four votes for Trump, and the Trump team celebrated. "
            "Trump will accept the nomination on Thursday.")
    actors, _ = rows(text)
    assert "Trump" not in actors
    assert len(actors["Donald J. Trump"].mentions) >= 5


def test_a_name_misspelt_once_joins_the_person_whatever_the_tagger_called_it():
    text = ("The committee named strategist Donna Brazile as its chair. Donna Brazile thanked "
            "the members. At Brazille's direction, the DNC issued a statement.")
    actors, _ = rows(text)
    assert "Brazille" not in actors
    assert "Brazille" in mentions(actors["Donna Brazile"], text)


def test_a_definite_description_before_a_name_is_a_mention_but_not_a_possessive_title():
    text = ("The president of the region, Roberto Maroni, backed the law on Monday. "
            "Its critics included his former deputy, Sandro Villa, who called it unfair.")
    actors, _ = rows(text)
    assert mentions(actors["Roberto Maroni"], text) == ["The president", "Roberto Maroni"]
    assert mentions(actors["Sandro Villa"], text) == ["Sandro Villa"]


def test_a_name_tagged_as_a_place_in_a_list_of_bodies_is_a_body():
    text = "Ubisoft, Microsoft, and PlayStation VR all had large areas at the expo in Toronto."
    actors, _ = rows(text)
    assert actors["Ubisoft"].kind == "organization"
    assert actors["Toronto"].kind == "place"


def test_an_acronym_spells_out_the_whole_name_the_tagger_cut_short():
    text = ("The request came from the deputies of Movimento 5 Stelle (M5S) in the regional council. "
            "M5S said the tax was fair.")
    actors, _ = rows(text)
    party = next(a for a in actors.values() if "M5S" in mentions(a, text))
    assert party.kind == "organization"
    assert "Movimento 5 Stelle" in mentions(party, text)


def test_a_name_with_a_place_noun_in_apposition_is_a_place():
    text = ("The girls travelled 500 miles from Herat, their home, to the capital in Kabul. "
            "Their coach Alireza Mehraban went with them.")
    actors, _ = rows(text)
    assert actors["Herat"].kind == "place"


def test_an_acronym_in_another_order_spells_out_a_name_split_at_and():
    text = ("Critics agreed. The Union of Rationalist Atheists and Agnostics (UAAR) has launched "
            "a petition which now has more than 11,000 signatures.")
    actors, _ = rows(text)
    union = next(a for a in actors.values() if "UAAR" in mentions(a, text))
    assert "Union of Rationalist Atheists and Agnostics" in mentions(union, text)
    assert len([a for a in actors.values() if "Union" in a.name]) == 1


def test_the_nation_is_no_country_named_only_in_a_list():
    text = ("Ministers will fast-track claims from Afghanistan, Eritrea, Libya, Syria and Yemen. "
            "The plan is part of an effort to clear the nation's asylum backlog.")
    actors, _ = rows(text)
    for name in ("Afghanistan", "Yemen", "Syria"):
        assert "the nation" not in mentions(actors[name], text)


def test_the_facility_and_the_venue_refer_to_a_named_centre():
    text = ("The fair took place at the Metro Toronto Convention Centre this weekend. Stands filled "
            "all corners of the facility, and the venue stayed open late.")
    actors, _ = rows(text)
    assert mentions(actors["Metro Toronto Convention Centre"], text) == [
        "Metro Toronto Convention Centre", "the facility", "the venue"]


def test_team_before_a_surname_is_a_campaign_not_the_person():
    text = ("Hillary Clinton will debate Bernie Sanders tonight. Team Clinton expects a close fight, "
            "and Clinton aides said Team Clinton was ready. Clinton smiled.")
    actors, _ = rows(text)
    assert actors["Team Clinton"].kind == "organization"
    assert mentions(actors["Hillary Clinton"], text) == ["Hillary Clinton", "Clinton", "Clinton"]


def test_a_people_word_before_a_full_name_is_not_part_of_it():
    text = ("House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now "
            "said Trump had the opportunity. Paul disagreed.")
    actors, _ = rows(text)
    assert mentions(actors["Rand Paul"], text) == ["Rand Paul", "Paul"]


def test_a_poll_share_is_not_part_of_a_name_and_pro_x_is_no_mention_of_x():
    text = ("In a race with Libertarian candidate Gary Johnson, Clinton earned 42 percent, Trump 34 "
            "percent and Johnson 11 percent. Donald Trump said the main pro-Clinton super PAC had started ads.")
    actors, _ = rows(text)
    assert mentions(actors["Donald Trump"], text) == ["Trump", "Donald Trump"]
    assert not any(n.startswith("pro-") or n[-1].isdigit() for n in actors)


def test_datelines_holidays_and_one_word_possessive_names_make_no_wrong_rows():
    text = ("CLEVELAND - Donald Trump accepted the nomination on Thursday.\n\n"
            "The group Emily's List backed Hillary Clinton. Crowds gathered on Bastille Day.")
    actors, _ = rows(text)
    assert "Donald Trump" in actors
    assert "Emily's List" in actors and "Emily" not in actors
    assert "Bastille Day" not in actors


def test_a_hall_the_tagger_calls_an_event_is_a_place():
    text = ("A team of students won a silver medal on Tuesday in the Daughters of the American "
            "Revolution Constitution Hall in Washington. The hall was full.")
    actors, _ = rows(text)
    hall = actors["American Revolution Constitution Hall"]
    assert hall.kind == "place"
    assert mentions(hall, text)[-1] == "The hall"


def test_a_campus_is_part_of_the_university_name_and_a_host_university_is_not():
    text = ("Visitors came to the University of North Carolina at Greensboro in 2010. The University "
            "of North Carolina at Chapel Hill also showed photographs, as did the Mary & Leigh Block "
            "Museum of Art at Northwestern University.")
    actors, _ = rows(text)
    for campus in ("Greensboro", "Chapel Hill"):
        assert actors[f"University of North Carolina at {campus}"].kind == "organization"
        assert actors[campus].kind == "place"  # the town the campus is named after is still named
    assert "Mary & Leigh Block Museum of Art" in actors and "Northwestern University" in actors


def test_names_listed_after_a_plural_noun_are_one_row_each():
    text = "The court ruled against the religious schools Santo Spirito and Immacolata in Livorno."
    actors, _ = rows(text)
    assert "Santo Spirito" in actors and "Immacolata" in actors


def test_a_preposition_of_the_verb_ends_a_name():
    text = ("The Church of Scientology denied the claims. Her mother had spoken out against "
            "Scientology on French television after her father lost his fortune to Scientology.")
    actors, _ = rows(text)
    assert list(actors) == ["Church of Scientology"]
    assert mentions(actors["Church of Scientology"], text)[1] == "Scientology"


def test_a_surname_misspelt_once_after_the_full_name_joins_the_person():
    text = ("The gift was announced by Martin Schreiber, the treasurer of the foundation. Recipients "
            "must show the photographs, Schreber said.")
    actors, _ = rows(text)
    assert mentions(actors["Martin Schreiber"], text)[-1] == "Schreber"
    assert "Schreber" not in actors


def test_the_scene_and_the_location_are_the_building_of_the_story():
    text = ("A crane fell into the Grand Mosque in Mecca on Friday, killing 107 people. Rescuers said "
            "no one was left at the location. Photos of the scene showed bloodied floors.")
    actors, _ = rows(text)
    assert mentions(actors["Grand Mosque"], text) == ["Grand Mosque", "the location", "the scene"]
    assert mentions(actors["Mecca"], text) == ["Mecca"]  # a town is no site


def test_a_capitalised_the_inside_a_sentence_opens_a_name():
    text = ("The Border Force vessel Searcher patrolled on The Solent last week. Wikinews spoke with "
            "a cosplayer going by The Katherinator, who had made her own costume.")
    actors, _ = rows(text)
    assert actors["Solent"].kind == "place"
    assert "Katherinator" in actors


def test_a_name_of_several_words_after_the_is_no_person():
    text = ("In the demonstration, players are dropped down a secret elevator in Bruce Wayne's manor, "
            "to the Bat Cave, to suit up.")
    actors, _ = rows(text)
    assert actors["Bat Cave"].kind == "place"
    assert actors["Bruce Wayne"].kind == "person"


def test_an_honorific_before_an_untagged_name_makes_a_person():
    text = "Cosplay celebration\n\nLady Cassandra from Doctor Who. Image: Nick Moreau.\n\nFans queued for hours."
    actors, _ = rows(text)
    assert actors["Lady Cassandra"].kind == "person"


def test_a_place_at_the_end_of_a_title_like_span_is_a_place():
    text = ("The church owns a cruise ship.\n\nThe Church of Scientology's cruise ship Freewinds in "
            "Bonaire.\n\nParis was born in Switzerland.")
    actors, _ = rows(text)
    assert actors["Bonaire"].kind == "place"


def test_a_bare_surname_is_the_one_of_the_name_the_story_does_not_call_by_first_name():
    text = ("Melania Trump spoke on Monday night. Melania told the crowd about her childhood. Later, "
            "Melania Trump thanked her husband, Donald Trump. Trump's advisers said Trump's team would "
            "review the speech. Trump's campaign denied any plagiarism, and Melania smiled.")
    actors, _ = rows(text)
    assert mentions(actors["Donald Trump"], text) == ["Donald Trump", "Trump", "Trump", "Trump"]
    assert "Trump" not in actors


def test_a_full_name_tagged_as_a_body_joins_the_surname_of_a_person():
    text = ("The president has 373 days left to define what people think of Barack Obama's America. "
            "Obama said on Tuesday that the economy was strong. Obama added that he would travel to "
            "Ohio. Critics said Obama was wrong.")
    actors, _ = rows(text)
    obama = actors["Barack Obama"]
    assert obama.kind == "person"
    assert mentions(obama, text) == ["Barack Obama", "Obama", "Obama", "Obama"]


def test_a_family_named_by_a_surname_is_not_the_person_of_that_surname():
    text = ("Trump publicly chastised Ohio Gov. John Kasich and the Bush family over their refusal to "
            "support him. The list included former Florida governor Jeb Bush. Bush declined to comment.")
    actors, _ = rows(text)
    assert actors["Jeb Bush"].kind == "person"
    assert mentions(actors["Jeb Bush"], text) == ["Jeb Bush", "Bush"]


def test_a_headline_listing_two_people_gives_neither_a_role_nor_a_description():
    text = "Bush, Rubio collide in scramble for Florida's early voters.\n\nJeb Bush and Marco Rubio are racing."
    actors, _ = rows(text)
    bush = actors["Jeb Bush"]
    assert bush.role is None
    assert mentions(bush, text) == ["Bush", "Jeb Bush"]


def test_a_surname_joins_a_full_name_ending_in_jr_or_iii():
    text = ("C. Stewart Verdery Jr., a former official, said the checks failed. Verdery said officials "
            "should have looked harder. Sen. Joe Manchin III agreed, and Manchin called for hearings.")
    actors, _ = rows(text)
    verdery = ["C. Stewart Verdery Jr.", "a former official", "Verdery"]
    assert mentions(actors["C. Stewart Verdery Jr."], text) == verdery
    assert mentions(actors["Joe Manchin III"], text) == ["Joe Manchin III", "Manchin"]


def test_a_surname_in_the_plural_is_the_family():
    text = ("Betsy Ebeling has been friends with Hillary Clinton since sixth grade. Tom Ebeling said "
            "the Ebelings would vote for her. The Ebelings live in Park Ridge.")
    actors, _ = rows(text)
    assert actors["Ebelings"].kind == "group"


def test_a_title_in_apposition_the_tagger_calls_a_proper_noun_is_the_role():
    text = ("The US State Department said John Kerry, the Secretary of State, contacted Thailand's "
            "foreign minister over housing for the migrants.")
    actors, _ = rows(text)
    assert actors["John Kerry"].role == "Secretary of State"


def test_a_portfolio_after_for_is_no_organisation():
    text = ("Minister of Education Stefania Giannini said schools must pay. Undersecretary for "
            "Education Mr. Toccafondi says many schools will increase their fees.")
    actors, _ = rows(text)
    assert set(actors) == {"Stefania Giannini", "Toccafondi"}


def test_the_city_is_no_region_and_may_be_the_town_s_own_body():
    text = ("Deputies from the regional council of Lombardy asked the court to act, so the region could "
            "collect the tax. The court ruled against two schools in Livorno, Tuscany. The request was "
            "made by the Municipality of Livorno in 2010.\n\nThe city argued that the schools charged fees.")
    actors, _ = rows(text)
    assert mentions(actors["Lombardy"], text) == ["Lombardy", "the region"]
    assert mentions(actors["Municipality of Livorno"], text)[-1] == "The city"


def test_a_title_like_name_listed_with_bodies_is_a_body():
    text = ("Other charitable fan-based groups included The Ontario Ghostbusters, Doctor Who Society of "
            "Canada, and Klingon Assault Group.")
    actors, _ = rows(text)
    assert actors["Ontario Ghostbusters"].kind == "organization"


def test_a_body_s_name_misspelt_once_is_that_body():
    text = ("The United Nations rates the Rohingya among the most persecuted groups. Malaysia has turned "
            "boats away, a policy the Untied Nations and the United States have criticised.")
    actors, _ = rows(text)
    assert mentions(actors["United Nations"], text) == ["United Nations", "Untied Nations"]


def test_an_untagged_name_owning_something_is_a_body():
    text = ("Firefox has been gaining users. PC World's recent analysis of its own traffic concluded "
            "that Internet Explorer had fallen to third place.")
    actors, _ = rows(text)
    assert actors["PC World"].kind == "organization"


def test_a_title_after_a_work_noun_is_no_actor():
    text = ("Atwood was there to launch her graphic novel Angel Catbird, with illustrator Johnnie "
            "Christmas. Dennis Hopper is famous for his role in the 1969 film Easy Rider.")
    actors, _ = rows(text)
    assert "Dennis Hopper" in actors
    assert "Angel Catbird" not in actors and "Easy Rider" not in actors


def test_a_surname_of_two_people_named_as_often_stays_a_person():
    text = ("Melania Trump spoke on Monday. Donald Trump watched from a box. The episode reopened "
            "divisions among Trump's advisers. Questions for Trump's team grew. Melania Trump left "
            "early, and Donald Trump stayed.")
    actors, _ = rows(text)
    assert actors["Trump"].kind == "person"


def test_a_first_name_left_out_between_an_occupation_and_a_surname_is_the_name():
    text = ("The exhibit includes Polaroids of author Truman Capote, singer-songwriter Carly Simon and "
            "musician Nick Rhodes.")
    actors, _ = rows(text)
    assert actors["Carly Simon"].role == "singer-songwriter"
    assert "Simon" not in actors


def test_a_capitalised_common_noun_alone_is_no_actor():
    text = ("Schools pay when their fee is higher than the mean cost fixed by the State. Then the State "
            "will have to find new resources. Secularist associations are concerned the Government will "
            "modify the law. Roberto Maroni, president of Lombardy, objected.")
    actors, _ = rows(text)
    assert "State" not in actors and "Government" not in actors
    assert "Roberto Maroni" in actors


def test_a_title_set_off_by_a_comma_before_the_name_is_the_role():
    text = ("Discussing his concern in a public statement, Malaysia's Prime Minister, Najib Razak said, "
            "\"We are in contact with all relevant parties.\" After meeting the president, Obama said he "
            "was pleased.")
    actors, _ = rows(text)
    assert actors["Najib Razak"].role == "Prime Minister"
    assert actors["Obama"].role is None


def test_a_product_name_ending_in_an_acronym_is_no_person_and_a_plural_no_role():
    text = ("In the 20-minute PlayStation VR demonstration of Batman: Arkham VR, players are dropped down a "
            "secret elevator in Bruce Wayne's manor. Martin Luther King III spoke later.")
    actors, _ = rows(text)
    assert "Arkham VR" not in actors
    assert "Martin Luther King III" in actors
    assert all(a.role != "players" for a in actors.values())


def test_a_surname_the_tagger_left_out_after_a_first_name_is_part_of_it():
    text = ("Atwood, a Booker Prize-winner, was there to launch her graphic novel Angel Catbird, with "
            "illustrator Johnnie Christmas. Lee was making his final Canadian convention appearance.")
    actors, _ = rows(text)
    assert mentions(actors["Johnnie Christmas"], text) == ["Johnnie Christmas"]
    assert "Johnnie" not in actors


def test_a_first_name_after_a_plural_occupation_read_as_a_verb_is_part_of_the_name():
    text = ("The exhibit includes Polaroids of photographers Nat Finkelstein, Christopher Makos and Felice "
            "Quinto; athletes Vitas Gerulaitis and Jack Nicklaus.")
    actors, _ = rows(text)
    assert "Vitas Gerulaitis" in actors and "Gerulaitis" not in actors


def test_a_name_the_text_calls_a_people_is_a_group_but_an_acronym_is_not():
    text = ("Over 900 asylum seekers were rescued off the Indonesian coast on Friday. The rescued members "
            "included Bangladeshis and Rohingya, a stateless minority of Muslims from Myanmar. Myanmar is "
            "mainly Buddhist and the United Nations rates the Rohingya among the world's most persecuted "
            "groups.\n\nThe NYPD said officers arrested two men. NYPD officers were called again.")
    actors, _ = rows(text)
    assert actors["Rohingya"].kind == "group"
    assert actors["NYPD"].kind == "organization"


WARHOL_VENUES = ("While USI is holding its exhibit, there are also Warhol Polaroid exhibits at the Tang Teaching "
                 "Museum and Art Gallery at Skidmore College in Saratoga Springs, New York and an Edward Steichen "
                 "and Andy Warhol exhibit at the Mary & Leigh Block Museum of Art at Northwestern University in "
                 "Evanston, Illinois.")


def test_a_name_with_an_indefinite_article_in_a_list_of_places_is_not_a_place():
    actors, _ = rows(WARHOL_VENUES)
    assert actors["Edward Steichen"].kind == "person"
    assert actors["Andy Warhol"].kind == "person"


def test_a_name_ending_in_a_building_noun_is_no_person():
    actors, _ = rows(WARHOL_VENUES)
    assert actors["Art Gallery"].kind != "person"


def test_an_untagged_title_ending_in_a_work_noun_is_no_actor():
    text = ("Hamill's schedule included a panel with Kevin Conroy, the voice of Batman in Batman: The Animated "
            "Series, in which the Star Wars lead played the Joker.")
    actors, _ = rows(text)
    assert "Animated Series" not in actors and "Kevin Conroy" in actors


def test_capitalised_words_left_out_before_a_body_s_name_are_part_of_it():
    text = ("Volunteer organization Comic Corps of Canada collects donations of comics. Other charitable "
            "fan-based groups included The Ontario Ghostbusters, Doctor Who Society of Canada, and Klingon "
            "Assault Group.")
    actors, _ = rows(text)
    assert actors["Doctor Who Society of Canada"].kind == "organization"
    assert "Volunteer" not in actors and "Society of Canada" not in actors


def test_a_capitalised_common_noun_the_tagger_calls_a_name_is_no_actor_but_a_name_is():
    text = ('Kristen Wilkins, curator of "Andy Warhol: Photographs and Prints from the University Collection" '
            "at the University of Southern Indiana, spoke. Warhol reproduced the Polaroid photograph.\n\n"
            "Hillary Clinton spoke on Monday. Clinton spokesman Nick Merrill said she was well.")
    actors, _ = rows(text)
    assert "Photographs" not in actors
    assert len(actors["Hillary Clinton"].mentions) == 2


def test_a_surname_before_a_word_named_alone_only_as_a_thing_is_the_person():
    text = ("Andy Warhol liked the Polaroid camera. Warhol reproduced the Polaroid photograph and its front "
            "flash. While USI is holding its exhibit, there are also Warhol Polaroid exhibits at the Tang "
            "Teaching Museum.")
    actors, _ = rows(text)
    assert "Warhol Polaroid" not in actors
    assert mentions(actors["Andy Warhol"], text) == ["Andy Warhol", "Warhol", "Warhol"]


def test_a_character_someone_plays_is_a_person_though_named_with_the():
    text = ("Atwood, a Booker Prize-winner, was there to launch her graphic novel Angel Catbird, with "
            "illustrator Johnnie Christmas. Lee was making his final Canadian convention appearance, part of a "
            "larger farewell tour. Hamill's schedule included a panel with Kevin Conroy, the voice of Batman in "
            "Batman: The Animated Series, in which the Star Wars lead played the Joker.")
    actors, _ = rows(text)
    assert actors["Joker"].kind == "person"


def test_a_title_before_names_the_tagger_missed_makes_a_person_with_that_role():
    text = ("Parking fees rise\n\nThe Saltmarsh Town council voted 6-3 on Monday to double parking fees, "
            "Mayor Ines Varga said.\n\n\"The pier is falling apart,\" Varga told reporters.\n")
    actors, result = rows(text)
    varga = actors["Ines Varga"]
    assert (varga.kind, varga.role) == ("person", "Mayor")
    assert mentions(varga, text) == ["Ines Varga", "Varga"]
    assert result.quotes[0].speaker == varga.id


def test_a_missed_name_speaking_inside_a_sentence_is_a_person():
    text = ("Dam report\n\nThe dam leaked for a week, engineers found. \"It was never inspected,\" "
            "Tavish told reporters after the meeting.\n")
    actors, result = rows(text)
    assert actors["Tavish"].kind == "person"
    assert result.quotes[0].speaker == actors["Tavish"].id


def test_names_before_a_governing_body_noun_name_an_organisation():
    text = "Parking fees rise\n\nFees will double, the Welsh Harbour committee said on Monday.\n"
    actors, _ = rows(text)
    assert actors["Welsh Harbour committee"].kind == "organization"
    text = "Parking fees rise\n\nThe Ashdown Valley board voted 6-3 on Monday to double parking fees.\n"
    actors, _ = rows(text)
    assert actors["Ashdown Valley board"].kind == "organization"


def test_a_name_ending_in_a_landform_word_is_a_place_not_a_body():
    # The tagger reads "Capitol Hill" as Congress; the words name a hill.
    text = "Senator Ruth Adler spent the week lobbying colleagues on Capitol Hill before the vote."
    actors, _ = rows(text)
    assert actors["Capitol Hill"].kind == "place"
    assert actors["Ruth Adler"].kind == "person"


def test_proper_nouns_after_a_body_type_noun_name_that_body():
    # "Hitwise" is untagged and "UK" looks like a country: together they name a company.
    text = "Traffic to the site rose, according to the company Hitwise UK, which tracks visits."
    actors, _ = rows(text)
    assert actors["Hitwise UK"].kind == "organization"
    assert "United Kingdom" not in actors


def test_a_demonstrative_description_joins_the_named_place():
    text = ("Flooding closed roads across Marlow County on Monday. "
            "Farmers said every family in that county had lost crops.")
    actors, _ = rows(text)
    assert mentions(actors["Marlow County"], text) == ["Marlow County", "that county"]


def test_that_group_of_people_is_no_description_of_a_body():
    text = ("The Harwood Group funded a study of 5,000 nurses. "
            "Night workers made up 18% of that group.")
    actors, _ = rows(text)
    assert all("that group" not in mentions(a, text) for a in actors.values())


def test_a_common_noun_owning_a_tagged_name_is_a_description():
    # The tagger takes "the university's School of Law" as one name.
    text = ("Researchers at the University of Westbury published the findings in March. "
            "Dr Ana Silva, of the university\u2019s School of Law, said the results were clear.")
    actors, _ = rows(text)
    assert mentions(actors["University of Westbury"], text) == ["University of Westbury", "the university"]


def test_in_the_company_of_people_is_no_description_of_a_company():
    text = ("Kestrel Films hired the photographer in 2019. "
            "Today she is in the company of other famous photographers whose work sells well.")
    actors, _ = rows(text)
    films = actors["Kestrel Films"]
    assert films.kind == "organization"
    assert mentions(films, text) == ["Kestrel Films"]


def test_the_program_refers_to_a_named_fund():
    text = "The Warm Homes Fund opened in May. Critics say the program is already behind schedule."
    actors, _ = rows(text)
    assert mentions(actors["Warm Homes Fund"], text) == ["Warm Homes Fund", "the program"]


def test_a_place_name_modifying_an_untagged_name_is_part_of_a_band_name():
    # The tagger reads the first "Tulsa" as the city and leaves the second untagged.
    text = "The exhibit includes portraits of actor Tom Bell; musician Ray Cole of Tulsa Tulsa; and designer Ann Vos."
    actors, _ = rows(text)
    band = actors["Tulsa Tulsa"]
    assert band.kind == "organization"
    assert mentions(band, text) == ["Tulsa Tulsa"]
    assert "Tulsa" not in actors


def test_a_first_name_after_a_title_joins_the_tagged_surname():
    # The tagger tags only "Khan"; "Sadiq" after the title "Mayor" is his first name.
    text = "London Mayor Sadiq Khan visited the Gaza Strip on Monday. Khan said the trip went well."
    actors, _ = rows(text)
    khan = actors["Sadiq Khan"]
    assert mentions(khan, text) == ["Sadiq Khan", "Khan"]
    assert khan.role == "London Mayor"
    assert "Sadiq" not in actors


def test_a_plural_name_word_after_the_refers_back_to_the_team():
    # "Harbormen" here is tagged as a plural proper noun, which descriptions skipped.
    text = ("Jalen Moss had 22 points for the Milwaukee Harbormen, who have won five straight.\n"
            "Milwaukee shot 52% from the floor and outrebounded Sacramento 47-38. "
            "The Harbormen made 14 of 15 free throws.")
    actors, _ = rows(text)
    assert "The Harbormen" in mentions(actors["Milwaukee Harbormen"], text)


def test_an_untagged_name_owned_by_a_country_is_a_body_and_a_publisher_a_person():
    text = "The portraits show publisher Carla Moretti of Italy's la Stampa; and the banker Luca Bini."
    actors, _ = rows(text)
    assert actors["Carla Moretti"].kind == "person"
    assert actors["Carla Moretti"].role == "publisher"
    stampa = next(a for name, a in actors.items() if "Stampa" in name)
    assert stampa.kind == "organization"


def test_a_verbless_picture_caption_names_who_it_shows_but_not_its_credit():
    text = ("Thousands came to the costume fair on Sunday, organisers said.\n\n"
            "Belle Image: Dana Lee.\n\n"
            "Peekaboo Cosplay as The Fawn Image: Dana Lee.\n\n"
            "Steam train demo Image: Dana Lee.\n")
    actors, _ = rows(text)
    assert {"Belle", "Peekaboo Cosplay", "Fawn"} <= set(actors)
    assert all(actors[n].kind == "person" for n in ("Belle", "Peekaboo Cosplay", "Fawn"))
    assert "Dana Lee" not in actors
    assert not any("Steam" in name for name in actors)  # a run modifying a noun names a thing


def test_the_group_is_not_a_team_named_just_before():
    text = ("The final saw team Frostbyte7 beat Vortexa. Afterwards the team celebrated.\n\n"
            "The charity Comic Relief Canada collects comics for children in hospital. "
            "This year the group raised funds through raffles.")
    actors, _ = rows(text)
    relief = next(a for name, a in actors.items() if "Comic Relief" in name)
    assert "the group" in mentions(relief, text)
    assert "the team" in mentions(actors["Frostbyte7"], text)


def test_a_title_said_to_be_a_works_names_no_actor_there_or_alone_later():
    text = "The film Oppenheimer won seven awards. Oppenheimer was directed by Christopher Nolan."
    actors, _ = rows(text)
    assert set(actors) == {"Christopher Nolan"}


def test_a_repeat_of_a_name_inside_a_web_address_is_no_mention():
    text = ("Protesters targeted the Church of Scientology on Monday. A spokesman for Scientology "
            "said on Friday the Scientology.org site was not loading at all.")
    actors, _ = rows(text)
    church = actors["Church of Scientology"]
    assert all(text[e:e + 4] != ".org" for _, e in church.mentions)


BAVARIA = ("A report commissioned by Bavaria's regional government in 2021 recommended moving 40 homes. "
           "The national government in Rome ignored it.")


@pytest.mark.parametrize(("text", "name", "expected"), [
    pytest.param("The case concerned two schools in Ravello, Campania, which owe 40,000 euros.\n\n"
                 "The city says the schools charge fees.", "Ravello", ["Ravello", "The city"],
                 id="the city is not the region written after a town"),
    pytest.param("Vietnam's government protested on Friday. The government said the ships had left.",
                 "Vietnam's government", ["government", "The government"],
                 id="the government after a place's own government"),
    pytest.param("Boeing delivered 40 jets in May. The planemaker said demand was strong.",
                 "Boeing", ["Boeing", "The planemaker"], id="an industry noun for a company"),
    pytest.param("The FBI opened an inquiry on Monday. The agency declined to comment.",
                 "FBI", ["FBI", "The agency"], id="the agency after a body known by its acronym"),
    pytest.param("On Friday the Indonesian Navy saved 200 people. Their boat had been turned away "
                 "by Indonesian navy vessels twice.", "Indonesian Navy", ["Indonesian Navy", "Indonesian navy"],
                 id="a body's name again with its noun in lower case"),
])
def test_a_later_mention_joins_the_actor_it_refers_to(text, name, expected):
    actors, _ = rows(text)
    assert mentions(actors[name], text) == expected


@pytest.mark.parametrize(("text", "name", "kind", "expected"), [
    pytest.param("Browsers are changing fast. The recently released Google Chrome is quickly gaining "
                 "users, and Chrome now ranks third.", "Google", "organization", ["Google"],
                 id="a product named alone elsewhere opens with its maker's name"),
    pytest.param("The semi-final saw Swedish team Frostbyte7 and Vortexa, from Norway, play for the prize. "
                 "The Norwegian team won the match. After a long delay, the team was deducted a point.",
                 "Frostbyte7", "organization", ["Frostbyte7"], id="a name after 'team' is a team"),
    pytest.param("The semi-final saw Swedish team Frostbyte7 and Vortexa, from Norway, play for the prize. "
                 "The Norwegian team won the match. After a long delay, the team was deducted a point.",
                 "Vortexa", "organization", ["Vortexa", "The Norwegian team", "the team"],
                 id="the team refers back to the last team named"),
    pytest.param("The Seattle Seahawks beat the Denver Broncos 24-10. The Seahawks led throughout.",
                 "Seattle Seahawks", "organization", ["Seattle Seahawks", "Seahawks"],
                 id="the last word of a team's name after 'the' is the team, not a building"),
    pytest.param("Russia annexed Crimea in 2014, and Crimea has been occupied since.",
                 "Crimea", "place", ["Crimea", "Crimea"], id="a territory annexed or occupied is a place"),
    pytest.param(BAVARIA, "Bavaria's regional government", "organization", ["regional government"],
                 id="a place's government is an actor of its own"),
])
def test_the_kind_and_mentions_of_an_actor_found_by_the_words_around_it(text, name, kind, expected):
    actors, _ = rows(text)
    assert actors[name].kind == kind
    assert mentions(actors[name], text) == expected


@pytest.mark.parametrize(("text", "kinds"), [
    pytest.param(BAVARIA, {"Bavaria": "place"}, id="the place that owns a government stays a place"),
    pytest.param("The 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre this weekend. "
                 "Ann Lee, a fellow at the Brookings Center, disagreed.",
                 {"Metro Toronto Convention Centre": "place", "Brookings Center": "organization"},
                 id="a centre where something takes place is a place, not one someone works at"),
    pytest.param("Toronto beat Boston 4-2 in overtime. Toronto has now won five straight games.\n\n"
                 "In rugby, France beat England 24-17 in Paris.",
                 {"Toronto": "organization", "Boston": "organization", "France": "place", "Paris": "place"},
                 id="a city beating another is its team, but a country stays a place"),
])
def test_the_kind_comes_from_the_words_around_the_name(text, kinds):
    actors, _ = rows(text)
    assert {name: actors[name].kind for name in kinds} == kinds


def test_a_peoples_word_the_tagger_took_for_a_body_is_no_actor():
    text = ("Trump holds 14 percent of the Latino vote. Many Latino Republicans are leaving, and a Latino "
            "is on the ticket. Sixteen percent were Latino. Kazakh attitudes differ. "
            "Freddy Ortega, German's brother, spoke after German Ortega did.")
    actors, _ = rows(text)
    assert not {"Latino", "Kazakh"} & set(actors)
    assert mentions(actors["German Ortega"], text) == ["German", "German Ortega"]  # a given name, not a people


@pytest.mark.parametrize("text, name", [
    ("Realistically, the board will not meet before May.", "Realistically"),  # a sentence adverb
    ("He wrote his Social Security number on the form.", "Social Security"),  # a person's number
    ("The fence along the U.S.-Mexico border is old, Mexico said.", "U.S.-Mexico"),  # between two places
])
def test_a_name_the_tagger_found_in_other_words_is_no_actor(text, name):
    actors, _ = rows(text)
    assert name not in actors


def test_a_days_name_and_a_time_zone_written_out_are_no_actors():
    text = ("Sanders hopes to win many states on Super Tuesday, aides said. He is heading to the Super "
            "Tuesday contests with the wind at his back. The results are below (all times Eastern Standard Time).")
    actors, _ = rows(text)
    assert not {"Super", "Super Tuesday", "Eastern Standard Time"} & set(actors)


DATELINE = "WASHINGTON (AP) — The Senate passed the bill on Monday, the AP reported. Lawmakers in Washington cheered."
OHIO = ("Ohio is voting. But in Ohio, the dynamics could benefit Kasich. The Ohio Republican Party "
        "is all-in for the governor.")


@pytest.mark.parametrize("text, name, kind, said", [
    # a place where things happen ("in Ohio") is not the body named after it
    (OHIO, "Ohio", "place", ["Ohio", "Ohio"]),
    (OHIO, "Ohio Republican Party", "organization", ["Ohio Republican Party"]),
    # a dateline's wire service is not the place's acronym
    (DATELINE, "Washington", "place", ["WASHINGTON", "Washington"]),
    (DATELINE, "AP", "organization", None),
    # ... nor a person who shares its name: "Washington" with "star of" is Kerry Washington
    ("WASHINGTON (AP) — Stars came to the screening.\n\nGuests included Kerry Washington and Amy Stone. "
     "Washington, star of the show, said she was proud.", "Kerry Washington", "person",
     ["Kerry Washington", "Washington", "star"]),
    ("WASHINGTON (AP) — Stars came to the screening.\n\nGuests included Kerry Washington and Amy Stone. "
     "Washington, star of the show, said she was proud.", "Washington", "place", ["WASHINGTON"]),
    # a surname named alone, first tagged a body, then "said he": a person, as a surname joined to a body is
    ("Trump's campaign manager was charged on Tuesday. Trump said he would not fire him.", "Trump", "person",
     ["Trump", "Trump"]),
    # a surname alone owning what only a person has, though the tagger took it for a body
    ("Polls closed on Friday. Varga has a clear lead in the count, and Varga's wife thanked the volunteers.",
     "Varga", "person", ["Varga", "Varga"]),
    ("The Brandt camp was quiet on Monday. Brandt's aides declined to comment.", "Brandt", "person", None),
    ("Meridian's chief executive resigned. Meridian's partner, a bank, agreed.", "Meridian", "organization", None),
    # a person's name owned by where the person works: two actors
    ("Critics included the radio host Glenn Beck and the Daily Ledger’s Ben Sadowski.", "Ben Sadowski", "person",
     ["Ben Sadowski"]),
    ("Critics included the radio host Glenn Beck and the Daily Ledger’s Ben Sadowski.", "Daily Ledger",
     "organization", ["Daily Ledger"]),
    # a people's plural the tagger took for a body is a group
    ("Clinton's standing among Latinos looks to be weakening. She is doing better among Latinos than Obama did.",
     "Latinos", "group", ["Latinos", "Latinos"]),
    # a dash written without spaces ends a name
    ("Trump leads Iowa winner Ted Cruz\u201435 to 12 percent\u2014among the voters.", "Ted Cruz", "person",
     ["Ted Cruz"]),
    # a state's name is never a person by the title or "who" beside it
    ("The debate was won by fellow candidate Ohio Senator Dana Pruitt, polls showed. "
     "“It was easy,” said Ella Moss, a nurse from Dayton, Ohio, who voted early.", "Ohio", "place", ["Ohio", "Ohio"]),
    # a surname the tagger took for a body, with "she said" after it, makes the name a person's
    ("The panel included Ilse Marwick. Marwick said she disagreed.", "Ilse Marwick", "person",
     ["Ilse Marwick", "Marwick"]),
    # ... but not a body's acronym before a pronoun in another clause
    ("Lena Ortiz praised the Republican National Committee on Monday. “We start with a head start "
     "because of the operation the RNC has built,” she said.", "Republican National Committee", "organization",
     ["Republican National Committee", "RNC"]),
    # a person's noun in apposition makes a name the tagger took for a body a person
    ("One Republican presidential hopeful, Ilse Marwick, says she will run.", "Ilse Marwick", "person", None),
    # an online service the tagger takes for a person is a company
    ("Rep. Hal Dunmore wrote on Twitter that the vote was a disgrace. Later, Dunmore took to Twitter again.",
     "Twitter", "organization", ["Twitter", "Twitter"]),
    # a compass word and "bank", which end bodies' names, stay a place the tagger calls one
    ("Settlers in the West Bank clashed with troops. The West Bank has been tense.", "West Bank", "place", None),
    # a name that says it is a body outweighs the tagger's places for its acronym
    ("The National Rifle Association says the new steps are wrong. Chris Cox, who runs the NRA’s lobbying arm, "
     "says the steps would not help. Members of the NRA met in Texas. In the NRA, few agreed.",
     "National Rifle Association", "organization", ["National Rifle Association", "NRA", "NRA", "NRA"]),
    # a common given name opening a name the tagger took for a body's, with a person's doing
    ("Carly Fiorina said Ted Cruz says whatever he needs to say to get elected.", "Carly Fiorina", "person", None),
    ("The debate drew a big crowd on Monday. Carly Fiorina attacked the frontrunner.", "Carly Fiorina", "person",
     None),
    # not a firm named after two people, nor a name a word says is a body's
    ("Morgan Stanley said profits rose 5 percent in the quarter.", "Morgan Stanley", "organization", None),
    ("The Whitney Museum opened a show on Monday, and the museum drew crowds.", "Whitney Museum", "organization",
     None),
    ("Fans in Dallas cheered as the Dallas Cowboys won, and the Carolina Panthers lost.", "Dallas Cowboys",
     "organization", None),
    ("Fans in Dallas cheered as the Dallas Cowboys won, and the Carolina Panthers lost.", "Carolina Panthers",
     "organization", None),
    ("Viewers watched Al Jazeera on Monday night.", "Al Jazeera", "organization", None),
    # a title word ending the line before a name is not its title
    ("A Tough Week for the Governor.\n\nCleveland hosted the convention on Monday, and delegates filled hotels "
     "in Cleveland.", "Cleveland", "place", None),
    ("Voters Weigh a Nominee for Justice.\n\nSenate leaders said on Tuesday they would not hold hearings, and the "
     "Senate adjourned.", "Senate", "organization", None),
    # a city's market is no company, though shares are named with it
    ("London shares closed higher on Friday. London's stock market rose, and traders in London "
     "said shares of Barclays gained.", "London", "place", None),
    # repeats the tagger missed cast no vote: one mention tagged a body outvoted the person's
    ("Trump fever spreads.\n\nCrowds cheered in Cleveland when Trump launched his bid. Trump's speech ran long. "
     "While Trump laid out his plans, the crowd roared. Delegates said Trump was going to win. Aides to Trump "
     "said the Trump nomination was safe. Trump mentioned his father, and Trump had the last word. "
     "Trump wrapped up at midnight.", "Trump", "person", None),
    # a state's abbreviation after a town is a place, though "who" follows it
    ("Ruth Calder, a nurse from Tampa, Fla., who voted twice, said the line was long. A broker in Roanoke, Va., "
     "who sells farms, agreed.", "Fla.", "place", None),
    ("Ruth Calder, a nurse from Tampa, Fla., who voted twice, said the line was long. A broker in Roanoke, Va., "
     "who sells farms, agreed.", "Va.", "place", None),
    # a building or street that stands for the government seated there
    ("Reporters gathered at the White House on Monday. The White House said the talks were over.", "White House",
     "organization", None),
    ("Downing Street declined to comment.", "Downing Street", "organization", None),
])
def test_an_actors_kind_and_mentions_read_from_the_words_around_it(text, name, kind, said):
    actors, _ = rows(text)
    assert actors[name].kind == kind
    if said is not None:
        assert mentions(actors[name], text) == said


@pytest.mark.parametrize("text, name, said, no_row", [
    # a title abbreviation before a surname is cut, and the person joined
    ("Former AG Marston at RNC: Clinton email scandal disqualifies her for presidency.\n\nCLEVELAND, July 19 "
     "(UPI) — Former Attorney General Ruth Marston told delegates that the bill was sound.\n\nMarston said it "
     "would pass.", "Ruth Marston", ["Marston", "Ruth Marston", "Marston"], "AG Marston"),
    # a verb the tagger ran into a name is no part of it
    ("The governor spoke at length about the budget and the roads.\n\nFollow Amy Kerr on Twitter @xyzNEN.",
     "Amy Kerr", ["Amy Kerr"], "Follow Amy Kerr"),
])
def test_words_the_tagger_took_into_a_name_are_cut_from_it(text, name, said, no_row):
    actors, _ = rows(text)
    assert mentions(actors[name], text) == said
    assert no_row not in actors


def test_a_noun_after_a_comma_away_from_the_name_is_no_description_of_it():
    text = ("Dana Pruitt further alleges that she was fired for taking time off to fulfill her military duties, "
            "a claim that the office strongly disputes. “It is small,” said Donna Lages, 39, a waitress at the diner. "
            "Carol Lee of the Daily Ledger, winner of the Beckman Award, spoke.")
    actors, _ = rows(text)
    assert mentions(actors["Dana Pruitt"], text) == ["Dana Pruitt"]
    assert mentions(actors["Donna Lages"], text) == ["Donna Lages", "a waitress"]
    assert mentions(actors["Carol Lee"], text) == ["Carol Lee", "winner"]


@pytest.mark.parametrize("text, name, role", [
    # a hyphenated first word of the title is the whole word, not its last piece
    ("The talk was chaired by Newsline Editor-in-Chief Mara Quist on Friday.", "Mara Quist", "Editor-in-Chief"),
    ("Tom Ferrell, the league's 71-year-old president, said the season would go ahead.",
     "Tom Ferrell", "71-year-old president"),
    ("Voters like Ilse Brandt, the far-right leader in Saxony, are angry.", "Ilse Brandt", "far-right leader"),
    ("Pat Ruiz (D), a co-sponsor of the bill, voted against it.", "Pat Ruiz", "co-sponsor"),
    # a dash after a dateline ends the title, and a dash after an apposition ends it
    ("DENVER - Democratic Senate candidate Lena Ortiz on Monday released her tax returns.",
     "Lena Ortiz", "Democratic Senate candidate"),
    ("The plan was written by Clara Pell \u2014 daughter of Senator Tom Pell \u2014 and others.",
     "Clara Pell", "daughter of Senator Tom Pell"),
    # an apposition after an age, a party or a place
    ("Gloria Marsh, 34, a nurse from Brownsville, agreed.", "Gloria Marsh", "nurse"),
    ("Gov. Ann Roe of Ohio, a close ally of the president, spoke.", "Ann Roe", "close ally of the president"),
    ("Sen. Mitch Dole (R-Ky.), the majority leader, spoke.", "Mitch Dole", "majority leader"),
    # a year is part of the title, not a share
    ("Mitt Romney, the 2012 Republican presidential nominee, spoke on Monday.", "Mitt Romney",
     "Republican presidential nominee"),
    # what a person is called, a share of a poll, a body after the name: no role
    ("The hacker, a Romanian taxi driver, signed every leak with the moniker Marek Vos.", "Marek Vos", None),
    ("As a boy he dropped his given name, Harold Jonas Winter, for a shorter one.", "Harold Jonas Winter", None),
    ("In the poll Ruiz earned 42 percent, Dale Moreno 34 percent and Li 11 percent.", "Dale Moreno", None),
    # the subject of the next clause, after an age
    ("Later, as Ms. Ruiz took a walk with Tara Voss, 23, a delivery truck pulled up to the curb and began honking.",
     "Tara Voss", None),
    ("Analysts agree. Ilona Varga of the Danube Group, a consulting company, said the threat is growing.",
     "Ilona Varga", None),
])
def test_the_role_is_the_title_written_with_the_name(text, name, role):
    actors, _ = rows(text)
    assert (actors[name].kind, actors[name].role) == ("person", role)


def test_a_headline_gives_no_role_its_capitalised_words_are_cut_for_display():
    text = ("Famed Rancher Ann Roe Endorses Ted Ortega\n\n"
            "Ann Roe said on Monday she would back Ted Ortega, who is running for governor. "
            "Ortega's rival, Mayor Lisa Hoyt, said nothing.")
    actors, _ = rows(text)
    assert actors["Ann Roe"].role is None and actors["Ted Ortega"].role is None
    assert actors["Lisa Hoyt"].role == "Mayor"


@pytest.mark.parametrize("text, name, role", [
    # the parser's apposition, not the writer's: across another phrase, a clause, or a colon
    ("Ms. Hale's seven-point lead over the Republican nominee, Ted Ortega, has gone.", "Ted Ortega", None),
    ("The board ruled that Ortega should go back to Peru, a decision upheld by the court.", "Ortega", None),
    ("Ortega: A narrow escape.", "Ortega", None),
    ("Investors dislike the close election and the unknown policies of the Republican nominee, Ted Ortega, now.",
     "Ted Ortega", None),
    # a title's phrase naming no other common noun, and a second title joined to it, still stand between
    ("The senator's chief counsel and longtime friend, Ted Ortega, spoke.", "Ted Ortega", "chief counsel"),
    ("At that moment, the French ambassador to the United Nations, Pierre Dalle, spoke.", "Pierre Dalle",
     "French ambassador"),
    # what the title's body is or does, said after it, is not the title
    ("Ted Ortega, president of Civic Works, a group that trains young voters, spoke.", "Ted Ortega",
     "president of Civic Works"),
    ("Ann Vance, the sister of Tom Vance, who died in 2010, spoke.", "Ann Vance", "sister of Tom Vance"),
    ("Ted Ortega, the mayor of Oakland, California, spoke.", "Ted Ortega", "mayor of Oakland, California"),
    ("Jo Park, president of Rock the Vote, spoke.", "Jo Park", "president of Rock the Vote"),
    # the title's modifiers the parser hangs on a word of it are the title's, but not its owner
    ("Or, as Dale Moreno, a former secretary of homeland security, put it: the gate is open.", "Dale Moreno",
     "former secretary of homeland security"),
    ("Ann Roe, a University of Nevada law professor, disagreed.", "Ann Roe", "University of Nevada law professor"),
    ("Jeff Ward, Ortega\u2019s campaign manager, said so.", "Jeff Ward", "campaign manager"),
    # a work's name in the title is read with both its quotation marks
    ("Dale Moreno, the star of 'Winter Garden,' is leaving the show next month.", "Dale Moreno",
     "star of 'Winter Garden,'"),
    ("Lena Ortiz, author of \u201cThe Long Road,\u201d spoke on Monday.", "Lena Ortiz",
     "author of \u201cThe Long Road,\u201d"),
    # a word before the title that the name is said of is not the title's
    ("Critics say this is the reason President Ann Roe is seeking a second term.", "Ann Roe", "President"),
    ("It was something Senator Ted Ortega said on Monday.", "Ted Ortega", "Senator"),
    ("He campaigned for his wife Senator Lisa Hoyt in Ohio.", "Lisa Hoyt", "Senator"),
    # a pronoun or a rank without its number ends no title
    ("As Ted Ortega, the No. 2 in the party's leadership, put it, the vote will fail.", "Ted Ortega", None),
    ("Higher pay checks for top executives are the last thing state Representative Karla Moss, a Democrat, wants "
     "to hear about.", "Karla Moss", "state Representative"),
    ("If the Syrian refugees President Ted Ortega, Lisa Hoyt, and other Democrats want to bring here are vetted, "
     "fine.", "Ted Ortega", "President"),
    ("Fewer than half of the voters surveyed in a new poll released Monday support Democratic presidential "
     "candidate Lisa Hoyt, as rival Ted Ortega continues to gain.", "Lisa Hoyt", "Democratic presidential candidate"),
    ("Democratic presidential candidate Senator Ted Ortega stated that the story was false.", "Ted Ortega",
     "Democratic presidential candidate Senator"),
    # a title of what the name owns, or one the name is said of in a clause, is not the name's
    ("The report drew a rare rebuke from the chair of Ann Roe's campaign.", "Ann Roe", None),
    ("The federal judge Ted Ortega was referring to is Lisa Hoyt.", "Ted Ortega", None),
    # a noun after "a" is a thing the name's clause is said of, not its title ("a lawyer Ann Roe" is not written)
    ("It was a timeline Lisa Hoyt could still match this year.", "Lisa Hoyt", None),
    ("He shared a story about a painting of former President Ted Ortega in the hall.", "Ted Ortega",
     "former President"),
    # a given name the tagger left out of the name it opens is no title's word
    ("Party Chair Debbie Wasserman Kohl announced Sunday she will resign.", "Wasserman Kohl", "Party Chair"),
])
def test_a_role_is_only_the_title_the_writer_gave_the_name(text, name, role):
    actors, _ = rows(text)
    assert (actors[name].kind, actors[name].role) == ("person", role)


def test_a_noun_for_a_body_set_after_a_name_makes_it_a_body_but_a_trade_does_not():
    text = ("In London, Halvard Lund, a firm founded in 2014 by two bankers, advised the buyer. "
            "Marta Lind, a developer, bought the site.")
    actors, _ = rows(text)
    assert actors["Halvard Lund"].kind == "organization"
    assert (actors["Marta Lind"].kind, actors["Marta Lind"].role) == ("person", "developer")


def test_a_news_outlet_a_story_cites_is_a_body_and_a_namesake_person_keeps_the_name():
    text = ("Senator Lee Perry told Politico that the race is over. Michael Bloomberg said he might run. "
            "Bloomberg said on Monday he would decide soon.")
    actors, _ = rows(text)
    assert actors["Politico"].kind == "organization"
    assert mentions(actors["Michael Bloomberg"], text) == ["Michael Bloomberg", "Bloomberg"]


def test_name_owning_shares_is_a_company_not_a_place():
    text = ("Zorvane Pharmaceuticals International warned on Monday. Investors lost money on Zorvane this year. "
            "Zorvane's stock price fell, and shares of Zorvane kept falling.")
    actors, _ = rows(text)
    zorvane = actors["Zorvane Pharmaceuticals International"]
    assert zorvane.kind == "organization"
    assert mentions(zorvane, text).count("Zorvane") == 3
    assert "Zorvane" not in actors

