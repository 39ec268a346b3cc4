"""Personal and confidential data in what the operator says (Инструкция запретов, пп. 1–6, 8, 9, 17).

Two ways to know a value is the owner's:
- with the call's card: a value of the card the rule names (surname, passport, address, numbers,
  call-detail numbers, LAI/cell) appears in the utterance, and the caller has not said it;
- without a card: the engine detects personal data of the rule's entity types.

Values are compared the way people say them: numbers as digit runs (spoken ones too, a leading
8/7 ignored, prefixes of up to 3 digits allowed by п. 9, the last 4 digits under п. 6), names and
streets by stem, so "Иванову" is "Иванов".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from guard.disclosure.context import CheckContext, Said, national
from guard.disclosure.rules import CardValue
from guard.disclosure.text import Utterance, word_info
from guard.entities import Entity
from guard.morph import normalize_word
from guard.recognizers.phone import is_toll_free

_ENDINGS = "аяйьеоуыи"
_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
# Words of an address that say what a part is, not where it is.
_ADDRESS_WORDS = {"г", "гор", "город", "ул", "улица", "д", "дом", "кв", "квартира", "корп", "корпус", "стр", "строение",
                  "пр", "просп", "проспект", "пер", "переулок", "ш", "шоссе", "б-р", "бульвар", "наб", "набережная",
                  "пл", "площадь", "обл", "область", "р-н", "район", "мкр", "микрорайон", "пос", "поселок", "село",
                  "край", "респ", "республика", "офис", "оф", "литера", "лит", "проезд", "тупик", "аллея"}
_REGION_WORDS = frozenset({"г", "гор", "город", "обл", "область", "край", "респ", "республика", "ао", "округ"})
_LEGAL_FORMS = {"ооо", "оао", "зао", "пао", "ао", "ип", "нко", "ано", "фгуп", "гуп", "муп", "тоо", "llc", "ltd"}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def same_name(form: str, word: str) -> bool:
    """Is `form` (from speech) an inflected form of the name or street `word`? Both folded."""
    form, word = normalize_word(form), normalize_word(word)
    if form == word:
        return True
    stem = word
    for _ in range(2):  # "тверская" -> "тверск", "иванова" -> "иванов": the stem the case endings attach to
        if len(stem) > 4 and stem[-1] in _ENDINGS:
            stem = stem[:-1]
    return len(stem) >= 3 and form.startswith(stem) and len(form) - len(stem) <= 3


def resolve(card: Any, path: str) -> list[tuple[str, Any]]:
    """(concrete path, value) for a path with [*] over lists: 'numbers[*].msisdn' -> every number."""
    found: list[tuple[str, Any]] = [("", card)]
    for part in path.split("."):
        every = part.endswith("[*]")
        key = part[:-3] if every else part
        step: list[tuple[str, Any]] = []
        for prefix, node in found:
            if not isinstance(node, dict) or node.get(key) is None:
                continue
            here = f"{prefix}.{key}" if prefix else key
            if every:
                if isinstance(node[key], list):
                    step.extend((f"{here}[{i}]", item) for i, item in enumerate(node[key]))
            else:
                step.append((here, node[key]))
        found = step
    return [(where, value) for where, value in found if value not in (None, "", [], {})]


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def item6_allows_last4(context: CheckContext) -> bool:
    """Инструкция запретов, п. 6: last 4 digits only for postpaid, primary identification, same gender."""
    card = context.card or {}
    owner_gender = (card.get("owner") or {}).get("gender")
    return (card.get("payment_type") == "postpaid" and context.identification == "primary"
            and owner_gender in ("male", "female") and context.caller_gender == owner_gender)


def card_spans(value: CardValue, utterance: Utterance, context: CheckContext, said: Said) -> Iterator[Span]:
    """Where the utterance discloses this card value (nothing when the caller said it, or may hear it)."""
    card = context.card or {}
    if value.allowed_if_confirmed and value.allowed_if_confirmed in context.confirmed:
        return
    skip = {str(v) for _, v in resolve(card, value.skip_if_equal_to)} if value.skip_if_equal_to else set()
    for _, raw in resolve(card, value.path):
        if isinstance(raw, dict):
            raw = " ".join(str(v) for v in raw.values() if isinstance(v, (str, int)))
        text = str(raw)
        if text in skip:
            continue
        if value.kind == "digits":
            yield from _digit_spans(text, value, utterance, context, said)
        elif value.kind in ("name", "words", "address"):
            yield from _word_spans(_value_words(text, value.kind), utterance, said)
        elif value.kind == "email":
            yield from _email_spans(text, utterance, said)
        elif value.kind == "date":
            yield from _date_spans(text, utterance, said)


def _digit_spans(text: str, value: CardValue, utterance: Utterance, context: CheckContext, said: Said) -> Iterator[Span]:
    digits = national("".join(ch for ch in text if ch.isdigit()))
    if len(digits) < max(4, value.min_digits):
        return  # п. 9: service numbers (0611, 7430055 ...) may be named
    for group in utterance.digit_groups:
        spoken = national(group.digits)
        if len(spoken) < 4 and digits not in spoken:
            continue
        if digits in spoken:
            pass  # the whole value
        elif spoken in digits:
            if digits.startswith(spoken) and len(spoken) <= 3:
                continue  # a prefix (п. 9: prefixes may be named)
            if digits.endswith(spoken) and len(spoken) == 4 and value.last4_when_identified and item6_allows_last4(context):
                continue
        else:
            continue
        if said.said_digits(spoken):
            continue
        yield Span(group.start, group.end)


def _value_words(text: str, kind: str) -> list[str]:
    words = [normalize_word(word) for word in _WORD.findall(text)]
    if kind == "address":
        parts = [part for part in text.split(",")]
        words = []
        for part in parts:
            part_words = [normalize_word(word) for word in _WORD.findall(part)]
            if not _REGION_WORDS.isdisjoint(part_words):
                continue  # the city or region alone does not locate anyone
            words.extend(part_words)
        return [word for word in words if word not in _ADDRESS_WORDS and len(word) >= 4]
    return [word for word in words if word not in _LEGAL_FORMS and len(word) >= 3]


def _word_spans(words: list[str], utterance: Utterance, said: Said) -> Iterator[Span]:
    if not words:
        return
    for token in utterance.tokens:
        for word in words:
            if same_name(token.form, word) and not said.said_word(word):
                yield Span(token.start, token.end)
                break


def _email_spans(text: str, utterance: Utterance, said: Said) -> Iterator[Span]:
    local = text.split("@", 1)[0].lower()
    folded = utterance.text.lower()
    at = folded.find(local) if len(local) >= 3 else -1
    if at >= 0:
        if not said.said_word(local):
            yield Span(at, at + len(local))
        return
    parts = [part for part in re.split(r"[._\-+]", local) if len(part) >= 3 and part.isalpha()]
    # ASR spells a Latin address in Cyrillic: "петр точка иванов собака мейл точка ру"
    spoken = [{part, _cyrillic(part)} for part in parts]
    if parts and all(any(token.form in forms for token in utterance.tokens) for forms in spoken):
        wanted = set().union(*spoken)
        hits = [token for token in utterance.tokens if token.form in wanted]
        if not all(said.said_word(part) or said.said_word(_cyrillic(part)) for part in parts):
            yield Span(hits[0].start, hits[-1].end)


_TRANSLIT = [("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
             ("yu", "ю"), ("ya", "я"), ("yo", "е"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"),
             ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
             ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
             ("c", "к"), ("w", "в"), ("x", "кс"), ("j", "й"), ("q", "к")]


def _cyrillic(latin: str) -> str:
    """The usual Russian reading of a Latin name part ("ivanov" -> "иванов"), for ASR text."""
    out, i = [], 0
    while i < len(latin):
        for source, target in _TRANSLIT:
            if latin.startswith(source, i):
                out.append(target)
                i += len(source)
                break
        else:
            out.append(latin[i])
            i += 1
    return "".join(out)


def _date_spans(text: str, utterance: Utterance, said: Said) -> Iterator[Span]:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        return
    year, month, day = match.groups()
    month_stem = _MONTHS[int(month) - 1] if 1 <= int(month) <= 12 else "\0"
    has_month = any(token.form.startswith(month_stem) for token in utterance.tokens) if len(month_stem) > 2 else False
    for group in utterance.digit_groups:
        if year in group.digits and (has_month or f"{day}{month}" in group.digits or group.digits.startswith(day.lstrip("0") + month)):
            if not said.said_digits(year):
                yield Span(group.start, group.end)


# --- without a card: what the engine detects -------------------------------------------------------

# Words that make it worth running the engine when there is no card: an address, a birth date.
_PERSONAL_CUES = frozenset({"улица", "ул", "проспект", "переулок", "квартира", "кв", "дом", "корпус", "шоссе",
                            "бульвар", "проезд", "родиться", "рождение", "паспорт", "прописка", "прописать",
                            "адрес", "собака", "почта", "мейл", "емейл", "имейл", "email", "жить", "проживать"})
_INITIALS = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.")
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def might_hold_personal_data(utterance: Utterance) -> bool:
    """A cheap look before the engine (which costs milliseconds): a number, an '@', a surname, an address word."""
    if "@" in utterance.text or _INITIALS.search(utterance.text):
        return True
    if any(len(group.digits) >= 4 for group in utterance.digit_groups):
        return True
    for token in utterance.tokens:
        info = token.info
        if not _NAME_GRAMMEMES.isdisjoint(info.top_grammemes) or "Surn" in info.grammemes \
                or not _PERSONAL_CUES.isdisjoint(info.lemmas):
            return True
    return False


# The operator introducing themselves (004: «Здравствуйте, меня зовут Ф.И.О.») names no client.
_SELF_INTRODUCTION = re.compile(r"(меня\s+зовут|с\s+вами\s+говорит|вас\s+приветствует|оператор|специалист|консультант)"
                                r"[\s,:—-]*$", re.IGNORECASE)
# A salon's or office's address is public (003: «озвучить адреса салонов»).
_PUBLIC_PLACE = re.compile(r"(салон|офис|магазин|отделени|центр\w* обслуживани|точк\w* продаж)", re.IGNORECASE)


def entity_counts(entity: Entity, utterance: Utterance, said: Said,
                  is_public: Callable[[str], bool] = lambda digits: False) -> bool:
    """Is this detected span a disclosure? Not a bare first name, not the operator's own name,
    not a salon's address, not a public number (a free 8-800 line, or one `is_public` knows), not
    what the caller said."""
    text = utterance.text
    value = text[entity.start:entity.end]
    if entity.type == "PERSON":
        if _SELF_INTRODUCTION.search(text[max(0, entity.start - 40):entity.start]):
            return False
        words = [normalize_word(word) for word in _WORD.findall(value)]
        kinds = [word_info(word).top_grammemes & {"Name", "Surn", "Patr"} for word in words]
        # a surname: pymorphy2 knows it as one, or initials, or a word beside a first name that is no name part
        has_surname = (bool(_INITIALS.search(value)) or any("Surn" in kind for kind in kinds)
                       or (len(words) >= 2 and any("Name" in kind for kind in kinds) and any(not kind for kind in kinds)))
        # Инструкция запретов, п. 15: addressing the caller by first name and patronymic is what is asked for.
        if not has_surname:
            return False
        if words and all(said.said_word(word) for word in words if len(word) >= 3):
            return False
        return True
    if entity.type == "ADDRESS" and _PUBLIC_PLACE.search(text[max(0, entity.start - 60):entity.start]):
        return False
    spoken_digits = utterance.digits_in(entity.start, entity.end)
    if entity.type == "PHONE_NUMBER" and (is_toll_free(spoken_digits) or is_public(spoken_digits)):
        return False
    if spoken_digits and said.said_digits(spoken_digits):
        return False
    if not spoken_digits and entity.type in ("ADDRESS", "EMAIL_ADDRESS"):
        words = [normalize_word(word) for word in _WORD.findall(value) if len(word) >= 4]
        if words and all(said.said_word(word) for word in words):
            return False
    return True

