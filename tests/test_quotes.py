"""Quotes: spans of direct speech and who said them."""
import pytest

from nutgraf.analysis.pipeline import analyze
from nutgraf.analysis.quotes import find_spans

pytestmark = pytest.mark.model  # every test here, or most, runs spaCy


def quotes(text, ref=None):
    result = analyze(text, ref)
    return [(q.text, q.speaker_name, q.speaker) for q in result.quotes], result


def test_pronoun_speaker_after_the_quote_resolves_to_the_person():
    text = ("Health minister Anna Berg visited the hospital on Monday. "
            "\u201cWe will hire 500 nurses this year,\u201d she said.")
    found, result = quotes(text)
    assert found == [("We will hire 500 nurses this year,", "Anna Berg", result.actors[0].id)]
    q = result.quotes[0]
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "she"


def test_speaker_before_a_colon_and_straight_quotes():
    text = 'Union leader Tom Reed said: "Our members have had enough of waiting."'
    found, _ = quotes(text)
    assert found[0][:2] == ("Our members have had enough of waiting.", "Tom Reed")


def test_quote_running_over_two_paragraphs_keeps_its_speaker():
    text = ("Lawyer Sam Ortiz said: \u201cThe ruling is a victory for every tenant in the city.\n"
            "\u201cIt shows that landlords cannot ignore the law.\u201d\n"
            "The landlord did not respond.")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Sam Ortiz", "Sam Ortiz"]
    assert found[0][0] == "The ruling is a victory for every tenant in the city."
    assert found[1][0] == "It shows that landlords cannot ignore the law."


def test_partial_quote_inside_a_sentence_with_cue_before():
    text = "The minister called the report \u201ca deeply flawed document\u201d on Tuesday."
    found, _ = quotes(text)
    assert found == [("a deeply flawed document", "The minister", None)]


def test_according_to_names_the_speaker():
    text = ("According to Maria Silva, the project was \u201cnever properly funded by the city\u201d.")
    found, _ = quotes(text)
    assert found[0][1] == "Maria Silva"


def test_non_actor_source_is_kept_as_speaker_span():
    text = "\u201cThe agency has no authority here,\u201d the order states."
    found, result = quotes(text)
    q = result.quotes[0]
    assert q.speaker is None
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "the order"


def test_scare_quotes_and_titles_are_not_speech():
    text = ("Critics fear a \u201cglobal court\u201d could prosecute officials. "
            "Families watched \u201cDead Poets Society\u201d during the strike, one mother said.")
    found, _ = quotes(text)
    assert found == []


def test_unclosed_quote_at_paragraph_end_is_cut_there():
    text = "He said \u201cthis never ends\nNext paragraph without quotes."
    spans = find_spans(text)
    assert [(text[q.start:q.end], q.open_at_end) for q in spans] == [("this never ends", True)]


def test_straight_inch_marks_do_not_open_quotes():
    text = 'The screen is 12" wide and "very bright," the reviewer said.'
    spans = find_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["very bright,"]


def test_relative_pronoun_speaker_is_the_noun_it_refers_to():
    text = ("The lone dissenting vote came from Councilman Gary Whitfield, who said the city "
            "should not be \u201cin the movie business.\u201d")
    found, _ = quotes(text)
    assert found[0][:2] == ("in the movie business.", "Gary Whitfield")


def test_pronoun_prefers_the_subject_of_its_clause_over_a_nearer_name():
    text = ("Harbour Holdings, which is owned by Meridian Terminals, said it had made an offer it "
            "described as \u201cfair and generous to all staff\u201d.")
    found, _ = quotes(text)
    assert found[0][1] == "Harbour Holdings"


def test_spokesperson_for_an_actor_speaks_for_it():
    text = ("Apple rejected the claim on Monday. \u201cWe remain open to talks at any time,\u201d "
            "a spokesperson for the company said.")
    found, _ = quotes(text)
    assert found[0][1] == "Apple"


def test_a_family_speaks_for_itself_not_as_the_person_named():
    text = ("Jamie Fletcher, 24, died at the scene. In a statement, the family of Jamie Fletcher "
            "said: \u201cJamie was the heart of our family and we miss him.\u201d")
    found, result = quotes(text)
    q = result.quotes[0]
    assert q.speaker is None
    assert text[q.speaker_span[0]:q.speaker_span[1]].startswith("the family")


def test_quote_held_by_a_verb_that_is_no_cue_takes_its_subject():
    text = ("Maria Gomez has worked nights for 19 years. When the hospital hung banners, "
            "she found the gesture \u201cwell meant, but a little insulting\u201d.")
    found, _ = quotes(text)
    assert found[0][:2] == ("well meant, but a little insulting", "Maria Gomez")


@pytest.mark.parametrize("text", [
    pytest.param('Liu said the theater would open with a free screening of "It\'s a Wonderful Life," the 1946 film.',
                 id="a title with a comma inside the marks"),
    pytest.param("Like Israel, the US is not among the court's 124 members and has long harboured suspicions that a "
                 "\u201cglobal court\u201d could prosecute US officials.", id="a short quote held by no cue verb"),
    pytest.param("Most of the files were stored at the \u201csecret\u201d level, the agency said. The \u201cgreen "
                 "lane\u201d scheme ended in May, officials said.", id="a word or two modifying a noun, under a cue"),
    pytest.param("The council hit back with a second pamphlet, entitled \u201cOur harbour plan is not too costly. "
                 "It is overdue.\u201d", id="a sentence titling a work"),
    pytest.param("Ana Ruiz and Tom Bell argued over taxes at the forum, shaking up what is called a \u201cdebate\u201d "
                 "but usually turns into a string of speeches.", id="a passive naming verb with no one naming"),
    pytest.param("Ruiz could be celebrating being dubbed the \u201cpresumptive nominee\u201d as the count goes on.",
                 id="dubbed, with no one dubbing"),
    pytest.param("She later starred in the cable movie \u201cTornado Sheep 2: Oh No!\u201d",
                 id="a title after its work noun"),
])
def test_words_in_marks_that_are_no_quote(text):
    found, _ = quotes(text)
    assert found == []


def test_short_quote_said_by_the_cue_or_in_its_reported_clause_is_speech():
    text = ("The mayor called the plan \u201creckless\u201d on Monday. Protesters chanted \u201cShame!\u201d "
            "outside. The leaders included Gov. Tom Smith, who called their son \"an American hero.\" "
            "Smith said the delay was \u201cdeeply worrying\u201d for families.")
    found, _ = quotes(text)
    assert [f[0] for f in found] == ["reckless", "Shame!", "an American hero.", "deeply worrying"]


def test_according_to_wins_over_the_verb_holding_the_quote():
    text = ("Karen Liu runs the trust. The restored Rialto Theater will be \u201ca living room for "
            "the whole town,\u201d according to Liu.")
    found, _ = quotes(text)
    assert found[0][1] == "Karen Liu"


def test_quote_in_a_verb_joined_to_a_reported_promise_is_the_reporters():
    text = ("Housing minister Raj Malhotra criticised the plan, saying Ottawa had promised 12,000 "
            "units by December and had delivered \u201ca fraction of that.\u201d")
    found, _ = quotes(text)
    assert found[0][:2] == ("a fraction of that.", "Raj Malhotra")


def test_statement_issued_by_an_office_speaks_for_whoever_issued_it():
    text = ("Nina Berg met the board on Monday. Berg's office later issued a statement saying "
            "the minister \u201cstands by every figure she cited\u201d after the meeting.")
    found, _ = quotes(text)
    assert found[0][:2] == ("stands by every figure she cited", "Nina Berg")


def test_nyt_archive_marks_two_apostrophes_and_backticks():
    text = ("''We finally may be seeing some wage growth,'' said Jared Bernstein, an economist. "
            "Mr. Bernstein added that ``nobody should cheer too early.''")
    found, _ = quotes(text)
    assert found[0][:2] == ("We finally may be seeing some wage growth,", "Jared Bernstein")
    assert found[1][:2] == ("nobody should cheer too early.", "Jared Bernstein")


def test_nested_single_quotes_stay_inside_the_quote():
    text = ("''They say the country is on the 'wrong track,' and they mean it,'' "
            "said Ann Lee, a pollster.")
    found, _ = quotes(text)
    assert found == [("They say the country is on the 'wrong track,' and they mean it,",
                      "Ann Lee", found[0][2])]


def test_question_ending_the_quote_keeps_the_cue_after_it():
    text = "\u201cWhy now?\u201d Tom Reyes asked reporters."
    found, _ = quotes(text)
    assert found[0][:2] == ("Why now?", "Tom Reyes")


def test_she_resolves_to_the_woman_not_the_nearer_man():
    text = ("Jane Doe met voters in Ohio on Monday and said her plan was ready. Mr. Tom Smith "
            "spoke later. "
            "\u201cWhy now, after all these years?\u201d she asked.")
    found, _ = quotes(text)
    assert found[0][1] == "Jane Doe"


def test_pronoun_opening_a_sentence_continues_the_person_talked_about():
    text = ("Don Fowler said the party should prepare. He added a note of caution, should "
            "Hillary Clinton return too soon.\n\n\u201cShe better get well before she gets back "
            "out there,\u201d he said.")
    found, _ = quotes(text)
    assert found[0][1] == "Don Fowler"


def test_paragraph_ending_in_a_colon_introduces_the_next_paragraphs_quote():
    text = ("Senator Ted Cruz spoke at the debate. Cruz continued:\n\n"
            "\u201cYou look at the questions. Nobody at home cares about them.\u201d")
    found, _ = quotes(text)
    assert found[0][1] == "Ted Cruz"


@pytest.mark.parametrize("text, speaker", [
    ("The ad opens on a dark screen. \u201cThey know the mayor is the only one strong enough to fix the "
     "roads,\u201d a voice-over in the ad states.", "a voice-over in the ad"),
    ('"Today, the city is one of the safest places in the region," the Wardens state in the annual report, '
     "which was shared with the council on Thursday.", "the Wardens"),
])
def test_cue_taken_for_a_noun_after_a_longer_subject_or_before_a_phrase(text, speaker):
    found, result = quotes(text)
    q = result.quotes[0]
    assert text[q.speaker_span[0]:q.speaker_span[1]] == speaker


@pytest.mark.parametrize("text, speaker", [
    pytest.param("Donald Marsh spoke on Monday. In a Fox interview later that day, Marsh went even further: "
                 "\u201cIf he goes forward and loses, it\u2019s the end of his career.\u201d", "Donald Marsh",
                 id="colon label whose verb the parser hung from the quote"),
    pytest.param("The vote was close. As if answering the mayor directly, the Riverside County Board of Elections "
                 "was conclusive in its written findings last week: \u201cFurther review of this matter is not "
                 "needed.\u201d", "Riverside County Board of Elections", id="long colon label"),
    pytest.param("\u201cEveryone told her the merger would fail, and she set out to prove them wrong,\u201d "
                 "remembered Paul Greer, the firm\u2019s former spokesman.", "Paul Greer", id="remembered"),
    pytest.param('"That was a fine speech you gave last night, Mr. President," Representative Tom Hale, Democrat '
                 "of Ohio, told Mr. Barrow as he stopped to have his picture taken.", "Tom Hale",
                 id="speaker in apposition to the quote's last words, not the one told"),
    pytest.param("But Sen. Richard J. Doyle (D-Ill.), noting the size of Mills's following, said, \"Let me tell "
                 'you, he has got a heck of an email list."', "Richard J. Doyle",
                 id="cue the parser set beside a participle"),
    pytest.param("\u201cThe wall is not negotiable.\u201d\n\n\u201cWould it be negotiable for the farm "
                 "workers?\u201d Hannah Price pressed.", "Hannah Price", id="pressed"),
    pytest.param("The governor spoke about the budget.\n\n\u201cHe said the budget is balanced. Is it? Where is "
                 "the money?\u201d reacted Tom Reyes.", "Tom Reyes", id="reacted"),
    pytest.param("\u201cThe council has ignored the flooding for years,\u201d Omar Pike said. "
                 "His blunt summary: \u201cIt is a disgrace to the town,\u201d he said.", "Omar Pike",
                 id="of two subjects of the cue the one next to it"),
    pytest.param("\u201cThe roads are a disgrace,\u201d Mayor Ann Cole said. \u201cWho will fix them?\u201d\n"
                 "Later, Tom Reyes claimed that the money had been spent on the bridge.", "Ann Cole",
                 id="a question ending the paragraph, not the subject of the next one"),
    pytest.param("Polls moved. \u201cSmith needs a plan for the suburbs and for the rural towns in the north,\u201d "
                 "Nate Berg, the polling analyst who founded pollcheck.com tweeted on Wednesday.", "Nate Berg",
                 id="a relative clause left open up to the cue"),
    pytest.param("Defense Secretary Tom Carter spoke in Singapore.\n\nCarter said that for years some critics had "
                 "been predicting a retreat from the region, but this would not happen.\n\n\u201cThat is because "
                 "this region is home to half of the world and its trade.\u201d", "Tom Carter",
                 id="reported speech introducing the quote: who reports, not whom the report cites"),
    pytest.param("Mayor Tom Hale said the town had lost its way. \u201cThe town will always be the town,\u201d "
                 "an angry Ana Ruiz retaliated.", "Ana Ruiz", id="retaliated"),
    pytest.param("Residents spotted an opportunity.\n\n\u201cTraffic recap,\u201d tweeted council spokesman Alex "
                 "Moran. \u201cThe mayor: I come from the 60s.\u201d", "Alex Moran",
                 id="a title the parser breaks up between the cue and the name"),
    pytest.param("Officials say the plan is simple.\n\nWhat \u201cgo after them\u201d actually means is left to "
                 "voters, since Ron Tate spoke only in bromides during the interview.\n\n\u201cWe have to do "
                 "something and it is the only way you stop it.\u201d", "Ron Tate",
                 id="reported speech with scare quotes in it"),
    pytest.param("The party won the vote.\n\nAppearing before supporters on Monday, Ana Ruiz said it was too early "
                 "to celebrate but added, \u201cI think you all have an idea of the results.\u201d", "Ana Ruiz",
                 id="a cue the parser joins to the clause another cue reports"),
    pytest.param("The mayor spoke on the radio.\n\nAna Ruiz said the move was made by police chief Tom Bell and said, "
                 "\u201cWho are you going to trust on keeping people safe?\u201d", "Ana Ruiz",
                 id="a cue joined to a reported passive, not its agent"),
    pytest.param("The debate was heated.\n\nAna Ruiz noted that Tom Bell had criticised the mayor in the past and "
                 "called the mayor \u201cweak and disappointing.\u201d", "Tom Bell",
                 id="but a cue joined to a reported clause of someone who can speak is theirs"),
])
def test_the_last_quote_goes_to_its_speaker(text, speaker):
    found, _ = quotes(text)
    assert found[-1][1] == speaker


def test_quote_opening_with_a_space_inside_its_mark_continues_the_speaker():
    text = ("\u201cParents are terrified for their kids,\u201d Ana Ruiz said. "
            "\u201c You know, that broken sense of the future is real.\u201d")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Ana Ruiz", "Ana Ruiz"]
    assert find_spans(text)[1].marks == (2, 1)


def test_label_line_names_the_speaker():
    text = ("Reactions poured in online.\n\nMeghan McCain, Twitter: \u201cThis is a disgrace to "
            "the whole party.\u201d")
    found, _ = quotes(text)
    assert found[0][:2] == ("This is a disgrace to the whole party.", "Meghan McCain")


def test_vox_pop_signature_after_a_dash():
    text = ("Readers wrote in.\n\u201cHe is someone no sane person would vote for.\u201d "
            "\u2015 Carla Mendez\n\u201cWe can do much better than this.\u201d \u2015 Steve Quinn.")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Carla Mendez", "Steve Quinn"]


def test_subject_parsed_inside_the_quote_is_not_the_speaker():
    text = ("\u201cHe would be a great senator. One of the brightest members of Congress,\u201d "
            "Rep. Elijah E. Cummings said in a phone interview.")
    found, _ = quotes(text)
    assert found[0][1] == "Elijah E. Cummings"


def test_footage_of_someone_saying_credits_that_person():
    text = ("The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I 50 points "
            "ahead, you might ask?\u201d")
    found, _ = quotes(text)
    assert found[0][1] == "Hillary Clinton"


def test_cue_verbs_and_phrases_come_from_the_lexicon():
    text = ("\u201cWe cannot wait another year for this,\u201d Maria Lopez implored the council. "
            "\u201cThe numbers simply do not add up,\u201d Ben Ode pointed out.")
    found, _ = quotes(text)
    assert [(f[1]) for f in found] == ["Maria Lopez", "Ben Ode"]


def test_single_curly_quotes_in_a_paragraph_without_double_marks():
    text = ("Minister Jane Hill spoke in Leeds on Monday.\n"
            "\u2018We will not back down on this plan,\u2019 she said. "
            "\u2018It\u2019s the right thing to do.\u2019")
    found, _ = quotes(text)
    assert [f[:2] for f in found] == [("We will not back down on this plan,", "Jane Hill"),
                                      ("It\u2019s the right thing to do.", "Jane Hill")]


def test_closing_curly_mark_used_to_open():
    text = "Getty.\n\u201dFear. I am truly afraid of what comes next.\u201d \u2015 Edwin Monroy"
    assert [text[q.start:q.end] for q in find_spans(text)] == ["Fear. I am truly afraid of what comes next."]


def test_markup_attribute_values_are_not_quotes():
    text = ('The site rated it. <tweet author="@factcheck" note="So we rate it Mostly True.">'
            'Sanders said that \u201cthe real rate is 51 percent.\u201d<tweet/>')
    assert [text[q.start:q.end] for q in find_spans(text)] == ["the real rate is 51 percent."]


def test_reported_speech_paragraph_introduces_the_next_paragraphs_quote():
    text = ("Donald Trump spoke to Sean Hannity on Monday. Trump was quick to add that the "
            "negotiation does not include dropping the idea.\n\n"
            "\u201cBuilding it? Not negotiable at all, believe me.\u201d")
    found, _ = quotes(text)
    assert found[0][1] == "Donald Trump"


def test_no_cue_and_no_introduction_leaves_the_quote_unattributed():
    text = ("Donald Trump spoke in Ohio. The crowd cheered for an hour.\n\n"
            "\u201cBuilding it? Not negotiable at all, believe me.\u201d")
    found, _ = quotes(text)
    assert found[0][1:] == (None, None)


def test_hard_wrapped_text_keeps_a_quote_whole_across_line_breaks():
    import textwrap
    paras = ["The council met on Monday to discuss the bridge over the river, which has been "
             "closed since the spring floods damaged its supports.",
             "The mayor said the repairs would start in May. \u201cWe have waited long enough "
             "for this bridge and the people of the east side deserve to have it back before "
             "the winter,\u201d she said after the vote."]
    text = "\n\n".join(textwrap.fill(p, 60) for p in paras)
    spans = find_spans(text)
    assert [" ".join(text[q.start:q.end].split()) for q in spans] == [
        "We have waited long enough for this bridge and the people of the east side deserve "
        "to have it back before the winter,"]
    _, result = quotes(text)
    q = result.quotes[0]
    assert (q.cue, text[q.speaker_span[0]:q.speaker_span[1]]) == ("say", "she")


def test_by_saying_credits_the_subject_of_the_verb_above():
    text = ("President Barack Obama spoke on Tuesday. Obama punctuated his list by saying "
            "\u201cToo many.\u201d The audience followed him.")
    found, _ = quotes(text)
    assert found[0][:2] == ("Too many.", "Barack Obama")


def test_relative_pronoun_is_the_attribution_and_the_noun_before_it_the_speaker():
    text = ("The ceremony featured celebrities like Oprah Winfrey, Will Smith and Stevie Wonder, "
            "who joked of the museum, \u201cI haven\u2019t seen it yet, but I\u2019m going to.\u201d")
    found, result = quotes(text)
    q = result.quotes[0]
    assert (q.speaker_name, text[q.speaker_span[0]:q.speaker_span[1]]) == ("Stevie Wonder", "who")


def test_someone_elses_strategist_is_not_the_person_named():
    text = ("David Axelrod criticised Howard Dean on Wednesday. \u201cMy reaction, that was "
            "outrageous,\u201d Barack Obama's former campaign strategist said in an interview.")
    _, result = quotes(text)
    q = result.quotes[0]
    assert q.speaker is None
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "Barack Obama's former campaign strategist"


def test_a_name_in_apposition_to_the_noun_is_the_speaker():
    text = ("Campaign group Clean Tamsey filmed the discharges. \u201cTheir return is good news, "
            "but the river is not fit for swimming,\u201d said its founder, Raj Patel.")
    found, _ = quotes(text)
    assert found[0][1] == "Raj Patel"


def test_a_relative_clause_after_the_speakers_name_names_no_speaker():
    text = ("\u201cWe are treating the month as one long Election Day,\u201d said Rubio\u2019s deputy "
            "campaign manager, Rich Beeson, who oversaw Mitt Romney\u2019s ground game.")
    found, _ = quotes(text)
    assert found[0][1] == "Rich Beeson"


def test_a_name_the_tagger_missed_set_beside_the_speaking_noun_is_the_speaker():
    text = ("\u201cWe are treating the month as one long election day,\u201d said the campaign\u2019s deputy "
            "manager, Ana Ruiz, who oversaw the ground game.")
    found, result = quotes(text)
    assert found[0][1] == "Ana Ruiz"
    assert next(a for a in result.actors if a.name == "Ana Ruiz").kind == "person"


def test_inverted_said_label_and_reported_speech_before_a_quote():
    text = ("Ryan Ellis is a tax expert. The plans would make the code more complicated. "
            "Said Ellis: \u201cI don\u2019t get the sense she is interested in tax reform.\u201d\n"
            "Rep. Adam Schiff spoke on Thursday. The administration may be reluctant to act, "
            "Schiff said. \"The other factor the administration may be considering is the "
            "appearance.\"")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Ryan Ellis", "Adam Schiff"]


def test_pronoun_opening_the_next_sentence_tells_the_gender():
    text = ("Senator Ana Ortiz noted the rule in an interview last week. She said fathers would not "
            "be eligible. Carmel Martin of a liberal think tank criticised the plan. "
            "Mr. Tom Reid agreed with Martin.\n\n"
            "\u201cThe number of households led by single mothers has doubled,\u201d she wrote.")
    found, _ = quotes(text)
    assert found[0][1] == "Ana Ortiz"


def test_definite_description_names_the_actor_so_described_before():
    text = ("Twenty years ago, a Times article hailed the developer as a comeback kid. "
            "\u201cBusiness leaders honored the developer yesterday,\u201d the article read.\n"
            "A memorable Hillary Clinton ad questioned Barack Obama. As a phone rang, the "
            "announcer said, \u201cIt is 3 a.m., and your children are safe and asleep.\u201d")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Times", "the announcer"]
    assert found[1][2] is None


def test_pronoun_takes_up_the_speaker_of_the_last_attribution():
    text = ("Twenty years ago, a Times article hailed the developer as a comeback kid. "
            "\u201cBusiness leaders honored the developer yesterday,\u201d the article read in "
            "its report on New York City.\n"
            "\u201cThe developer has erased much of his debt,\u201d it added.")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Times", "Times"]


def test_they_takes_up_two_people_named_jointly():
    text = ("Critics of the plan, like Senators Maria Cantwell, Democrat of Washington, and "
            "John Thune, Republican of South Dakota, want a new vote. They sent a letter on "
            "Friday to the Housing Council.\n"
            "\u201cThe plan has failed the families it was meant to help,\u201d they wrote.")
    found, _ = quotes(text)
    assert found[0][1] in ("Maria Cantwell", "John Thune")


def test_pronoun_takes_up_a_person_named_in_a_quoted_excerpt():
    text = ("Reporter Tom Hale profiled a voter for the Herald. Hale wrote:\n\n"
            "\"Linda Moreno had driven four hours to the rally in the rain. She did not mind the "
            "cold. She had waited for this night since the spring, when the campaign first came "
            "to her town.\"\n\n"
            "\u201cIt was worth every mile,\u201d she said after the speech.\n")
    found, _ = quotes(text)
    assert found[-1][:2] == ("It was worth every mile,", "Linda Moreno")


def test_the_union_names_an_association_named_before():
    text = ("The Federation of Harbour Pilots backed the port plan on Monday after a long "
            "dispute with the city.\n"
            "\u201cOur members can now return to work with a clear conscience,\u201d the union said.")
    found, _ = quotes(text)
    assert found[0][1] == "Federation of Harbour Pilots"


def test_age_epithet_takes_up_the_person_talked_about():
    text = ("Council leader Rosa Diaz backed the library plan at a meeting on Tuesday. She said "
            "the branch in Eastfield would stay open, and when pressed on the cost, the "
            "52-year-old grandmother replied, \u201cWe will find the money in the roads budget.\u201d")
    found, _ = quotes(text)
    assert found[0][:2] == ("We will find the money in the roads budget.", "Rosa Diaz")


def test_speech_paragraph_without_a_cue_lends_no_antecedent():
    text = ("Analyst Brent Cole spoke to reporters on Monday.\n\n"
            "\u201cFirst, the party needs a plan,\u201d Cole says.\n\n"
            "\u201cThe establishment keeps telling voters that Ted Cruz will be damaging to the "
            "party brand in every state this year and the next.\u201d\n\n"
            "\u201cThere were those of us who felt otherwise,\u201d he notes.")
    found, _ = quotes(text)
    assert found[-1][:2] == ("There were those of us who felt otherwise,", "Brent Cole")


@pytest.mark.parametrize("text, speaker", [
    # The parser makes the day the subject of "said", and the party and state in brackets
    # the phrase before it: both were taken for the speaker.
    ("Leahy: Governor Is a \u2018Proven Failure\u2019 in Business.\n\nSaturday at the Vermont Democratic "
     "state\u2019s party convention Sen. Pat Leahy (D-VT) said presumptive Republican gubernatorial nominee "
     "Phil Scott was a \u201cproven failure\u201d in business.", "Pat Leahy"),
    ("Carson noted that Tuesday would have been Lincoln\u2019s birthday and quoted Lincoln\u2019s "
     "\u201chouse divided\u201d line.", "Carson"),
    ("The debate went on for weeks.\n\nCritics (mostly men, but also some women) are keen on telling women to stop "
     "\u201cmoaning\u201d in meetings.", "Critics"),
])
def test_a_day_or_a_bracketed_party_and_state_is_no_speaker(text, speaker):
    found, result = quotes(text)
    assert [name for _, name, _ in found] == [speaker]
    q = result.quotes[0]
    assert text[q.speaker_span[0]:q.speaker_span[1]] == speaker


def test_a_quote_signed_on_a_line_of_its_own_below_it():
    text = ("The council met on Tuesday to discuss the flood.\n\n"
            "\"We will rebuild the bridge by spring, whatever the cost to the town.\"\n\n"
            "- Mayor Ana Lopez, at the council meeting.\n\n"
            "\"Nobody here has ever seen the river rise this fast in a single night.\"\n\n"
            "\u2013 A town under water \u2013.\n\nThe river rose two metres overnight.")
    found, result = quotes(text)
    # The second is followed by a subheading between dashes, which signs nothing.
    assert [name for _, name, _ in found] == ["Ana Lopez", None]
    assert text[slice(*result.quotes[0].speaker_span)] == "Ana Lopez"


@pytest.mark.parametrize("text, speaker", [
    # The participle hangs on the ones spoken to, who were taken for the speaker.
    ("After the vote, the union sent a text message to members saying: \"We won this together, and we "
     "will keep fighting for fair pay.\"", "the union"),
    ("Late on Tuesday the Kasich campaign emailed supporters saying: \"We are staying in this race until "
     "the convention in Cleveland.\"", "the Kasich campaign"),
    # But footage of someone saying it is theirs.
    ("The network aired footage of Trump saying: \"We will build the wall and Mexico will pay for it.\"", "Trump"),
])
def test_who_is_spoken_to_is_not_the_speaker(text, speaker):
    found, result = quotes(text)
    q = result.quotes[0]
    assert text[q.speaker_span[0]:q.speaker_span[1]] == speaker


@pytest.mark.parametrize("text, phrase", [
    ("Bernie Sanders campaigned across Vermont on Monday. Speaking in Burlington, the Vermont senator said "
     "that \"we are going to keep fighting for working families in every state.\"", "the Vermont senator"),
    ("Ford shares rose in Detroit. The No. 1 U.S. automaker said it expects \"a strong finish to the year for "
     "every one of our trucks.\"", "The No. 1 U.S. automaker"),
])
def test_a_place_naming_where_a_speaker_is_from_is_not_the_speaker(text, phrase):
    found, result = quotes(text)
    q = result.quotes[0]
    assert q.speaker is None and text[q.speaker_span[0]:q.speaker_span[1]] == phrase


@pytest.mark.parametrize("text, phrase", [
    ("Ford shares rose in Detroit. The No. 1 U.S. automaker said it expects a strong finish to the year.",
     "The No. 1 U.S. automaker"),
    ("Bernie Sanders campaigned across Vermont on Monday. The Vermont senator said he would keep fighting.",
     "The Vermont senator"),
])
def test_reported_speech_keeps_such_a_speaker_by_the_phrase(text, phrase):
    reported = analyze(text, None).indirect_quotes
    assert [(r.speaker, text[r.speaker_span[0]:r.speaker_span[1]]) for r in reported] == [(None, phrase)]


def test_a_statement_issued_introduces_the_quote_after_a_comma():
    text = ("Immediately after the attacks, Mayor Dale Hunt issued a statement, \u201cLast night, our city was "
            "attacked by a gunman. We will not be cowed.\u201d")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Dale Hunt"]


def test_a_clause_ending_in_a_colon_introduces_the_quote_in_the_name_of_its_subject():
    text = 'Senate Majority Leader Mitch Dole delivered a blunt message to the governor: "Do not run."'
    found, result = quotes(text)
    assert [f[1] for f in found] == ["Mitch Dole"]
    q = result.quotes[0]
    assert text[q.speaker_span[0]:q.speaker_span[1]].endswith("Mitch Dole")


def test_a_clause_about_nothing_before_a_colon_names_no_speaker():
    text = ("The refugee crisis in Europe is just a coincidence, we are told. Wait, it gets better:\n\n"
            "\"By law, the president sets the number every year.\"")
    found, _ = quotes(text)
    assert [f[1] for f in found] == [None]


def test_a_cue_after_a_quote_ending_in_a_question_it_quotes():
    # The parser ends the sentence at the inner question, leaving "Bell said." on its own.
    text = ("Mayor Ann Cole spoke on Monday.\n\nTom Bell runs the food bank. He met the mayor last week.\n\n"
            "\u201cShe is the only one who came to ask us, \u2018How can we help?\u2019\u201d Bell said.\n\n"
            "Cole did not respond.")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Tom Bell"]


@pytest.mark.parametrize("cue", ["Bell is quoted as saying in the brochure", "Bell was heard saying on the tape",
                                 "Bell was quoted in the brochure"])
def test_the_one_quoted_or_heard_speaks(cue):
    text = f"Tom Bell runs the food bank in Flint.\n\n\u201cWe feed four thousand families a week,\u201d {cue}."
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Tom Bell"]


def test_the_one_told_does_not_speak():
    text = ("Tom Bell runs the food bank in Flint.\n\n"
            "\u201cYou have been the only one to ask us what we need,\u201d Bell was told.")
    found, _ = quotes(text)
    assert [f[1] for f in found] == [None]


@pytest.mark.parametrize("label, speaker", [
    ("Mayor takes blame for transit slump - Ann Cole:", "Ann Cole"),
    ("RIDERSHIP FELL MORE THAN FORECAST IN THE WINTER MONTHS, ANALYSTS SAY - Transitwatch:", "Transitwatch"),
])
def test_a_digest_item_names_its_source_after_the_headline_dash(label, speaker):
    text = (f"Transit had a bad winter.\n\n{label} \u201cRiders are staying home when the trains run late, and "
            "the agency has few answers.\u201d [Gazette.]")
    q, = analyze(text, None).quotes
    assert text[q.speaker_span[0]:q.speaker_span[1]] == speaker


def test_a_name_the_tagger_runs_over_the_cue_into_the_one_addressed_is_the_subject():
    # The tagger reads "Lopez assured Reed" as one name; the one assuring speaks.
    text = ("Tom Reed, in short, may be Maria Lopez's kind of mayor.\n\nThe mayor and the candidate met at a "
            "diner last week. \"You have my vote,\" Lopez assured Reed, after Reed promised Lopez a seat on the "
            "budget panel.")
    found, _ = quotes(text)
    assert [f[1] for f in found] == ["Maria Lopez"]


def test_a_name_after_the_cue_that_the_tagger_takes_for_an_adverb_speaks():
    text = ("Bill Scully, a longtime budget analyst, vouched for the two of them.\n\n\u201cKnowing the budget "
            "rules and having two staff who can read them is worth a lot,\u201d said Scully, explaining he spent "
            "more time with one of them.")
    q, = analyze(text, None).quotes
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "Scully"


def test_a_cue_after_the_quote_that_the_parser_reads_as_a_noun_phrase_names_its_modifier():
    # "the editorial read" is one noun phrase to the parser, with no verb to carry the quote.
    text = ("The paper backed the senator on Sunday. \u201cThe next president should show the way forward on "
            "this,\u201d the editorial read. The newspaper said it.")
    q, = analyze(text, None).quotes
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "the editorial"
