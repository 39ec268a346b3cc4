"""A piece of a cued value told: a number right after a passport's or its department code's cue, however short.

"паспорт 4505", "паспорт сорок пять ноль пять" (the series alone), "код подразделения семьсот семьдесят" (red team bb5,
07): the kind's recognizer wants the whole value (ten digits, six), so the piece went unread and a call allowed it. What
a cue is stays the kind's own (recognizers/passport.py, passport_dept.py: `CUE_NUMBERS`, read through
`ContextPatternRecognizer.numbers_after_cue`); here only which kinds' pieces the speech rules count — Инструкция
запретов, п. 2: any of the passport's data. Card-blind: the way of telling is blocked whatever the digits (no oracle);
what the caller said, or the operator's card shows, may be said back.
"""
from __future__ import annotations

import re
from functools import lru_cache

from guard.disclosure.text import Utterance
from guard.recognizers.passport import PassportRecognizer
from guard.recognizers.passport_dept import PassportDeptRecognizer

# the kinds whose every piece is data (a phone's pieces are п. 6 and п. 9's, read by subscriber-number's own phrases)
PIECE_KINDS = (PassportRecognizer, PassportDeptRecognizer)


@lru_cache(maxsize=1)
def _recognizers():
    return tuple(cls() for cls in PIECE_KINDS)


def cued_pieces(utterance: Utterance) -> list[tuple[int, int, str]]:
    """(start, end, entity type) in the utterance's offsets of each number said right after a cue of PIECE_KINDS,
    read on every reading of the line (spoken numbers as digits, separators read past)."""
    def read() -> list[tuple[int, int, str]]:
        found: dict[tuple[int, int], str] = {}
        for normalized in utterance.readings:
            for recognizer in _recognizers():
                for start, end in recognizer.numbers_after_cue(normalized.text):
                    span = normalized.to_original(start, end)
                    if span[1] > span[0] and not _governed_by_a_preposition(utterance, span[0]) \
                            and not _counted_before(utterance, span[0]) \
                            and not _AGE_AFTER.match(utterance.text, span[1]) \
                            and not _an_age_told(utterance, span[0]) \
                            and not _in_the_companys_place(utterance, span[0]):
                        found.setdefault(span, recognizer.ENTITY)
        return sorted((start, end, kind) for (start, end), kind in found.items())

    return utterance.derived("cued_pieces", read)


# years counted after the number: "паспорт: 12 лет назад менял", "паспорт с 14 лет" — an age or a time, no piece
_AGE_AFTER = re.compile(r"[ \t,]{0,3}(?:лет|год(?:а|у)?)(?![а-яё])", re.IGNORECASE)


def _counted_before(utterance: Utterance, start: int) -> bool:
    """The noun right before the number is what it counts, in the approximate order ("займёт минут десять", "часов
    десять", "дней пять"): a noun in the genitive plural, in the same clause, no label of a value
    ("серий", "номеров"). The number is that count, not the value after the cue (stop 39, l38: "по паспорту в любом
    офисе, это займёт минут десять"). A person's noun is whose value it is ("паспорт клиентов 4505"): not a count."""
    before = [token for token in utterance.tokens if token.end <= start]
    if not before:
        return False
    noun = before[-1]
    grammemes = noun.info.top_grammemes
    return ({"NOUN", "gent", "plur", "inan"} <= grammemes and not noun.info.lemmas & _VALUE_LABELS
            and not utterance.text[noun.end:start].strip())


_VALUE_LABELS = frozenset({"серия", "номер", "паспорт", "код", "подразделение", "цифра"})


def _tokens_since_the_cue(utterance: Utterance, start: int) -> list:
    """The words between the value's label nearest before the number (_VALUE_LABELS: "паспорт", "серия", "код" …)
    and the number: the words the cue's reach passed over (recognizers/lexicon.CUE_GAP, up to eight)."""
    before = [token for token in utterance.tokens if token.end <= start]
    gap = []
    for token in reversed(before):
        if token.info.lemmas & _VALUE_LABELS:
            break
        gap.append(token)
    return gap[::-1]


def _in_the_companys_place(utterance: Utterance, start: int) -> bool:
    """The number is a house number of the company's office or salon the line names (sense.company_place_spans),
    reached past a preposition of its own after the cue: "выдадут в офисе по паспорту, ближайший на Московском шоссе,
    17", "… по паспорту, ближайший офис на амирхана десять" — the preposition opens the place's phrase, and the number
    is that phrase's, not the passport's piece (stop 43). A number right after its cue inside such a stretch ("в
    офисе при предъявлении паспорта 4505") is still read: no preposition between."""
    from guard.disclosure.sense import company_place_spans

    if not any(first <= start < last for first, last in company_place_spans(utterance)):
        return False
    return any("PREP" in token.info.top_grammemes for token in _tokens_since_the_cue(utterance, start))


# an age said as a person's, in the dative, with "быть" or "исполниться": "ей ведь уже есть четырнадцать", "сыну
# исполнилось шестнадцать" — Russian says an age so, with or without "лет" (_AGE_AFTER reads it with one)
_AGE_VERBS = frozenset({"быть", "исполниться", "исполняться", "стукнуть"})


def _an_age_told(utterance: Utterance, start: int) -> bool:
    """The number is someone's age, not the passport's piece: past the cue, a person in the dative (a pronoun or an
    animate noun) and, right before the number, a verb of being or turning an age, in one clause (stop 43, u27: "пусть придёт
    сама с паспортом, ей ведь уже есть четырнадцать")."""
    gap = _tokens_since_the_cue(utterance, start)
    if not gap or any(token.after_break for token in gap[1:]):
        return False
    return bool(gap[-1].info.lemmas & _AGE_VERBS) and any(
        "datv" in token.info.top_grammemes and ("NPRO" in token.info.top_grammemes or "anim" in token.info.top_grammemes)
        for token in gap)


def _governed_by_a_preposition(utterance: Utterance, start: int) -> bool:
    """A preposition right before the number makes it a phrase of its own: an age, a time, a date ("паспорт нужен с 14
    лет", "приходите с паспортом в 10 утра"), not the value after its cue."""
    before = [token for token in utterance.tokens if token.end <= start]
    return bool(before) and "PREP" in before[-1].info.top_grammemes


# --- the answer to the caller's question for a passport, told in pieces over the call (red team bb15, 16) -------------
# "подскажите мой паспорт" / "секунду" / "первые две цифры совпадают с кодом вашего региона, сорок шесть" / "угу" /
# "потом двенадцать, как месяцев в году" / … : no line names the passport, each wraps its piece in words of its own.
# While the caller's question stands (Said.asked) a number the operator says answers it: a piece of the passport,
# whatever its digits (card-blind, no oracle) — п. 2 forbids any of its data. What the line's syntax makes another
# thing stays one: a count or a sum (a unit or a counted noun beside it), a time, a year, an age or an hour after a
# preposition ("с 14 лет", "до 20"), a payment's sum, nobody's or the operator's own number.
_ENDS = frozenset({"начинаться", "начало", "заканчиваться", "кончаться", "оканчиваться", "конец", "окончание"})


# what makes a short number another thing: a code's signs ("*111*23#", "+374"), a law's or an ordinal's ending
# ("152-ФЗ", "15-го"), a share ("112 из 400"), an exchange ("490 вместо 700"); a USSD command said in words
_SIGNS = frozenset({"*", "#", "+", "№", ":"})
_OTHER_SENSE_AFTER = re.compile(r"(?<![ \t])(?:[ \t]*+[*#%×=/]|:\d|-[^\W\d_]|[ \t]++(?:из|вместо|на[ \t]++\d)(?![^\W\d_]))")
_USSD = re.compile(r"звёздочк|звездочк|решётк|решетк", re.IGNORECASE)
# a service's short number (п. 9 lets it be named): the line names a service, or the number is dialled ("звоните 112")
SERVICE_WORDS = re.compile(r"экстренн|служб|спасени|справк|справочн|баланс|сервисн|бесплатн", re.IGNORECASE)
_DIALLED = re.compile(r"(?<![а-яё])(?:набер|набир|позвон|звон|перезвон)[а-яё]*(?:[ \t]+на)?[ \t:—-]*$", re.IGNORECASE)


def _after_a_name(utterance: Utterance, start: int) -> bool:
    """A number right after a name, an address word or a code's ("на Садовой, 26", "Красный проспект, 77", "дом 5",
    "код 495"): a house's, an office's, a code — not the asked value's piece."""
    from guard.recognizers.address import HOUSE_WORDS, STREET_WORDS

    before = [token for token in utterance.tokens if token.end <= start][-2:]
    return any(token.form.lower() in STREET_WORDS or token.form.lower() in HOUSE_WORDS
               or token.info.lemmas & {"код", "префикс"}  # "код 917": a code, п. 9's to name
               or (utterance.text[token.start:token.start + 1].isupper() and token is not utterance.tokens[0])
               for token in before)


def pieces_of_the_asked_value(utterance: Utterance, asked: str | None) -> list[tuple[int, int, str]]:
    """(start, end, entity) of each number of 2 digits or more the line says, while the caller's question for a value
    of PIECE_KINDS (`asked`, an entity type) stands, in a clause that is only a number's piece (its other words say
    nothing of another thing or are the value's own nouns: bare_value.number_piece_in) — "…, сорок шесть", "потом
    двенадцать, как месяцев в году", "номер начинается на пятьсот восемьдесят три"; not "не меньше десяти активных
    номеров", "офис на Невском, 114", "152-ФЗ"."""
    kinds = {recognizer.ENTITY for recognizer in _recognizers()}
    if asked not in kinds:
        return []
    from guard.disclosure.bare_value import _PAYMENT_VERBS, _TIME, clauses, number_piece_in

    text = utterance.text
    times = [(m.start(), m.end()) for m in _TIME.finditer(text)]
    found = []
    for start, end in clauses(text):
        if number_piece_in(utterance, start, end, value_words=_VALUE_LABELS) is None or _USSD.search(text) \
                or SERVICE_WORDS.search(text):
            continue
        for group in utterance.digit_groups:
            if not (start <= group.start and group.end <= end) or len(group.digits) < 2 \
                    or _counted_before(utterance, group.start) or _AGE_AFTER.match(text, group.end) \
                    or _OTHER_SENSE_AFTER.match(text, group.end) or _SIGNS & set(text[max(0, group.start - 1):group.start + 1]) \
                    or _after_a_name(utterance, group.start) or any(s <= group.start < e for s, e in times) \
                    or _DIALLED.search(text, 0, group.start):
                continue
            before = [token for token in utterance.tokens if token.end <= group.start]
            if before and before[-1].info.lemmas & _PAYMENT_VERBS:
                continue  # "это стоит 300": a sum
            if before and "PREP" in before[-1].info.top_grammemes and not (
                    len(before) > 1 and before[-2].info.lemmas & _ENDS):
                continue  # "с 14 лет", "до 20": an age, an hour — but "начинается на 583" is the number's beginning
            found.append((group.start, group.end, asked))
    return found


# Инструкция запретов, п. 9: a number's prefix may be named, not its digits past it. "номер начинается на девятьсот три
# пятьсот пятьдесят пять" (red team bb5, 09) told six of ten digits as "the beginning".
_BEGINS = frozenset({"начинаться", "начало"})
_NUMBER_NOUNS = frozenset({"номер", "телефон", "симка", "сим-карта", "цифра", "мобильный"})
_PREFIX_DIGITS = 3  # the operator's or the city's code; a country's 7/8 before it is one more


def beginnings_past_the_prefix(utterance: Utterance) -> list[tuple[int, int]]:
    """(start, end) of each number told as a number's beginning ("начинается на/с …", "в начале …") with more digits
    than a prefix: the code, with a 7 or 8 before it."""
    tokens, groups = utterance.tokens, utterance.digit_groups
    found = []
    for i, token in enumerate(tokens):
        if _BEGINS.isdisjoint(token.info.lemmas) or not any(
                not _NUMBER_NOUNS.isdisjoint(t.info.lemmas) for t in tokens[max(0, i - 8):i + 4]):
            continue  # "акция начинается с 1 декабря", "тарифы начинаются с 1000 рублей": no number's beginning
        after = tokens[i + 1:i + 4]
        if not after:
            continue
        reach = after[-1].end
        for group in groups:
            if token.end <= group.start <= reach:
                digits = group.digits
                allowed = _PREFIX_DIGITS + (1 if digits[:1] in "78" and len(digits) > _PREFIX_DIGITS else 0)
                if len(digits) > allowed:
                    found.append((group.start, group.end))
                break
    return found


__all__ = ["PIECE_KINDS", "SERVICE_WORDS", "beginnings_past_the_prefix", "cued_pieces", "pieces_of_the_asked_value"]
