#!/usr/bin/env python3
"""Build benchmarks/extraction/claims.jsonl: every indirect quote (reported speech) and every
possible conflict in openly licensed or invented news, annotated by hand, each span checked
against the text.

Texts: the twelve Wikinews articles of the GUM corpus's development documents (real/*.txt;
Zeldes 2017, github.com/amir-zeldes/gum; CC BY 2.5, each record carries its address and
licence, taken from numbers-real.jsonl) and two articles written for nutgraf
(articles/claims-*.txt: a dam failure with unnamed sources and figures that disagree, a cup
final with one quote given to two people).

Conventions:
- an indirect quote is what a speaker is reported as saying, writing or claiming in the
  writer's words: "X said (that) ...", "..., X said", "according to X, ...", "it is
  understood that ...". Its span is the reported clause: without "that" and without the
  attribution, to the clause's end, quoted phrases inside it included. The speaker is given
  by name (`names`) or, for a source with no name, by its words (`spans`).
- optional (neither right nor wrong): a clause wholly in quote marks (a direct quote's
  content), beliefs and intentions ("believes", "expects"), requests and questions ("asked
  the governments not to ..."), what "according to" covers from the middle of a sentence,
  reported speech inside a direct quote, a topic rather than a statement ("explained how
  ..."), and a report of a report where the outer attribution is given.
- not indirect quotes: negated or hypothetical speech ("did not say whether"), a verb of
  speech with no clause ("declined to comment").
- a conflict is two or more items of one article that cannot all be right: counts of the
  same thing with different values (`number`), a total smaller than the parts it lists
  (`total`), two dates of one event (`date`), the same quoted words given to two speakers
  (`speaker`). Its spans are the items' (the numbers, dates or quotes). Figures from two
  sources that the article sets against each other are optional conflicts.

Run:  python3 build_claims_gold.py          (writes claims.jsonl, prints every item)
      python3 benchmarks/score.py benchmarks/extraction/claims.jsonl
"""
import json
import os
import sys

from build_gold import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = {r["id"]: r for r in map(json.loads, open(os.path.join(HERE, "numbers-real.jsonl"), encoding="utf-8"))}


class ClaimsDoc(Doc):
    def __init__(self, id, source, ref, text, licence=None):
        super().__init__(id, source, ref, [text])
        self.licence = licence
        self.indirect, self.opt_indirect, self.conflicts, self.opt_conflicts = [], [], [], []

    def ind(self, spec, names=(), spans=()):
        self.indirect.append({"span": self.at(spec), "speaker_names": list(names),
                              "speaker_spans": [self.at(s) for s in spans]})

    def optind(self, spec):
        self.opt_indirect.append({"span": self.at(spec)})

    def conflict(self, kind, *specs, optional=False):
        (self.opt_conflicts if optional else self.conflicts).append(
            {"kind": kind, "spans": [self.at(s) for s in specs]})

    def record(self):
        rec = {"id": self.id, "source": self.source}
        if self.licence:
            rec["licence"] = self.licence
        key = lambda x: x["span"]  # noqa: E731 - a sort key
        return {**rec, "reference_date": self.ref, "text": self.text,
                "indirect_quotes": sorted(self.indirect, key=key),
                "optional_indirect_quotes": sorted(self.opt_indirect, key=key),
                "conflicts": self.conflicts, "optional_conflicts": self.opt_conflicts}


DOCS = []


def real(id):
    r = REAL[id]
    d = ClaimsDoc(id, r["url"], r["reference_date"], r["text"], r["licence"])
    DOCS.append(d)
    return d


def invented(id, ref):
    with open(os.path.join(HERE, "articles", id + ".txt"), encoding="utf-8") as f:
        d = ClaimsDoc(id, "invented for nutgraf", ref, f.read())
    DOCS.append(d)
    return d


d = real("GUM_news_afghan")
d.ind("Hamdullah Mohib, [[the participation of this team in this science competition shows progress in "
      "Afghanistan's response to nearly two decades of military conflict]].", ["Hamdullah Mohib"])
d.ind("Alireza Mehraban, [[in their first matchup, the Afghan team's robot, named \"Better Idea of Afghan Girls,\" "
      "scored one or two points for the three-nation alliance with the Gabonese and Estonian teams]].",
      ["Alireza Mehraban"])
d.ind("Hamdullah Mohib says [[there were concerns they would attempt to remain in the United States or in Canada "
      "after the contest]].", ["Hamdullah Mohib"])

d = real("GUM_news_asylum")
d.ind("said [[fisherman first noticed the people and a warship was deployed to retrieve them]].", ["Fuad Basya"])
d.ind("According to ABC News, [[Basya also believes the asylum seekers found in the water may have left the boat "
      "on purpose to be rescued to avoid being sent away from Indonesia waters]].", ["ABC News"])
d.optind("Basya also believes [[the asylum seekers found in the water may have left the boat on purpose to be "
         "rescued to avoid being sent away from Indonesia waters]].")
d.optind("which, according to AFP, [[the Untied Nations and United States have both criticised]].")
d.ind("The US State Department said [[John Kerry, the Secretary of State, contacted Thailand's foreign minister "
      "over temporary housing for the Rohingya out at sea]].", ["US State Department", "State Department"])
d.optind("Rathke also asked [[the governments of South East Asia not to turn away boats of people seeking "
         "asylum]].")
d.optind("Estimates suggest [[8000 migrants may be currently at sea in the region]].")

d = real("GUM_news_crane")
d.ind("[[A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 or more and wounding "
      "238]], according to", ["Civil Defense Authority", "Saudi Arabia's Civil Defense Authority"])

real("GUM_news_expo")

d = real("GUM_news_hackers")
d.optind("according to an Internet posting made just over 24 hours ago, [[the Church of Scientology's website is "
         "being attacked by hackers, causing the site to shut down]].")
d.ind("in a satirical fashion, that [[the incident was prompted by the Church of Scientology's attempts to remove a "
      "promotional video featuring Scientologist Tom Cruise from YouTube]].",
      spans=["The \"History\" section of the site"])
d.ind("have stated that [[they will keep hosting the video]].", ["Gawker.com"],
      spans=["other sites such as Gawker.com"])
d.optind("The poster wrote that [[\"Prompted I think by the Tom Cruise video]]")
d.ind("Some individuals reported that [[when they are able to reach the site, all they get is a message stating, "
      "\"The word scientology means search for truth ...\"]].", spans=["Some individuals"])
d.optind("from Friday theorized that [[a denial-of-service attack had occurred]],")
d.ind("and wrote that [[as of Friday the Scientology.org site was either not loading at all, or loading very "
      "slowly]].", spans=["Posts on the message board for the Scientology-critic site Operation Clambake"])

d = real("GUM_news_ie9")
d.ind("Microsoft announced on Friday that [[it is time for IE6 users to move away from the antiquated 10-year-old "
      "browser]].", ["Microsoft"])
d.ind("has said that [[as of March 4, 2011, IE6 has 277 vulnerabilities; 39 percent of these are rated \"highly "
      "critical\"]].", ["Secunia.com", "Secunia"])
d.ind("Microsoft says that [[the latest versions of Internet Explorer provide the user with enhanced protection "
      "from these attacks and threats]].", ["Microsoft"])

d = real("GUM_news_imprisoned")
PARIS = ["Valeska Paris", "Paris"]
d.ind("Australian woman claims [[Church of Scientology imprisoned her for twelve years]]", PARIS,
      spans=["[[Australian woman]] claims"])
d.ind("has claimed that [[the Church of Scientology imprisoned her for twelve years aboard the Scientology - owned "
      "cruise ship, Freewinds]].", PARIS)
d.ind("Paris claims [[she was first sent to the ship aged eighteen for two weeks as a teenager but ended up "
      "spending twelve years there]].", PARIS)
d.ind("Paris also claims that [[her passport was taken away from her and she was forced to work in the engine "
      "room]].", PARIS)
d.ind("Paris claims that [[she was kept at Flag Land Base in Clearwater, Florida until she was eighteen and then "
      "transferred to the Freewinds]].", PARIS)
d.ind("Paris claims that [[she was working from 6:00am to midnight and due to lack of sleep ended up being a "
      "walking zombie]].", PARIS)
d.ind("She also claims that [[in 1997 and 1998, she was tasked with removal of asbestos from the ship]].", PARIS)
d.optind("which the Church describes [[as a religious retreat]]")
SCIENTOLOGY = ["Church of Scientology", "the Church"]
d.ind("They also claimed [[Paris was a volunteer]]", SCIENTOLOGY)
d.ind("and claim [[she has a vested interest for misrepresenting her experiences with the Church]].", SCIENTOLOGY)
d.ind("The Church also claims that [[Paris not having her passport was maritime procedure]].", SCIENTOLOGY)

d = real("GUM_news_lanterns")
d.ind("[[Last Year over 4 million visitors attended the event and this year the city expects about 6 million "
      "visitors]] according to the event website.", spans=["the event website"])

d = real("GUM_news_questionnaire")
d.optind("A leaked internal letter seen by Sky News says [[\"failure to return the questionnaire]]")
d.ind("Officials tell BBC News [[every claim will be assessed meritocratically]],", spans=["Officials"])
d.ind("with the i reporting [[no one will be refused \"based solely on the response of the questionnaire\"]].",
      spans=["with [[the i]] reporting"])
d.ind("Yvette Cooper said [[her party has supported the idea \"for months\"]],", ["Yvette Cooper"])
d.ind("and said [[it was \"damning that the Home Office isn't doing this already [...] including for safe countries "
      "like Albania\" after the United Nations High Commissioner for Refugees \"recommended it two years ago.\"]]",
      ["Yvette Cooper"])
d.optind("Figures to be published today show [[a record 45,756 migrants crossing the Channel last year drove "
         "outstanding asylum claims over 150,000, also a record]].")
d.ind("But media have said [[the questionnaires attract criticism both for making it easier for some asylum "
      "seekers to obtain the right to live and work in the UK, and for presenting a burden on those who may not "
      "speak English or have access to help or legal counsel]].", spans=["But [[media]] have said"])
d.ind("Enver Solomon told Sky News [[any process \"must be well thought out\"]]:", ["Enver Solomon"])
d.optind("whilst promising [[a \"formal update\" from Braverman is forthcoming]]:")

d = real("GUM_news_taxes")
d.ind("Stefania Giannini said [[a \"more general reflection\" ((it)) is needed]].", ["Stefania Giannini"])
d.optind("said [[\"a discussion table will be opened]]")
d.optind("Toccafondi says [[\"many schools will increase their fees]]")

d = real("GUM_news_warhol")
WILKINS = ["Kristen Wilkins", "Wilkins"]
d.ind("[[The Polaroids were all donated by the Andy Warhol Photographic Legacy Program]], according to Kristen",
      WILKINS)
d.ind("said [[500 institutions received the initial invitation and currently 190 universities have accepted one or "
      "more donations]].", ["K.C. Maurer", "Maurer", "Mauer"])
d.ind("[[Institutional recipients, said Mauer, are required to exhibit their donated Warhol photographs every ten "
      "years as one stipulation]].", ["K.C. Maurer", "Maurer", "Mauer"])
d.ind("For example, [[the Weatherspoon Art Museum at the University of North Carolina at Greensboro saw attendance "
      "levels reach 11,000 visitors when it exhibited its Warhol collection in 2010]], according to curator",
      ["Elaine Gustafon", "Gustafon"])
d.ind("Wilkins explained [[Warhol's obsession with celebrities began when he first collected head shots as a kid "
      "and continued as a passion throughout his life]].", WILKINS)
d.optind("Wilkins said,\" [[[Warhol] liked the way photo booths and the Polaroid's front flash looked]]\".")
d.optind("She explained [[how Warhol's adoption of the Polaroid camera revealed his process]].")
d.ind("According to Wilkins, [[Warhol was able to reproduce the Polaroid photograph and create an enlargement of "
      "it, which he then could use to commit the image to the silk screen medium by applying paint or manipulating "
      "them further]].", WILKINS)
d.ind("Wilkins also said [[Warhol was both an artist and a businessperson]].", WILKINS)
d.ind("admitted [[she was willing to skip class Thursday night to attend the opening exhibit]]",
      ["Kiara Perkins", "Perkins"])
d.ind("Allton said [[he had only seen the Silver Clouds installation before in film]].", ["Kevin Allton", "Allton"])

d = real("GUM_news_worship")
d.ind("estimates [[that number is closer to 40,000]].", ["Greek Orthodox Church"])

d = invented("claims-valley-flood", "2025-03-07")
d.ind("— [[The Kessel reservoir dam burst on March 4, sending a wall of water through three villages in the Arden "
      "valley and destroying 312 homes]], the regional authority said", spans=["[[the regional authority]] said"])
d.ind("Officials said [[the water rose by more than two metres in under an hour]].", spans=["[[Officials]] said"])
d.ind("[[A total of 40 people were taken to hospital, including 22 adults and 21 children]], according to",
      spans=["the county health board"])
d.ind("told the Arden Gazette that [[inspectors had flagged cracks in the spillway last autumn]].",
      spans=["A source familiar with the investigation"])
d.ind("It is understood that [[the operator, Kessel Water, did not carry out the repairs]].",
      spans=["It is understood"])
d.ind("Kessel Water said [[the cracks were cosmetic and had no bearing on the failure]].", ["Kessel Water"])
d.ind("told reporters that [[the company would cooperate fully with the inquiry]].", ["Maria Lund", "Lund"])
d.optind("He asked [[whether the regional authority would pay for temporary housing]]")
d.ind("and warned that [[families could not wait for months]].", ["Tomas Brandt", "Brandt"])
d.ind("emergency meeting, [[the council voted to open the school halls as shelters]].",
      spans=["people who attended Wednesday's emergency meeting"])
d.ind("Residents say [[318 homes were destroyed]],", spans=["[[Residents]] say"])
d.ind("estimated that [[the reservoir released four million cubic metres of water]].",
      spans=["Engineers at the University of Harlow"])
d.conflict("number", "destroying [[312]] homes", "say [[318]] homes")
d.conflict("total", "A total of [[40]] people", "including [[22]] adults", "and [[21]] children")
d.conflict("date", "dam burst on [[March 4]]", "dam burst on [[March 5]]")

d = invented("claims-cup-final", "2025-03-02")
SILVA, NOVAK, MARSH = ["Ana Silva", "Silva"], ["Petra Novak", "Novak"], ["Leo Marsh", "Marsh"]
d.ind("Ana Silva said [[her side had been denied a clear penalty in the final minutes of Saturday's cup final]],",
      SILVA)
d.ind("Silva added that [[the players would appeal to the league for a review of the refereeing]].", SILVA)
d.ind("The league confirmed that [[it had received a complaint from the club]].", spans=["[[The league]] confirmed"])
d.ind("A league spokesperson said [[the referee's report would be published next week]],",
      spans=["A league spokesperson"])
d.ind("Petra Novak insisted [[her team deserved the win]].", NOVAK)
d.ind("She noted that [[Harbor City had eleven shots on target against three for Rovers]],", NOVAK)
d.ind("and said [[the penalty claim was \"wishful thinking\"]].", NOVAK)
d.ind("According to the club, [[the attendance of 41,200 was a record for the final]].",
      spans=["According to [[the club]],"])
d.ind("police estimated that [[about 38,000 people were inside the ground]].", spans=["[[police]] estimated"])
d.ind("who scored both goals, said [[he had dreamed of playing in a final since he was a boy]].", MARSH)
d.optind("Asked [[whether he would stay at the club next season]],")
d.ind("Marsh said [[he did not know]].", MARSH)
d.conflict("speaker", "\"[[We were robbed]],\" says", "\"[[We were robbed]],\" said Rovers coach")
d.conflict("number", "the attendance of [[41,200]] was", "police estimated that [[about 38,000]] people",
           optional=True)


def main():
    show = "-q" not in sys.argv
    n_ind = n_conf = 0
    with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as out:
        for d in DOCS:
            rec = d.record()
            n_ind += len(rec["indirect_quotes"])
            n_conf += len(rec["conflicts"])
            if show:
                t = rec["text"]
                print(f"== {d.id}")
                for q in rec["indirect_quotes"]:
                    who = q["speaker_names"] or [t[s:e] for s, e in q["speaker_spans"]]
                    print(f"  IND {who}: {t[q['span'][0]:q['span'][1]]!r}")
                for q in rec["optional_indirect_quotes"]:
                    print(f"  OPT {t[q['span'][0]:q['span'][1]]!r}")
                for c in rec["conflicts"] + rec["optional_conflicts"]:
                    print(f"  CONFLICT {c['kind']}: {[t[s:e] for s, e in c['spans']]}")
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} records, {n_ind} indirect quotes, {n_conf} conflicts")


if __name__ == "__main__":
    main()
