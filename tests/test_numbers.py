"""Numbers: what the article claims, with values, approximation and what they count."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nutgraf.analysis.numbers import UNITS, words_value
from nutgraf.analysis.pipeline import analyze

pytestmark = pytest.mark.model  # every test here, or most, runs spaCy


def numbers(text):
    return [(n.text, n.value, n.approximate) for n in analyze(text, "2025-01-10").numbers]


@pytest.mark.parametrize("text, expected", [
    ("The company lost $10M last quarter.", [("$10M", 10_000_000, False)]),
    ("About 1.3 million people fled.", [("About 1.3 million", 1_300_000, True)]),
    ("Turnout rose to 12% in the city.", [("12%", 12, False)]),
    ("Five firefighters were hurt.", [("Five", 5, False)]),
    ("Police arrested more than 1,200 protesters.", [("more than 1,200", 1200, True)]),
    ("A third of voters stayed home.", [("A third", 0.333, False)]),
    ("The budget grew by £2.5bn.", [("£2.5bn", 2_500_000_000, False)]),
    ("The 79-year-old was released.", [("79", 79, False)]),
    ("Prices rose 4.5 per cent.", [("4.5 per cent", 4.5, False)]),
    ("Between 10 and 15 ships sank.", [("10", 10, False), ("15", 15, False)]),
    ("One in five teachers quits.", [("One in five", 0.2, False)]),
    ("Twenty-five people were hurt.", [("Twenty-five", 25, False)]),
])
def test_number_values(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    "The attack on October 7 shocked the country.",
    "The law was passed in 2023 by parliament.",
    "Covid-19 closed schools.",
    "She flew on a Boeing 737 to Paris.",
    "The meeting began at 10:30 in the hall.",
    "No one was hurt, and one witness said so.",
])
def test_dates_names_and_determiners_are_not_numbers(text):
    assert numbers(text) == []


def test_what_a_number_counts():
    result = analyze("Officials said 47,540 Palestinians were killed and 124 members voted.", None)
    assert [n.counts for n in result.numbers] == ["Palestinians killed", "members"]


_BELOW_100 = [w for w, v in UNITS.items() if 0 < v < 20] + [
    f"{t}-{u}" for t, tv in UNITS.items() if tv >= 20 for u, uv in UNITS.items() if 0 < uv < 10]


@given(st.sampled_from(_BELOW_100), st.sampled_from(["", " hundred", " thousand", " million"]))
def test_number_words_value(word, scale):
    factor = {"": 1, " hundred": 100, " thousand": 1000, " million": 10**6}[scale]
    expected = sum(UNITS[p] for p in word.split("-")) * factor
    assert words_value(word + scale) == expected


@pytest.mark.parametrize("text, expected", [
    ("Profit will be between NOK2.1bn and NOK2.4bn ($205mn-$234mn).",
     [("NOK2.1bn", 2.1e9), ("NOK2.4bn", 2.4e9), ("$205mn", 205e6), ("$234mn", 234e6)]),
    ("The council voted 6-1 to approve it.", [("6", 6), ("1", 1)]),
    ("In 30 seconds, half the village was gone.", [("30", 30), ("half", 0.5)]),
])
def test_currency_codes_ranges_and_halves(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_phone_numbers_and_hyphenated_names_are_not_numbers():
    assert numbers("Call 555-1234 about the F-35 and COVID-19.") == []


def test_hyphenated_scale_word_scales_the_amount():
    found = numbers("The province unveiled a $6-billion program and a $1.5-billion loan scheme.")
    assert [(t, v) for t, v, _ in found] == [("$6-billion", 6e9), ("$1.5-billion", 1.5e9)]


def test_a_win_loss_record_is_not_a_date():
    found = numbers("The Hawks, who play Denver on Monday, are 33-31 and ninth in the league.")
    assert [(t, v) for t, v, _ in found if v in (33, 31)] == [("33", 33), ("31", 31)]


@pytest.mark.parametrize("text, expected", [
    ("The miner paid $US160 million for the stake.", [("$US160 million", 160e6)]),
    ("The port cost A$2.3 billion.", [("A$2.3 billion", 2.3e9)]),
    ("The contract is worth RM500 million.", [("RM500 million", 500e6)]),
    ("The group raised USD5bn in bonds.", [("USD5bn", 5e9)]),
    ("Fines reached €40m.", [("€40m", 40e6)]),
    ("The club paid $5 mil for the striker.", [("$5 mil", 5e6)]),
    ("The fund lost $8 B last year.", [("$8 B", 8e9)]),
    ("The budget is 4 hundred million dollars.", [("4 hundred million", 400e6)]),
])
def test_currency_and_scale_written_against_the_figure(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Police found one of the victims in the river.", [("one", 1)]),
    ("He pleaded guilty to one count of fraud.", [("one", 1)]),
    ("Prices rose one per cent in March.", [("one per cent", 1)]),
    ("They had only one day to test it.", [("one", 1)]),
    ("The robot scored one or two points.", [("one", 1), ("two", 2)]),
    ("The aim is less than one percent.", [("less than one percent", 1)]),
    ("No one was hurt, and the one who called said so.", []),
    ("One mother said the school was closed.", []),
])
def test_one_is_a_count_only_where_it_counts(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text", [
    "The S&P 500 closed higher on the news.",
    "Apple sold the iPhone 11 in many colours.",
    "The test follows ISO 3888-2 rules.",
    "The rules are set out in Part 3 of the act.",
    "She has stage 4 cancer, her doctors said.",
    "He moved to 10 Downing Street in July.",
    "Movimento 5 Stelle asked the region to act.",
    "Microsoft released Internet Explorer 6 long ago.",
    "The posts first appeared on 4chan.",
    "The 22nd edition of the fair opened.",
    "The study was published on Sep 4, 2019 in London.",
    "The vote was held on 4 September in Rome.",
    "Fans shared a high-five at the gate.",
    # a size in digits, no count of them
    "The lobbyist charged five-figure fees; his bills ran into six figures and his code is a 10-digit one.",
    # a market index named by how many stocks it holds
    "The Ruritania 250-stock index fell as the 40-share index rose.",
])
def test_numbers_in_names_labels_dates_and_ordinals_are_not_claims(text):
    assert numbers(text) == []


def test_a_number_before_a_plural_noun_in_a_title_case_headline_still_counts():
    assert [(t, v) for t, v, _ in numbers("Police Find 3 Bodies In River")] == [("3", 3)]


def test_a_unit_or_sign_keeps_a_figure_whatever_the_entity_label():
    found = analyze("The charger delivers 5kW, the bottle holds 250ml and the team lost minus-5 yards.", None).numbers
    assert [(n.text, n.value, n.unit) for n in found] == [("5", 5, "kW"), ("250", 250, "ml"), ("minus-5", -5, "yards")]


@pytest.mark.parametrize("text, expected", [
    ("Intel makes sub-7 nanometre chips.", [("sub-7", 7)]),
    ("Shares fell -1.3% on Monday.", [("-1.3%", -1.3)]),
    ("The account showed minus 387 dollars.", [("minus 387", -387)]),
    # Spelled out as well, the sign kept: "minus nine" was 9.
    ("Among women, her net rating is minus nine.", [("minus nine", -9)]),
    ("Overnight it fell to minus twenty-five.", [("minus twenty-five", -25)]),
    ("Add 1/2 pound of flour.", [("1/2", 0.5)]),
    ("Leave a 1\u204432 inch gap.", [("1\u204432", 0.03125)]),
    ("The trail is 2\u00bd miles long.", [("2\u00bd", 2.5)]),
    ("The rate is 1.5e-3 per year.", [("1.5e-3", 0.0015)]),
    ("The mole holds 6.02 \u00d7 10\u00b2\u00b3 atoms.", [("6.02 \u00d7 10\u00b2\u00b3", 6.02e23)]),
])
def test_prefixes_signs_fractions_and_exponents(text, expected):
    found = [(t, v) for t, v, _ in numbers(text)]
    assert [t for t, _ in found] == [t for t, _ in expected]
    assert [v for _, v in found] == pytest.approx([v for _, v in expected])


@pytest.mark.parametrize("text, expected", [
    ("The plan will cost $10 to $15 billion.", [("$10", 10e9), ("$15 billion", 15e9)]),
    ("Between 2 and 3 million people fled.", [("2", 2e6), ("3 million", 3e6)]),
    ("It paid $5 and $160 million.", [("$5", 5), ("$160 million", 160e6)]),
])
def test_a_range_shares_the_scale_of_its_second_bound(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Clinton led Sanders 50 to 48 percent.", [("50", "%", None), ("48 percent", "%", None)]),
    # the tagger takes the name and the figures for one name
    ("The mayor beat Smith 47 to 42 percent.", [("47", "%", None), ("42 percent", "%", None)]),
    ("Between 10 and 20 percent of voters stayed home.", [("10", "%", "voters"), ("20 percent", "%", "voters")]),
    ("Shipments come within two to three weeks.", [("two", "week", "weeks"), ("three", "week", "weeks")]),
    ("The dog weighs 150 to 175 pounds.", [("150", "pounds", "pounds"), ("175", "pounds", "pounds")]),
    # a currency written only on the first bound is the second's, unless that counts something else
    ("The fine will be $5-10 million.", [("$5", "$", None), ("10 million", "$", None)]),
    ("She bid $5 or 10 times that.", [("$5", "$", None), ("10", None, "times")]),
])
def test_a_range_shares_the_unit_of_its_second_bound(text, expected):
    found = analyze(text, None).numbers
    assert [(n.text, n.unit, n.counts) for n in found] == expected


def test_a_score_after_a_name_and_a_spaced_dash_keep_their_figures():
    assert [(t, v) for t, v, _ in numbers("The score was 3 - 1 at half time.")] == [("3", 3), ("1", 1)]


def test_metres_with_a_conversion_are_not_millions():
    found = analyze("The tower is 37m (121ft) tall.", None).numbers
    assert [(n.text, n.value, n.unit) for n in found] == [("37m", 37, "m"), ("121", 121, "ft")]


@pytest.mark.parametrize("text, expected", [
    ("After nearly half an hour, the match resumed.", [("nearly half", 0.5)]),
    ("It must be returned within twenty working days.", [("twenty", 20)]),
    ("The festival continues a 2000 year old tradition.", [("2000", 2000)]),
])
def test_durations_the_tagger_calls_dates(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, counts", [
    ("A further 111,618 people were left injured.", "people injured"),
    ("The blast left 12 people injured.", "people injured"),
    ("A study of 78,000 adults published in a journal found little.", "adults"),
])
def test_what_a_number_counts_includes_what_happened_to_them(text, counts):
    assert analyze(text, None).numbers[0].counts == counts


@pytest.mark.parametrize("text, counts", [
    # what the counted did is no fate of theirs: the perfect, or a past tagged as a participle
    ("The two unions have rejected the contract as too thin.", ["unions"]),
    ("A 5-to-4 split on the bench would have left the old rule in place.", [None, "split"]),
    ("Thirty-two of the 90 member states had filed reports by noon.", ["member states", "member states"]),
    # nor is what happened to another noun they are part of
    ("Her third appeal in four months was rejected on Friday.", ["months"]),
    ("The sale of the remaining 30% stake is expected to close soon.", ["stake"]),
    # a passive still says it, and a fate
    ("Two of the suspects have been named by police.", ["suspects named"]),
    ("Twelve miners trapped after a roof collapse in the north.", ["miners trapped"]),
])
def test_what_the_counted_did_is_not_what_happened_to_them(text, counts):
    assert [n.counts for n in analyze(text, None).numbers] == counts


@pytest.mark.parametrize("text, counts", [
    ("The bill was backed by 10 House of Commons members.", "House of Commons members"),
    ("Officials said 40 New Jersey police officers were sent.", "New Jersey police officers sent"),
    ("The company runs 12 tax haven subsidiaries.", "tax haven subsidiaries"),
    ("About 200 Labour Party members resigned.", "Labour Party members"),
])
def test_what_a_number_counts_is_named_by_all_of_its_modifiers(text, counts):
    """Modifiers of the noun's modifiers, and a name the parser hung the number on, are
    part of what is counted."""
    assert analyze(text, None).numbers[0].counts == counts


@pytest.mark.parametrize("text, expected", [
    ("After the 9/11 attacks, the law changed.", []),
    ("The margin of error is plus or minus 4 percentage points.", [("4", 4)]),
    ("We have had four-and-a-half years of war.", [("four-and-a-half", 4.5)]),
    ("He is the only one who can win.", []),
    ("One of the things I like is the view.", []),
    ("Scott was one of three members who voted no.", [("one", 1), ("three", 3)]),
    ("In the early '80s she worked in a bank.", []),
    ("The fund stole a handful of $20s.", [("$20", 20)]),
])
def test_near_misses_of_the_rules_above(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_a_sentence_opened_by_a_dateline_keeps_its_figures():
    text = ("LONDON (Reuters) - Dock workers will strike for eight days after pay talks collapsed, "
            "the union said on Wednesday.\nAbout 1,900 workers backed the action.")
    result = analyze(text, "2024-10-16")
    assert result.furniture and text[slice(*result.furniture[0])] == "(Reuters)"
    assert [n.text for n in result.numbers] == ["eight", "About 1,900"]


@pytest.mark.parametrize("text, expected", [
    ("Turnout rose among voters between the ages of 18 and 29.", [("18", 18), ("29", 29)]),
    ("Nurses work 15 extra minutes a shift.", [("15", 15)]),
    ("Trump beat Cruz 35 to 12 percent.", [("35", 35), ("12 percent", 12)]),
    ("A little under 2 in 10 voters were black.", [("under 2 in 10", 0.2)]),
    ("About four in 10 were angry.", [("About four in 10", 0.4)]),
    ("She killed 12 in 2019.", [("12", 12)]),
    # A year is no ratio's numerator: "2016 in three" was 672.
    ("The field met in 2016 in three groups.", [("three", 3)]),
    ("AT LEAST 10 KILLED IN BLAST", [("AT LEAST 10", 10)]),
    ("The case cost over half a million dollars.", [("over half a million", 500_000)]),
    # A count of dozens: "two" and "dozen" were 2 and 12.
    ("They wrote two dozen songs and sold 3-dozen eggs.", [("two dozen", 24), ("3-dozen", 36)]),
])
def test_ages_ratios_ranges_after_names_and_half_a_scale(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_list_counters_numeric_dates_and_identifiers_are_not_figures():
    text = ("THE LIST\n1. WHAT TRUMP SAID ABOUT TAXES\nHe named 5 taxes.\n2\nSanders: 46.\n"
            "The tweet 672149874046083072 was posted 2016-06-28, on 9/17/16 and in '16.")
    assert [(t, v) for t, v, _ in numbers(text)] == [("5", 5), ("46", 46)]


@pytest.mark.parametrize("text, expected", [
    ("Stocks rose, pushing the average up 72.24 points, to 8,189.49, on Friday.",
     [("72.24", 72.24), ("8,189.49", 8189.49)]),
    ("Iraq agreed to allow all 880 Soviets in Kuwait to leave.", [("880", 880)]),
    ("The airline bought 3 Boeing 737 jets.", [("3", 3)]),
    ("Microsoft Waits For Death Of Internet Explorer 6", []),
])
def test_entity_labels_veto_names_not_counts(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("He saw the film at the Rialto 14 times that summer.", [("14", 14)]),
    ('She asked, "Why aren\'t I 50 points ahead?"', [("50", 50)]),
    ("The poll put her ahead by 3 points and FiveThirtyEight 2.1 points.", [("3", 3), ("2.1", 2.1)]),
    ("All the Fortune 500 companies paid tax.", []),
])
def test_a_figure_after_a_name_is_part_of_it_only_in_the_same_phrase(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_a_year_read_aloud_is_not_a_number():
    assert numbers("In nineteen ninety-one he was jailed with twenty-one others.") == [("twenty-one", 21, False)]


@pytest.mark.parametrize("text, expected", [
    ("Clinton beat Sanders by nearly 3-to-1 in the state.", [("nearly 3-to-1", 3)]),
    ("Trump won 81 delegates to Rubio\u2019s 17. As he reached his mid-20s, he began drinking.",
     [("81", 81), ("17", 17), ("mid-20", 20)]),
])
def test_second_figures_of_a_score_possessed_counts_and_mid_ages(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text", [
    "It recalled the Clinton, Bush (No. 43) and Obama eras.",
    "Firefox is the #2 browser.",
    "Her daughter is a third-year chemistry student.",
    "They opened an exhibit at 900 Grand Concourse.",
])
def test_ranks_ordinal_adjectives_and_addresses_are_not_claims(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The stake is worth between $500,000 and $1 million.", [("$500,000", 500_000), ("$1 million", 1e6)]),
    ("Investors see a one-in-five chance of a cut.", [("one-in-five", 0.2)]),
    ("The firm is building 152 homes.", [("152", 152)]),
])
def test_a_written_out_first_bound_a_hyphenated_ratio_and_a_label_word_used_as_a_verb(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_a_bare_model_number_is_a_name_and_about_one_thing_is_no_count():
    text = "Buying a 25-year-old 757 is odd, and he was clear about one thing: only one person was killed."
    assert [(t, v) for t, v, _ in numbers(text)] == [("25", 25), ("one", 1)]


def test_only_listed_characters_beyond_ascii_make_a_figure_without_a_digit():
    """_may_hold_figure skips a sentence beyond ASCII unless it holds one of the characters
    by which NUMBER_RE can find a figure without a digit or a figure word: every character
    re.I matches to an ASCII letter is listed, and none that is no word character becomes a
    letter lower-cased (which would join a figure word to the letters beside it)."""
    import re

    from nutgraf.analysis.numbers import _NOT_ASCII_FIGURE, VULGAR_FRACTIONS

    beyond = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    assert set(re.findall("(?i)[a-z]", beyond)) | set(VULGAR_FRACTIONS) == _NOT_ASCII_FIGURE
    letter = re.compile(r"[^\W\d_]")
    assert not [c for c in beyond if not c.isalnum() and c != "_" and letter.search(c.lower())]


@pytest.mark.parametrize("text, expected", [
    ("\u201cWe lost,\u201d she said. Twice the council refused.", [("Twice", 2, False)]),
    ("The mayor\u2019s office hired a dozen staff.", [("a dozen", 12, False)]),
    ("The caf\u00e9 sold \u00bd of its stock.", [("\u00bd", 0.5, False)]),
    ("The caf\u00e9\u2019s owner left.", []),
])
def test_figures_in_text_beyond_ascii(text, expected):
    assert numbers(text) == expected


def test_what_a_number_counts_when_its_of_phrase_comes_first():
    # "Of the 900 voters, 410 are Democrats", parsed (as in a longer article) with "of" hung
    # from the number: the noun counted comes before the number. It raised StopIteration, and
    # the whole article lost its analysis.
    import spacy
    from spacy.tokens import Doc

    from nutgraf.analysis.numbers import _counts
    from nutgraf.analysis.parsed import TokenColumns

    words = ["Of", "the", "900", "registered", "voters", ",", "410", "are", "Democrats", "."]
    heads = [6, 4, 4, 4, 0, 6, 7, 7, 7, 7]
    deps = ["prep", "det", "nummod", "amod", "pobj", "punct", "nsubj", "ROOT", "attr", "punct"]
    tags = ["IN", "DT", "CD", "JJ", "NNS", ",", "CD", "VBP", "NNPS", "."]
    pos = ["ADP", "DET", "NUM", "ADJ", "NOUN", "PUNCT", "NUM", "AUX", "PROPN", "PUNCT"]
    spaces = [True, True, True, True, False, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos)
    columns = TokenColumns(doc.text, 0, doc, [t.idx for t in doc])
    assert _counts(columns, 6, doc.text) == "registered voters"


def test_a_year_after_an_opening_quote_is_no_figure():
    """The apostrophe of "'08" is often typed as an opening quote."""
    text = "Her poster read \u2018Win in \u201812, Build in \u201816\u2019 and 40 people signed it."
    assert [(t, v) for t, v, _ in numbers(text)] == [("40", 40)]


@pytest.mark.parametrize("text, expected", [
    ("The mayor is seeking a third term, and a fifth candidate joined.", []),
    ("Two rivals quit. A third, Jane Doe, stayed.", [("Two", 2)]),
    ("A third of the staff left, cutting costs by a third.", [("A third", 0.333), ("a third", 0.333)]),
    ("Rents rose by a third more than wages in a quarter century.", [("a third", 0.333), ("a quarter", 0.25)]),
])
def test_a_fraction_word_before_what_it_ranks_is_an_ordinal(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The network unveiled a three point two billion dollar plan.", [("three point two billion", 3_200_000_000)]),
    ("Sales fell to two point oh five million units.", [("two point oh five million", 2_050_000)]),
    ("The farm, worth a hundred forty million dollars, was sold.", [("a hundred forty million", 140_000_000)]),
    ("Three hundred and sixty two pilots and a thousand five hundred guards signed.",
     [("Three hundred and sixty two", 362), ("a thousand five hundred", 1500)]),
    ("Her point is that one point of view wins.", []),
])
def test_numbers_read_aloud(text, expected):
    """Transcripts spell out what print writes in digits: decimals after "point", "a
    hundred" opening a longer number, tens and units apart after a scale."""
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_wire_dollars_before_a_figure_are_a_currency():
    result = analyze("The firm owes dlrs 3.4 billion and paid dlrs 250,000 in fees.", "2025-01-10").numbers
    assert [(n.text, n.value, n.unit) for n in result] == [
        ("dlrs 3.4 billion", 3_400_000_000, "$"), ("dlrs 250,000", 250_000, "$")]


@pytest.mark.parametrize("text, expected", [
    ("Net income rose to $318.7 million on sales of 2.3 trillion yen.", [318_700_000, 2_300_000_000_000]),
    ("Between 4.1 and 6.7 billion shares traded.", [4_100_000_000, 6_700_000_000]),
    ("The gas held 6.02e23 molecules.", [6.02e23]),
])
def test_scaled_decimals_carry_no_binary_noise(text, expected):
    values = [n.value for n in analyze(text, "2025-01-10").numbers]
    assert values == expected and all(type(v) is type(e) for v, e in zip(values, expected, strict=True))


def test_a_currency_written_after_an_amount_is_its_unit():
    text = ("The club paid forty thousand dollars for a ninety dollar ticket, 25 cents a share, "
            "between 8 and 12 euros, and 300 million Japanese yen; it weighed 30 pounds.")
    result = analyze(text, "2025-01-10").numbers
    assert [(n.text, n.value, n.unit, n.counts) for n in result] == [
        ("forty thousand", 40_000, "$", None), ("ninety", 90, "$", None), ("25", 25, "\u00a2", None),
        ("8", 8, "\u20ac", None), ("12", 12, "\u20ac", None), ("300 million", 300_000_000, "\u00a5", None),
        ("30", 30, "pounds", "pounds")]


@pytest.mark.parametrize("text, expected", [
    ("Sales grew fivefold, a threefold rise on last year's 2.5-fold gain.",
     [("fivefold", 5), ("threefold", 3), ("2.5-fold", 2.5)]),
    ("Costs rose as much as ten-fold.", [("as much as ten-fold", 10)]),
    ("The answer was manifold and will unfold.", []),
])
def test_a_multiple_written_with_fold_is_a_number(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_a_split_for_one_is_one_figure_and_a_batting_line_two():
    text = "The board approved a 3-for-1 split; the shortstop went 2-for-5."
    assert [(t, v) for t, v, _ in numbers(text)] == [("3-for-1", 3), ("2", 2), ("5", 5)]


@pytest.mark.parametrize("text, expected", [
    ("The 40,000-plus members met for 12-plus hours.", [("40,000-plus", 40_000, True), ("12-plus", 12, True)]),
    ("He has 30+ years of service; 3+4 is seven.", [("30+", 30, True), ("3", 3, False), ("4", 4, False),
                                                    ("seven", 7, False)]),
])
def test_a_figure_with_plus_after_it_is_at_least_that(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Under Rule 12 and Proposition 64, the judges could rule 6-3.", [("6", 6), ("3", 3)]),
    ("Number three, the jet, Flight nine hundred, carried 80 people.", [("80", 80)]),
    ("It was the number one issue for 40 percent.", [("40 percent", 40)]),
])
def test_a_figure_after_a_label_names_in_digits_and_in_words(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_a_phone_number_with_its_codes_in_brackets_is_no_figure():
    text = "The consulate is at 12 Main Road; (44-20) 7946-0958. It issued 300 visas after a (3-2) vote."
    assert [(t, v) for t, v, _ in numbers(text)] == [("300", 300), ("3", 3), ("2", 2)]


@pytest.mark.parametrize("text, expected", [
    ("The fund lost nearly a quarter of a billion dollars.", [("nearly a quarter of a billion", 250_000_000)]),
    ("Three-quarters of a million fans and a third of the town came.",
     [("Three-quarters of a million", 750_000), ("a third", 0.333)]),
])
def test_a_fraction_of_a_scale_word_is_one_amount(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Nearly a half million homes and a quarter-billion dollars were lost.",
     [("Nearly a half million", 500_000), ("a quarter-billion", 250_000_000)]),
    ("A half century later, a third of them left.", [("A half", 0.5), ("a third", 0.333)]),
])
def test_a_fraction_before_a_scale_word_scales_it(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Fans visit 221B Baker Street and Room 12B every day, 30 of them.", [("30", 30)]),
    ("The lab released a 70B model and a 5K race raised 40M yen.",
     [("70B", 70_000_000_000), ("5K", 5000), ("40M", 40_000_000)]),
])
def test_a_capital_against_a_house_or_room_number_is_its_letter_not_a_scale(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Four-fifths of the board and three-fourths of voters agreed.", [("Four-fifths", 0.8), ("three-fourths", 0.75)]),
    ("Nine-tenths of the land, one-sixth of the budget and an eighth of an inch.",
     [("Nine-tenths", 0.9), ("one-sixth", 0.167), ("an eighth", 0.125)]),
    ("She is an eighth grader seeking a sixth title after a fourth- or fifth-place finish.", []),
])
def test_fractions_with_any_numerator_below_the_denominator(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_a_dash_after_a_percent_sign_joins_a_range_rather_than_negating():
    result = analyze("The measure passed 55%-45%, though it fell to -2% in May.", "2025-01-10").numbers
    assert [(n.text, n.value, n.counts) for n in result] == [("55%", 55, None), ("45%", 45, None), ("-2%", -2, None)]


@pytest.mark.parametrize("text, expected", [
    ("Police said three or four hundred marchers and two to three dozen officers were there.",
     [("three", 300), ("four hundred", 400), ("two", 24), ("three dozen", 36)]),
    ("It took five or six hours to count one or two million ballots.",
     [("five", 5), ("six", 6), ("one", 1_000_000), ("two million", 2_000_000)]),
])
def test_a_range_in_words_shares_its_scale_word(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_a_precinct_and_school_grades_are_labels():
    text = "Volunteers in precinct 42 tested pupils in grades 3 through 8 at 12 schools; read pages 4-6."
    assert [(t, v) for t, v, _ in numbers(text)] == [("12", 12)]


@pytest.mark.parametrize("text, expected", [
    ("A dozen or so aides and 30-odd reporters met 200-some delegates.",
     [("A dozen or so", 12, True), ("30-odd", 30, True), ("200-some", 200, True)]),
    ("Ten or more people paid $40 or less; one or more of them left.",
     [("Ten or more", 10, True), ("$40 or less", 40, True), ("one or more", 1, True)]),
    ("Sales rose 10 or 12 percent, 5 or more than 8.", [("10", 10, False), ("12 percent", 12, False),
                                                        ("5", 5, False), ("more than 8", 8, True)]),
])
def test_words_after_a_figure_can_make_it_approximate(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The pension gap could reach $4T by 2040.", [("$4T", 4e12, False)]),
    ("Hauliers banned the 40t lorries.", [("40", 40, False)]),
    ("The fund raised $6 bln and then $1.1trn.", [("$6 bln", 6e9, False), ("$1.1trn", 1.1e12, False)]),
    ("The scheme would cost $30-plus trillion.", [("$30-plus trillion", 30e12, True)]),
    ("The app has 400-odd million users.", [("400-odd million", 400e6, True)]),
])
def test_scale_letters_of_money_and_an_approximator_before_the_scale(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fares rose 2, 4 and 6 percent on the three lines.",
     [("2", 2, "%"), ("4", 4, "%"), ("6 percent", 6, "%"), ("three", 3, None)]),
    ("Seats sell for $1, $2, or $5 million a year.",
     [("$1", 1e6, "$"), ("$2", 2e6, "$"), ("$5 million", 5e6, "$")]),
    ("The bids were $400,000, $700,000 and $2 million.",
     [("$400,000", 400_000, "$"), ("$700,000", 700_000, "$"), ("$2 million", 2e6, "$")]),
    ("Two firms paid $5 and $90 million.", [("Two", 2, None), ("$5", 5, "$"), ("$90 million", 90e6, "$")]),
])
def test_a_list_shares_the_unit_and_scale_of_its_last_item(text, expected):
    assert [(n.text, n.value, n.unit) for n in analyze(text, "2025-01-10").numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("The 6-foot-4 goalkeeper, 25, signed on Monday.", [("6-foot-4", 6.333, "feet"), ("25", 25, None)]),
    ("She is five-foot-six and runs 10 miles a day.", [("five-foot-six", 5.5, "feet"), ("10", 10, "miles")]),
    ("A 7-foot-1-inch rookie joined.", [("7-foot-1-inch", 7.083, "feet")]),
])
def test_a_height_in_feet_and_inches_is_one_figure(text, expected):
    assert [(n.text, n.value, n.unit) for n in analyze(text, "2025-01-10").numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("Engineers praised the 68040 processor and its 3 cores.", [("3", 3)]),
    ("The carrier flew a 767 jetliner and 12 jets.", [("12", 12)]),
    ("The dealer sold 1 car and 4 trucks.", [("1", 1), ("4", 4)]),
    ("They parked in a 2 car garage.", [("2", 2)]),
])
def test_a_figure_before_a_noun_a_maker_numbers_names_a_model(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Nearly four-million voters and one-hundred clerks took part.",
     [("Nearly four-million", 4e6), ("one-hundred", 100)]),
    ("She built a three-million-member network.", [("three-million", 3e6)]),
])
def test_a_number_in_words_joined_to_its_scale_by_a_hyphen(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Crews cleared a 2,400-mile pipeline and a 12-foot fence.", [("2,400", 2400, "mile"), ("12", 12, "foot")]),
    ("A 20-kg sack and a 2-in-1 printer.", [("20", 20, "kg"), ("2-in-1", 2.0, None)]),
])
def test_a_unit_joined_to_its_figure_by_a_hyphen(text, expected):
    assert [(n.text, n.value, n.unit) for n in analyze(text, "2025-01-10").numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("The clinic sees 2,500 a year, up from nine a year ago.", [("2,500", 2500, None), ("nine", 9, None)]),
    ("The vote took half an hour after 2 days.", [("half", 0.5, "hour"), ("2", 2, "day")]),
])
def test_a_figure_per_unit_of_time_is_no_duration(text, expected):
    assert [(n.text, n.value, n.unit) for n in analyze(text, "2025-01-10").numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("The carrier ordered 12 Airbus 330-300 jets and two MD-11-90 freighters.", [("12", 12), ("two", 2)]),
    ("The council voted 7-2 and the match ended 3-0.", [("7", 7), ("2", 2), ("3", 3), ("0", 0)]),
])
def test_a_figure_joined_by_a_hyphen_to_a_name_goes_on_the_name(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Profit fell in the 1994 second quarter after 1800 years of growth.", [("1800", 1800)]),
    ("A 1500-year-old bell rang.", [("1500", 1500)]),
])
def test_a_year_before_an_ordinal_that_is_also_a_unit_is_a_year(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_a_currency_word_joined_by_a_hyphen_is_the_amount_s_unit():
    found = analyze("Drivers face a 200-euro fine or a ten-dollar fee.", "2025-01-10").numbers
    assert [(n.text, n.value, n.unit) for n in found] == [("200", 200, "€"), ("ten", 10, "$")]


@pytest.mark.parametrize("text, expected", [
    ("Ministers left the Club of 30 summit, and the Gang of Six plan stalled.", []),
    ("The Bank of Ruritania has 40 branches in a City of two million.", [("40", 40), ("two million", 2e6)]),
    ("A panel of 12 experts met.", [("12", 12)]),
    ("The Survey of 25-to-40-year-olds is out.", [("25", 25), ("40", 40)]),
])
def test_a_figure_after_of_that_ends_a_name_is_part_of_it(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_francs_rupees_roubles_yuan_shekels_guilders_and_the_wires_dlrs_are_currencies():
    text = ("Fines of 900 Swiss francs, 5 million rupees, 80 roubles, 2 billion yuan, 40 shekels, 300 million "
            "guilders and 10 million dlrs.")
    assert [n.unit for n in analyze(text, "2025-01-10").numbers] == ["Fr", "₹", "₽", "CN¥", "₪", "ƒ", "$"]


@pytest.mark.parametrize("text, expected", [
    ("The band toured in the 1970s and 80s.", []),
    ("Voters in their 20s, 30s and 40s moved.", [("20", 20), ("30", 30), ("40", 40)]),
])
def test_tens_after_a_decade_in_a_pair_are_a_decade(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


def test_a_country_before_a_currency_word_gives_its_letters_to_the_sign():
    text = "The bid was 300 million Australian dollars, or 90 Australian cents a share, and 4 Lunar dollars."
    assert [n.unit for n in analyze(text, "2025-01-10").numbers] == ["A$", "¢", "$"]


@pytest.mark.parametrize("text, expected", [
    ("The inquiry took a year and a half and cost $2 million.",
     [("a year and a half", 1.5, "year"), ("$2 million", 2e6, "$")]),
    ("Talks ran an hour-and-a-half.", [("an hour-and-a-half", 1.5, "hour")]),
])
def test_a_unit_of_time_and_a_half_is_one_and_a_half_of_it(text, expected):
    assert [(n.text, n.value, n.unit) for n in analyze(text, "2025-01-10").numbers] == expected


def test_a_half_dozen_is_six():
    assert numbers("The firm sent a half dozen lawyers and a half-dozen clerks.") == [
        ("a half dozen", 6, False), ("a half-dozen", 6, False)]


@pytest.mark.parametrize("text, expected", [
    ("The pilgrims walked twelve miles and rested.", [("twelve", "miles")]),
    ("The dam holds 2.5 billion gallons of water.", [("2.5 billion", "gallons")]),
    ("The county sold a hundred acres to a school.", [("a hundred", "acres")]),
    ("The club built a nine-acre garden behind the hall.", [("nine", "acre")]),
    # A unit written against its digits is still one, and a word after a scale is no unit.
    ("The farm grew 40 acres and 3 million apples.", [("40", "acres"), ("3 million", None)]),
    # the wires' plurals of abbreviated units
    ("Troops found 600 kgs of fertiliser 80 kms from the border.", [("600", "kgs"), ("80", "kms")]),
])
def test_a_unit_of_measure_after_a_number_in_words_or_a_scale_is_its_unit(text, expected):
    assert [(n.text, n.unit) for n in analyze(text, None).numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("Her lead grew by 4 percentage points, nearly five percentage points in May.",
     [("4", "percentage points"), ("nearly five", "percentage points")]),
    ("The mayor holds a 6-percentage-point lead.", [("6", "percentage point")]),
    ("The bank cut its rate by 25 basis points.", [("25", "basis points")]),
    ("The firm leased 12,000 square feet for a 900-square-foot shop.",
     [("12,000", "square feet"), ("900", "square foot")]),
    ("The margin of error is 3 points.", [("3", None)]),
])
def test_a_unit_of_two_words_is_the_unit(text, expected):
    assert [(n.text, n.unit) for n in analyze(text, None).numbers] == expected


@pytest.mark.parametrize("text, counts", [
    # A word after the figure that takes a complement says something else of it.
    ("The mayor is 40 short of the 1,000 needed to pass the measure.", [None, None]),
    ("The charity gave away the $4 million raised by its volunteers.", [None]),
    ("Revenue was $9 million compared with $7 million.", [None, None]),
    # An adjective before the noun the parser left unlinked is part of what is counted.
    ("The town hired two or three permanent guards.", ["permanent guards", "permanent guards"]),
    # A fate still counts, complement or not.
    ("At least 9 died and 30 injured in the crash were taken to hospital.", [None, "injured"]),
    # "worth" is what the amount is of: the noun after its "of", or nothing
    ("The charity bought $40,000 worth of blankets and sold all $900 worth.", ["blankets", None]),
    # what a named owner has is counted, not the owner; but a count before "'s" counts the owners
    ("The suit names the firm and three Zentek's directors: Ms. Ode and Mr. Lin.", ["directors"]),
    ("Three Acme's directors quit, and the two nations' talks stalled.", [None, "nations"]),
    # a unit of two words that the parser cut at its first is counted whole
    ("The poll's margin of error is plus or minus 4.2 percentage points among likely voters.",
     ["percentage points"]),
])
def test_a_word_after_a_figure_counts_only_as_a_noun_or_what_those_counted_are(text, counts):
    assert [n.counts for n in analyze(text, None).numbers] == counts


def test_twice_counts_nothing():
    found = analyze("The senator was twice arrested and twice complained to the board.", None).numbers
    assert [(n.text, n.value, n.counts) for n in found] == [("twice", 2, None), ("twice", 2, None)]


@pytest.mark.parametrize("text, expected", [
    ("The panel backed the plan in a 6-to-3 vote.", [("6", None, None), ("3", None, "vote")]),
    ("She won a 61-to-38 percent landslide.", [("61", "%", "landslide"), ("38 percent", "%", "landslide")]),
])
def test_the_first_figure_of_a_hyphenated_score_counts_nothing_and_shares_the_unit(text, expected):
    assert [(n.text, n.unit, n.counts) for n in analyze(text, None).numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez, 38, a teacher in Fresno, said she would vote.", [("38", "year")]),
    ("The winner was Tom Baker, 71.", [("71", "year")]),
    # a name the tagger calls no person, but whose figure it takes for a time, as it does an age
    ("Okafor, 47, who runs a bakery, declined to comment.", [("47", "year")]),
    ("Brazil, 12, and Chile, 9, finished level.", [("12", None), ("9", None)]),
    # a place is no person, nor is a share of the vote an age
    ("Ohio, 18, and Iowa, 6, were close.", [("18", None), ("6", None)]),
    ("Maria Lopez, 38 percent, led the field.", [("38 percent", "%")]),
])
def test_a_number_set_off_by_commas_after_a_name_is_an_age_in_years(text, expected):
    assert [(n.text, n.unit) for n in analyze(text, None).numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("Nurses earn time and a half on holidays.", [("time and a half", 1.5)]),
    ("The union won time-and-a-half pay.", [("time-and-a-half", 1.5)]),
    ("By that time, half the crowd had left.", [("half", 0.5)]),
])
def test_time_and_a_half_is_one_and_a_half_times(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("She watched the film 17 Days on a plane and then the quiz show 90 Seconds at home.", []),
    ("She slept for 17 days on a plane.", [("17", "day")]),
    ("Governor Pledges Action In First 50 Days Of Term", [("50", "day")]),
    ('CITY PAYS 12-YEAR-OLDS FOR LITTER "The city council has been testing the plan since May," he said.',
     [("12", "year")]),
])
def test_a_figure_before_a_unit_in_title_case_in_a_lower_case_sentence_is_a_title(text, expected):
    assert [(n.text, n.unit) for n in analyze(text, None).numbers] == expected


@pytest.mark.parametrize("text, counts", [
    ("The clerk said 80 percent of the e-mails were saved.", "e-mails"),
    ("Three co-defendants pleaded guilty.", "co-defendants"),
    ("The court heard from two brothers-in-law of the victim.", "brothers-in-law"),
    ("The 9-year-old boy was found safe.", "year-old"),
    # at its start too, short of the figure
    ("The firm booked a $5 million one-time charge.", "one-time charge"),
    ("Eight coal-fired plants closed.", "coal-fired plants"),
    ("She holds a 16-point lead.", "point"),
])
def test_what_a_number_counts_is_the_whole_word_the_tokenizer_split_at_its_hyphens(text, counts):
    assert analyze(text, None).numbers[0].counts == counts


@pytest.mark.parametrize("text, expected", [
    ("Workers aged 55 to 64 saved the most.", [("55", "year"), ("64", "year")]),
    ("She retired at the age of 61 with a pension.", [("61", "year")]),
    ("The team aged 3 months had 4 staff.", [("3", "month"), ("4", None)]),
    # what a person is, turns or dies at, or is "then"
    ("By next spring Dr. Ames will be 70; she turned 69 in May.", [("70", "year"), ("69", "year")]),
    ("The poet died at 88 at home, and Mr. Hale, then 41, took over.", [("88", "year"), ("41", "year")]),
    ("Last week we were eight, and the score was 21 at halftime.", [("eight", None), ("21", None)]),
    # the bound of an age group in a poll or a rule; not of other things
    ("Voters under 30 backed her, and those 45 and over did not.", [("under 30", "year"), ("45", "year")]),
    ("Half of the members were 50 or older.", [("Half", None), ("50", "year")]),
    ("A village of under 500 hired employees over 100 days.", [("under 500", None), ("over 100", "day")]),
])
def test_a_number_after_aged_or_the_age_of_is_an_age_in_years(text, expected):
    assert [(n.text, n.unit) for n in analyze(text, None).numbers] == expected


@pytest.mark.parametrize("text, expected", [
    # surnames the tagger takes for a place or a people
    ("Police found the rifle on Monday. Brezlak, 61, was arrested at home.", [("61", "year")]),
    ("The senator posted a photo of his son, Tavish, 7, at the fair.", [("7", "year")]),
    # a state it knows has no age
    ("Kasich won Ohio, 66, and Trump took Florida, 99.", [("66", None), ("99", None)]),
])
def test_a_figure_in_commas_after_a_surname_the_tagger_calls_a_place_is_an_age(text, expected):
    assert [(n.text, n.unit) for n in analyze(text, None).numbers] == expected


@pytest.mark.parametrize("text, counts", [
    ("The clinic saw 50 patients, and 12 of them were children.", ["patients", None]),
    ("Nearly 60 percent of those asked said yes.", [None]),
    ("Two of the nurses quit.", ["nurses"]),
])
def test_a_pronoun_after_of_names_nothing_counted(text, counts):
    assert [n.counts for n in analyze(text, None).numbers] == counts


@pytest.mark.parametrize("text, counts", [
    ("In seven of eleven districts where ballots were counted, turnout fell.", ["districts", "districts"]),
    ("A survey found that 4 of 5 nurses favour the change.", ["nurses", "nurses"]),
    ("More than eight of 10 farmers in the valley were worried.", ["farmers", "farmers"]),
])
def test_a_share_of_a_counted_whole_counts_what_the_whole_counts(text, counts):
    assert [n.counts for n in analyze(text, None).numbers] == counts


@pytest.mark.parametrize("text, counts", [
    ("Of the nine nurses on the ward, five were hired in May.", ["nurses", "nurses"]),
    ("Of the 40 new recruits, 12 are women.", ["new recruits", "new recruits"]),
    ("Of course, three said no.", [None]),
])
def test_a_share_counts_the_plural_a_sentence_opens_with_after_of(text, counts):
    assert [n.counts for n in analyze(text, None).numbers] == counts


@pytest.mark.parametrize("text, counts", [
    # the parser makes the owner the object of "of", and hangs what is owned elsewhere
    ("He said some 40 of the state’s 52 delegates have wavered.", ["delegates", "delegates"]),
    ("She said about 30 of the party’s 90 members have left.", ["members", "members"]),
    ("Two of the company's directors quit.", ["directors"]),
])
def test_a_share_of_what_someone_owns_counts_what_is_owned_not_the_owner(text, counts):
    assert [n.counts for n in analyze(text, None).numbers] == counts


@pytest.mark.parametrize("text, expected", [
    ("Profit slipped to #41.2 million from about #45 million.",
     [("#41.2 million", 41_200_000, "\u00a3"), ("about #45 million", 45_000_000, "\u00a3")]),
    # a rank or a tag is no amount
    ("The #3 seed sold 2 million tickets in the #500Days drive.", [("2 million", 2_000_000, None)]),
])
def test_a_hash_before_a_scaled_amount_is_the_pound_sign_of_old_wire_text(text, expected):
    assert [(n.text, n.value, n.unit) for n in analyze(text, None).numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("The club paid 8,200 marks ($4,700) for the organ.", [("8,200", "DM", None), ("$4,700", "$", None)]),
    ("The dollar closed at 1.6100 marks and 131.20 yen.", [("1.6100", "DM", None), ("131.20", "¥", None)]),
    ("The bank lent 40 million marks to the mill.", [("40 million", "DM", None)]),
    ("The fee was 300 German marks.", [("300", "DM", None)]),
    ("She scored 18 marks on the test.", [("18", None, "marks")]),
    ("They raised 60 million Finnish markkaa.", [("60 million", "mk", None)]),
])
def test_marks_are_money_only_beside_a_scale_a_country_or_other_money(text, expected):
    """A pupil's "marks" are no currency; German marks, and Finnish markkaa, are."""
    assert [(n.text, n.unit, n.counts) for n in analyze(text, "2025-01-10").numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("Hawks outnumber doves 3-1 in the caucus.", [("3-1", 3, False)]),
    ("The measure passed by nearly 2-to-1 in the suburbs.", [("nearly 2-to-1", 2, True)]),
    ("Buyers rated it fair by a ratio of about four to one.", [("about four to one", 4, True)]),
    ("Rivals outspent the mayor 5 to 1.", [("5 to 1", 5, False)]),
    ("The council voted 6-1 for the plan.", [("6", 6, False), ("1", 1, False)]),
    ("The bank may cut rates by 0.5 to 1 percent next year.", [("0.5", 0.5, False), ("1 percent", 1, False)]),
    ("Prices rose by 3 to 1 percent.", [("3", 3, False), ("1 percent", 1, False)]),
])
def test_odds_after_a_cue_are_one_figure_without_a_lone_one(text, expected):
    """Odds after "by", "a ratio of" or a verb of outdoing are one figure, the first's; a
    vote's "6-1" stays two."""
    assert [(n.text, n.value, n.approximate) for n in analyze(text, "2025-01-10").numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("The group spent $2.4 million dollars on ads.", [("$2.4 million", "$", None)]),
    ("They passed a $900 billion dollar budget.", [("$900 billion", "$", "budget")]),
    ("It cost C$40 Canadian dollars.", [("C$40", "C$", None)]),
])
def test_a_currency_word_repeating_the_sign_before_is_no_count(text, expected):
    assert [(n.text, n.unit, n.counts) for n in analyze(text, "2025-01-10").numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("Federal agents said the suspect remains on the 10 Most Wanted List after years in hiding.", []),
    ("The chef said her diner made the 50 Best Restaurants ranking for the third time this spring.", []),
    ("Police named the ten most wanted men.", [("ten", 10)]),
])
def test_a_figure_before_a_superlative_in_capitals_names_a_title(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The plan failed for two reasons: 1) cost and 2) delay.", [("two", 2)]),
    ("The mayor 1) raised taxes, 2) cut 40 jobs and 3) left.", [("40", 40)]),
    ("Voters in Ohio (45 percent) and Iowa (42) leaned left.", [("45 percent", 45), ("42", 42)]),
])
def test_counters_closing_a_bracket_none_opened_within_a_line_are_a_list(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The standings held:\n\n1 Ann Lee.\n\n2 Bo Chen.\n\n3 Cy Ruiz.", []),
    ("Storm toll rises.\n\n3 people died.\n\nOfficials said 40 homes burned.", [("3", 3), ("40", 40)]),
])
def test_bare_figures_opening_lines_numbered_in_turn_are_a_list(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Our weekly poll:\n\n1. Ann Lee (Last week: 2.)\n\n2. Bo Chen (1.)\n\n3. Cy Ruiz (3.)", []),
    ("The mayor spoke. (The council has 12.)", [("12", 12)]),
])
def test_a_rank_in_brackets_on_a_numbered_line_is_no_figure(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The mayor named two wins—1. Cleaner parks 2. Safer roads. She was pleased.", [("two", 2)]),
    ("The fund rose to 2. Traders cheered and 40 firms joined.", [("2", 2), ("40", 40)]),
])
def test_counters_with_a_full_stop_numbered_in_turn_within_a_line_are_a_list(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected


@pytest.mark.parametrize("text", [
    "The talks will drag on over the next three-plus months, aides said.",
    "The crew has worked for the past six-plus weeks without a break.",
])
def test_a_plus_after_a_figure_is_not_what_it_counts(text):
    assert [n.counts for n in analyze(text, "2025-01-10").numbers] != ["plus"]


@pytest.mark.parametrize("text, expected", [
    ("Sales passed the 900 mark and the stock fell below the $12 level.", [None, None]),
    ("The club needs a 40 percent threshold; it has 300 members.", [None, "members"]),
])
def test_a_figure_a_noun_names_as_a_value_counts_nothing(text, expected):
    assert [n.counts for n in analyze(text, "2025-01-10").numbers] == expected


@pytest.mark.parametrize("text, expected", [
    ("The firm will sell 586-based laptops to 40 schools.", [("40", 40)]),
    ("Acme shipped 12 cloud-based tools.", [("12", 12)]),
])
def test_bare_digits_something_is_based_on_name_it(text, expected):
    assert [(t, v) for t, v, _ in numbers(text)] == expected
