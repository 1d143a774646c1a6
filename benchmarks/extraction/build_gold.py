#!/usr/bin/env python3
"""Build benchmarks/extraction/gold.jsonl and articles/*.txt from the articles and
hand annotations defined below, and verify every span.

Span specs: a plain string must occur exactly once in the article; a string with
[[...]] marks the target inside a context that must occur exactly once, e.g.
"talks with [[Unite]] at any time".  Quote specs name the first words of the quote;
the span runs to the next closing quote mark or the end of the paragraph.

Conventions follow the sample article's annotations: actor mentions are names,
acronyms and definite descriptions (no pronouns); a description set after a name ("Erik
Dahl, an analyst at DNB"), as is a person's title owned by a name and set before it
("Ontario's housing minister, Raj Malhotra"), is an optional mention, which GUM's annotators
mark and the sample's do not (it has none); titles such as "Prime Minister"
before a full name are left out, "Mr X"/"Judge X" keep the title; quote spans
exclude the quote marks but keep punctuation inside them; one quote per paragraph;
numbers include qualifiers ("more than 300"); dates are not numbers; ages and
durations are numbers; durations are also timeline entries (DURATION).

Run:  python3 build_gold.py          (writes files and prints a verification listing)
"""
import json
import os
import re
import sys
from itertools import pairwise
from operator import itemgetter

HERE = os.path.dirname(os.path.abspath(__file__))


class Doc:
    def __init__(self, id, source, ref, paras):
        self.id, self.source, self.ref = id, source, ref
        self.text = "\n".join(paras)
        self.actors, self.quotes, self.opt_quotes = [], [], []
        self.numbers, self.opt_numbers = [], []
        self.timeline, self.opt_timeline = [], []
        self.boiler, self.not_quotes = [], []

    # ---- span helpers
    def at(self, spec):
        if "[[" in spec:
            pre, rest = spec.split("[[", 1)
            tgt, post = rest.split("]]", 1)
            ctx = pre + tgt + post
        else:
            pre, tgt, ctx = "", spec, spec
        n = self.text.count(ctx)
        if n != 1:
            raise SystemExit(f"{self.id}: context {ctx!r} occurs {n} times")
        s = self.text.find(ctx) + len(pre)
        e = s + len(tgt)
        assert self.text[s:e] == tgt
        return [s, e]

    def every(self, word, expect, flags=0):
        spans = [[m.start(), m.end()] for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", self.text, flags)]
        if len(spans) != expect:
            raise SystemExit(f"{self.id}: {word!r} found {len(spans)} times, expected {expect}")
        return spans

    def qspan(self, spec):
        s, e = self.at(spec)
        text = self.text
        closers = "\"”"
        i = s
        while i < len(text) and text[i] not in closers and text[i] != "\n":
            i += 1
        return [s, i]

    # ---- annotation helpers
    def actor(self, name, kind, mentions=(), optional=(), every=()):
        ms = [self.at(m) for m in mentions]
        for w, k in every:
            ms += self.every(w, k)
        ms.sort()
        self.actors.append({"name": name, "kind": kind, "mentions": ms,
                            "optional_mentions": sorted(self.at(m) for m in optional)})

    def quote(self, spec, speaker, names, spans=()):
        # spans: specs of the attribution words naming a speaker that is no named actor
        # ("a police spokesperson", "the family"); score.py accepts an overlapping speaker_span
        q = {"span": self.qspan(spec), "speaker": speaker, "speaker_names": list(names)}
        if spans:
            q["speaker_spans"] = [self.at(x) for x in spans]
        self.quotes.append(q)

    def optquote(self, spec):
        self.opt_quotes.append({"span": self.qspan(spec)})

    def notquote(self, spec):            # quoted titles etc.: not quotes, not optional either
        self.not_quotes.append(self.qspan(spec))

    def num(self, spec, value):
        self.numbers.append({"span": self.at(spec), "value": value})

    def optnum(self, spec, value=None):
        d = {"span": self.at(spec)}
        if value is not None:
            d["value"] = value
        self.opt_numbers.append(d)

    def tl(self, spec, value, type="DATE"):
        self.timeline.append({"span": self.at(spec), "value": value, "type": type})

    def opttl(self, spec, value=None):
        d = {"span": self.at(spec)}
        if value is not None:
            d["value"] = value
        self.opt_timeline.append(d)

    def bp(self, spec):
        self.boiler.append(self.at(spec))

    def record(self):
        key = itemgetter("span")
        return {
            "id": self.id, "source": self.source, "reference_date": self.ref, "text": self.text,
            "actors": self.actors,
            "quotes": sorted(self.quotes, key=key), "optional_quotes": sorted(self.opt_quotes, key=key),
            "numbers": sorted(self.numbers, key=key), "optional_numbers": sorted(self.opt_numbers, key=key),
            "number_conflicts": [],
            "timeline": sorted(self.timeline, key=key), "optional_timeline": sorted(self.opt_timeline, key=key),
            "boilerplate": sorted(self.boiler),
        }


DOCS = []

# =====================================================================================
# 1. Wire service (Reuters-like), straight quotes, dateline, trailing credit line
# =====================================================================================
d = Doc("wire-port-strike", "invented wire-service (Reuters-style) article, nutgraf dev set; published Wed 16 Oct 2024",
        "2024-10-16", [
    "LONDON (Reuters) - Dock workers at Britain's Port of Ravensby will strike for eight days from Oct. 28 after pay talks collapsed, the Unite union said on Wednesday, threatening disruption at one of the country's busiest container terminals in the run-up to Christmas.",
    "About 1,900 workers, including crane drivers and lashers, backed industrial action by 92% on a turnout of 81%, Unite said in a statement.",
    "\"The port made record profits last year while our members have seen their pay eaten away by inflation,\" said Unite national officer Robert Morton. \"This strike is entirely of the company's own making.\"",
    "The company, which is owned by Singapore-based Meridian Terminals, said it had offered a 7% pay rise and a one-off payment of 500 pounds ($652), an offer it described as \"fair and generous\".",
    "\"We remain open to talks with Unite at any time and urge the union to return to the table,\" a spokesperson for the port said, adding that contingency plans were in place to keep goods moving.",
    "Ravensby handles roughly 12% of Britain's container freight, or about 3 million twenty-foot equivalent units (TEUs) a year, according to industry data.",
    "The British Ports Association (BPA) estimated that a prolonged stoppage could cost retailers and manufacturers between 80 million and 100 million pounds a week, as shipping lines divert vessels to Rotterdam and Antwerp.",
    "A government spokesperson said ministers were \"monitoring the situation closely\" and urged both sides to reach a deal. Morton said the union would meet port management again on Monday but warned that further strike dates could follow in November.",
    "It would be the first strike at Ravensby since 1989, when a six-week stoppage led to the dismissal of more than 300 dockers.",
    "(Reporting by Tom Ashworth; Editing by Helen Pryce)",
])
d.actor("Port of Ravensby", "organization",
        ["Port of Ravensby", "\"[[The port]] made record", "of [[the company]]'s own making",
         "[[The company]], which is owned", "a spokesperson for [[the port]] said",
         "[[Ravensby]] handles", "first strike at [[Ravensby]]"],
        optional=["meet [[port management]]"])
d.actor("Unite", "organization",
        ["the [[Unite]] union", "[[Unite]] said in a statement", "said [[Unite]] national officer",
         "talks with [[Unite]] at any time", "urge [[the union]] to return", "said [[the union]] would meet"])
d.actor("Robert Morton", "person", ["Robert Morton", "[[Morton]] said the union"])
d.actor("Meridian Terminals", "organization", ["Meridian Terminals"])
d.actor("Singapore", "place", [], optional=["[[Singapore]]-based"])
d.actor("Britain", "place", ["[[Britain]]'s Port", "[[Britain]]'s container freight"],
        optional=["[[the country]]'s busiest"])
d.actor("British Ports Association", "organization", ["British Ports Association", "BPA"])
d.actor("Rotterdam", "place", ["Rotterdam"])
d.actor("Antwerp", "place", ["Antwerp"])
d.actor("British government", "organization", [], optional=["A [[government]] spokesperson"])
d.actor("London", "place", [], optional=["LONDON"])
d.actor("Reuters", "organization", [], optional=["(Reuters)"])
d.actor("Tom Ashworth", "person", [], optional=["Tom Ashworth"])
d.actor("Helen Pryce", "person", [], optional=["Helen Pryce"])
# only names of the actor (generic descriptions like "the company" would credit any row holding one)
PORT = ["Port of Ravensby", "Ravensby", "a spokesperson for the port"]
d.quote("The port made record profits", "Robert Morton", ["Robert Morton"])
d.quote("This strike is entirely", "Robert Morton", ["Robert Morton"])
d.quote("fair and generous", "Port of Ravensby", PORT)
d.quote("We remain open to talks", "Port of Ravensby", PORT)
d.quote("monitoring the situation closely", "British government",
        ["government", "British government", "A government spokesperson", "government spokesperson"])
d.num("eight days", 8)
d.num("About 1,900", 1900)
d.num("92%", 92)
d.num("81%", 81)
d.num("7%", 7)
d.num("500 pounds", 500)
d.num("$652", 652)
d.num("roughly 12%", 12)
d.num("about 3 million", 3000000)
d.num("between [[80 million]]", 80000000)
d.num("100 million pounds", 100000000)
d.num("six-week", 6)
d.num("more than 300", 300)
d.optnum("[[one]] of the country's", 1)
d.optnum("[[one-off]]", 1)
d.optnum("[[twenty-foot]]", 20)
d.optnum("the [[first]] strike", 1)
d.tl("eight days", "P8D", "DURATION")
d.tl("Oct. 28", "2024-10-28")
d.tl("on Wednesday", "2024-10-16")
d.tl("last year", "2023")
d.tl("again [[on Monday]]", "2024-10-21")
d.tl("November", "2024-11")
d.tl("1989", "1989")
d.tl("six-week", "P6W", "DURATION")
d.opttl("Christmas", "2024-12-25")
d.opttl("TEUs) [[a year]]")
d.opttl("100 million pounds [[a week]]")
d.bp("(Reporting by Tom Ashworth; Editing by Helen Pryce)")
DOCS.append(d)

# =====================================================================================
# 2. BBC-like, curly quotes, multi-paragraph quote, furniture (byline, image lines)
# =====================================================================================
d = Doc("bbc-libraries", "invented BBC-style article, nutgraf dev set; published Thu 23 Jan 2025", "2025-01-23", [
    "By Megan Price",
    "BBC Wales",
    "Nine libraries could close and opening hours at others would be cut by a third under plans to save £1.2m, a council has said.",
    "Bryncoed County Council said it faced a budget gap of £28m next year and had “no choice” but to look again at services it is not legally required to provide.",
    "The authority’s cabinet member for culture, Councillor Rhys Bowen, said the proposals were “the hardest I have had to put my name to”.",
    "“Nobody went into local government to shut libraries,” he said. “But our grant from the Welsh Government has fallen by 9% in real terms since 2019, while demand for social care has never been higher.",
    "“If we do nothing, the savings will have to come from schools.”",
    "Image source, Getty Images",
    "Image caption, Campaigners say the libraries are a lifeline for older residents",
    "Under the plans, branches in Ystrad, Pantglas and Llanfair Uchaf would shut by the end of March, while mobile library visits to outlying villages would increase from fortnightly to weekly.",
    "More than 4,000 people have signed a petition against the closures, according to the Friends of Ystrad Library group.",
    "Its chairwoman, Ann Pritchard, 74, said the library was “the only warm, free place left in the village”.",
    "“My husband and I have used it for 40 years. They are taking away the heart of this place,” she said.",
    "Some residents have suggested turning the branches into volunteer-run “community hubs”, as has happened in parts of England.",
    "The Welsh Local Government Association (WLGA) said last week that councils across Wales faced a combined shortfall of £560m in 2025-26.",
    "A Welsh Government spokesperson said local authorities had received “an above-inflation increase” in funding this year and that decisions about library services were “a matter for individual councils”.",
    "A public consultation runs until 14 March, and councillors are expected to make a final decision in April.",
])
d.actor("Bryncoed County Council", "organization",
        ["Bryncoed County Council", "[[The authority]]’s cabinet member"],
        optional=["[[a council]] has said"])
d.actor("Rhys Bowen", "person", ["Rhys Bowen"])
d.actor("Welsh Government", "organization", ["from the [[Welsh Government]]", "A [[Welsh Government]] spokesperson"])
d.actor("Ystrad", "place", ["branches in [[Ystrad]]"], optional=["left in [[the village]]"])
d.actor("Pantglas", "place", ["Pantglas"])
d.actor("Llanfair Uchaf", "place", ["Llanfair Uchaf"])
d.actor("Friends of Ystrad Library", "organization", ["Friends of Ystrad Library"])
d.actor("Ann Pritchard", "person", ["Ann Pritchard"])
d.actor("England", "place", ["England"])
d.actor("Welsh Local Government Association", "organization", ["Welsh Local Government Association", "WLGA"])
d.actor("Wales", "place", ["councils across [[Wales]]"], optional=["BBC [[Wales]]"])
d.actor("Megan Price", "person", [], optional=["Megan Price"])
d.actor("BBC", "organization", [], optional=["[[BBC]] Wales"])
d.actor("Getty Images", "organization", [], optional=["Getty Images"])
COUNCIL = ["Bryncoed County Council", "Bryncoed"]
WG = ["Welsh Government", "A Welsh Government spokesperson", "Welsh Government spokesperson"]
d.quote("no choice", "Bryncoed County Council", COUNCIL)
BOWEN = ["Rhys Bowen", "Councillor Rhys Bowen"]   # score.py does not strip "Councillor"
d.quote("the hardest I have", "Rhys Bowen", BOWEN)
d.quote("Nobody went into", "Rhys Bowen", BOWEN)
d.quote("But our grant from", "Rhys Bowen", BOWEN)
d.quote("If we do nothing", "Rhys Bowen", BOWEN)
d.quote("the only warm, free place", "Ann Pritchard", ["Ann Pritchard"])
d.quote("My husband and I", "Ann Pritchard", ["Ann Pritchard"])
d.quote("an above-inflation increase", "Welsh Government", WG)
d.quote("a matter for individual councils", "Welsh Government", WG)
d.optquote("community hubs")          # scare quote
d.num("Nine", 9)
d.num("a third", 0.333)
d.num("£1.2m", 1200000)
d.num("£28m", 28000000)
d.num("9%", 9)
d.num("More than 4,000", 4000)
d.num("74", 74)
d.num("40 years", 40)
d.num("£560m", 560000000)
d.tl("next year", "2026")
d.tl("since [[2019]]", "2019")
d.tl("the end of March", "2025-03")
d.tl("40 years", "P40Y", "DURATION")
d.tl("last week", "2025-W03")
d.tl("this year", "2025")
d.tl("14 March", "2025-03-14")
d.tl("April", "2025-04")
d.opttl("fortnightly")
d.opttl("weekly")
d.opttl("2025-26", "2025")
d.bp("By Megan Price")
d.bp("BBC Wales")
d.bp("Image source, Getty Images")
d.bp("Image caption, Campaigners say the libraries are a lifeline for older residents")
DOCS.append(d)

# =====================================================================================
# 3. US newspaper, straight quotes, "he said" after quotes, film titles in quotes
# =====================================================================================
d = Doc("us-rialto-theater", "invented US local-newspaper article, nutgraf dev set; published Wed 18 Sep 2024",
        "2024-09-18", [
    "The Rialto Theater in downtown Millbrook will reopen next month for the first time since a 2019 fire gutted its lobby, city officials announced Tuesday.",
    "The City Council voted 6-1 on Monday night to approve a $4.7 million loan package that will let the nonprofit Rialto Preservation Trust finish restoring the 1,100-seat auditorium, which opened in 1927.",
    "\"This building has been sitting dark for five years, and every one of those years has hurt Main Street,\" Mayor Denise Alvarado said. \"Tonight we're turning the lights back on.\"",
    "The lone dissenting vote came from Councilman Gary Whitfield, who said the city should not be \"in the movie business.\"",
    "\"I love the Rialto as much as anyone,\" he said. \"But we are asking taxpayers to take on a risk that private lenders wouldn't touch. If the Trust misses payments, who covers that?",
    "\"I just think we owe residents a straight answer before we sign.\"",
    "Under the agreement, the Trust will repay the loan over 20 years at 2.5% interest, starting in 2026. The group has also raised about $1.3 million from more than 800 private donors, said its executive director, Karen Liu.",
    "The restored theater will be \"a living room for the whole town,\" according to Liu.",
    "Liu said the Rialto would open Oct. 18 with a free screening of \"It's a Wonderful Life,\" the 1946 Frank Capra film that closed out the theater's final holiday season before the fire.",
    "Tickets will be handed out by lottery, she said, and the theater plans to show films Thursday through Sunday, with live music on the first Friday of each month.",
    "Resident Tom Becker, 68, who said he saw \"Star Wars\" at the Rialto 14 times in the summer of 1977, was among about 40 people at Monday's meeting.",
    "\"I had my first date in that balcony,\" Becker said with a laugh. \"Don't print that.\"",
    "The full restoration is expected to cost $9.2 million, according to city estimates, with the remainder covered by state historic tax credits and a $500,000 grant from the Ohio Arts Council.",
])
d.actor("Rialto Theater", "place",
        ["Rialto Theater", "I love [[the Rialto]]", "[[The restored theater]] will be", "Liu said [[the Rialto]] would",
         "closed out [[the theater]]'s", "and [[the theater]] plans", "at [[the Rialto]] 14 times"],
        optional=["[[This building]] has been", "the [[1,100-seat auditorium]]", "in [[that balcony]]"])
d.actor("Millbrook", "place", ["Millbrook", "who said [[the city]] should not"],
        optional=["[[city]] officials", "according to [[city]] estimates"])
d.actor("Millbrook City Council", "organization", ["The City Council"])
d.actor("Rialto Preservation Trust", "organization",
        ["Rialto Preservation Trust", "If [[the Trust]] misses", "the agreement, [[the Trust]] will",
         "[[The group]] has also"])
d.actor("Denise Alvarado", "person", ["Denise Alvarado"])
d.actor("Gary Whitfield", "person", ["Gary Whitfield"])
d.actor("Karen Liu", "person", ["Karen Liu", "according to [[Liu]]", "[[Liu]] said the Rialto"])
d.actor("Frank Capra", "person", ["Frank Capra"])
d.actor("Tom Becker", "person", ["Tom Becker", "[[Becker]] said with"])
d.actor("Ohio Arts Council", "organization", ["Ohio Arts Council"])
d.actor("Main Street", "place", [], optional=["Main Street"])
d.actor("Ohio", "place", [], optional=["[[state]] historic tax"])
d.quote("This building has been", "Denise Alvarado", ["Denise Alvarado", "Mayor Denise Alvarado"])
d.quote("Tonight we're", "Denise Alvarado", ["Denise Alvarado"])
d.quote("in the movie business", "Gary Whitfield", ["Gary Whitfield", "Councilman Gary Whitfield"])
d.quote("I love the Rialto", "Gary Whitfield", ["Gary Whitfield"])
d.quote("But we are asking", "Gary Whitfield", ["Gary Whitfield"])
d.quote("I just think", "Gary Whitfield", ["Gary Whitfield"])
d.quote("a living room for", "Karen Liu", ["Karen Liu"])
d.quote("I had my first date", "Tom Becker", ["Tom Becker"])
d.quote("Don't print that", "Tom Becker", ["Tom Becker"])
d.notquote("It's a Wonderful Life")
d.notquote("Star Wars")
d.num("voted [[6]]-1", 6)
d.num("voted 6-[[1]]", 1)
d.num("$4.7 million", 4700000)
d.num("1,100-seat", 1100)
d.num("five years", 5)
d.num("20 years", 20)
d.num("2.5%", 2.5)
d.num("about $1.3 million", 1300000)
d.num("more than 800", 800)
d.num("68", 68)
d.num("14 times", 14)
d.num("about 40", 40)
d.num("$9.2 million", 9200000)
d.num("$500,000", 500000)
d.optnum("for the [[first]] time", 1)
d.optnum("every [[one]] of those", 1)
d.optnum("my [[first]] date", 1)
d.optnum("the [[first]] Friday", 1)
d.tl("next month", "2024-10")
d.tl("a [[2019]] fire", "2019")
d.tl("announced [[Tuesday]]", "2024-09-17")
d.tl("Monday night", "2024-09-16TNI")  # TIMEX3 part of day, as "Tonight"
d.tl("1927", "1927")
d.tl("five years", "P5Y", "DURATION")
d.tl("20 years", "P20Y", "DURATION")
d.tl("2026", "2026")
d.tl("Oct. 18", "2024-10-18")
d.tl("1946", "1946")
d.tl("the summer of 1977", "1977-SU")
d.tl("Monday's", "2024-09-16")
d.opttl("Tonight", "2024-09-16TNI")
d.opttl("final holiday season")
d.opttl("Thursday through Sunday")
d.opttl("the first Friday of each month")
DOCS.append(d)

# =====================================================================================
# 4. Business (FT-style), money and percentages, curly quotes, pronoun speaker
# =====================================================================================
d = Doc("biz-nordvik-profit-warning", "invented FT-style business article, nutgraf dev set; published Thu 24 Jul 2025",
        "2025-07-24", [
    "Shares in Nordvik Foods fell as much as 14 per cent on Thursday after the Oslo-listed seafood group cut its full-year profit guidance for the second time in three months, blaming lower salmon prices and a strong Norwegian krone.",
    "The company now expects adjusted operating profit of between NOK2.1bn and NOK2.4bn ($205mn-$234mn) for 2025, down from an earlier forecast of NOK3bn. Analysts polled by LSEG had expected NOK2.9bn.",
    "Second-quarter revenue rose 6.2 per cent to NOK8.7bn, but the operating margin narrowed to 9.1 per cent from 12.4 per cent a year earlier. Nordvik said it remained “confident in the long-term outlook” for the business.",
    "“The second half will be challenging, and we are not going to pretend otherwise,” chief executive Ingrid Solheim told analysts on a conference call. “But our cost programme is ahead of plan, and we see no reason to change the dividend.”",
    "Solheim said the group would cut about 450 jobs, or roughly 5 per cent of its workforce, mainly at processing plants in Scotland and Chile, saving an estimated NOK300mn a year from 2026.",
    "The stock closed down 11.3 per cent at NOK142.60, taking its losses since January to roughly a third and valuing the company at about NOK21bn.",
    "Spot salmon prices have fallen by nearly 20 per cent since March, according to the Fish Pool index, as record harvests in Norway have collided with softer demand in China and the EU.",
    "“This is a sector-wide problem, but Nordvik is more exposed than most because of its higher cost base,” said Erik Dahl, an analyst at DNB Markets, who cut his price target to NOK130 from NOK165 and moved the stock to “sell”.",
    "Fjordkapital, the Hagen family’s investment vehicle, which owns 34 per cent of Nordvik, declined to comment. It has doubled its stake in the past two years.",
    "Shares in rivals Havbruk Group and Lerstad Seafood fell 3.4 per cent and 2.8 per cent respectively, while the Oslo benchmark index closed 0.6 per cent lower.",
    "The company said it would publish a detailed restructuring plan at its capital markets day on 18 September. In a statement, it said the plan would “put Nordvik on a sustainable footing for the next decade”.",
])
d.actor("Nordvik Foods", "organization",
        ["Nordvik Foods", "the Oslo-listed [[seafood group]]", "[[The company]] now expects",
         "[[Nordvik]] said it remained", "Solheim said [[the group]] would", "valuing [[the company]] at",
         "but [[Nordvik]] is more exposed", "34 per cent of [[Nordvik]]", "[[The company]] said it would",
         "put [[Nordvik]] on"],
        optional=["for [[the business]]"])
d.actor("Ingrid Solheim", "person", ["Ingrid Solheim", "[[Solheim]] said the group"])
d.actor("LSEG", "organization", ["LSEG"])
d.actor("Scotland", "place", ["Scotland"])
d.actor("Chile", "place", ["Chile"])
d.actor("Norway", "place", ["Norway"], optional=["Norwegian"])
d.actor("China", "place", ["China"])
d.actor("European Union", "organization", ["the EU"])
d.actor("Fish Pool", "organization", [], optional=["[[Fish Pool]] index"])
d.actor("Erik Dahl", "person", ["Erik Dahl"], optional=["Dahl, [[an analyst]] at DNB"])
d.actor("DNB Markets", "organization", ["DNB Markets"])
d.actor("Fjordkapital", "organization", ["Fjordkapital"],
        optional=["the Hagen family’s [[investment vehicle]]"])
d.actor("Hagen family", "group", ["the [[Hagen family]]’s"])
d.actor("Havbruk Group", "organization", ["Havbruk Group"])
d.actor("Lerstad Seafood", "organization", ["Lerstad Seafood"])
d.actor("Oslo", "place", [], optional=["the [[Oslo]]-listed", "the [[Oslo]] benchmark"])
NORD = ["Nordvik Foods", "Nordvik"]
d.quote("confident in the long-term", "Nordvik Foods", NORD)
d.quote("The second half will be", "Ingrid Solheim", ["Ingrid Solheim"])
d.quote("But our cost programme", "Ingrid Solheim", ["Ingrid Solheim"])
d.quote("This is a sector-wide", "Erik Dahl", ["Erik Dahl"])
d.quote("put Nordvik on", "Nordvik Foods", NORD)
d.optquote("sell”")
d.num("as much as 14 per cent", 14)
d.num("three months", 3)
d.num("NOK2.1bn", 2.1e9)
d.num("NOK2.4bn", 2.4e9)
d.num("$205mn", 205e6)
d.num("$234mn", 234e6)
d.num("NOK3bn", 3e9)
d.num("NOK2.9bn", 2.9e9)
d.num("6.2 per cent", 6.2)
d.num("NOK8.7bn", 8.7e9)
d.num("9.1 per cent", 9.1)
d.num("12.4 per cent", 12.4)
d.num("about 450", 450)
d.num("roughly 5 per cent", 5)
d.num("NOK300mn", 300e6)
d.num("11.3 per cent", 11.3)
d.num("NOK142.60", 142.6)
d.num("roughly a third", 0.333)
d.num("about NOK21bn", 21e9)
d.num("nearly 20 per cent", 20)
d.num("NOK130", 130)
d.num("NOK165", 165)
d.num("34 per cent", 34)
d.num("two years", 2)
d.num("3.4 per cent", 3.4)
d.num("2.8 per cent", 2.8)
d.num("0.6 per cent", 0.6)
d.optnum("the [[second]] time", 2)
d.tl("on Thursday", "2025-07-24")
d.tl("three months", "P3M", "DURATION")
d.tl("for [[2025]]", "2025")
d.tl("Second-quarter", "2025-Q2")
d.tl("from [[2026]]", "2026")
d.tl("since [[January]]", "2025-01")
d.tl("since [[March]]", "2025-03")
d.tl("the past two years", "P2Y", "DURATION")
d.tl("18 September", "2025-09-18")
d.opttl("full-year", "2025")
d.opttl("a year earlier", "2024-Q2")
d.opttl("The second half", "2025-H2")
d.opttl("NOK300mn [[a year]]")
d.opttl("the next decade")
# A vague reference (TIMEX3 PRESENT_REF/FUTURE_REF) the annotation was silent on.
d.opttl("The company [[now]] expects adjusted", "PRESENT_REF")
DOCS.append(d)

# =====================================================================================
# 5. Court / politics (AP-style), titles, acronyms in parentheses, straight quotes
# =====================================================================================
d = Doc("ap-pipeline-ruling", "invented AP-style court/politics article, nutgraf dev set; published Fri 9 May 2025",
        "2025-05-09", [
    "WASHINGTON (AP) — A federal judge on Thursday blocked the Environmental Protection Agency (EPA) from enforcing a new rule that would have fast-tracked permits for cross-border oil pipelines, handing a victory to a coalition of Native American tribes and environmental groups.",
    "U.S. District Judge Harriet Okafor, sitting in Great Falls, Montana, ruled that the agency had failed to consult affected tribes as required by the National Environmental Policy Act (NEPA), calling the rule \"arbitrary and capricious.\"",
    "In a 48-page opinion, Judge Okafor wrote that the EPA \"cannot rewrite the law by press release\" and ordered the agency to suspend the rule while the case proceeds.",
    "The rule, announced in March, would have cut the environmental review period for pipeline permits from two years to 90 days.",
    "The lawsuit was brought by the Milk River Tribal Council and the Prairie Rivers Alliance (PRA), which argued that the shortcut was designed to speed approval of the proposed 1,200-mile Northstar pipeline.",
    "\"Today the court reminded Washington that treaties are not suggestions,\" said Lorna Redfeather, chairwoman of the Milk River Tribal Council. \"Our water is not a shortcut.\"",
    "The Department of Justice (DOJ), which represents the EPA in the case, said it was reviewing the decision. An EPA spokesperson said the agency \"strongly disagrees\" with the ruling and expects to appeal to the 9th U.S. Circuit Court of Appeals.",
    "Sen. Mark Delaney, a Montana Republican who sits on the Senate Energy and Natural Resources Committee, called the ruling \"judicial activism at its worst\" and said he would introduce legislation next week to write the shorter deadlines into federal law.",
    "\"One judge in Great Falls should not be able to hold up thousands of jobs,\" Delaney said in a statement.",
    "Sen. Claire Whitman (D-Wash.) said the judge had \"simply followed the law,\" adding that the administration \"cut corners and got caught.\"",
    "The pipeline would carry up to 830,000 barrels of crude a day from Alberta to refineries in Illinois and has become a point of friction between Washington and Ottawa.",
    "Canadian Prime Minister Daniel Fournier told reporters on Friday that he was \"disappointed\" by the delay.",
    "\"This project means good jobs on both sides of the border,\" Fournier said. \"We will keep making that case to our American partners, and we will keep making it politely.\"",
    "The ruling is the second legal setback for Northstar in 18 months. In January 2024, the Federal Energy Regulatory Commission (FERC) ordered a new environmental review of the route through the Milk River watershed.",
])
d.actor("Environmental Protection Agency", "organization",
        ["Environmental Protection Agency", "blocked the Environmental Protection Agency ([[EPA]])",
         "ruled that [[the agency]] had", "wrote that [[the EPA]]", "ordered [[the agency]] to suspend",
         "represents [[the EPA]] in", "An [[EPA]] spokesperson", "said [[the agency]] \"strongly"])
d.actor("Harriet Okafor", "person", ["Harriet Okafor", "Judge Okafor"],
        optional=["[[A federal judge]] on Thursday", "said [[the judge]] had"])
d.actor("Great Falls", "place", ["sitting in [[Great Falls]]", "judge in [[Great Falls]]"])
d.actor("Montana", "place", ["Great Falls, [[Montana]]"], optional=["a [[Montana]] Republican"])
d.actor("National Environmental Policy Act", "other", ["National Environmental Policy Act", "NEPA"])
d.actor("Milk River Tribal Council", "organization",
        ["brought by the [[Milk River Tribal Council]]", "chairwoman of the [[Milk River Tribal Council]]"])
d.actor("Prairie Rivers Alliance", "organization", ["Prairie Rivers Alliance", "PRA"])
d.actor("Northstar pipeline", "other",
        ["[[Northstar pipeline]]", "[[The pipeline]] would carry", "setback for [[Northstar]]"],
        optional=["\"[[This project]] means"])
d.actor("Lorna Redfeather", "person", ["Lorna Redfeather"], optional=["[[chairwoman]] of the Milk"])
d.actor("U.S. District Court (Montana)", "organization", ["Today [[the court]] reminded"])
d.actor("Washington", "place", ["reminded [[Washington]] that", "between [[Washington]] and Ottawa"],
        optional=["WASHINGTON"])
d.actor("Department of Justice", "organization", ["Department of Justice", "DOJ"])
d.actor("9th U.S. Circuit Court of Appeals", "organization", ["9th U.S. Circuit Court of Appeals"])
d.actor("Mark Delaney", "person", ["Mark Delaney", "[[Delaney]] said in a statement"])
d.actor("Senate Energy and Natural Resources Committee", "organization",
        ["Senate Energy and Natural Resources Committee"])
d.actor("Claire Whitman", "person", ["Claire Whitman"])
d.actor("US administration", "organization", ["the administration"])
d.actor("Alberta", "place", ["Alberta"])
d.actor("Illinois", "place", ["Illinois"])
d.actor("Ottawa", "place", ["Ottawa"])
d.actor("Daniel Fournier", "person", ["Daniel Fournier", "[[Fournier]] said."])
d.actor("Federal Energy Regulatory Commission", "organization", ["Federal Energy Regulatory Commission", "FERC"])
d.actor("Milk River watershed", "place", [], optional=["the [[Milk River watershed]]"])
d.actor("Associated Press", "organization", [], optional=["(AP)"])
d.actor("Washington (state)", "place", [], optional=["[[Wash.]])"])
d.actor("Native American tribes", "group", [], optional=["Native American tribes"])
d.actor("Canada", "place", [], optional=["Canadian"])
d.actor("United States", "place", [], optional=["[[U.S.]] District Judge", "our [[American]] partners"])
d.actor("Republican Party", "organization", [], optional=["Montana [[Republican]]"])
OKA = ["Harriet Okafor", "Judge Okafor", "Okafor"]
d.quote("arbitrary and capricious", "Harriet Okafor", OKA)
d.quote("cannot rewrite the law", "Harriet Okafor", OKA)
d.quote("Today the court reminded", "Lorna Redfeather", ["Lorna Redfeather"])
d.quote("Our water is not", "Lorna Redfeather", ["Lorna Redfeather"])
d.quote("strongly disagrees", "Environmental Protection Agency",
        ["Environmental Protection Agency", "EPA", "An EPA spokesperson"])
d.quote("judicial activism", "Mark Delaney", ["Mark Delaney", "Sen. Mark Delaney"])
d.quote("One judge in Great Falls", "Mark Delaney", ["Mark Delaney"])
d.quote("simply followed the law", "Claire Whitman", ["Claire Whitman"])
d.quote("cut corners", "Claire Whitman", ["Claire Whitman"])
d.quote("disappointed", "Daniel Fournier", ["Daniel Fournier"])
d.quote("This project means", "Daniel Fournier", ["Daniel Fournier"])
d.quote("We will keep making", "Daniel Fournier", ["Daniel Fournier"])
d.num("48-page", 48)
d.num("two years", 2)
d.num("90 days", 90)
d.num("1,200-mile", 1200)
d.num("up to 830,000", 830000)
d.num("18 months", 18)
d.optnum("[[9th]] U.S.", 9)
d.optnum("[[One]] judge", 1)
d.optnum("thousands", 1000)
d.optnum("the [[second]] legal", 2)
d.tl("on Thursday", "2025-05-08")
d.tl("in [[March]]", "2025-03")
d.tl("two years", "P2Y", "DURATION")
d.tl("90 days", "P90D", "DURATION")
d.tl("next week", "2025-W20")
d.tl("on Friday", "2025-05-09")
d.tl("18 months", "P18M", "DURATION")
d.tl("January 2024", "2024-01")
d.opttl("Today the court", "PRESENT_REF")
d.opttl("crude [[a day]]")
DOCS.append(d)

# =====================================================================================
# 6. Disaster (UK newspaper site), ages, counts, ranges, durations, furniture
# =====================================================================================
d = Doc("disaster-italy-landslide", "invented UK-newspaper-site disaster article, nutgraf dev set; published Wed 15 Oct 2025",
        "2025-10-15", [
    "By Laura Bennett in Rome",
    "At least 14 people have died and between 10 and 12 remain missing after a landslide buried part of a mountain village in northern Italy, officials said on Tuesday.",
    "Rescuers worked through the night with sniffer dogs and thermal cameras, searching for survivors beneath tonnes of mud and rock in San Michele al Monte, a village of about 600 people in the Piedmont region.",
    "Rescue workers search through debris in San Michele al Monte on Tuesday. (Photo: Marco Bertelli/AFP)",
    "Among the dead were a 79-year-old woman and her two grandchildren, aged six and nine, who had been staying with her while their parents worked abroad, according to the village’s mayor, Giulia Ferraro.",
    "“The mountain simply came down. In 30 seconds, half the village was gone,” Ferraro told the broadcaster Rai News 24, her voice breaking.",
    "“We have lost friends, neighbours, children. I have known some of these families all my life.",
    "“Now we need the state to be here, not just for a week, but for years.”",
    "Italy’s Civil Protection Department said 230 firefighters, soldiers and volunteers were taking part in the operation and that 37 people had been treated in hospital, four of them for serious injuries. More than 150 residents have been evacuated.",
    "It said the risk of further slides remained “very high” and warned that rescue teams might have to pull back if rain returned later in the week.",
    "Read more: Europe’s deadliest floods – how a warming climate is making them worse",
    "Days of heavy rain had saturated the slopes above the village. Regional authorities recorded 310mm of rainfall in 48 hours, more than the area normally receives in three months.",
    "Geologists had warned for three years that the hillside was unstable. A report commissioned by Piedmont’s regional government in March 2021 recommended relocating 40 homes, but the work was never funded, according to the Turin newspaper La Stampa.",
    "The government in Rome declared a state of emergency for the area on Monday and released €20m in immediate aid. Officials estimate that last week’s storms had already caused more than €100m of damage across the north-west.",
    "Ferraro said the village school, which was badly damaged, would not reopen until next month at the earliest. “Our children need normality, but first we need to bury our dead,” she said.",
    "We need your consent to load this YouTube content. We use YouTube to manage extra content that can set cookies on your device and collect data about your activity.",
    "The disaster is Italy’s deadliest landslide since November 2022, when a mudslide on the island of Ischia killed 12 people.",
])
d.actor("San Michele al Monte", "place",
        ["rock in [[San Michele al Monte]]", "debris in [[San Michele al Monte]]", "according to [[the village]]’s mayor",
         "half [[the village]] was gone", "slopes above [[the village]]"],
        optional=["[[a mountain village]]", "Ferraro said [[the village]] school"])
d.actor("Italy", "place", ["northern [[Italy]]", "[[Italy]]’s Civil Protection", "[[Italy]]’s deadliest"],
        optional=["need [[the state]] to be here"])
d.actor("Piedmont", "place", ["the [[Piedmont]] region", "[[Piedmont]]’s regional government"])
d.actor("Giulia Ferraro", "person", ["Giulia Ferraro", "[[Ferraro]] told the broadcaster", "[[Ferraro]] said the village"],
        optional=["the village’s [[mayor]]"])
d.actor("Rai News 24", "organization", ["Rai News 24"], optional=["[[the broadcaster]] Rai"])
d.actor("Civil Protection Department", "organization", ["Civil Protection Department"])
d.actor("Piedmont regional government", "organization", ["Piedmont’s [[regional government]]"],
        optional=["[[Regional authorities]]"])
d.actor("La Stampa", "organization", ["La Stampa"], optional=["the Turin [[newspaper]] La Stampa"])
d.actor("Turin", "place", [], optional=["the [[Turin]] newspaper"])
d.actor("Italian government", "organization", ["[[The government]] in Rome"])
d.actor("Ischia", "place", ["Ischia"])
d.actor("Laura Bennett", "person", [], optional=["Laura Bennett"])
d.actor("Rome", "place", [], optional=["Bennett in [[Rome]]", "The government in [[Rome]]"])
d.actor("Marco Bertelli", "person", [], optional=["Marco Bertelli"])
d.actor("AFP", "organization", [], optional=["AFP"])
d.actor("Europe", "place", [], optional=["Europe"])
d.actor("north-west Italy", "place", [], optional=["[[the north-west]]"])
d.actor("YouTube", "organization", [], optional=["load this [[YouTube]] content", "We use [[YouTube]]"])
FER = ["Giulia Ferraro", "Ferraro"]
d.quote("The mountain simply came down", "Giulia Ferraro", FER)
d.quote("We have lost friends", "Giulia Ferraro", FER)
d.quote("Now we need the state", "Giulia Ferraro", FER)
d.quote("very high", "Civil Protection Department",
        ["Civil Protection Department", "Italy’s Civil Protection Department"])
d.quote("Our children need normality", "Giulia Ferraro", FER)
d.num("At least 14", 14)
d.num("between [[10]] and", 10)
d.num("and [[12]] remain", 12)
d.num("about 600", 600)
d.num("79-year-old", 79)
d.num("her [[two]] grandchildren", 2)
d.num("aged [[six]]", 6)
d.num("and [[nine]], who", 9)
d.num("30 seconds", 30)
d.num("[[half]] the village", 0.5)
d.num("230", 230)
d.num("37", 37)
d.num("[[four]] of them", 4)
d.num("More than 150", 150)
d.num("310mm", 310)
d.num("48 hours", 48)
d.num("three months", 3)
d.num("three years", 3)
d.num("40 homes", 40)
d.num("€20m", 20e6)
d.num("more than €100m", 100e6)
d.num("killed [[12]] people", 12)
d.optnum("Rai News [[24]]", 24)
d.optnum("for [[a week]]", 1)
d.optnum("but [[first]] we need", 1)
d.tl("said [[on Tuesday]].", "2025-10-14")
d.tl("30 seconds", "PT30S", "DURATION")
d.tl("48 hours", "PT48H", "DURATION")
d.tl("three months", "P3M", "DURATION")
d.tl("three years", "P3Y", "DURATION")
d.tl("March 2021", "2021-03")
d.tl("on Monday", "2025-10-13")
d.tl("last week", "2025-W41")
d.tl("next month", "2025-11")
d.tl("November 2022", "2022-11")
d.opttl("Monte [[on Tuesday]]", "2025-10-14")
d.opttl("through [[the night]]")
d.opttl("all my life")
d.opttl("for [[a week]]", "P1W")
d.opttl("for [[years]]", "PXY")
d.opttl("later in the week")
d.opttl("[[Days]] of heavy rain", "PXD")
d.opttl("79-year-old", "P79Y")
# A vague reference (TIMEX3 PRESENT_REF/FUTURE_REF) the annotation was silent on.
d.opttl("“[[Now]] we need the state", "PRESENT_REF")
d.bp("By Laura Bennett in Rome")
d.bp("Rescue workers search through debris in San Michele al Monte on Tuesday. (Photo: Marco Bertelli/AFP)")
d.bp("Read more: Europe’s deadliest floods – how a warming climate is making them worse")
d.bp("We need your consent to load this YouTube content. We use YouTube to manage extra content that can set cookies on your device and collect data about your activity.")
DOCS.append(d)


# =====================================================================================
# 7. Sports match report (UK newspaper), scores, ages, match minutes, transfer fees
# =====================================================================================
d = Doc("sport-ashbourne-kingsmoor", "invented UK-newspaper football match report, nutgraf dev set; published Sun 23 Feb 2025",
        "2025-02-23", [
    "Ashbourne City moved three points clear at the top of the Championship with a 3-1 win over Kingsmoor United on Saturday, as £45m summer signing Luca Ferri scored twice on his first start at Ravenswood Park.",
    "The 23-year-old Italian, who arrived from Virtus Liguria in August after a protracted chase, had gone eight games without a goal in all competitions before the weekend.",
    "Ferri opened the scoring in the 12th minute, sweeping in a low cross from Jordan Pike, and doubled the lead five minutes before half-time with a glancing header from a corner.",
    "Kingsmoor, who were relegated from the Premier League last season, pulled one back through Sam Okonjo in the 56th minute, but their hopes of a comeback faded when captain Ryan Doyle was sent off for a second bookable offence 10 minutes later.",
    "Substitute Marcus Adeyemi, 19, sealed the win in the 78th minute with his first senior goal, curling a shot into the top corner from 20 yards.",
    "“Luca has been carrying a lot of pressure because of the price tag, and people forget he is still only 23,” said the City manager, Paul Devereux. “Today he showed everyone why we paid what we paid.”",
    "Devereux said he had “no intention” of selling Ferri in the summer, amid reports that two Premier League clubs were preparing bids of up to £60m.",
    "Kingsmoor manager Steve Whitlock was furious about Doyle’s dismissal. “It’s a soft second yellow and the referee knows it,” he said. “We were the better side for 20 minutes after the break and then we lose our captain. That changes everything.”",
    "Whitlock said the club would not appeal against the red card, which means Doyle, 31, will miss next Saturday’s trip to Hollingbury Town.",
    "The result leaves Kingsmoor seventh, 11 points behind Ashbourne with 13 matches remaining. Ashbourne, who finished 14th last season, have won nine of their last 10 league games.",
    "A crowd of 27,412 watched the game, the largest at Ravenswood Park since the stadium reopened after redevelopment in 2003.",
])
d.actor("Ashbourne City", "organization",
        ["Ashbourne City", "the [[City]] manager", "behind [[Ashbourne]] with", "[[Ashbourne]], who finished"])
d.actor("Championship", "organization", ["Championship"])
d.actor("Kingsmoor United", "organization",
        ["Kingsmoor United", "[[Kingsmoor]], who were relegated", "[[Kingsmoor]] manager Steve",
         "said [[the club]] would", "leaves [[Kingsmoor]] seventh"])
d.actor("Luca Ferri", "person",
        ["Luca Ferri", "[[The 23-year-old Italian]]", "[[Ferri]] opened", "“[[Luca]] has been", "selling [[Ferri]]"])
d.actor("Virtus Liguria", "organization", ["Virtus Liguria"])
d.actor("Jordan Pike", "person", ["Jordan Pike"])
d.actor("Premier League", "organization", ["from the [[Premier League]] last", "two [[Premier League]] clubs"])
d.actor("Sam Okonjo", "person", ["Sam Okonjo"])
d.actor("Ryan Doyle", "person", ["Ryan Doyle", "[[Doyle]]’s dismissal", "means [[Doyle]], 31"],
        optional=["lose [[our captain]]"])
d.actor("Marcus Adeyemi", "person", ["Marcus Adeyemi"])
d.actor("Paul Devereux", "person", ["Paul Devereux", "[[Devereux]] said he had"])
d.actor("Steve Whitlock", "person", ["Steve Whitlock", "[[Whitlock]] said the club"])
d.actor("Hollingbury Town", "organization", ["Hollingbury Town"])
d.actor("Ravenswood Park", "place", ["start at [[Ravenswood Park]]", "largest at [[Ravenswood Park]]",
                                     "since [[the stadium]] reopened"])
d.actor("referee", "person", [], optional=["[[the referee]] knows"])
DEV = ["Paul Devereux", "Devereux"]
WHIT = ["Steve Whitlock", "Whitlock"]
d.quote("Luca has been carrying", "Paul Devereux", DEV)
d.quote("Today he showed", "Paul Devereux", DEV)
d.quote("no intention", "Paul Devereux", DEV)
d.quote("It’s a soft second", "Steve Whitlock", WHIT)
d.quote("We were the better side", "Steve Whitlock", WHIT)
d.num("three points", 3)
d.num("a [[3]]-1 win", 3)
d.num("a 3-[[1]] win", 1)
d.num("£45m", 45e6)
d.num("scored [[twice]]", 2)
d.num("23-year-old", 23)
d.num("eight games", 8)
d.num("five minutes", 5)
d.num("[[10 minutes]] later", 10)
d.num("Adeyemi, [[19]]", 19)
d.num("20 yards", 20)
d.num("still only [[23]]", 23)
d.num("[[two]] Premier League clubs", 2)
d.num("up to £60m", 60e6)
d.num("20 minutes", 20)
d.num("Doyle, [[31]]", 31)
d.num("11 points", 11)
d.num("13 matches", 13)
d.num("[[nine]] of their", 9)
d.num("last [[10]] league", 10)
d.num("27,412", 27412)
d.optnum("his [[first]] start", 1)
d.optnum("12th", 12)
d.optnum("pulled [[one]] back", 1)
d.optnum("56th", 56)
d.optnum("a [[second]] bookable", 2)
d.optnum("78th", 78)
d.optnum("his [[first]] senior", 1)
d.optnum("soft [[second]] yellow", 2)
d.optnum("seventh", 7)
d.optnum("14th", 14)
d.tl("on Saturday", "2025-02-22")
d.tl("in [[August]]", "2024-08")
d.tl("five minutes", "PT5M", "DURATION")
d.tl("[[10 minutes]] later", "PT10M", "DURATION")
d.tl("in [[the summer]]", "2025-SU")
d.tl("20 minutes", "PT20M", "DURATION")
d.tl("[[next Saturday]]’s trip", "2025-03-01")
d.tl("2003", "2003")
d.opttl("[[summer]] signing", "2024-SU")
d.opttl("the weekend")
d.opttl("half-time")
d.opttl("Premier League [[last season]]")
d.opttl("14th [[last season]]")
d.opttl("“[[Today]] he showed", "2025-02-22")
d.opttl("23-year-old", "P23Y")
d.opttl("after [[the break]]")
DOCS.append(d)

# =====================================================================================
# 8. Science/health (BBC-style), study figures, ratios, researchers quoted, furniture
# =====================================================================================
d = Doc("health-sleep-blood-pressure", "invented BBC-style health/science article, nutgraf dev set; published Wed 12 Mar 2025",
        "2025-03-12", [
    "By Rachel Simmons, Health reporter",
    "Adults who regularly sleep fewer than six hours a night are twice as likely to develop high blood pressure as those who get seven to eight hours, according to a large UK study.",
    "Researchers at the University of Eastbridge tracked 1,024 adults aged between 40 and 65 for five years. None had high blood pressure when the study began in 2018.",
    "By the end of the study, 31% of the short sleepers had been diagnosed with hypertension, compared with 15% of those who slept seven hours or more. The findings are published in the Journal of Cardiometabolic Sleep Research.",
    "Image caption, Experts say many adults routinely get less sleep than they need",
    "“We were struck by how strong the link was, even after we accounted for weight, smoking and alcohol,” said Dr Hannah Okoye, lead author of the study. “Sleep is not a luxury. It matters to the heart as much as diet and exercise do.”",
    "About a third of the participants said they regularly slept less than that on weeknights, most often because of work or caring responsibilities. Shift workers made up 18% of that group.",
    "The link was strongest among men under 50, who were 2.4 times as likely as well-rested men of the same age to develop the condition.",
    "Co-author Professor Mark Ellison, of the university’s School of Medicine, said the results did not prove that short sleep caused high blood pressure, but that the association was “consistent and worrying”.",
    "“We can’t rule out that something else is driving both,” he said. “But if you are regularly getting five hours a night, that is worth mentioning to your GP.”",
    "Read more: Why do we dream? Scientists are getting closer to an answer",
    "The Cardiac Research Trust (CRT), which part-funded the work, said high blood pressure affected around 14 million adults in the UK, many of whom did not know they had it.",
    "Its director of research, Dr Sunita Rao, said: “This is a large, well-designed study that adds to a growing body of evidence. The message for the public is simple: protect your sleep.”",
    "The researchers now plan to follow the same group for a further five years to see whether improving sleep can reverse the risk.",
    "Share this article",
])
d.actor("University of Eastbridge", "organization", ["University of Eastbridge", "[[the university]]’s School"])
d.actor("School of Medicine", "organization", [], optional=["School of Medicine"])
d.actor("Eastbridge research team", "group", [], optional=["[[Researchers]] at the University", "[[The researchers]] now plan"])
d.actor("Journal of Cardiometabolic Sleep Research", "organization", ["Journal of Cardiometabolic Sleep Research"])
d.actor("Hannah Okoye", "person", ["Hannah Okoye"], optional=["[[lead author]] of the study"])
d.actor("Mark Ellison", "person", ["Mark Ellison"])
d.actor("Cardiac Research Trust", "organization", ["Cardiac Research Trust", "CRT"])
d.actor("Sunita Rao", "person", ["Sunita Rao"])
d.actor("United Kingdom", "place", ["in [[the UK]]"], optional=["a large [[UK]] study"])
d.actor("Rachel Simmons", "person", [], optional=["Rachel Simmons"])
OKO = ["Hannah Okoye", "Dr Hannah Okoye", "Okoye"]
ELL = ["Mark Ellison", "Professor Mark Ellison", "Ellison"]
d.quote("We were struck", "Hannah Okoye", OKO)
d.quote("Sleep is not a luxury", "Hannah Okoye", OKO)
d.quote("consistent and worrying", "Mark Ellison", ELL)
d.quote("We can’t rule out", "Mark Ellison", ELL)
d.quote("But if you are regularly", "Mark Ellison", ELL)
d.quote("This is a large", "Sunita Rao", ["Sunita Rao", "Dr Sunita Rao"])
d.num("fewer than six hours", 6)
d.num("twice", 2)
d.num("[[seven]] to eight hours", 7)
d.num("seven to [[eight hours]]", 8)
d.num("1,024", 1024)
d.num("between [[40]] and", 40)
d.num("and [[65]] for", 65)
d.num("for [[five years]]. None", 5)
d.num("31%", 31)
d.num("15%", 15)
d.num("slept [[seven hours]] or more", 7)
d.num("About a third", 0.333)
d.num("18%", 18)
d.num("under 50", 50)
d.num("2.4 times", 2.4)
d.num("five hours", 5)
d.num("around 14 million", 14e6)
d.num("a further [[five years]]", 5)
d.tl("fewer than [[six hours]]", "PT6H", "DURATION")
d.tl("for [[five years]]. None", "P5Y", "DURATION")
d.tl("2018", "2018")
d.tl("slept [[seven hours]] or more", "PT7H", "DURATION")
d.tl("five hours", "PT5H", "DURATION")
d.tl("a further [[five years]]", "P5Y", "DURATION")
d.opttl("seven to eight hours")
d.opttl("six hours [[a night]]")
d.opttl("five hours [[a night]]")
d.opttl("weeknights")
d.opttl("By the end of the study")
# A vague reference (TIMEX3 PRESENT_REF/FUTURE_REF) the annotation was silent on.
d.opttl("The researchers [[now]] plan", "PRESENT_REF")
d.bp("By Rachel Simmons, Health reporter")
d.bp("Image caption, Experts say many adults routinely get less sleep than they need")
d.bp("Read more: Why do we dream? Scientists are getting closer to an answer")
d.bp("Share this article")
DOCS.append(d)

# =====================================================================================
# 9. Local crime/court (UK local paper), police statements, two-paragraph family statement
# =====================================================================================
d = Doc("local-harbridge-cyclist-death", "invented UK local-newspaper crime/court article, nutgraf dev set; published Mon 24 Feb 2025",
        "2025-02-24", [
    "A 34-year-old man has been charged with causing death by dangerous driving after a cyclist was killed in a hit-and-run in Harbridge earlier this month.",
    "Jamie Fletcher, 27, was struck by a van on Quarry Road at about 11.40pm on 8 February and died at the scene, Wessex Police said.",
    "Daniel Mercer, of Oakfield Lane, Harbridge, was charged on Saturday with causing death by dangerous driving and failing to stop after a collision, the force said.",
    "He has been released on bail and will appear at Harbridge Magistrates' Court on 3 March.",
    "A police spokesperson said officers had recovered a white van in the nearby village of Elmstead two days after the crash. “We are grateful to the members of the public who came forward with information, including dashcam footage,” the spokesperson said. “Our thoughts remain with Jamie’s family and friends.”",
    "In a statement released through the force, the family of Jamie Fletcher said: “Jamie was the heart of our family. He was kind, funny and endlessly patient, and he would drop everything to help anyone who needed it.",
    "“He had just started training to become a paramedic and was so excited about the future. We will never understand why the driver did not stop. We ask that people now give us the privacy to grieve.”",
    "More than 300 people gathered on Quarry Road on Sunday evening for a vigil, where friends left flowers and a bicycle painted white.",
    "Councillor Priya Shah, who represents the area on Harbridge Town Council, said residents had complained about speeding on the road for years. “This is a stretch that people have been warning about for a long time. It should not have taken a death for anyone to listen,” she said.",
    "Anyone with information is asked to call Wessex Police on 101, quoting incident 1187 of 8 February.",
])
d.actor("Daniel Mercer", "person", ["Daniel Mercer"], optional=["A 34-year-old man"])
d.actor("Jamie Fletcher", "person", ["[[Jamie Fletcher]], 27", "family of [[Jamie Fletcher]] said",
                                     "“[[Jamie]] was the heart", "with [[Jamie]]’s family"],
        optional=["[[a cyclist]] was killed"])
d.actor("Harbridge", "place", ["hit-and-run in [[Harbridge]]", "Oakfield Lane, [[Harbridge]]"])
d.actor("Quarry Road", "place", ["van on [[Quarry Road]]", "gathered on [[Quarry Road]]"],
        optional=["speeding on [[the road]]"])
d.actor("Wessex Police", "organization",
        ["[[Wessex Police]] said.", "collision, [[the force]] said", "released through [[the force]]",
         "call [[Wessex Police]]"],
        optional=["A police spokesperson", "[[the spokesperson]] said", "said [[officers]] had"])
d.actor("Oakfield Lane", "place", ["Oakfield Lane"])
d.actor("Harbridge Magistrates' Court", "organization", ["Harbridge Magistrates' Court"])
d.actor("Elmstead", "place", ["village of [[Elmstead]]"])
d.actor("Fletcher family", "group", ["[[the family]] of Jamie"],
        optional=["Jamie’s [[family]] and friends", "heart of [[our family]]"])
d.actor("driver of the van", "person", [], optional=["why [[the driver]] did not"])
d.actor("Priya Shah", "person", ["Priya Shah"])
d.actor("Harbridge Town Council", "organization", ["Harbridge Town Council"])
POL = ["Wessex Police", "police", "A police spokesperson", "police spokesperson", "the spokesperson", "spokesperson"]
POLSP = ["A police spokesperson", "[[the spokesperson]] said"]
FAM = ["family", "the family", "Fletcher family", "the family of Jamie Fletcher", "Jamie Fletcher's family"]
d.quote("We are grateful", "Wessex Police", POL, POLSP)
d.quote("Our thoughts remain", "Wessex Police", POL, POLSP)
d.quote("Jamie was the heart", "Fletcher family", FAM, ["[[the family]] of Jamie"])
d.quote("He had just started", "Fletcher family", FAM, ["[[the family]] of Jamie"])
d.quote("This is a stretch", "Priya Shah", ["Priya Shah", "Councillor Priya Shah", "Shah"])
d.num("34-year-old", 34)
d.num("Fletcher, [[27]]", 27)
d.num("two days", 2)
d.num("More than 300", 300)
d.optnum("101", 101)
d.optnum("1187", 1187)
d.tl("earlier this month", "2025-02")
d.tl("[[11.40pm on 8 February]] and", "2025-02-08T23:40")  # TIMEX3: the clock time and its day, one expression
d.tl("on Saturday", "2025-02-22")
d.tl("3 March", "2025-03-03")
d.tl("two days", "P2D", "DURATION")
d.tl("Sunday evening", "2025-02-23TEV")     # as "Monday night" in us-rialto-theater
d.tl("1187 of [[8 February]]", "2025-02-08")
d.opttl("34-year-old", "P34Y")
d.opttl("for years")
d.opttl("a long time")
# A vague reference (TIMEX3 PRESENT_REF/FUTURE_REF) the annotation was silent on.
d.opttl("excited about [[the future]]", "FUTURE_REF")
d.opttl("We ask that people [[now]] give", "PRESENT_REF")
DOCS.append(d)

# =====================================================================================
# 10. Tech business (US wire/business desk), straight quotes, Inc./Corp., quarters, fiscal year
# =====================================================================================
d = Doc("tech-cindral-earnings", "invented US business-news tech earnings article, nutgraf dev set; published Thu 30 Oct 2025",
        "2025-10-30", [
    "SAN JOSE, Calif. — Shares of Cindral Systems Inc. jumped 12% in extended trading Wednesday after the cloud-security company reported quarterly results that beat Wall Street forecasts and raised its outlook for fiscal 2025.",
    "Revenue rose 18% to $2.5 billion in Q3, the three months ended Sept. 30, from $2.12 billion a year earlier. Analysts surveyed by FactSet had expected $2.41 billion. Net income was $312 million, or $0.94 a share.",
    "The company now expects fiscal 2025 revenue of $9.6 billion to $9.7 billion, up from its previous forecast of $9.3 billion.",
    "Chief Executive Officer Dana Whitcombe said demand had been driven by large customers replacing patchworks of older security tools.",
    "\"Customers are tired of stitching together 10 different products,\" she said. \"They want one platform, and right now they're choosing us.\"",
    "The results come three months after Cindral agreed to buy Hollis Data Corp. for $1.1 billion in cash, the biggest acquisition in its history. The deal, which is under review by the Federal Trade Commission, is expected to close in the first quarter of 2026.",
    "\"Hollis gives us the data layer we were missing,\" Whitcombe said. \"We expect it to add to earnings within 12 months of closing.\"",
    "Chief Financial Officer Raj Menon said the company would spend about $400 million buying back its own shares in the fourth quarter. Operating margin widened to 21.5% from 17.8% in Q3 last year, he said.",
    "Not everyone was convinced. \"The quarter was clean, but the guidance assumes the Hollis integration goes perfectly, and integrations rarely do,\" said Ben Aldridge, an analyst at Marlow Securities, who rates the stock \"hold.\"",
    "Cindral shares have risen 38% so far this year, outpacing the Nasdaq Composite's 19% gain. Rival Palisade Networks Inc. fell 2.1% in after-hours trading, while Hollis, which trades separately until the deal closes, rose 0.8%.",
    "Cindral, which is based in San Jose and employs about 14,000 people, will hold its annual investor day on Nov. 18.",
])
d.actor("Cindral Systems Inc.", "organization",
        ["Cindral Systems Inc.", "the [[cloud-security company]]", "[[The company]] now expects",
         "after [[Cindral]] agreed", "said [[the company]] would spend", "[[Cindral]] shares have",
         "[[Cindral]], which is based"])
d.actor("Dana Whitcombe", "person", ["Dana Whitcombe", "[[Whitcombe]] said."])
d.actor("Hollis Data Corp.", "organization",
        ["Hollis Data Corp.", "\"[[Hollis]] gives us", "the [[Hollis]] integration", "while [[Hollis]], which"])
d.actor("FactSet", "organization", ["FactSet"])
d.actor("Federal Trade Commission", "organization", ["Federal Trade Commission"])
d.actor("Raj Menon", "person", ["Raj Menon"])
d.actor("Ben Aldridge", "person", ["Ben Aldridge"], optional=["Aldridge, [[an analyst]] at Marlow"])
d.actor("Marlow Securities", "organization", ["Marlow Securities"])
d.actor("Palisade Networks Inc.", "organization", ["Palisade Networks Inc."])
d.actor("San Jose", "place", ["based in [[San Jose]]"], optional=["SAN JOSE"])
d.actor("California", "place", [], optional=["Calif."])
d.actor("Wall Street", "other", [], optional=["Wall Street"])
d.actor("Nasdaq Composite", "other", [], optional=["the [[Nasdaq Composite]]'s"])
WHC = ["Dana Whitcombe", "Whitcombe"]
d.quote("Customers are tired", "Dana Whitcombe", WHC)
d.quote("They want one platform", "Dana Whitcombe", WHC)
d.quote("Hollis gives us", "Dana Whitcombe", WHC)
d.quote("We expect it to add", "Dana Whitcombe", WHC)
d.quote("The quarter was clean", "Ben Aldridge", ["Ben Aldridge"])
d.optquote("hold.\"")
d.num("12%", 12)
d.num("18%", 18)
d.num("$2.5 billion", 2.5e9)
d.num("the [[three months]] ended", 3)
d.num("$2.12 billion", 2.12e9)
d.num("$2.41 billion", 2.41e9)
d.num("$312 million", 312e6)
d.num("$0.94", 0.94)
d.num("$9.6 billion", 9.6e9)
d.num("$9.7 billion", 9.7e9)
d.num("$9.3 billion", 9.3e9)
d.num("[[10]] different", 10)
d.num("come [[three months]] after", 3)
d.num("$1.1 billion", 1.1e9)
d.num("12 months", 12)
d.num("about $400 million", 400e6)
d.num("21.5%", 21.5)
d.num("17.8%", 17.8)
d.num("38%", 38)
d.num("19%", 19)
d.num("2.1%", 2.1)
d.num("0.8%", 0.8)
d.num("about 14,000", 14000)
d.optnum("want [[one]] platform", 1)
d.tl("trading [[Wednesday]]", "2025-10-29")
d.tl("outlook for [[fiscal 2025]]", "2025")
d.tl("$2.5 billion in [[Q3]]", "2025-Q3")
d.tl("Sept. 30", "2025-09-30")
d.tl("expects [[fiscal 2025]] revenue", "2025")
d.tl("come [[three months]] after", "P3M", "DURATION")
d.tl("the first quarter of 2026", "2026-Q1")
d.tl("12 months", "P12M", "DURATION")
d.tl("the fourth quarter", "2025-Q4")
d.tl("Q3 last year", "2024-Q3")
d.tl("so far [[this year]]", "2025")
d.tl("Nov. 18", "2025-11-18")
d.opttl("the [[three months]] ended")
d.opttl("a year earlier", "2024-Q3")
d.opttl("right now", "PRESENT_REF")
d.opttl("[[The quarter]] was clean", "2025-Q3")
d.opttl("quarterly")
d.opttl("annual")
# A vague reference (TIMEX3 PRESENT_REF/FUTURE_REF) the annotation was silent on.
d.opttl("The company [[now]] expects fiscal", "PRESENT_REF")
DOCS.append(d)

# =====================================================================================
# 11. Election explainer (Australian news site), party acronyms, polls, subheads
# =====================================================================================
d = Doc("politics-australia-election-explainer", "invented Australian news-site election explainer, nutgraf dev set; published Fri 15 Aug 2025",
        "2025-08-15", [
    "Australians vote on 30 August in a federal election that opinion polls suggest has become a genuine contest. Here is what you need to know.",
    "Who is running?",
    "The governing Australian Progressive Party (APP), led by Prime Minister Fiona Hale, is seeking a third term after winning the 2019 election and holding on narrowly in 2022.",
    "Its main challenger is the National Reform Party (NRP), led by Opposition Leader Craig Dunmore, a former cattle farmer and state treasurer from Queensland. The party has promised to cut fuel excise by 20 cents a litre and to hold a royal commission into power prices.",
    "The Greens and a loose group of independents known as the Community Voices bloc could hold the balance of power if neither major party wins a majority in the 151-seat House of Representatives.",
    "What do the polls say?",
    "A survey by Harbour Polling published on Tuesday put the APP ahead on the primary vote by 42% to 38%, with the Greens on 11%. That is narrower than the eight-point lead the party enjoyed in June.",
    "The poll of 1,600 voters had a margin of error of 2.5 percentage points, meaning the race is closer than the headline figures suggest.",
    "What are the leaders saying?",
    "Campaigning at a school in western Sydney on Thursday, Ms Hale said voters faced a choice between “steady hands and a risky experiment”.",
    "“Australians have worked too hard to get inflation down for the NRP to gamble it away on promises they cannot pay for,” Ms Hale said.",
    "Mr Dunmore, speaking at a petrol station in Brisbane, accused the government of being “out of ideas and out of touch” after six years in office.",
    "“Families are paying more for everything, and this Prime Minister wants a medal for it,” he told reporters. “On 30 August, people can send her a message.”",
    "What happens next?",
    "The two leaders will meet for their third and final televised debate next Thursday in Melbourne.",
    "Voting is compulsory for the roughly 18 million people on the electoral roll. The Australian Electoral Commission (AEC) said more than 2.1 million had already cast early ballots, a record at this stage of a campaign.",
    "Counting begins when polls close at 6pm, although the AEC has warned that close seats could take up to two weeks to call if they come down to postal votes.",
])
d.actor("Australian Progressive Party", "organization",
        ["Australian Progressive Party", "[[the party]] enjoyed"], every=[("APP", 2)])
d.actor("National Reform Party", "organization",
        ["National Reform Party", "[[The party]] has promised"], every=[("NRP", 2)])
d.actor("Fiona Hale", "person", ["Fiona Hale"], optional=["[[this Prime Minister]] wants"], every=[("Ms Hale", 2)])
d.actor("Craig Dunmore", "person", ["Craig Dunmore", "Mr Dunmore"], optional=["[[a former cattle farmer]]"])
d.actor("Queensland", "place", ["Queensland"])
d.actor("Greens", "organization", [], every=[("Greens", 2)])
d.actor("Community Voices", "organization", ["Community Voices"])
d.actor("House of Representatives", "organization", ["House of Representatives"])
d.actor("Harbour Polling", "organization", ["Harbour Polling"])
d.actor("Sydney", "place", ["Sydney"])
d.actor("Brisbane", "place", ["Brisbane"])
d.actor("Australian government", "organization", ["the government"])
d.actor("Melbourne", "place", ["Melbourne"])
d.actor("Australian Electoral Commission", "organization", ["Australian Electoral Commission"], every=[("AEC", 2)])
d.actor("Australia", "place", [], optional=["[[Australians]] vote", "“[[Australians]] have"])
d.actor("party leaders", "group", [], optional=["[[The two leaders]] will"])
HALE = ["Fiona Hale", "Ms Hale", "Hale", "Prime Minister Fiona Hale"]
DUN = ["Craig Dunmore", "Mr Dunmore", "Dunmore", "Opposition Leader Craig Dunmore"]
d.quote("steady hands", "Fiona Hale", HALE)
d.quote("Australians have worked", "Fiona Hale", HALE)
d.quote("out of ideas", "Craig Dunmore", DUN)
d.quote("Families are paying", "Craig Dunmore", DUN)
d.quote("On 30 August, people", "Craig Dunmore", DUN)
d.num("20 cents", 20)
d.num("151-seat", 151)
d.num("42%", 42)
d.num("38%", 38)
d.num("11%", 11)
d.num("eight-point", 8)
d.num("1,600", 1600)
d.num("2.5 percentage points", 2.5)
d.num("six years", 6)
d.num("The [[two]] leaders", 2)
d.num("roughly 18 million", 18e6)
d.num("more than 2.1 million", 2.1e6)
d.num("up to two weeks", 2)
d.optnum("a [[third]] term", 3)
d.optnum("their [[third]] and final", 3)
d.tl("vote on [[30 August]]", "2025-08-30")
d.tl("the [[2019]] election", "2019")
d.tl("2022", "2022")
d.tl("on Tuesday", "2025-08-12")
d.tl("in [[June]]", "2025-06")
d.tl("on Thursday", "2025-08-14")
d.tl("six years", "P6Y", "DURATION")
d.tl("“On [[30 August]], people", "2025-08-30")
d.tl("next Thursday", "2025-08-21")
d.tl("two weeks", "P2W", "DURATION")
d.opttl("6pm")
d.opttl("20 cents [[a litre]]")
DOCS.append(d)

# =====================================================================================
# 12. Long-form feature (US magazine), present-tense "says", partial and scare quotes,
#     a book title in quotes, furniture (photo credit, cookie notice, share line)
# =====================================================================================
d = Doc("feature-night-shift-nurses", "invented US magazine-style long-form feature, nutgraf dev set; published Sun 8 Jun 2025",
        "2025-06-08", [
    "At 6:45 a.m., as the night shift at St. Brendan’s Medical Center in Tucson winds down, the nurses on the fourth floor sit down for the first time in 11 hours.",
    "“People think the hard part is the blood, or the dying. It isn’t,” says Maria Gomez, 52, a nurse who has worked nights on the hospital’s cardiac ward for 19 years. “The hard part is the paperwork at 4 a.m., when your eyes won’t focus.”",
    "Gomez is one of 38 nurses on the ward and one of only a handful who were here before the pandemic. Nationally, about one in five hospital nurses left the profession between 2020 and 2023, according to the Nursing Workforce Institute, a nonprofit research group.",
    "Dwayne Ellery, left, and Maria Gomez during a shift change on the cardiac ward. Photograph: Lucia Benitez for The Sonoran Ledger",
    "She does not describe herself as a hero. When the hospital hung banners calling its staff “healthcare heroes” in 2020, she found the gesture “well meant, but a little insulting”.",
    "“A hero is someone who chooses to run into the fire. We didn’t choose it. We just didn’t leave,” she says.",
    "Her colleague Dwayne Ellery, 34, joined the ward straight out of nursing school in 2019. He remembers the spring of 2020 as “a blur of gowns and phone calls”, holding up tablets so that patients could say goodbye to their families.",
    "“I was 29. I had never seen anyone die before that year, and then I saw it every week,” says Ellery. “You don’t get over that. You learn to carry it.”",
    "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Manage preferences",
    "The hospital says it has raised night-shift pay by 15% since 2022 and hired 120 nurses in the past year. Its chief nursing officer, Angela Brooks, calls retention “the single biggest challenge we face”.",
    "“We can pay more, and we have. But nurses don’t leave over money alone. They leave because they are exhausted,” Brooks says.",
    "Gomez has written about those years in a memoir, “Night Ward: Notes From the Cardiac Floor,” which a small Arizona press will publish next month. She wrote most of it, she says, on her breaks, in the hospital chapel, between 2 and 4 in the morning.",
    "Asked whether she would recommend nursing to her own daughter, who is 17, Gomez is quiet for a long time.",
    "“Yes,” she says eventually. “But I would tell her what nobody told me: learn to ask for help before you need it.”",
    "Share this article",
])
d.actor("St. Brendan’s Medical Center", "organization",
        ["St. Brendan’s Medical Center", "[[the hospital]]’s cardiac ward", "When [[the hospital]] hung",
         "[[The hospital]] says"],
        optional=["in [[the hospital]] chapel"])
d.actor("cardiac ward", "place", [],
        optional=["hospital’s [[cardiac ward]]", "nurses on [[the ward]]", "joined [[the ward]]",
                  "on [[the cardiac ward]]. Photograph"])
d.actor("Tucson", "place", ["Tucson"])
d.actor("Arizona", "place", [], optional=["[[Arizona]] press"])
d.actor("Maria Gomez", "person",
        ["says [[Maria Gomez]], 52", "[[Gomez]] is one of", "and [[Maria Gomez]] during", "[[Gomez]] has written",
         "[[Gomez]] is quiet"], optional=["52, [[a nurse]]"])
d.actor("Nursing Workforce Institute", "organization", ["Nursing Workforce Institute"],
        optional=["[[a nonprofit research group]]"])
d.actor("Dwayne Ellery", "person", ["[[Dwayne Ellery]], left", "colleague [[Dwayne Ellery]]", "says [[Ellery]]."])
d.actor("Angela Brooks", "person", ["Angela Brooks", "[[Brooks]] says"])
d.actor("Lucia Benitez", "person", [], optional=["Lucia Benitez"])
d.actor("The Sonoran Ledger", "organization", [], optional=["The Sonoran Ledger"])
GOM = ["Maria Gomez", "Gomez"]
ELY = ["Dwayne Ellery", "Ellery"]
BRO = ["Angela Brooks", "Brooks"]
d.quote("People think the hard part", "Maria Gomez", GOM)
d.quote("The hard part is the paperwork", "Maria Gomez", GOM)
d.quote("well meant", "Maria Gomez", GOM)
d.quote("A hero is someone", "Maria Gomez", GOM)
d.quote("a blur of gowns", "Dwayne Ellery", ELY)
d.quote("I was 29", "Dwayne Ellery", ELY)
d.quote("You don’t get over", "Dwayne Ellery", ELY)
d.quote("the single biggest", "Angela Brooks", BRO)
d.quote("We can pay more", "Angela Brooks", BRO)
d.quote("[[Yes]],” she says", "Maria Gomez", GOM)
d.quote("But I would tell her", "Maria Gomez", GOM)
d.optquote("healthcare heroes")          # scare quote
d.notquote("Night Ward: Notes")          # book title
d.num("11 hours", 11)
d.num("Gomez, [[52]]", 52)
d.num("19 years", 19)
d.num("one of [[38]]", 38)
d.num("about one in five", 0.2)
d.num("Ellery, [[34]]", 34)
d.num("I was [[29]]", 29)
d.num("15%", 15)
d.num("hired [[120]] nurses", 120)
d.num("who is [[17]]", 17)
d.optnum("the [[fourth]] floor", 4)
d.optnum("the [[first]] time", 1)
d.optnum("Gomez is [[one]] of 38", 1)
d.optnum("and [[one]] of only", 1)
d.tl("11 hours", "PT11H", "DURATION")
d.tl("19 years", "P19Y", "DURATION")
d.tl("between [[2020]] and", "2020")
d.tl("and [[2023]]", "2023")
d.tl("heroes” in [[2020]]", "2020")
d.tl("school in [[2019]]", "2019")
d.tl("the spring of 2020", "2020-SP")
d.tl("since [[2022]]", "2022")
d.tl("the past year", "P1Y", "DURATION")
d.tl("next month", "2025-07")
d.opttl("6:45 a.m.")
d.opttl("4 a.m.")
d.opttl("that year", "2020")
d.opttl("every week")
d.opttl("those years")
d.opttl("between 2 and 4 in the morning")
d.bp("Dwayne Ellery, left, and Maria Gomez during a shift change on the cardiac ward. Photograph: Lucia Benitez for The Sonoran Ledger")
d.bp("We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Manage preferences")
d.bp("Share this article")
DOCS.append(d)

# =====================================================================================
# Held-out set (heldout.jsonl): four more articles, annotated before nutgraf was run on
# them and never used to tune rules; a check that changes tuned on the twelve above generalise.
# =====================================================================================
HELDOUT = []

# -------------------------------------------------------------------------------------
# H1. Science/environment (Guardian-style), curly quotes, river and its descriptions, decades
# -------------------------------------------------------------------------------------
d = Doc("env-tamsey-otters", "invented environment-news article, nutgraf held-out set; published Thu 12 Jun 2025",
        "2025-06-12", [
    "Otters have returned to every stretch of the River Tamsey for the first time in more than 60 years, a survey published on Wednesday has found, in what conservationists called a turning point for one of England’s most polluted rivers.",
    "Volunteers from the Tamsey Rivers Trust checked 212 sites along the river and its tributaries between January and April, and found otter droppings or footprints at 187 of them, up from 41 when the trust last carried out the survey in 2015.",
    "Dr Helen Marsh, an ecologist at the University of Northfield who analysed the data, said the recovery had been “faster than any of us dared to hope”.",
    "“Otters are a top predator, so they only come back when there are enough fish, and there are only enough fish when the water is clean,” she said. “This tells us the river is healing.”",
    "The Tamsey was declared biologically dead in the 1960s after decades of discharges from textile mills and sewage works. The Environment Agency said water quality had improved steadily since the last mill closed in 1998, but warned that storm overflows remained a problem.",
    "Figures from the agency show that sewage was released into the river from overflows on 1,140 occasions last year, mostly after heavy rain. Ashworth Water, the utility that runs the overflows, said it would spend £96m on new storage tanks by 2030.",
    "A spokesperson for the company said: “We know there is more to do, and we are determined to do it.”",
    "Not everyone is celebrating. Campaign group Clean Tamsey, which has filmed discharges near the village of Holme Bridge, said the otter figures risked giving a false picture. “Otters are tough. Their return is good news, but it does not mean the river is fit for swimming,” said its founder, Raj Patel.",
    "Natural England, the government’s conservation adviser, said the findings would help it decide whether the Tamsey should be given special protection. The trust plans to repeat the survey in 2028.",
])
d.actor("River Tamsey", "place",
        ["River Tamsey", "along [[the river]] and its", "tells us [[the river]] is", "[[The Tamsey]] was declared",
         "released into [[the river]] from", "mean [[the river]] is fit", "whether [[the Tamsey]] should"])
d.actor("England", "place", ["[[England]]’s most"])
d.actor("Tamsey Rivers Trust", "organization", ["Tamsey Rivers Trust", "when [[the trust]] last", "[[The trust]] plans"])
d.actor("Helen Marsh", "person", ["Helen Marsh"], optional=["[[an ecologist]]"])
d.actor("University of Northfield", "organization", ["University of Northfield"])
d.actor("Environment Agency", "organization", ["Environment Agency", "Figures from [[the agency]]"])
d.actor("Ashworth Water", "organization", ["Ashworth Water", "[[the utility]] that runs", "spokesperson for [[the company]]"])
d.actor("Clean Tamsey", "organization", ["Clean Tamsey"])
d.actor("Holme Bridge", "place", ["Holme Bridge"])
d.actor("Raj Patel", "person", ["Raj Patel"])
d.actor("Natural England", "organization", ["Natural England"], optional=["government’s [[conservation adviser]]"])
d.actor("UK government", "organization", [], optional=["the [[government]]’s"])
MARSH = ["Helen Marsh", "Dr Helen Marsh", "Marsh"]
d.quote("faster than any of us", "Helen Marsh", MARSH)
d.quote("Otters are a top predator", "Helen Marsh", MARSH)
d.quote("This tells us", "Helen Marsh", MARSH)
d.quote("We know there is more", "Ashworth Water", ["Ashworth Water", "A spokesperson for the company"],
        ["A spokesperson for the company"])
d.quote("Otters are tough", "Raj Patel", ["Raj Patel", "Patel"])
d.num("more than 60 years", 60)
d.num("212", 212)
d.num("187", 187)
d.num("41", 41)
d.num("1,140", 1140)
d.num("£96m", 96e6)
d.optnum("the [[first]] time", 1)
d.optnum("[[one]] of England", 1)
d.tl("more than 60 years", "P60Y", "DURATION")
d.tl("on Wednesday", "2025-06-11")
d.tl("January", "2025-01")
d.tl("April", "2025-04")
d.tl("2015", "2015")
d.tl("the 1960s", "196")
d.tl("1998", "1998")
d.tl("last year", "2024")
d.tl("2030", "2030")
d.tl("2028", "2028")
d.opttl("decades")
HELDOUT.append(d)

# -------------------------------------------------------------------------------------
# H2. US local government, dateline, straight quotes, a bridge, a street and a shop sharing names
# -------------------------------------------------------------------------------------
d = Doc("council-harlan-bridge", "invented US local-newspaper council article, nutgraf held-out set; published Tue 4 Mar 2025",
        "2025-03-04", [
    "PORT ALDER, Ore. — The Port Alder City Council voted 5-2 Monday night to close the Harlan Street Bridge to cars for at least 18 months, after engineers warned that the 94-year-old span could no longer safely carry traffic.",
    "The bridge, which carries about 9,000 vehicles a day over the Alder River, will stay open to pedestrians and cyclists. Drivers will be sent to the Route 6 crossing, adding up to 4 miles to some trips.",
    "Mayor Linda Reyes, who voted for the closure, said the council had no real choice. \"We are not going to gamble with people's lives,\" she said. \"If that bridge fails, it fails with a school bus on it.\"",
    "Councilman Doug Feeney, one of the two no votes, said the city had ignored warnings for years. \"This didn't sneak up on anyone. We were told in 2015 the bridge needed work, and we kept kicking the can down the road,\" Feeney said.",
    "A report by Kessler & Wynn Engineering, which inspected the bridge in January, found corrosion in 11 of its 16 steel beams and rated the deck \"critical,\" the lowest score short of closure under Oregon Department of Transportation guidelines.",
    "Replacing the bridge is expected to cost $38 million. The city has applied for a $24 million federal grant and will ask voters to approve a bond measure in November to cover the rest, City Manager Tom Brandt told the council.",
    "Business owners on the east side of the river say the closure will hurt them. Sue Lindqvist, who owns Lindqvist Hardware on Harlan Street, said about a third of her customers drive across from the west side. \"Eighteen months is a long time for a small shop,\" she said.",
    "The Port Alder School District said it would reroute three bus routes starting March 17. The closure takes effect at 6 a.m. on March 10, and a public meeting on the design of a new bridge will be held April 2 at City Hall.",
])
d.actor("Port Alder", "place", ["said [[the city]] had ignored", "[[The city]] has applied"], optional=["PORT ALDER"])
d.actor("Oregon", "place", [], optional=["Ore."])
d.actor("Port Alder City Council", "organization",
        ["Port Alder City Council", "said [[the council]] had no", "told [[the council]]."])
d.actor("Harlan Street Bridge", "place",
        ["Harlan Street Bridge", "[[the 94-year-old span]]", "[[The bridge]], which carries", "in 2015 [[the bridge]]",
         "inspected [[the bridge]] in", "Replacing [[the bridge]] is"],
        optional=["If [[that bridge]] fails"])
d.actor("Alder River", "place", ["Alder River", "east side of [[the river]]"])
d.actor("Route 6", "place", ["Route 6"])
d.actor("Linda Reyes", "person", ["Linda Reyes"])
d.actor("Doug Feeney", "person", ["Doug Feeney", "[[Feeney]] said."])
d.actor("Kessler & Wynn Engineering", "organization", ["Kessler & Wynn Engineering"])
d.actor("Oregon Department of Transportation", "organization", ["Oregon Department of Transportation"])
d.actor("Tom Brandt", "person", ["Tom Brandt"])
d.actor("Sue Lindqvist", "person", ["Sue Lindqvist"])
d.actor("Lindqvist Hardware", "organization", ["Lindqvist Hardware"])
d.actor("Harlan Street", "place", ["Hardware on [[Harlan Street]]"])
d.actor("Port Alder School District", "organization", ["Port Alder School District"])
d.actor("City Hall", "place", [], optional=["City Hall"])
REYES = ["Linda Reyes", "Mayor Linda Reyes", "Reyes"]
d.quote("We are not going to gamble", "Linda Reyes", REYES)
d.quote("If that bridge fails", "Linda Reyes", REYES)
d.quote("This didn't sneak up", "Doug Feeney", ["Doug Feeney", "Feeney", "Councilman Doug Feeney"])
d.optquote("critical,")
d.quote("Eighteen months is", "Sue Lindqvist", ["Sue Lindqvist", "Lindqvist"])
d.num("voted [[5]]-2", 5)
d.num("voted 5-[[2]]", 2)
d.num("at least 18 months", 18)
d.num("94-year-old", 94)
d.num("about 9,000", 9000)
d.num("up to 4 miles", 4)
d.num("the [[two]] no votes", 2)
d.num("11", 11)
d.num("16", 16)
d.num("$38 million", 38e6)
d.num("$24 million", 24e6)
d.num("about a third", 0.333)
d.num("Eighteen months", 18)
d.num("three bus routes", 3)
d.optnum("[[one]] of the two", 1)
d.tl("Monday night", "2025-03-03TNI")
d.tl("18 months", "P18M", "DURATION")
d.tl("in 2015", "2015")
d.tl("January", "2025-01")
d.tl("November", "2025-11")
d.tl("Eighteen months", "P18M", "DURATION")
d.tl("March 17", "2025-03-17")
d.tl("6 a.m. on March 10", "2025-03-10T06:00")
d.tl("April 2", "2025-04-02")
d.opttl("94-year-old", "P94Y")
d.opttl("vehicles [[a day]]")
d.opttl("for years")
d.opttl("a long time")
HELDOUT.append(d)

# -------------------------------------------------------------------------------------
# H3. Transport accident (UK news site), curly quotes, acronyms, emergency services, places
# -------------------------------------------------------------------------------------
d = Doc("rail-kelby-derailment", "invented UK news-site transport-accident article, nutgraf held-out set; published Sat 15 Nov 2025",
        "2025-11-15", [
    "Two passengers were seriously injured when a train hit a fallen tree and partly derailed near the North Yorkshire village of Kelby on Friday evening.",
    "The 17:42 TransNorth Trains service from Leeds to Scarborough was carrying 143 passengers and four crew when it struck the tree in a cutting about a mile east of the village shortly after 18:30.",
    "The front carriage left the rails and came to rest against an embankment, but the train stayed upright, British Transport Police (BTP) said.",
    "Yorkshire Ambulance Service said it had taken two people to hospital in York with serious but not life-threatening injuries and treated 11 others at the scene.",
    "Passenger Amira Hussain, 34, said she was thrown from her seat. “There was a huge bang and then the whole carriage started shaking,” she told BBC Radio York. “People were screaming, but the crew were amazing. They had everyone calm within minutes.”",
    "Storm Bram brought gusts of up to 70mph to parts of northern England on Friday, and the Met Office had issued an amber warning for wind across the region.",
    "Network Rail said the line between Malton and Scarborough would stay closed until at least Tuesday while engineers removed the carriage and repaired the track. Rail replacement buses are running.",
    "The Rail Accident Investigation Branch (RAIB) has sent inspectors to the site. It said it would examine how the tree came down and whether the train’s speed was suitable for the conditions.",
    "Mark Ellwood, managing director of the operator, said: “Our thoughts are with everyone who was on board, and we will support the investigation in every way we can.”",
    "BTP said there was nothing to suggest the crash was suspicious.",
    "It is the second derailment caused by a fallen tree in the region this year. In February, a freight train came off the tracks near Thirsk after hitting a tree during Storm Ewan.",
])
d.actor("Kelby", "place", ["village of [[Kelby]]", "east of [[the village]]"])
d.actor("North Yorkshire", "place", ["North Yorkshire"],
        optional=["wind across [[the region]]", "tree in [[the region]]"])
d.actor("TransNorth Trains", "organization", ["TransNorth Trains", "director of [[the operator]]"])
d.actor("Leeds", "place", ["Leeds"])
d.actor("Scarborough", "place", [], every=[("Scarborough", 2)])
d.actor("British Transport Police", "organization", ["British Transport Police"], every=[("BTP", 2)])
d.actor("Yorkshire Ambulance Service", "organization", ["Yorkshire Ambulance Service"])
d.actor("York", "place", ["hospital in [[York]]"])
d.actor("Amira Hussain", "person", ["Amira Hussain"])
d.actor("BBC Radio York", "organization", ["BBC Radio York"])
d.actor("England", "place", ["England"])
d.actor("Met Office", "organization", ["Met Office"])
d.actor("Network Rail", "organization", ["Network Rail"])
d.actor("Malton", "place", ["Malton"])
d.actor("Rail Accident Investigation Branch", "organization", ["Rail Accident Investigation Branch", "RAIB"])
d.actor("Mark Ellwood", "person", ["Mark Ellwood"], optional=["[[managing director]] of the operator"])
d.actor("Thirsk", "place", ["Thirsk"])
d.actor("Storm Bram", "other", [], optional=["Storm Bram"])
d.actor("Storm Ewan", "other", [], optional=["Storm Ewan"])
HUS = ["Amira Hussain", "Hussain"]
d.quote("There was a huge bang", "Amira Hussain", HUS)
d.quote("People were screaming", "Amira Hussain", HUS)
d.quote("Our thoughts are with", "Mark Ellwood", ["Mark Ellwood", "Ellwood"])
d.num("Two passengers", 2)
d.num("143", 143)
d.num("four crew", 4)
d.num("two people", 2)
d.num("11 others", 11)
d.num("Hussain, [[34]]", 34)
d.num("up to 70mph", 70)
d.optnum("about a mile", 1)
d.optnum("the [[second]] derailment", 2)
d.tl("on Friday evening", "2025-11-14TEV")
d.tl("England [[on Friday]]", "2025-11-14")
d.tl("Tuesday", "2025-11-18")
d.tl("this year", "2025")
d.tl("In February", "2025-02")
d.opttl("17:42")
d.opttl("18:30")
d.opttl("minutes")
HELDOUT.append(d)

# -------------------------------------------------------------------------------------
# H4. Corporate deal (FT-style), many companies and banks, curly quotes, money, halves
# -------------------------------------------------------------------------------------
d = Doc("biz-halvard-brisa-deal", "invented business-news merger article, nutgraf held-out set; published Mon 8 Sep 2025",
        "2025-09-08", [
    "Halvard Pharmaceuticals has agreed to buy rival drugmaker Brisa Therapeutics for $14.2bn in cash, the latest sign that big pharmaceutical groups are willing to pay up to replace revenue from medicines that are losing patent protection.",
    "The Boston-based company will pay $61 a share, a premium of 38% to Brisa’s closing price on Friday, the two companies said on Monday. Both boards have approved the deal, which is expected to close in the first half of 2026.",
    "Brisa, which was spun out of the University of Lisbon in 2011, makes Tovanex, a treatment for a rare kidney disease that generated sales of $1.9bn last year. Analysts at Jefferies expect sales of the drug to triple by 2030.",
    "“Brisa has built something remarkable,” Halvard chief executive Karen Osei said on a call with analysts. “Together we can get these medicines to many more patients, much faster.”",
    "Brisa’s founder and chief executive, Tiago Mendes, will join Halvard’s board. Mendes, who owns about 9% of the company, said he would vote his shares in favour of the deal.",
    "Goldman Sachs is advising Halvard, while Morgan Stanley and Lazard are advising Brisa.",
    "The deal is the third takeover worth more than $10bn in the sector this year, after Orvane Biosciences bought Kestrel Bio in March and Meridia Health merged with Polaris Labs in June.",
    "It is likely to face scrutiny from competition regulators. The Federal Trade Commission has taken a tougher line on healthcare deals under its current chair, and in July it sued to block a smaller tie-up between two generic drugmakers.",
    "Shares in Brisa jumped 33% to $58.40 in premarket trading in New York, while Halvard’s stock slipped 1.5%.",
    "Some investors questioned the price. “They are paying for a lot of growth that has not been proven yet,” said Priya Natarajan, a portfolio manager at Corvid Asset Management, which holds shares in both companies.",
])
d.actor("Halvard Pharmaceuticals", "organization",
        ["Halvard Pharmaceuticals", "The Boston-based company", "[[Halvard]] chief executive", "join [[Halvard]]’s board",
         "advising [[Halvard]], while", "while [[Halvard]]’s stock"])
d.actor("Brisa Therapeutics", "organization",
        ["Brisa Therapeutics", "to [[Brisa]]’s closing", "[[Brisa]], which was spun", "“[[Brisa]] has built",
         "[[Brisa]]’s founder", "9% of [[the company]]", "advising [[Brisa]].", "Shares in [[Brisa]] jumped"])
d.actor("Halvard and Brisa", "group", [], optional=["the two companies", "both companies"])
d.actor("University of Lisbon", "organization", ["University of Lisbon"])
d.actor("Tovanex", "other", [], optional=["Tovanex", "[[a treatment]] for", "sales of [[the drug]]"])
d.actor("Jefferies", "organization", ["Jefferies"])
d.actor("Karen Osei", "person", ["Karen Osei"])
d.actor("Tiago Mendes", "person", ["Tiago Mendes", "[[Mendes]], who owns"], optional=["Brisa’s [[founder]]"])
d.actor("Goldman Sachs", "organization", ["Goldman Sachs"])
d.actor("Morgan Stanley", "organization", ["Morgan Stanley"])
d.actor("Lazard", "organization", ["Lazard"])
d.actor("Orvane Biosciences", "organization", ["Orvane Biosciences"])
d.actor("Kestrel Bio", "organization", ["Kestrel Bio"])
d.actor("Meridia Health", "organization", ["Meridia Health"])
d.actor("Polaris Labs", "organization", ["Polaris Labs"])
d.actor("Federal Trade Commission", "organization", ["Federal Trade Commission"])
d.actor("New York", "place", ["New York"])
d.actor("Priya Natarajan", "person", ["Priya Natarajan"], optional=["[[a portfolio manager]]"])
d.actor("Corvid Asset Management", "organization", ["Corvid Asset Management"])
OSEI = ["Karen Osei", "Osei"]
d.quote("Brisa has built", "Karen Osei", OSEI)
d.quote("Together we can", "Karen Osei", OSEI)
d.quote("They are paying", "Priya Natarajan", ["Priya Natarajan", "Natarajan"])
d.num("$14.2bn", 14.2e9)
d.num("$61", 61)
d.num("38%", 38)
d.num("$1.9bn", 1.9e9)
d.num("about 9%", 9)
d.num("more than $10bn", 10e9)
d.num("[[two]] generic", 2)
d.num("33%", 33)
d.num("$58.40", 58.4)
d.num("1.5%", 1.5)
d.optnum("the [[two]] companies", 2)
d.optnum("[[triple]]", 3)
d.optnum("the [[third]] takeover", 3)
d.tl("on Friday", "2025-09-05")
d.tl("on Monday", "2025-09-08")
d.tl("the first half of 2026", "2026-H1")
d.tl("in 2011", "2011")
d.tl("last year", "2024")
d.tl("by 2030", "2030")
d.tl("this year", "2025")
d.tl("in March", "2025-03")
d.tl("in June", "2025-06")
d.tl("in July", "2025-07")
HELDOUT.append(d)


# =====================================================================================
# Blind set (blind.jsonl): four more articles in styles the sets above do not cover,
# annotated completely before nutgraf was first run on them; only their first-run figures
# are blind.
# =====================================================================================
BLIND = []

# -------------------------------------------------------------------------------------
# B1. US wire (AP-style) crime/sentencing story, dateline, straight quotes, restitution sums
# -------------------------------------------------------------------------------------
d = Doc("wire-treasurer-sentenced", "invented US wire-service (AP-style) sentencing article, nutgraf blind set; published Wed 5 Nov 2025",
        "2025-11-05", [
    "DENVER (AP) — A former Colorado county treasurer was sentenced Tuesday to nine years in prison for embezzling nearly $2.3 million in taxpayer money over more than a decade, funds that prosecutors said she spent on show horses, cruises and a lakeside cabin.",
    "Denise Harwell, 58, who served as treasurer of Baca Ridge County from 2011 until her arrest in February 2024, pleaded guilty in August to 14 counts of theft and forgery. Prosecutors had asked for 12 years. The case was moved to Denver because of pretrial publicity.",
    "\"This was not a lapse in judgment. It was a business plan,\" Chief Deputy District Attorney Marcus Bell told the court before Judge Elena Ruiz handed down the sentence in Denver District Court.",
    "Ruiz said Harwell had \"betrayed every family in that county\" and ordered her to repay $2.28 million in restitution. Harwell, wearing an orange jail jumpsuit, wept as the sentence was read and apologized to residents in a brief statement.",
    "\"I am ashamed of what I did, and I will spend the rest of my life trying to make it right,\" she said.",
    "Investigators said Harwell moved money from a county reserve account into a shell company she controlled, Front Range Title Services, then hid the transfers with forged bank statements. The scheme unraveled in late 2023 when a new county auditor, Teresa Gomez, noticed that a $47,000 payment had been approved twice.",
    "Gomez, who testified at the sentencing hearing, said the county had cut road maintenance and delayed raises for sheriff's deputies while the money was missing. \"We were told for years there was no money,\" she said. \"There was money. It was in her barn.\"",
    "The Colorado Bureau of Investigation (CBI), which led the inquiry with the FBI, said it had recovered about $610,000 by selling 11 horses, two trucks and the cabin near Grand Lake.",
    "Harwell's attorney, Paul Schreiber, had argued for a sentence of four years, saying his client had a gambling addiction and no criminal record. He said she would not appeal.",
    "The county's three commissioners voted last month to hire an outside firm to audit the treasurer's office every year. The county, home to about 6,500 people on Colorado's eastern plains, has a general fund budget of roughly $9 million.",
    "Harwell will be eligible for parole after serving half of her sentence, according to the Colorado Department of Corrections.",
])
d.actor("Denise Harwell", "person",
        ["Denise Harwell", "[[Harwell]] had \"betrayed", "[[Harwell]], wearing", "Investigators said [[Harwell]]",
         "[[Harwell]]'s attorney", "[[Harwell]] will be eligible"],
        optional=["Colorado [[county treasurer]] was", "his client"])
d.actor("Baca Ridge County", "place",
        ["Baca Ridge County", "[[that county]]\"", "said [[the county]] had cut", "[[The county]]'s three",
         "[[The county]], home to"])
d.actor("Colorado", "place", ["[[Colorado]]'s eastern plains"], optional=["A former [[Colorado]] county"])
d.actor("Denver", "place", ["moved to [[Denver]] because"], optional=["DENVER"])
d.actor("Marcus Bell", "person", ["Marcus Bell"])
d.actor("Elena Ruiz", "person", ["Judge Elena Ruiz", "[[Ruiz]] said Harwell"])
d.actor("Denver District Court", "organization", ["Denver District Court", "told [[the court]] before"])
d.actor("Front Range Title Services", "organization", ["Front Range Title Services"])
d.actor("Teresa Gomez", "person", ["Teresa Gomez", "[[Gomez]], who testified"],
        optional=["[[a new county auditor]]"])
d.actor("Colorado Bureau of Investigation", "organization", ["Colorado Bureau of Investigation", "CBI"])
d.actor("FBI", "organization", ["FBI"])
d.actor("Grand Lake", "place", ["Grand Lake"])
d.actor("Paul Schreiber", "person", ["Paul Schreiber"], optional=["Harwell's [[attorney]]"])
d.actor("Colorado Department of Corrections", "organization", ["Colorado Department of Corrections"])
d.actor("Baca Ridge County treasurer's office", "organization", [], optional=["the treasurer's office"])
d.actor("prosecutors", "group", [], optional=["funds that [[prosecutors]] said", "[[Prosecutors]] had asked"])
d.actor("investigators", "group", [], optional=["[[Investigators]] said"])
d.actor("Associated Press", "organization", [], optional=["(AP)"])
d.quote("This was not a lapse", "Marcus Bell", ["Marcus Bell", "Chief Deputy District Attorney Marcus Bell", "Bell"])
d.quote("betrayed every family", "Elena Ruiz", ["Elena Ruiz", "Judge Elena Ruiz", "Ruiz"])
d.quote("I am ashamed", "Denise Harwell", ["Denise Harwell", "Harwell"])
d.quote("We were told for years", "Teresa Gomez", ["Teresa Gomez", "Gomez"])
d.quote("There was money", "Teresa Gomez", ["Teresa Gomez", "Gomez"])
d.num("nine years", 9)
d.num("nearly $2.3 million", 2.3e6)
d.num("Harwell, [[58]]", 58)
d.num("14 counts", 14)
d.num("12 years", 12)
d.num("$2.28 million", 2.28e6)
d.num("$47,000", 47000)
d.num("approved [[twice]]", 2)
d.num("about $610,000", 610000)
d.num("11 horses", 11)
d.num("two trucks", 2)
d.num("four years", 4)
d.num("[[three]] commissioners", 3)
d.num("about 6,500", 6500)
d.num("roughly $9 million", 9e6)
d.optnum("more than a decade", 10)
d.optnum("[[half]] of her sentence", 0.5)
d.tl("sentenced [[Tuesday]]", "2025-11-04")
d.tl("nine years", "P9Y", "DURATION")
d.tl("from [[2011]]", "2011")
d.tl("February 2024", "2024-02")
d.tl("in [[August]]", "2025-08")
d.tl("12 years", "P12Y", "DURATION")
d.tl("late 2023", "2023")
d.tl("four years", "P4Y", "DURATION")
d.tl("last month", "2025-10")
d.opttl("more than a decade", "P10Y")
d.opttl("for years")
d.opttl("every year")
d.opttl("the rest of my life")
BLIND.append(d)

# -------------------------------------------------------------------------------------
# B2. US basketball game recap, scores and runs, game clock, player stat lines, records
# -------------------------------------------------------------------------------------
d = Doc("sport-harbormen-condors", "invented US sports-wire basketball game recap, nutgraf blind set; published Sun 16 Mar 2025",
        "2025-03-16", [
    "MILWAUKEE — Darius Webb scored 14 of his 38 points in the fourth quarter, including a go-ahead 3-pointer with 21.4 seconds left, and the Milwaukee Harbormen rallied from an 18-point deficit to beat the Sacramento Condors 112-108 on Saturday night.",
    "Webb, who missed the previous two games with a sprained left ankle, went 13 of 24 from the field and added nine rebounds and seven assists. Jalen Moss had 22 points and 11 rebounds for Milwaukee, which has won five straight.",
    "Milwaukee shot 52% from the floor and outrebounded Sacramento 47-38. The Harbormen made 14 of 15 free throws, while the Condors went 9 of 16 from the line.",
    "\"I wasn't going to let us lose this one at home,\" Webb said. \"My ankle's about 80 percent, but 80 percent of me is still pretty good.\"",
    "Andre Costa scored 31 points and Nikola Baric had 19 for the Condors, who led 64-50 at halftime after shooting 58% in the first half. Sacramento has lost four of its last six.",
    "Milwaukee trailed 90-79 with 9:12 remaining before coach Rachel Dunn switched to a smaller lineup. Moss and reserve guard Tyrese Hall combined for 15 points in a 20-6 run that gave the Harbormen their first lead since the opening minutes, 99-96.",
    "\"We stopped playing scared,\" Dunn said. \"Early on we were waiting for them to miss. Down the stretch we made them miss.\"",
    "Costa tied it at 108 with a driving layup with 42 seconds left, but Webb answered from the top of the key over Baric. After a Sacramento turnover, Hall made two free throws with 3.1 seconds remaining to seal it.",
    "Condors coach Mike Ferreira was unhappy with the final possessions. \"We had a 14-point lead going into the fourth and we gave it away with careless passes,\" he said. \"That's on all of us, starting with me.\"",
    "The Condors, who host Denver on Monday, are 33-31 and ninth in the Western Conference. Milwaukee, at 35-29, plays at Chicago on Tuesday.",
    "A sellout crowd of 17,341 at Lakefront Arena gave Webb a standing ovation when he checked out with 1.2 seconds left.",
])
d.actor("Darius Webb", "person",
        ["Darius Webb", "[[Webb]], who missed", "[[Webb]] said", "but [[Webb]] answered", "gave [[Webb]] a standing"])
d.actor("Milwaukee Harbormen", "organization",
        ["Milwaukee Harbormen", "for [[Milwaukee]], which", "[[Milwaukee]] trailed", "gave [[the Harbormen]] their",
         "[[Milwaukee]], at 35-29", "[[Milwaukee]] shot 52%", "[[The Harbormen]] made"], optional=["MILWAUKEE"])
d.actor("Sacramento Condors", "organization",
        ["Sacramento Condors", "for [[the Condors]], who led", "[[Sacramento]] has lost", "a [[Sacramento]] turnover",
         "[[Condors]] coach", "[[The Condors]], who host", "outrebounded [[Sacramento]]", "while [[the Condors]] went"])
d.actor("Jalen Moss", "person", ["Jalen Moss", "[[Moss]] and reserve"])
d.actor("Andre Costa", "person", ["Andre Costa", "[[Costa]] tied"])
d.actor("Nikola Baric", "person", ["Nikola Baric", "over [[Baric]]"])
d.actor("Rachel Dunn", "person", ["Rachel Dunn", "[[Dunn]] said"])
d.actor("Tyrese Hall", "person", ["Tyrese Hall", "[[Hall]] made"])
d.actor("Mike Ferreira", "person", ["Mike Ferreira"])
d.actor("Denver", "organization", ["host [[Denver]]"])
d.actor("Western Conference", "organization", ["Western Conference"])
d.actor("Chicago", "organization", ["at [[Chicago]]"])
d.actor("Lakefront Arena", "place", ["Lakefront Arena"])
WEBB = ["Darius Webb", "Webb"]
DUNN = ["Rachel Dunn", "Dunn"]
FER = ["Mike Ferreira", "Ferreira"]
d.quote("I wasn't going to let", "Darius Webb", WEBB)
d.quote("My ankle's", "Darius Webb", WEBB)
d.quote("We stopped playing", "Rachel Dunn", DUNN)
d.quote("Early on we were", "Rachel Dunn", DUNN)
d.quote("We had a 14-point", "Mike Ferreira", FER)
d.quote("That's on all of us", "Mike Ferreira", FER)
d.num("[[14]] of his 38", 14)
d.num("38 points", 38)
d.num("21.4 seconds", 21.4)
d.num("18-point", 18)
d.num("[[112]]-108", 112)
d.num("112-[[108]]", 108)
d.num("two games", 2)
d.num("[[13]] of 24", 13)
d.num("13 of [[24]]", 24)
d.num("nine rebounds", 9)
d.num("seven assists", 7)
d.num("22 points", 22)
d.num("11 rebounds", 11)
d.num("five straight", 5)
d.num("about 80 percent", 80)
d.num("but [[80 percent]] of me", 80)
d.num("31 points", 31)
d.num("had [[19]] for", 19)
d.num("[[64]]-50", 64)
d.num("64-[[50]]", 50)
d.num("58%", 58)
d.num("[[four]] of its last", 4)
d.num("last [[six]]", 6)
d.num("[[90]]-79", 90)
d.num("90-[[79]]", 79)
d.num("15 points", 15)
d.num("[[20]]-6 run", 20)
d.num("20-[[6]] run", 6)
d.num("[[99]]-96", 99)
d.num("99-[[96]]", 96)
d.num("at [[108]] with", 108)
d.num("42 seconds", 42)
d.num("two free throws", 2)
d.num("3.1 seconds", 3.1)
d.num("14-point", 14)
d.num("[[33]]-31", 33)
d.num("33-[[31]]", 31)
d.num("[[35]]-29", 35)
d.num("35-[[29]]", 29)
d.num("17,341", 17341)
d.num("52%", 52)
d.num("[[47]]-38", 47)
d.num("47-[[38]]", 38)
d.num("[[14]] of 15", 14)
d.num("14 of [[15]]", 15)
d.num("[[9]] of 16", 9)
d.num("9 of [[16]]", 16)
d.num("1.2 seconds", 1.2)
d.optnum("[[3]]-pointer", 3)
d.optnum("lose this [[one]]", 1)
d.optnum("their [[first]] lead", 1)
d.optnum("the [[first]] half", 1)
d.optnum("ninth", 9)
d.tl("on Saturday night", "2025-03-15TNI")
d.tl("on Monday", "2025-03-17")
d.tl("on Tuesday", "2025-03-18")
d.opttl("21.4 seconds", "PT21.4S")
d.opttl("42 seconds", "PT42S")
d.opttl("3.1 seconds", "PT3.1S")
d.opttl("1.2 seconds", "PT1.2S")
d.opttl("9:12")
d.opttl("halftime")
d.opttl("the first half")
d.opttl("the opening minutes")
d.opttl("the fourth quarter")
d.opttl("Early on")
BLIND.append(d)

# -------------------------------------------------------------------------------------
# B3. US health/science study story: steps and dementia, hazard ratio, CI, "one in nine"
# -------------------------------------------------------------------------------------
d = Doc("health-steps-dementia", "invented US news-site health/science study article, nutgraf blind set; published Thu 9 Oct 2025",
        "2025-10-09", [
    "People who walk at least 7,000 steps a day have a 31% lower risk of developing dementia than those who manage fewer than 3,000, according to a study of more than 78,000 adults published Wednesday in the Annals of Neurological Epidemiology.",
    "Researchers at the Lakemont University School of Public Health in Ohio followed participants aged 45 to 79 for nearly seven years using wrist-worn activity trackers. During that period, 1,912 of them were diagnosed with dementia.",
    "The benefit rose steadily up to about 9,800 steps a day and then leveled off, the authors wrote. Each additional 1,000 daily steps was associated with a 6% reduction in risk (hazard ratio 0.94; 95% confidence interval, 0.91 to 0.97).",
    "\"The surprise was how little it took to see a difference,\" said Dr. Meera Kapoor, an epidemiologist at Lakemont and the study's senior author. \"Going from 2,000 steps to 4,000 steps was linked to a meaningful drop in risk. You don't have to run marathons.\"",
    "Kapoor cautioned that the study was observational and could not show that walking itself protects the brain. People in the earliest stages of cognitive decline may already be moving less, she said, which could make inactivity look like a cause when it is really a symptom.",
    "To address that, the team excluded anyone diagnosed within the first two years of follow-up. The association weakened but remained: the most active quarter of participants still had a 24% lower risk than the least active quarter.",
    "About 57 million people worldwide live with dementia, a figure the World Health Organization expects to reach 139 million by 2050. In the United States, roughly one in nine adults over 65 has Alzheimer's disease, the most common form.",
    "Dr. Samuel Ortiz, a neurologist at Brookfield Memory Center in Chicago who was not involved in the research, called the findings \"encouraging but not the final word.\" He noted that participants were mostly white and relatively affluent, and that steps were measured for only one week at the start of the study.",
    "\"Step counts are a useful nudge, and this fits with what we see in other studies,\" Ortiz said. \"But I wouldn't tell a patient that 7,000 steps is a vaccine against dementia.\"",
    "The study was funded by the National Institute on Aging, part of the National Institutes of Health. The researchers said they plan to repeat the measurements in a subset of 5,000 participants next year.",
])
d.actor("Lakemont University School of Public Health", "organization",
        ["Lakemont University School of Public Health", "an epidemiologist at [[Lakemont]]"])
d.actor("Ohio", "place", ["Ohio"])
d.actor("Annals of Neurological Epidemiology", "organization", ["Annals of Neurological Epidemiology"])
d.actor("Meera Kapoor", "person", ["Meera Kapoor", "[[Kapoor]] cautioned"],
        optional=["[[an epidemiologist]]", "[[the study's senior author]]"])
d.actor("Lakemont research team", "group", [],
        optional=["[[Researchers]] at the Lakemont", "[[the authors]] wrote", "[[the team]] excluded",
                  "[[The researchers]] said"])
d.actor("World Health Organization", "organization", ["World Health Organization"])
d.actor("United States", "place", ["United States"])
d.actor("Samuel Ortiz", "person", ["Samuel Ortiz", "[[Ortiz]] said"], optional=["[[a neurologist]]"])
d.actor("Brookfield Memory Center", "organization", ["Brookfield Memory Center"])
d.actor("Chicago", "place", ["Chicago"])
d.actor("National Institute on Aging", "organization", ["National Institute on Aging"],
        optional=["Aging, [[part]] of"])
d.actor("National Institutes of Health", "organization", ["National Institutes of Health"])
d.actor("Alzheimer's disease", "other", [], optional=["Alzheimer's disease"])
KAP = ["Meera Kapoor", "Dr. Meera Kapoor", "Kapoor"]
ORT = ["Samuel Ortiz", "Dr. Samuel Ortiz", "Ortiz"]
d.quote("The surprise was", "Meera Kapoor", KAP)
d.quote("Going from 2,000", "Meera Kapoor", KAP)
d.quote("encouraging but not", "Samuel Ortiz", ORT)
d.quote("Step counts are", "Samuel Ortiz", ORT)
d.quote("But I wouldn't tell", "Samuel Ortiz", ORT)
d.num("at least 7,000", 7000)
d.num("31%", 31)
d.num("fewer than 3,000", 3000)
d.num("more than 78,000", 78000)
d.num("aged [[45]] to 79", 45)
d.num("45 to [[79]]", 79)
d.num("nearly seven years", 7)
d.num("1,912", 1912)
d.num("about 9,800", 9800)
d.num("1,000", 1000)
d.num("6%", 6)
d.num("0.94", 0.94)
d.num("95%", 95)
d.num("0.91", 0.91)
d.num("0.97", 0.97)
d.num("2,000", 2000)
d.num("4,000", 4000)
d.num("two years", 2)
d.num("24%", 24)
d.num("About 57 million", 57e6)
d.num("139 million", 139e6)
d.num("roughly one in nine", 0.111)
d.num("over [[65]]", 65)
d.num("one week", 1)
d.num("that [[7,000]] steps", 7000)
d.num("5,000", 5000)
d.optnum("most active [[quarter]]", 0.25)
d.optnum("least active [[quarter]]", 0.25)
d.optnum("the [[first]] two years", 1)
d.tl("published [[Wednesday]]", "2025-10-08")
d.tl("seven years", "P7Y", "DURATION")
d.tl("two years", "P2Y", "DURATION")
d.tl("by 2050", "2050")
d.tl("one week", "P1W", "DURATION")
d.tl("next year", "2026")
d.opttl("7,000 steps [[a day]]")
d.opttl("9,800 steps [[a day]]")
d.opttl("During that period")
BLIND.append(d)

# -------------------------------------------------------------------------------------
# B4. Canadian parliamentary politics, several politicians quoting and answering each other
# -------------------------------------------------------------------------------------
d = Doc("politics-ottawa-housing-row", "invented Canadian wire-style politics article, nutgraf blind set; published Thu 20 Nov 2025",
        "2025-11-20", [
    "OTTAWA — Housing Minister Nathalie Beaulieu accused Conservative Leader Graham Tait on Wednesday of \"inventing numbers\" after he claimed the government's flagship homebuilding program had delivered fewer than 4,000 homes in its first year.",
    "\"The leader of the Opposition said in this House that we had built 'barely a village.' The truth is 41,000 housing starts, and he knows it,\" Beaulieu told the Commons during a heated question period.",
    "Tait, speaking to reporters afterward, said the minister was counting projects that had only been approved, not built. \"Starts are not homes. You cannot live in a permit,\" he said. \"Ms. Beaulieu can call my numbers invented all she likes, but they come from her own department.\"",
    "The dispute centres on the Build Canada Homes Fund, a $6-billion program launched in November 2024 to finance modular and rental housing. Its latest quarterly report, released Monday, lists 41,260 units as under construction or complete, while a separate table shows 3,870 completed units.",
    "New Democrat housing critic Jenny Kowalczyk said both parties were \"arguing over the scoreboard while people sleep in their cars.\" She noted that Beaulieu herself had told a Commons committee in June that the fund was \"behind where we want to be.\"",
    "\"When the minister admits the program is behind, maybe the minister should stop calling other people liars,\" Kowalczyk said.",
    "Ontario's housing minister, Raj Malhotra, added to the pressure, saying Ottawa had promised his province 12,000 units by December and had delivered \"a fraction of that.\"",
    "Beaulieu's office later issued a statement saying the minister \"stands by every figure she cited\" and accusing Tait of \"cherry-picking one table from a 60-page report.\"",
    "The parliamentary budget officer, Yves Marchand, is due to publish his own assessment of the fund on Dec. 4. In a letter to MPs last month, he said his office had \"not been able to verify\" the government's completion figures.",
    "The fund is one of three housing programs the government has launched since 2023, alongside a $1.5-billion rental construction loan scheme and a tax break for first-time buyers.",
    "A spokesperson for the Prime Minister's Office said the government would \"let the numbers speak for themselves\" once the budget officer reports.",
    "A Northfield Research poll released last week found 38% of Canadians ranked housing as their top concern, up from 29% in March.",
])
d.actor("Nathalie Beaulieu", "person",
        ["Nathalie Beaulieu", "[[Beaulieu]] told the Commons", "said [[the minister]] was counting", "Ms. Beaulieu",
         "that [[Beaulieu]] herself", "\"When [[the minister]] admits", "maybe [[the minister]] should",
         "[[Beaulieu]]'s office", "saying [[the minister]] \"stands"])
d.actor("Graham Tait", "person",
        ["Graham Tait", "\"[[The leader of the Opposition]]", "[[Tait]], speaking", "accusing [[Tait]] of"])
d.actor("Government of Canada", "organization",
        ["[[the government]]'s flagship", "[[the government]]'s completion", "[[the government]] has launched",
         "[[the government]] would"])
d.actor("House of Commons", "organization", ["[[this House]] that", "told [[the Commons]]"],
        optional=["a [[Commons]] committee"])
d.actor("Build Canada Homes Fund", "organization",
        ["Build Canada Homes Fund", "that [[the fund]] was", "assessment of [[the fund]]", "admits [[the program]] is", "[[The fund]] is one"],
        optional=["[[a $6-billion program]]"])
d.actor("Jenny Kowalczyk", "person", ["Jenny Kowalczyk", "liars,\" [[Kowalczyk]] said"])
d.actor("Ontario", "place", ["[[Ontario]]'s housing minister"], optional=["his province"])
d.actor("Raj Malhotra", "person", ["Raj Malhotra"], optional=["Ontario's [[housing minister]]"])
d.actor("Ottawa", "place", ["saying [[Ottawa]] had"], optional=["OTTAWA"])
d.actor("Yves Marchand", "person", ["Yves Marchand", "[[The parliamentary budget officer]], Yves", "once [[the budget officer]] reports"])
d.actor("Northfield Research", "organization", ["Northfield Research"])
d.actor("Prime Minister's Office", "organization", ["Prime Minister's Office"])
d.actor("Conservative Party", "organization", [], optional=["[[Conservative]] Leader"])
d.actor("New Democratic Party", "organization", [], optional=["New Democrat"])
d.actor("Parliamentary Budget Office", "organization", [], optional=["[[his office]] had"])
d.actor("Canadians", "group", [], optional=["Canadians"])
d.actor("MPs", "group", [], optional=["MPs"])
d.actor("Conservatives and Liberals", "group", [], optional=["both parties"])
BEA = ["Nathalie Beaulieu", "Beaulieu", "Housing Minister Nathalie Beaulieu"]
TAIT = ["Graham Tait", "Tait"]
KOW = ["Jenny Kowalczyk", "Kowalczyk"]
d.quote("inventing numbers", "Nathalie Beaulieu", BEA)
d.quote("The leader of the Opposition said", "Nathalie Beaulieu", BEA)
d.quote("Starts are not homes", "Graham Tait", TAIT)
d.quote("Ms. Beaulieu can call", "Graham Tait", TAIT)
d.quote("arguing over the scoreboard", "Jenny Kowalczyk", KOW)
d.quote("behind where we want", "Nathalie Beaulieu", BEA)
d.quote("When the minister admits", "Jenny Kowalczyk", KOW)
d.quote("a fraction of that", "Raj Malhotra", ["Raj Malhotra", "Malhotra"])
d.quote("stands by every figure", "Nathalie Beaulieu", BEA + ["Beaulieu's office"])
d.quote("cherry-picking", "Nathalie Beaulieu", BEA + ["Beaulieu's office"])
d.quote("not been able to verify", "Yves Marchand", ["Yves Marchand", "Marchand"])
d.quote("let the numbers speak", "Prime Minister's Office", ["Prime Minister's Office"],
        spans=["[[A spokesperson for the Prime Minister's Office]] said"])
d.num("fewer than 4,000", 4000)
d.num("41,000", 41000)
d.num("$6-billion", 6e9)
d.num("41,260", 41260)
d.num("3,870", 3870)
d.num("12,000", 12000)
d.num("60-page", 60)
d.num("38%", 38)
d.num("29%", 29)
d.optnum("its [[first]] year", 1)
d.optnum("[[one]] table", 1)
d.optnum("[[one]] of three", 1)
d.num("one of [[three]]", 3)
d.num("$1.5-billion", 1.5e9)
d.optnum("[[first]]-time", 1)
d.tl("since 2023", "2023")
d.tl("on Wednesday", "2025-11-19")
d.tl("November 2024", "2024-11")
d.tl("released [[Monday]]", "2025-11-17")
d.tl("in June", "2025-06")
d.tl("by December", "2025-12")
d.tl("Dec. 4", "2025-12-04")
d.tl("last month", "2025-10")
d.tl("last week", "2025-W46")
d.tl("in March", "2025-03")
d.opttl("its first year")
d.opttl("afterward")
d.opttl("[[later]] issued")
BLIND.append(d)


# =====================================================================================
def verify(doc, rec, show):
    t = rec["text"]
    n_words = len(t.split())
    errs = []
    if not 250 <= n_words <= 500:
        errs.append(f"word count {n_words}")
    allm = []
    for a in rec["actors"]:
        for m in a["mentions"] + a["optional_mentions"]:
            allm.append((m, a["name"]))
    allm.sort()
    for (m1, a1), (m2, a2) in pairwise(allm):
        if m2[0] < m1[1]:
            errs.append(f"overlapping mentions {t[m1[0]:m1[1]]!r} ({a1}) / {t[m2[0]:m2[1]]!r} ({a2})")
    # every quote-mark segment is accounted for
    qd = [q["span"] for q in rec["quotes"]] + [q["span"] for q in rec["optional_quotes"]] + doc.not_quotes
    for q in qd:
        if t[q[0] - 1] not in "\"“" or t[q[0]] in " \"“”" or t[q[1] - 1] in " \"“”":
            errs.append(f"quote span edges {t[q[0]-1:q[1]+1]!r}")
    for m in re.finditer(r"[\"“]", t):
        st = m.end()
        if m.group() == '"':
            # straight quote: opening only if preceded by start/space/( and not a closer
            if st - 1 > 0 and t[st - 2] not in " \n(":
                continue
        if not any(q[0] == st for q in qd):
            errs.append(f"unannotated quote opening at {st}: {t[st:st+40]!r}")
    for sec in ("numbers", "optional_numbers", "timeline", "optional_timeline"):
        for x in rec[sec]:
            s, e = x["span"]
            if t[s:e] != t[s:e].strip() or not t[s:e]:
                errs.append(f"{sec} bad edges {t[s:e]!r}")
    # digits and number words not covered by anything
    cover = [x["span"] for sec in ("numbers", "optional_numbers", "timeline", "optional_timeline") for x in rec[sec]]
    cover += [m for a in rec["actors"] for m in a["mentions"] + a["optional_mentions"]]
    words = r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|quarter|dozen|first|second)\b"
    for m in re.finditer(words, t, re.I):
        if not any(c[0] <= m.start() < c[1] for c in cover):
            errs.append(f"uncovered number-like {t[max(0,m.start()-20):m.end()+20]!r}")
    if show:
        print(f"=== {rec['id']} ({n_words} words, ref {rec['reference_date']})")
        for a in rec["actors"]:
            print(f"  ACTOR {a['name']} [{a['kind']}]: {[t[s:e] for s, e in a['mentions']]} opt={[t[s:e] for s, e in a['optional_mentions']]}")
        for q in rec["quotes"]:
            print(f"  QUOTE {q['speaker']}: {t[q['span'][0]:q['span'][1]]!r}")
        for q in rec["optional_quotes"]:
            print(f"  OPTQUOTE {t[q['span'][0]:q['span'][1]]!r}")
        for q in doc.not_quotes:
            print(f"  NOT-QUOTE {t[q[0]:q[1]]!r}")
        for x in rec["numbers"]:
            print(f"  NUM {t[x['span'][0]:x['span'][1]]!r} = {x['value']}")
        for x in rec["optional_numbers"]:
            print(f"  OPTNUM {t[x['span'][0]:x['span'][1]]!r}")
        for x in rec["timeline"]:
            print(f"  TL {t[x['span'][0]:x['span'][1]]!r} = {x['value']} {x['type']}")
        for x in rec["optional_timeline"]:
            print(f"  OPTTL {t[x['span'][0]:x['span'][1]]!r} = {x.get('value')}")
        for s, e in rec["boilerplate"]:
            print(f"  BP {t[s:e]!r}")
    return errs


def main():
    show = "-q" not in sys.argv
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    bad, total = [], 0
    for docs, out in ((DOCS, "gold.jsonl"), (HELDOUT, "heldout.jsonl"), (BLIND, "blind.jsonl")):
        recs = []
        for doc in docs:
            rec = doc.record()
            errs = verify(doc, rec, show)
            for e in errs:
                bad.append(f"{doc.id}: {e}")
            recs.append(rec)
            with open(os.path.join(HERE, "articles", doc.id + ".txt"), "w", encoding="utf-8") as f:
                f.write(doc.text + "\n")
        with open(os.path.join(HERE, out), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        total += len(recs)
    for b in bad:
        print("CHECK:", b)
    print(f"{total} records written; {len(bad)} check messages")

if __name__ == "__main__":
    main()
