"""Cheap detection of personal data in operator speech, for the live-chat latency budget.

The redaction engine (guard.engine) runs NER and costs 5–25 ms on a 200-character text; the
check must answer in 5 ms at p99. Operator speech is narrow enough that most personal data is
found here from the words already analysed for the rules: a surname by pymorphy2's Surn reading
(with the first name and patronymic around it), numbers by their digits and a cue word (паспорт,
ИНН, СНИЛС, родился), an address by a street word next to a house number, an e-mail by its shape
(written, or spoken with "собака" and "точка"). The engine is asked only when a cue says there
should be personal data here and none was found this way.
"""
from __future__ import annotations

import re

from guard.disclosure.context import national
from guard.disclosure.text import Token, Utterance
from guard.entities import Entity

_STREET = frozenset({"улица", "ул", "проспект", "пр", "пр-т", "просп", "переулок", "пер", "шоссе", "бульвар", "б-р",
                     "набережная", "наб", "площадь", "пл", "проезд", "тупик", "аллея", "микрорайон", "мкр"})
_HOUSE = frozenset({"дом", "д", "квартира", "кв", "корпус", "корп", "строение", "стр"})
_ADDRESS_CUES = frozenset({"адрес", "прописка", "прописать", "проживать", "жить"})
_PASSPORT_CUES = frozenset({"паспорт", "серия"})
_BIRTH_CUES = frozenset({"родиться", "рождение"})
_NAME_KINDS = frozenset({"Name", "Surn", "Patr"})
_PERSON_CUES = frozenset({"владелец", "фамилия", "фио", "контактный"})
# Each starts with a lookbehind so a long run of letters is tried once, not from every position (was quadratic).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SPOKEN_EMAIL = re.compile(r"(?<![a-zа-яё0-9])[a-zа-яё0-9]+(?:\s+(?:точка|нижнее\s+подчеркивание|дефис)\s+[a-zа-яё0-9]+)*\s+собака\s+"
                           r"[a-zа-яё0-9]+(?:\s+точка\s+[a-zа-яё]+)+", re.IGNORECASE)
_INITIALS_AFTER = re.compile(r"\b[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.")
_INITIALS_BEFORE = re.compile(r"\b[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+")
_NOT_SURNAME_ABBREVIATIONS = {"кл", "ул", "тел", "д", "кв", "г", "пр", "пер", "т", "им", "стр", "корп", "см", "ст"}
_WINDOW = 6


def _is_surname(token: Token) -> bool:
    return "Surn" in token.info.top_grammemes


def _is_name_part(token: Token) -> bool:
    return not _NAME_KINDS.isdisjoint(token.info.top_grammemes)


_NOT_A_SURNAME_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "ADVB", "PRED", "INTJ", "NUMR",
                                "PRTF", "PRTS", "GRND", "ADJS", "COMP"})
# Words after which the next name is the owner's: "оформлен на Шпак Олег", "абонент мельник андрей".
_OWNER_CUES = frozenset({"владелец", "абонент", "клиент", "гражданин", "гражданка", "господин", "госпожа", "имя",
                         "оформить", "зарегистрировать", "записать", "принадлежать", "контактный", "лицо"})


def _surname_beside(utterance: Utterance, index: int, run_lo: int) -> bool:
    """Is the word at `index`, next to a first name, a surname pymorphy2 does not know as one
    ("Шпак", "Мельник", "Джонсон")? Written: capitalised inside a sentence. ASR: right after an owner cue."""
    tokens = utterance.tokens
    if not 0 <= index < len(tokens):
        return False
    token = tokens[index]
    if not token.form.isalpha() or len(token.form) < 3 or _is_name_part(token):
        return False
    if not _NOT_A_SURNAME_POS.isdisjoint(token.info.top_grammemes):
        return False
    if _title_case_inside(utterance, token):
        return True
    first = min(index, run_lo)
    return any(not _OWNER_CUES.isdisjoint(tokens[k].info.lemmas) for k in range(max(0, first - 2), first))


def persons(utterance: Utterance) -> list[Entity]:
    """Runs of name words (first name, patronymic, surname) that hold a surname; initials with a surname."""
    found: list[Entity] = []
    tokens = utterance.tokens
    i = 0
    while i < len(tokens):
        if not _is_name_part(tokens[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and _is_name_part(tokens[j + 1]) and not tokens[j + 1].after_break:
            j += 1
        after_street = i > 0 and (tokens[i - 1].form in _STREET or tokens[i - 1].form in ("имени", "им")
                                  or "улица" in tokens[i - 1].info.lemmas)
        # "Невский пр.", "Пушкинская ул.": a street's name before the street word
        after_street = after_street or (j + 1 < len(tokens) and (tokens[j + 1].form in _STREET
                                                                 or "улица" in tokens[j + 1].info.lemmas))
        if not after_street:
            lo, hi = i, j
            has_surname = any(_is_surname(tokens[k]) for k in range(i, j + 1))
            if not has_surname and _surname_beside(utterance, i - 1, i) and not tokens[i].after_break:
                lo, has_surname = i - 1, True
            elif not has_surname and _surname_beside(utterance, j + 1, i) and not tokens[j + 1].after_break:
                hi, has_surname = j + 1, True
            if has_surname:
                found.append(Entity(tokens[lo].start, tokens[hi].end, "PERSON", 0.7))
        i = j + 1
    for pattern in (_INITIALS_AFTER, _INITIALS_BEFORE):
        for match in pattern.finditer(utterance.text):
            word = match.group().split()[0].rstrip(".").lower()
            if word not in _NOT_SURNAME_ABBREVIATIONS:
                found.append(Entity(match.start(), match.end(), "PERSON", 0.8))
    return found


def _near_cue(utterance: Utterance, start: int, end: int, cues: frozenset[str]) -> bool:
    tokens = utterance.tokens
    inside = utterance.token_range(start, end)
    if inside is None:
        return False
    lo, hi = max(0, inside[0] - _WINDOW), min(len(tokens), inside[1] + _WINDOW + 1)
    return any(not cues.isdisjoint(tokens[i].info.lemmas) for i in range(lo, hi))


def numbers(utterance: Utterance) -> list[Entity]:
    """Phones, passports, INN, SNILS, card numbers, dates of birth, by digits and the words around them."""
    found: list[Entity] = []
    for group in utterance.digit_groups:
        digits, span = group.digits, (group.start, group.end)
        if _near_cue(utterance, *span, _PASSPORT_CUES) and len(digits) in (4, 6, 10):
            found.append(Entity(*span, "RU_PASSPORT", 0.8))
        elif _near_cue(utterance, *span, _BIRTH_CUES) and (len(digits) in (6, 8) or re.fullmatch(r"19\d\d|20\d\d", digits)
                                                            or _day_before_month(utterance, group)):
            found.append(Entity(*span, "DATE_OF_BIRTH", 0.8))
        elif _near_cue(utterance, *span, frozenset({"инн"})) and len(digits) in (10, 12):
            found.append(Entity(*span, "RU_INN", 0.8))
        elif _near_cue(utterance, *span, frozenset({"снилс"})) and len(digits) == 11:
            found.append(Entity(*span, "RU_SNILS", 0.8))
        elif len(digits) == 16:
            found.append(Entity(*span, "CREDIT_CARD", 0.6))
        elif _phone_like(digits):
            found.append(Entity(*span, "PHONE_NUMBER", 0.6))
    return found


_MONTH_STEMS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")


def _day_before_month(utterance: Utterance, group) -> bool:
    """"12 марта", "двенадцатого марта": a day of the month followed by the month's name."""
    if not group.digits.isdigit() or not 1 <= int(group.digits) <= 31:
        return False
    inside = utterance.token_range(group.start, group.end)
    if inside is None or inside[1] + 1 >= len(utterance.tokens):
        return False
    word = utterance.tokens[inside[1] + 1].form
    return any(word.startswith(stem) for stem in _MONTH_STEMS if len(stem) > 2) or word in ("мая", "май", "мае")


def _phone_like(digits: str) -> bool:
    """Ten digits of a Russian number after an optional 7/8, mobile (9xx) or city (3xx, 4xx, 8xx but not
    the free 800). A number said right after it ("... 11 22 десять минут") may have run into the group."""
    head = digits[:11] if len(digits) >= 11 and digits[0] in "78" else digits[:10]
    number = national(head)
    return len(number) == 10 and number[0] in "3489" and not number.startswith("800") and len(digits) <= 13


def addresses(utterance: Utterance) -> list[Entity]:
    """A street word with a house number after it, or a house with a flat: the span from the first to the last."""
    tokens = utterance.tokens
    found: list[Entity] = []
    for i, token in enumerate(tokens):
        if token.form not in _STREET and not ("проспект" in token.info.lemmas or "улица" in token.info.lemmas):
            continue
        lo = i
        if i > 0 and not tokens[i - 1].is_digit and not tokens[i].after_break and (
                not {"ADJF", "Surn", "Geox"}.isdisjoint(tokens[i - 1].info.top_grammemes)
                or _title_case_inside(utterance, tokens[i - 1])):
            lo = i - 1  # "Ленинский проспект", "Невский пр."
        # a house number (written or spoken) within a few words after the street's name
        window_end = tokens[min(len(tokens) - 1, i + 8)].end
        street_name_end = token.end if lo < i else tokens[min(len(tokens) - 1, i + 1)].end
        numbers_after = [g for g in utterance.digit_groups if street_name_end <= g.start <= window_end]
        if numbers_after:
            found.append(Entity(tokens[lo].start, numbers_after[-1].end, "ADDRESS", 0.7))
    return found


def addresses_after_cue(utterance: Utterance) -> list[Entity]:
    """"адрес: Тверская 5-12", "проживаете на Арбате, 10": a place name and a number right after an address cue."""
    tokens = utterance.tokens
    if _ADDRESS_CUES.isdisjoint(utterance.lemma_set):
        return []
    found: list[Entity] = []
    cue_positions = [i for i, t in enumerate(tokens) if not _ADDRESS_CUES.isdisjoint(t.info.lemmas)]
    for i, token in enumerate(tokens):
        if token.is_digit or not token.form.isalpha():
            continue
        place_like = "Geox" in token.info.grammemes or _title_case_inside(utterance, token)
        # in ASR text nothing is capitalised: any word right after the cue ("по адресу лесная семь")
        after_cue = any(0 < i - c <= 4 for c in cue_positions) and len(token.form) >= 4
        if not (place_like or after_cue):
            continue
        reach = 12 if place_like else 3  # "Арбате, дом 10" / "лесная семь"
        following = [g for g in utterance.digit_groups if token.end <= g.start <= token.end + reach]
        if following:
            found.append(Entity(token.start, following[0].end, "ADDRESS", 0.6))
    return found


def emails(utterance: Utterance) -> list[Entity]:
    found = [Entity(m.start(), m.end(), "EMAIL_ADDRESS", 0.9) for m in _EMAIL.finditer(utterance.text)]
    if "собака" in utterance.text.lower():
        found += [Entity(m.start(), m.end(), "EMAIL_ADDRESS", 0.7) for m in _SPOKEN_EMAIL.finditer(utterance.text)]
    return found


def cheap_entities(utterance: Utterance) -> list[Entity]:
    found = persons(utterance) + numbers(utterance) + addresses(utterance) + addresses_after_cue(utterance) + emails(utterance)
    return _merge(found)


def engine_window(utterance: Utterance, found: list[Entity]) -> tuple[int, int] | None:
    """Where the engine should look, or None: around a cue for a name or an address that has a
    name-like or place-like word next to it and nothing found for it here. A window, not the whole
    text, because the engine's cost grows with the length it reads."""
    tokens = utterance.tokens
    wanted = []
    if not any(e.type == "ADDRESS" for e in found) and utterance.digit_groups:
        wanted.append((_ADDRESS_CUES, lambda t: "Geox" in t.info.grammemes or _is_name_part(t) or _title_case_inside(utterance, t)))
    if not any(e.type == "PERSON" for e in found):
        wanted.append((_PERSON_CUES, lambda t: _is_name_part(t) or _title_case_inside(utterance, t)))
    for cues, looks_right in wanted:
        for i, token in enumerate(tokens):
            if cues.isdisjoint(token.info.lemmas):
                continue
            hi = i + 1  # the value follows its cue ("адрес: Тверская 5", "владелец — Смит"), in the same sentence
            while hi < min(len(tokens), i + _WINDOW + 1) and not tokens[hi].after_break:
                hi += 1
            if not any(looks_right(tokens[k]) for k in range(i + 1, hi)):
                continue
            lo = max(0, i - 2)
            start, end = tokens[lo].start, tokens[hi - 1].end
            # an address without a house number is not one the engine finds either
            if cues is _ADDRESS_CUES and not any(start <= g.start < end for g in utterance.digit_groups):
                continue
            return start, end
    return None


def _title_case_inside(utterance: Utterance, token: Token) -> bool:
    """A capitalised word inside a sentence ("... на Тверской"): in written text, likely a name or a place."""
    word = utterance.text[token.start:token.end]
    return not token.after_break and len(word) > 1 and word[0].isupper() and word[1:].islower() and word[0] not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _merge(entities: list[Entity]) -> list[Entity]:
    merged: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if merged and entity.start < merged[-1].end:
            if entity.end > merged[-1].end:
                last = merged[-1]
                merged[-1] = Entity(last.start, entity.end, last.type, last.score)
            continue
        merged.append(entity)
    return merged


def merge_with(ours: list[Entity], engine: list[Entity]) -> list[Entity]:
    """Ours first; the engine's spans where they do not overlap ours."""
    extra = [e for e in engine if not any(e.start < o.end and o.start < e.end for o in ours)]
    return sorted(ours + extra)
