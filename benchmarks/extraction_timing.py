"""nutgraf's own time, apart from spaCy's, in one process (run by bench.py): prints JSON.

    extraction_timing.py CORPUS.jsonl DOCUMENT.txt

Every record of CORPUS and then DOCUMENT (one long text) are parsed as `nutgraf analyze`
parses them, untimed; then each is extracted and written as JSON (`extract`, `to_json`,
`json.dumps`), timed in CPU seconds (time.process_time) so that other processes on a loaded
machine do not count, after one untimed extraction that imports the extractors. The parse
of DOCUMENT is timed too, by nutgraf's pipeline and by the same model as spaCy ships it
(loaded whole, run over the same batches): the single document's whole analysis against
its bare parse is (nutgraf's parse + extraction) / spaCy's."""
from __future__ import annotations

import json
import sys
import time


def parse(model, text: str):
    from nutgraf.analysis.pipeline import PIPE_BATCH, compact, paragraph_batches

    batches = paragraph_batches(text)
    docs = model.nlp.pipe((text[s:e] for s, e in batches), batch_size=PIPE_BATCH)
    return [(s, compact(doc)) for (s, _), doc in zip(batches, docs, strict=True)]


def bare_parse_seconds(text: str) -> float:
    """CPU seconds of the model nutgraf picks, as spaCy ships it, parsing `text` in
    nutgraf's batches: the floor nutgraf's own parse and extraction are measured against
    (loaded as the benchmark's other floors load it)."""
    from bench import BARE_LOAD
    from nutgraf.analysis.pipeline import PIPE_BATCH, paragraph_batches

    floor: dict = {}
    exec(BARE_LOAD, floor)
    nlp = floor["nlp"]
    nlp("A first parse loads what the model loads lazily.")
    start = time.process_time()
    for _ in nlp.pipe((text[s:e] for s, e in paragraph_batches(text)), batch_size=PIPE_BATCH):
        pass
    return time.process_time() - start


def extraction_seconds(model, text: str, docs, reference_date: str | None) -> float:
    from nutgraf.analysis.pipeline import extract

    start = time.process_time()
    json.dumps(extract(text, docs, reference_date, model.name).to_json())
    return time.process_time() - start


def main() -> None:
    from nutgraf.analysis.pipeline import load_model

    model = load_model()
    records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    # The extractors' first run imports them and compiles their patterns: once a process.
    first = records[0]
    extraction_seconds(model, first["text"], parse(model, first["text"]), first.get("reference_date"))
    per_record = []
    for r in records:
        docs = parse(model, r["text"])
        per_record.append((len(r["text"].split()), extraction_seconds(model, r["text"], docs, r.get("reference_date"))))
    words = sum(w for w, _ in per_record)
    longest = max(per_record)
    text = open(sys.argv[2], encoding="utf-8").read()
    start = time.process_time()
    docs = parse(model, text)
    parse_s = time.process_time() - start
    one = extraction_seconds(model, text, docs, None)
    bare_s = bare_parse_seconds(text)
    print(json.dumps({
        "words": words, "records": len(records), "seconds": sum(s for _, s in per_record),
        "longest_words": longest[0], "longest_s": longest[1],
        "document_words": len(text.split()), "document_parse_s": parse_s, "document_s": one,
        "document_bare_parse_s": bare_s,
    }))


if __name__ == "__main__":
    main()
