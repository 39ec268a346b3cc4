"""Within a call, a read-back is sanctioned only for what the caller said in that call.

"вы продиктовали паспорт 4505 678901, всё верно?" says the caller's own data back to them — when the caller did
say it. A line checked alone (no call: `guard check` without a call id, policy cases, the benchmarks) has no
caller's turns to compare with and keeps the old reading: the read-back's wording is trusted. Within a call
(POST /v1/check or `guard check` with a call id: the caller's turns are remembered, guard/disclosure/context.py)
the wording alone is not enough — the red team's H1-H3 ("вы назвали фамилию Иванов, верно?" in a call where
nobody said it) told hidden values that way. A finding inside a read-back is dropped only when its value is one
the caller said: its numbers (3 digits or more: a house number alone tells nothing) and the words that carry the
value (a name, a surname, a place, a Latin word, a word the dictionary does not know, a word capitalized inside a
sentence), compared as the caller's turns are kept (spoken numbers as digits, recognizers/phone.py `national`;
words in any inflection, `Said.said_word`). A span with no such number or word is not known to be the caller's:
it stays flagged (fail closed).
"""
from __future__ import annotations

import re

from guard.disclosure.context import Said, national
from guard.disclosure.text import Utterance
from guard.morph import parses
from guard.recognizers.address import ADDRESS_PART_WORDS, HOUSE_WORDS, address_spans
from guard.recognizers.lexicon import LEGAL_FORMS

_VALUE_GRAMMEMES = ("Name", "Surn", "Patr", "Geox", "LATN")
_SENTENCE_END = re.compile(r"[.!?:;—]\s*$")
_LATIN = re.compile(r"[A-Za-z]+")


def _carries_the_value(word: str, capitalized_inside: bool) -> bool:
    """A word that is the value itself, not the operator's wording around it ("адрес", "подключения", "улица")."""
    if capitalized_inside:
        return True
    readings = parses(word)
    if not readings or not any(p.is_known for p in readings):
        return True
    return any(grammeme in p.tag for p in readings for grammeme in _VALUE_GRAMMEMES)


def _in_addresses(utterance: Utterance) -> list[tuple[int, int]]:
    """Where the address kind (recognizers/address.py: address_spans, its one definition) finds an address, in the
    utterance's own offsets (read on its spoken-numbers-as-digits text, as the checker reads it)."""
    normalized = utterance.normalized
    return [normalized.to_original(start, end) for start, end, _, _ in address_spans_of(utterance)]


def address_spans_of(utterance: Utterance) -> list[tuple[int, int, float, str]]:
    """address_spans of the utterance with its spoken numbers as digits (in that text's offsets), read once a line:
    the checker's cheap look before its readings (personal.might_hold_personal_data), the readings themselves
    (personal.addresses) and the read-back's addresses here ask the same question of the same text."""
    return utterance.derived("address_spans", lambda: address_spans(utterance.normalized.text))


def value_words(utterance: Utterance, start: int, end: int) -> list[str]:
    """The words of [start, end) that carry a value (lowercase, as the caller's turns are kept): a name, a surname,
    a place, a Latin or unknown word, a word capitalized inside a sentence, a word of an address the address kind
    finds ("лесная" in "адрес лесная восемь квартира сорок один") — not its part words ("улица", "дом")."""
    text = utterance.text
    addresses = None
    words = []
    tokens = utterance.tokens
    for index, token in enumerate(tokens):
        if token.start < start or token.end > end or token.is_digit or len(token.form) < 3:
            continue
        if token.form in ADDRESS_PART_WORDS or token.form in LEGAL_FORMS:
            continue
        if any(t.form in LEGAL_FORMS for t in tokens[max(0, index - 2):index]) and not token.after_break:
            words.append(token.form)  # an organization's name: "ооо вектор", "ООО «Северный ветер»"
            continue
        original = text[token.start:token.end]
        first_of_sentence = index == 0 or bool(_SENTENCE_END.search(text[:token.start]))
        if _carries_the_value(token.form, original[:1].isupper() and not first_of_sentence):
            words.append(token.form)
            continue
        if addresses is None:
            addresses = _in_addresses(utterance)
        if any(a <= token.start and token.end <= b for a, b in addresses):
            words.append(token.form)
    return words


def after_a_house_word(utterance: Utterance, start: int) -> bool:
    """Does a house, building or flat word (the address kind's HOUSE_WORDS, any inflection) stand in the two words
    before `start` ("дом 5", "кв. 12", "квартира двенадцать")? A number there is an address's, however short."""
    before = [token for token in utterance.tokens if token.end <= start][-2:]
    return any(not HOUSE_WORDS.isdisjoint(token.info.lemmas) for token in before)


def caller_said(utterance: Utterance, start: int, end: int, said: Said,
                around: list[tuple[int, int]] = (), nothing_found: bool = False) -> bool:
    """Every value in [start, end) of the operator's line — and in the read-back stretch of `around` that holds it
    (a wording rule's finding, "договор оформлен на", leaves its value beside it) — is one the caller said earlier
    in the call. A number is any that overlaps (3 digits or more). Where no value is found, `nothing_found`: False
    (fail closed) for a read-back; the caller's words said back ("вы спрашиваете, есть ли вышка на вашем доме")
    pass True — they were dropped only when they hold no number, and what holds no value tells none."""
    for a, b in around:
        if a <= start < b:
            start, end = min(start, a), max(end, b)
            break
    # a house or flat number counts however short (red team bb7, 03: the caller said the street, "дом 5, квартира 12"
    # read back from the card widens it)
    numbers = [g.digits for g in utterance.digit_groups if g.start < end and start < g.end
               and (len(g.digits) >= 3 or after_a_house_word(utterance, g.start))]
    words = value_words(utterance, start, end)
    latin = [piece.lower() for piece in _LATIN.findall(utterance.text[start:end]) if len(piece) >= 3]
    if not numbers and not words and not latin:
        return nothing_found
    return (all(said.said_number(digits if len(digits) < 3 else national(digits)) for digits in numbers)
            and all(said.said_word(word) for word in words)
            and all(piece in said.words for piece in latin))


__all__ = ["after_a_house_word", "caller_said", "value_words"]


def completes_the_callers_number(callers_line: str, utterance: Utterance) -> list[tuple[int, int]]:
    """The operator's digit groups that finish the number the caller began ("мой номер восемь девятьсот шестнадцать
    сто двадцать три" / "да, сто двадцать три сорок пять шестьдесят семь": red team bb8, 19): the caller's digits,
    then the operator's past what they repeat of the caller's end, make a phone number (recognizers/phone.py
    `is_phone_digits`) that the caller's digits alone do not. Where the operator's own new digits stand."""
    from guard.recognizers.phone import is_phone_digits

    theirs = "".join(group.digits for group in Utterance(callers_line).digit_groups)
    groups = utterance.digit_groups
    ours = "".join(group.digits for group in groups)
    if len(theirs) < 3 or len(ours) < 2 or is_phone_digits(theirs):
        return []
    for repeated in range(min(len(theirs), len(ours) - 2), -1, -1):
        if repeated and not theirs.endswith(ours[:repeated]):
            continue
        if is_phone_digits(theirs + ours[repeated:]):
            told, spans = 0, []
            for group in groups:  # the groups holding a digit past the repeated ones
                if told + len(group.digits) > repeated:
                    spans.append((group.start, group.end))
                told += len(group.digits)
            return spans
    return []
