"""A piece of a hidden card value is hidden as the value is (red team bb16, 23-24).

The card-aware scrub (guard/proxy/scrub.py) reads a hidden value whole, one slip off, by its stem, spelled, in halves;
a CRM comment may still give it in pieces no reading joins: the surname's beginning and its end ("фамилия начинается
на «Шпак», заканчивается на «овский»"), its beginning cut off ("фамилия на Шпак..."), its first letters spelled
("первые буквы фамилии Ш, П, А, К"), the middle digits of a number ("основной номер: середина 975"), a number's
digits after its prefix ("контакт: восемь девятьсот 11, потом 693"), half a passport ("паспорт: первая половина 678",
"паспорт шестьсот семьдесят восемь"). What those have in common is not their phrases but what the text does: it gives
a *piece* of a value of the card, and says that it is one. A piece is read here so:

- a word piece: the head or the tail (3 letters or more) of a form of a hidden word, written as a word of its own; it is
  the hidden word's when the text marks it as a piece — cut off by a mark ("Шпак...", "…овский", "Шпак-"), spelled
  letter by letter ("Ш, П, А, К"), no word of the language (4 letters or more: "овский", "шпаковск"), standing where
  the text speaks of a name or an address (the PERSON and ADDRESS kinds' own question words, `Kind.asked`: "фамилия",
  "имя", "улица" within a few words before it), or joined to another piece of the same word a few words on (the
  pieces in order spell 5 letters or more of it: "Шпак" … "овский");
- a number piece: a run of 3 digits or more (written or said) inside a hidden number, where the text speaks of a
  number (the numeric kinds' own cue and context words: "номер", "паспорт", "контакт", "договор" within a few words
  before it) — not a quantity ("500 руб"), not after a word that makes it nobody's number ("заявка"), not digits the
  policy shows of that number (an identified caller's last 4).

Pieces down a column (one per comment: "Фёд" | "оров") are guard/proxy/split_pieces.py's. Only the proxy reads these
pieces (CardSecrets._scrub_joined): a piece of a value told by the operator is the speech checker's own reading.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from guard.morph import known_word, normalize_word
from guard.normalize import spelled_words
from guard.recognizers.lexicon import NOBODYS_NUMBER_CUES
from guard.recognizers.packed_run import counts_something

MIN_PIECE = 3          # letters or digits at least in a piece read alone
_UNKNOWN_PIECE = 4     # letters at least in a piece read as a piece because no word of the language is spelled so
_CHAIN = 5             # letters at least two pieces of one word spell together
_WINDOW = 4            # words at most between a naming word and the piece it names, or between two pieces
_LETTERS = re.compile(r"[^\W\d_]++")
_DIGIT_GROUP = re.compile(r"\d++(?:[ \t\-]\d++)*+")
_DATE_OR_TIME = re.compile(r"[.:/]\d")
_DATE_OR_TIME_BEFORE = re.compile(r"\d[.:/]\Z")
_CUT_AFTER = re.compile(r"(?:\.\.\.|…|-|\*)(?![^\W\d_])")
_CUT_BEFORE = re.compile(r"(?<![^\W\d_])(?:\.\.\.|…|-|\*)\Z")


@lru_cache(maxsize=1)
def _naming_words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The words that say a name or an address is spoken of (the PERSON and ADDRESS kinds' `asked`), and the stems that
    say a number is (every numeric kind's cues and its recognizers' context): each kind's own, read from its one home
    (recognizers/__init__.KINDS)."""
    from guard.recognizers import KINDS

    words = "|".join(kind.asked for kind in KINDS if kind.entity in ("PERSON", "ADDRESS") and kind.asked)
    stems: set[str] = set()
    for kind in KINDS:
        if not kind.numeric:
            continue
        stems.update(kind.cues)
        for recognizer in kind.recognizers:
            stems.update(stem for stem in getattr(recognizer, "CONTEXT", ()) if stem.isalpha() and len(stem) >= 3)
    return re.compile(rf"(?<![^\W\d_])(?:{words})", re.IGNORECASE), tuple(sorted(stems))


def _words_before(text: str, at: int) -> list[str]:
    """The words (lowercase) of up to _WINDOW words before `at`, nearest last, within the text's line; the numbers
    between are not counted (a number dictated in groups is one thing said)."""
    start = max(text.rfind("\n", 0, at), text.rfind("\x00", 0, at)) + 1
    return [word.lower() for word in _LETTERS.findall(text, start, at)][-_WINDOW:]


class WordPieces:
    """The heads and tails of the hidden words' forms (lowercase, ё folded), for one response's secrets."""

    def __init__(self, forms: Iterable[str]) -> None:
        self.forms = frozenset(form for form in forms if form.isalpha() and not form.isascii()
                               and len(form) > MIN_PIECE)
        self.heads = frozenset(form[:size] for form in self.forms for size in range(MIN_PIECE, len(form)))
        self.tails = frozenset(form[-size:] for form in self.forms for size in range(MIN_PIECE, len(form)))

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not self.forms:
            return []
        asked, _ = _naming_words()
        pieces = []  # (start, end, normalized) of every word that is a head or a tail, and the word's place
        words = list(_LETTERS.finditer(text))
        found: list[tuple[int, int]] = []
        for place, match in enumerate(words):
            piece = normalize_word(match.group())
            if len(piece) < MIN_PIECE or piece in self.forms:
                continue  # a whole form is the word readings' own
            head, tail = piece in self.heads, piece in self.tails
            if not (head or tail):
                continue
            pieces.append((place, match.start(), match.end(), piece))
            start, end = match.span()
            before = text[max(0, start - 3):start]
            if (head and _CUT_AFTER.match(text, end)) or (tail and _CUT_BEFORE.search(before)) \
                    or (len(piece) >= _UNKNOWN_PIECE and not known_word(piece)) \
                    or any(asked.fullmatch(word) or asked.match(word) for word in _words_before(text, start)):
                found.append((start, end))
        # pieces joined a few words apart: in order they spell _CHAIN letters or more of one form
        for i, (place, start, end, piece) in enumerate(pieces):
            for later, later_start, later_end, other in pieces[i + 1:]:
                if later - place > _WINDOW + 1:
                    break
                joined = piece + other
                if len(joined) >= _CHAIN and any(joined in form for form in self.forms):
                    found += [(start, end), (later_start, later_end)]
        # spelled letter by letter: "Ш, П, А, К", "ш-п-а-к"
        for start, end, letters in spelled_words(text, any_marks=True):
            spelled = normalize_word(letters)
            if len(spelled) >= MIN_PIECE and (spelled in self.heads or spelled in self.tails):
                found.append((start, end))
        return found


def number_piece_spans(read: str, numbers: tuple[str, ...], shown: Iterable[str]) -> list[tuple[int, int]]:
    """Runs of MIN_PIECE digits or more of `read` (spoken numbers already written as digits) inside a hidden number,
    where the text speaks of a number (`_naming_words`), not counting something and not after a nobody's-number cue;
    runs inside `shown` (the digits the policy shows of a number) are not pieces of what it hides."""
    if not numbers:
        return []
    _, stems = _naming_words()
    shown = tuple(shown)
    found = []
    for group in _DIGIT_GROUP.finditer(read):  # a number dictated in groups is one: "45 05 678 901" is no piece of 678
        for start, end in _group_or_its_tail(group):
            run = re.sub(r"\D", "", read[start:end])
            if len(run) < MIN_PIECE or not any(run in number for number in numbers) \
                    or any(run in part for part in shown) or counts_something(read, end) \
                    or _DATE_OR_TIME.match(read, end) or _DATE_OR_TIME_BEFORE.search(read, 0, start):
                continue  # a date, a time, a decimal ("звонил 15.11.2026 в 10:15"): what it says, no piece
            before = _words_before(read, start)
            if any(word.startswith(stems) for word in before) \
                    and not any(word.startswith(NOBODYS_NUMBER_CUES) for word in before):
                found.append((start, end))
                break
    return found


def _group_or_its_tail(group: re.Match) -> list[tuple[int, int]]:
    """The digit group, then the group without its first runs: a count said before a piece is read as a digit too
    ("первые три 583" reads "3 583"; red team bb19, f05) — the piece is what follows the count."""
    runs = [match.span() for match in re.finditer(r"\d++", group.group())]
    return [(group.start() + runs[i][0], group.end()) for i in range(len(runs))]
