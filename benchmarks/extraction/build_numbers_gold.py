#!/usr/bin/env python3
"""Build benchmarks/extraction/numbers-real.jsonl: every number in real, openly licensed news
articles (texts in real/*.txt), annotated by hand, with every span checked against the text.

Texts: the twelve Wikinews articles of the GUM corpus's development documents (Zeldes 2017,
github.com/amir-zeldes/gum), CC BY 2.5; each record carries its Wikinews address and licence.

Conventions (those of gold.jsonl, see build_gold.py):
- required: every figure the article claims (counts, amounts, measures, percentages, scores,
  ages, durations) in digits or words, with its value; the span includes qualifiers ("about
  500 miles"); a range gives one item per bound; "one in three" is one number (0.333);
- optional (neither rewarded nor punished): ordinals ("first", "the 22nd"), ranks ("#2"),
  "one" where it is a pronoun or a determiner rather than a count ("one of the nations",
  "One poster"), vague plurals ("thousands of fans"), durations inside an expression that
  names a time ("two years ago": a date as much as a duration), idioms ("fifteen minutes of
  fame");
- not numbers at all: dates and years, clock times, numbers inside names ("Internet Explorer
  6", "501st Legion", "Studio 54", "4chan"), "no one".
Every word ordinal is optional (added below by rule), so only digit ordinals are listed.

Run:  python3 build_numbers_gold.py          (writes numbers-real.jsonl, prints every item)
"""
import json
import os
import re
import sys

from build_gold import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
LICENCE = "CC BY 2.5 (Wikinews); text from the GUM corpus, github.com/amir-zeldes/gum"
WORD_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
ORDINAL_VALUE = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split())}


def doc(id, url, ref):
    with open(os.path.join(HERE, "real", id + ".txt"), encoding="utf-8") as f:
        d = Doc(id, url, ref, [f.read()])
    DOCS.append(d)
    return d


DOCS = []

d = doc("GUM_news_afghan",
        "https://en.wikinews.org/wiki/After_visa_snags%2C_all-girl_Afghan_team_honored_for_%27courageous_achievement%27_at_international_robotics_competition",  # noqa: E501 - the article's address
        "2017-07-21")
d.num("six - member", 6)
d.num("nearly two decades", 2)
d.num("groups of [[three]]", 3)
d.num("whose [[three]] robots", 3)
d.num("scored [[one]] or", 1)
d.num("or [[two points]]", 2)
d.num("three-nation", 3)
d.num("were [[twice]] denied", 2)
d.num("about 500 miles", 500)
d.num("800 km", 800)
d.num("the trip [[twice]]", 2)
d.num("163 teams", 163)
d.num("two Syrian teams", 2)
d.num("roughly four months", 4)
d.num("only two weeks", 2)
d.num("only [[one]] day", 1)
d.optnum("not [[one]] of the nations", 1)
d.optnum("[[one]] national", 1)
d.optnum("and [[one]] made up", 1)
d.optnum("Seventeen years ago", 17)

d = doc("GUM_news_asylum",
        "https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast", "2015-05-18")
d.num("Over 900", 900)
d.num("over 700", 700)
d.num("saved [[200]] more", 200)
d.num("turned around [[twice]]", 2)
d.num("8000 migrants", 8000)
d.optnum("One Rohingya", 1)

d = doc("GUM_news_crane", "https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse", "2015-09-12")
d.num("At least 107", 107)
d.num("killing [[107 or more]]", 107)  # the qualifier after the figure is in its span too
d.num("wounding [[238]]", 238)
d.optnum("[[an hour]] later", 1)
d.num("five hours earlier", 5)
d.num("four hours earlier", 4)
d.num("more than a thousand", 1000)
d.num("just ten days", 10)
d.optnum("millions of pilgrims", 1e6)

d = doc("GUM_news_expo",
        "https://en.wikinews.org/wiki/Pop_culture_celebrated_at_Fan_Expo_Canada_2016_in_Toronto", "2016-09-07")
d.optnum("22nd", 22)
d.optnum("attracting [[thousands]]", 1000)
d.optnum("[[one]] of the most popular", 1)
d.optnum("Hundreds of vendors", 100)
d.optnum("[[thousands]] of fans", 1000)
d.num("20-minute", 20)
d.num("$ 50,000", 50000)
d.optnum("when [[one]] Immortals", 1)
d.num("nearly half an hour", 0.5)
d.optnum("The [[thousands]] of cosplay", 1000)
d.optnum("Of the [[thousands]]", 1000)
d.num("Three of Digimon", 3)

d = doc("GUM_news_hackers", "https://en.wikinews.org/wiki/Hackers_attack_Church_of_Scientology_website", "2008-01-20")
d.optnum("just over 24 hours ago", 24)
d.num("the Internet: [[1]]", 1)
d.num("Scientology: [[0]]", 0)
d.num("almost 15 years", 15)
d.optnum("[[One]] poster admitted", 1)
d.optnum("with [[one]] poster writing", 1)
d.optnum("if [[one]] side", 1)
d.num("18-fold", 18)
d.num("one in three", 0.333)
d.optnum("number 3", 3)

d = doc("GUM_news_ie9", "https://en.wikinews.org/wiki/Microsoft_waits_for_death_of_Internet_Explorer_6", "2011-03-08")
d.num("10-year-old", 10)
d.num("three newer versions", 3)
d.num("less than one percent", 1)
d.optnum("[Ten] years ago", 10)
d.num("70 percent", 70)
d.num("approximately 56 percent", 56)
d.optnum("#2", 2)
d.num("past [[30 days]]", 30)
d.optnum("#3", 3)
d.num("277 vulnerabilities", 277)
d.num("39 percent", 39)
d.optnum("is [[one]] of the most", 1)
d.optnum("nearly [[a decade]] ago", 1)

d = doc("GUM_news_imprisoned",
        "https://en.wikinews.org/wiki/Australian_woman_claims_Church_of_Scientology_imprisoned_her_for_twelve_years",  # noqa: E501 - the article's address
        "2015-05-07")
d.num("Scientology imprisoned her for [[twelve years]]\n", 12)
d.num("for [[twelve years]] aboard", 12)
d.num("when she was [[six]]", 6)
d.num("aged 14", 14)
d.num("at age seventeen", 17)
d.num("ship aged eighteen", 18)
d.num("two weeks", 2)
d.num("spending [[twelve years]] there", 12)
d.num("until she was [[eighteen]]", 18)

d = doc("GUM_news_lanterns",
        "https://en.wikinews.org/wiki/Lantern_Festival_in_Taipei_lights_up_the_night", "2007-03-05")
d.optnum("hundreds of thousands")
d.optnum("light [[hundreds]] of", 100)
d.num("240,000 square meter", 240000)
d.num("15 meter", 15)
d.num("12 year", 12)
d.num("2000 year old", 2000)
d.num("over 4 million", 4e6)
d.num("about 6 million", 6e6)
d.num("2 km", 2)
d.optnum("One side", 1)
d.num("70 meter", 70)
d.num("20 minute", 20)

d = doc("GUM_news_questionnaire",
        "https://en.wikinews.org/wiki/Reports:_%27streamlined%27_UK_asylum_process_to_replace_interview_with_questionnaire_for_five_nationalities",  # noqa: E501 - the article's address
        "2023-02-23")
d.num("questionnaire for [[five]] nationalities", 5)
d.num("some 12,000", 12000)
d.num("92,000", 92000)
d.num("for [[five]] nationalities whose", 5)
d.num("above 95%", 95)
d.num("from [[ten]] to", 10)
d.num("32 pages", 32)
d.num("40 to", 40)
d.num("50 questions", 50)
d.num("twenty working days", 20)
d.num("3,000", 3000)
d.optnum("two years ago", 2)
d.num("45,756", 45756)
d.num("over 150,000", 150000)
d.optnum("[[one]] of his main", 1)
d.num("over fifty words", 50)

d = doc("GUM_news_taxes",
        "https://en.wikinews.org/wiki/Local_municipalities_in_Italy_ask_taxes_from_religious_schools", "2015-08-02")
d.num("over 422,000 euros", 422000)
d.num("more than 11,000", 11000)

d = doc("GUM_news_warhol",
        "https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits", "2014-01-28")
d.num("189 other", 189)
d.num("roughly 100 Polaroids", 100)
d.num("two donations", 2)
d.num("over 28,000", 28000)
d.optnum("20th anniversary", 20)
d.num("500 institutions", 500)
d.num("190 universities", 190)
d.num("accepted [[one or more]]", 1)
d.num("every [[ten years]]", 10)
d.optnum("as [[one]] stipulation", 1)
d.num("11,000 visitors", 11000)
d.optnum("fifteen minutes", 15)
d.optnum("[[one]] which many", 1)
d.num("a thousand fold", 1000)
d.optnum("[[One]] of the silk", 1)
d.optnum("filled [[one]] of the smaller", 1)
d.optnum("make [[one]] further", 1)

d = doc("GUM_news_worship",
        "https://en.wikinews.org/wiki/Greek_court_rules_worship_of_ancient_Greek_deities_is_legal", "2006-03-27")
d.num("about 100,000", 100000)
d.num("40,000", 40000)


def add_word_ordinals(d):
    """Every word ordinal is optional, unless an item already covers it."""
    taken = [n["span"] for n in d.numbers + d.opt_numbers]
    for m in WORD_ORDINAL.finditer(d.text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            d.opt_numbers.append({"span": [m.start(), m.end()], "value": ORDINAL_VALUE[m.group().lower()]})


def record(d):
    def key(n):
        return n["span"]

    return {"id": d.id, "url": d.source, "licence": LICENCE, "reference_date": d.ref, "text": d.text,
            "numbers": sorted(d.numbers, key=key), "optional_numbers": sorted(d.opt_numbers, key=key)}


def verify(rec):
    """Items must not overlap one another, and the text must hold no digit outside an item
    that is not a date, a clock time or part of a name (listed for review)."""
    t = rec["text"]
    spans = sorted(n["span"] for n in rec["numbers"] + rec["optional_numbers"])
    errs = [f"overlap {t[a[0]:a[1]]!r} / {t[b[0]:b[1]]!r}"
            for a, b in zip(spans, spans[1:], strict=False) if b[0] < a[1]]
    loose = [m for m in re.finditer(r"\d[\d,.]*", t) if not any(s <= m.start() < e for s, e in spans)]
    return errs, [t[max(0, m.start() - 25):m.end() + 15].replace("\n", " ") for m in loose]


def main():
    show = "-q" not in sys.argv
    bad, n_req, n_opt = [], 0, 0
    with open(os.path.join(HERE, "numbers-real.jsonl"), "w", encoding="utf-8") as out:
        for d in DOCS:
            add_word_ordinals(d)
            rec = record(d)
            errs, loose = verify(rec)
            bad += [f"{d.id}: {e}" for e in errs]
            n_req, n_opt = n_req + len(rec["numbers"]), n_opt + len(rec["optional_numbers"])
            if show:
                t = rec["text"]
                print(f"== {d.id}")
                for x in rec["numbers"]:
                    print(f"  NUM {t[x['span'][0]:x['span'][1]]!r} = {x['value']}")
                for x in rec["optional_numbers"]:
                    print(f"  OPT {t[x['span'][0]:x['span'][1]]!r} = {x.get('value')}")
                for c in loose:
                    print(f"  not a number: ...{c}...")
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for b in bad:
        print("CHECK:", b)
    print(f"{len(DOCS)} records, {n_req} numbers, {n_opt} optional; {len(bad)} check messages")


if __name__ == "__main__":
    main()
