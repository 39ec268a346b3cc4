"""PERSONAL_NUMBER: a long number said aloud or written in groups with no cue word — masked whole (issue 15).

"In speech a checksum cannot be the gate: a cue, a length and the context must be enough, and a number is masked
whole." A caller reads a card, a bank account, a licence or a contract number in pairs, triples, hundreds or digit by
digit, with "ноль" and fillers between (digits by now: guard/normalize.py `readings`), and often with no cue word said
or with one the ASR lost; a misheard digit breaks the checksum every kind's own recognizer weighs. Nobody says ten
digits in one breath that are not an identifier: an amount, a date, a time or a quantity is said with its unit or its
month and is no run of ten digits. So a run of digit groups (phone.digit_runs: spaces, dashes, brackets between) of ten
digits or more, when spoken, and of sixteen or more when written (a card, an OMS policy, a bank account in groups), is
masked whole, typed by its length as the kind most likely — a card's 13-19 digits, a bank account's 20 — or as a
personal number, at a score every kind's own reading outranks (its type wins where it finds one; the span stays whole,
guard/engine.merge_overlaps).
"""
from __future__ import annotations

from guard.document import document_for
import re

from guard.recognizers.base import (CUE_KINDS, REST_SCORE, ContextPatternRecognizer, Kind, clause_before,
                                    last_cue, make_result, number_value, words_in)
from guard.recognizers.lexicon import OTHER_VALUE_WORDS
from guard.recognizers.packed_run import counts_something
from guard.recognizers.phone import DEVICE_NUMBER, PhoneRecognizer, digit_runs, is_toll_free, national

# A word naming what the number is: another value's (lexicon.OTHER_VALUE_WORDS: "огрн", "счёт фирмы", "код") — that
# kind reads it, with its holder and its checksum
_NAMED = re.compile(r"(?<![а-яёa-z])(?:" + OTHER_VALUE_WORDS + r")", re.IGNORECASE)

SPOKEN_FEWEST = 10  # digits in a spoken run that is an identifier whatever it says
WRITTEN_FEWEST = 16  # in a written one, in groups: a card, an OMS policy, a bank account
_CARD_DIGITS = range(13, 20)
_ACCOUNT_DIGITS = 20


def likely_kind(digits: int) -> str:
    """The kind a number of this many digits most likely is, with no cue to say."""
    if digits in _CARD_DIGITS:
        return "CREDIT_CARD"
    if digits == _ACCOUNT_DIGITS:
        return "BANK_ACCOUNT"
    return "PERSONAL_NUMBER"


def _spoken(text: str, start: int, end: int) -> bool:
    """Was [start, end) said in words (the document's normalization replaced it)?"""
    doc = document_for(text)
    normalization = getattr(doc, "normalization", None) if doc is not None else None
    if normalization is None or not getattr(normalization, "changed", False):
        return False
    first, last = normalization.to_original(start, end)
    return any(ch.isalpha() for ch in normalization.original[first:last])


def _all_phones(run) -> bool:
    """Does the phone kind read a phone in the run ("8916… 8903…" in one breath)?"""
    # any phone in the run is the phone kind's to cut ("… 9 03 54 8 919 855 90 97": a date, then a phone)
    return bool(PhoneRecognizer._phones_in_run(run))


class LongNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "PERSONAL_NUMBER"
    # a request's, an order's or a parcel's number is nobody's (lexicon.NOBODYS_NUMBER_CUES, added by the base class)
    NEGATIVE_CONTEXT = ("заявк",)

    def find_candidates(self, text, entities, nlp_artifacts, regex_flags):
        out = []
        for run in digit_runs(text):
            start, end = run[0].start(), run[-1].end()
            digits = sum(len(group.group()) for group in run)
            if digits < SPOKEN_FEWEST or counts_something(text, end):
                continue  # "… 1 500 000 рублей": an amount
            if start > 0 and (text[start - 1].isalpha() or text[start - 1] in "+/.:,") or \
                    end < len(text) and (text[end].isalpha() or text[end] in "/.:" and text[end + 1:end + 2].isdigit()):
                continue  # glued to letters, a date's or an address's piece: no run of its own
            if digits < WRITTEN_FEWEST and not _spoken(text, start, end):
                continue
            if len(run) < 2 and not _spoken(text, start, end):
                continue  # one written group of 16+ digits is left to the kinds (an ICCID, an IMEI, a hash)
            whole = "".join(group.group() for group in run)
            if is_toll_free(national(whole)) or _all_phones(run):
                continue  # an 8-800 line; phones said in one breath, each masked by the phone kind
            clause = clause_before(text, start)
            if last_cue(words_in(clause), tuple(CUE_KINDS)) is not None or _NAMED.search(clause) \
                    or DEVICE_NUMBER.search(clause_before(text, start, 30)):
                continue  # a word names it (a kind's, an order's, a device's: "имей …", "серийный номер …"): that kind
                # reads it, with its holder (guard/engine.py) and checksum; this is for the number nothing names
            out.append(make_result(self, likely_kind(digits), start, end, REST_SCORE,
                                   "a long number said or written in groups with no cue: masked whole"))
        return out


KIND = Kind("PERSONAL_NUMBER", (LongNumberRecognizer,), number_value, numeric=True)
