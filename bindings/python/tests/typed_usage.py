"""A user's script, for the type checker only (tests/typecheck.py runs
mypy --strict on it): the API as the README uses it must type-check."""
from typing import Dict, Iterator, List, Mapping, Optional, Tuple

import miltag


def main() -> None:
    with miltag.Tagger() as t:
        spans: List[miltag.Span] = t.tag("Бойцы ЧВК «Вагнер» под Бахмутом")
        for s in spans:
            start: int = s.start
            ident: str = s.id
            attrs: Mapping[str, str] = s.attrs
            own: Dict[str, str] = dict(s.attrs)
            cands: Tuple[str, ...] = s.candidates
            print(start, ident, attrs.get("lat"), own, cands[0], s.ambiguous)
            hc: Optional[miltag.Count] = s.headcount
            if hc is not None:
                people: int = hc.value
                print(people, hc.min, hc.max, hc.start, hc.byte_end, hc.text)
        by_doc: List[List[miltag.Span]] = t.tag_many(["Kharkiv", b"Kursk"], threads=2)
        stream: Iterator[List[miltag.Span]] = t.iter_many(iter(["Sumy"]), overlaps=True)
        one: Iterator[miltag.Span] = t.iter_tags(memoryview(b"Kharkiv"))
        print(len(by_doc), next(stream), next(one).byte_end, t.tag_bytes(bytearray(b"x")))
        print(miltag.format_jsonl(1, spans), miltag.version(), miltag.library_path)
    try:
        miltag.Tagger(lexicon=["a.tsv", "b.img"], extend=True, strict=True)
    except miltag.Error as e:
        status: int = e.status
        print(status, e.file, e.line, e.column, e.what)


if __name__ == "__main__":
    main()
