"""How often the call checker would glue an operator's own words cut across two lines into a name (guard/disclosure/
cut_words.py, red team bd34 f01): every distinct clean operator line of every disclosure set, cut at each blank into
two lines, read as the checker's gluing reads them — without a card (a surname the dictionary knows) and with a card
whose names are the sample card's and the sets' frequent words' («Иванов», «Гусевин», «Иванова Анна Петровна»).

    python -m benchmarks.cut_words_on_clean_lines

A glue is where a false block could start; none is the goal (the words the sets' lines cut make no name).
"""
from __future__ import annotations

import json
import re
from collections import Counter

from benchmarks.disclosure_sets_summary import DATA, set_names
from guard.disclosure.cut_words import glued_over_lines
from guard.disclosure.personal import declined_form_of, inflected_form_of
from guard.recognizers.person import surname_said_in_pieces

CARD_WORDS = ("иванов", "гусевин", "иванова", "анна", "петровна")


def _a_surname(pieces: tuple[str, ...]) -> bool:
    return surname_said_in_pieces(tuple(piece.lower() for piece in pieces))


def _the_cards(pieces: tuple[str, ...]) -> bool:
    """As checker._name_cut_over_lines reads a whole card's names."""
    word = "".join(pieces)
    return len(word) >= 3 and any(declined_form_of(word, name) and not any(inflected_form_of(piece, name)
                                                                           for piece in pieces)
                                  for name in CARD_WORDS) or _a_surname(pieces)


def main() -> None:
    lines = cuts = 0
    glued: Counter[str] = Counter()
    seen: set[str] = set()
    for name in set_names():
        for row in map(json.loads, (DATA / name / "utterances.jsonl").read_text(encoding="utf-8").splitlines()):
            text = row["text"]
            if row.get("speaker", "operator") != "operator" or row["violating"] or text in seen:
                continue
            seen.add(text)
            lines += 1
            for blank in re.finditer(r" +", text):
                before, after = text[:blank.start()], text[blank.end():]
                if not before or not after:
                    continue
                cuts += 1
                for label, fits in (("no card", _a_surname), ("card", _the_cards)):
                    found = glued_over_lines([before], after, fits)
                    if found is not None:
                        glued[f"{label}: {''.join(found.words)}"] += 1
    without = sum(n for key, n in glued.items() if key.startswith("no card"))
    print(f"{lines} distinct clean operator lines, {cuts} cuts at a blank; glued without a card: {without}, "
          f"with the card: {sum(glued.values()) - without}")
    for key, n in glued.most_common(20):
        print(f"  {n:3d}  {key}")


if __name__ == "__main__":
    main()
