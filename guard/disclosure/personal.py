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
from functools import lru_cache
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from guard.disclosure.context import CheckContext, Said, national
from guard.disclosure.rules import CardValue
from guard.disclosure.mailbox_part import about_a_mailbox
from guard.disclosure.said_back import address_spans_of, after_a_house_word, caller_said
from guard.disclosure.sense import THIRD_PERSON_OWNER, WORKERS, company_place_spans, coverage_place_spans
from guard.disclosure.text import Token, Utterance, stretch_of
from guard.document import DIGITS, NAME_WORD, analyzing, opens_a_sentence
from guard.entities import Entity, trim_span
from guard.morph import CASES, normalize_word, parses
from guard.policy.conditions import policy_today
from guard.recognizers import KINDS, text_recognizers
from guard.recognizers.packed_run import counts_something
from guard.recognizers.phone import is_phone_digits
from guard.recognizers.vehicle_plate import plate_spans
from guard.policy.operators import parse_date
from guard.normalize import MASK, Normalization, fits_mask, number_word_value
from guard.recognizers.birth_date import BIRTH_CUE, DateParts, date_forms
from guard.recognizers.holder import belongs_to_organisation
from guard.recognizers.address import ADDRESS_PART_WORDS, HOUSE_WORDS, STREET_WORDS
from guard.recognizers.lexicon import (DOTTED_INITIALS, HONORIFICS, OWNER_NOUNS, INITIALS_AFTER, INITIALS_BEFORE, KIN_NOUNS, LEGAL_FORMS,
                                       MONTH_STEMS, RECORD_QUALITIES, SEX_ADJECTIVES, SEX_NOUNS, latin_to_cyrillic,
                                       spells_the_name)
from guard.recognizers.person import (NEIGHBOURS_SURNAME_WORDS, NEIGHBOURS_WHOSE_WORDS, PERSON_NOUN_LEMMAS,
                                     REGISTERED_THINGS, holds_surname, may_name_a_person, neighbours_spelling, person_spans,
                                     registered_on, surname_adjectives_of_things, surnames_made_from)

if TYPE_CHECKING:
    from guard.proxy.scrub import CardSecrets

_ENDINGS = "аяйьеоуыи"
_REGION_WORDS = frozenset({"г", "гор", "город", "обл", "область", "край", "респ", "республика", "ао", "округ"})


def inflected_form_of(form: str, word: str) -> bool:
    """Is `form` (from speech) an inflected form of the card's name or street `word`, by stem ("Иванову" of
    "Иванов", "Тверской" of "Тверская")? Not identification.same_name, which weighs a name's role (first name,
    surname, patronymic) when the caller names the owner: this one only finds a card's word said aloud."""
    form, word = normalize_word(form), normalize_word(word)
    if form == word:
        return True
    stem = _stem(word)
    return len(stem) >= 3 and form.startswith(stem) and len(form) - len(stem) <= 3


def _stem(word: str) -> str:
    """The stem a normalized name's or street's case endings attach to: "тверская" -> "тверск", "иванова" -> "иванов"."""
    stem = word
    for _ in range(2):
        if len(stem) > 4 and stem[-1] in _ENDINGS:
            stem = stem[:-1]
    return stem


# The endings a name takes in its cases, singular and plural, either gender ("Иванов-а", "Иванов-ой", "Петр-ом").
_CASE_ENDINGS = frozenset({"", "а", "я", "у", "ю", "е", "и", "ы", "ь", "ом", "ем", "ой", "ей", "ою", "ею", "ым", "им",
                           "ых", "их", "ую", "юю", "ая", "яя", "ого", "его", "ому", "ему", "ыми", "ими", "ов", "ев", "ам",
                           "ям", "ами", "ями", "ах", "ях"})


def declined_form_of(form: str, word: str) -> bool:
    """Is `form` the card's name `word` in one of its cases: inflected_form_of, and what `form` has past the stem is
    a case ending ("ивановой" of "Иванов"; not "ивановная", "анначем")? For a word glued from pieces
    (guard/disclosure/cut_words.py), where a stem with any three letters after it matches too loosely."""
    if not inflected_form_of(form, word):
        return False
    form, word = normalize_word(form), normalize_word(word)
    return form[len(_stem(word)):] in _CASE_ENDINGS or form == word


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


# --- Инструкция запретов, п. 6: one decision, the card policy's ------------------------------------

_MASKED_NUMBER = re.compile(r"[\d*]*\d[\d*]*")
# the fewest digits said that are taken as a shown number's own start or end (a code "915", a tail "2233"): two digits
# are an age, a count or a day as often as a number's piece
SHOWN_PIECE_DIGITS = 3


@dataclass(frozen=True)
class ShownCard:
    """What the operator's screen shows of a card: the digits of its numbers as shown (whole, the last 4 of
    "*******4567", the prefix of "7903*******") and its visible words. What is shown may be said: the card
    policy (policies/152fz.yaml) decides both what the operator sees and which digits they may name."""

    digit_runs: tuple[str, ...]
    words: frozenset[str]
    # the runs that end their number: its last digits as shown ("*******4567") or the whole number — what п. 6 lets be
    # said of a number, dictated a digit at a time too (a prefix "7903*******" is п. 9's code, named whole)
    last_digits: tuple[str, ...] = ()

    @classmethod
    def of(cls, shown_card: Any) -> "ShownCard":
        runs: list[str] = []
        last: list[str] = []
        words: set[str] = set()
        for value in _leaves(shown_card):
            if _MASKED_NUMBER.fullmatch(value):
                runs.extend(national(run) for run in DIGITS.findall(value))
                if value[-1:].isdigit():
                    last.append(national(DIGITS.findall(value)[-1]))
            elif "*" not in value:
                words.update(normalize_word(word) for word in NAME_WORD.findall(value))
        return cls(tuple(runs), frozenset(words), tuple(last))

    def shows_dictated_digits(self, digits: str) -> bool:
        """Digits dictated a few a line (bare_value.dictates_digits) that the card shows as a number's last digits or
        whole: all of them, their start as the dictation goes on ("4", "5" of "*******4567") or their end (at least
        SHOWN_PIECE_DIGITS), a trunk 7 or 8 said first aside. A shown prefix ("7903*******") is no such digits: п. 9's
        code is named whole, not dictated (red team bb22, f05, f06)."""
        said = {national(digits)} | ({digits[1:]} if len(digits) > 1 and digits[0] in "78" else set())
        return any(run.startswith(each) or (len(each) >= SHOWN_PIECE_DIGITS and run.endswith(each))
                   for run in self.last_digits for each in said if each)

    def shows_digits(self, digits: str) -> bool:
        """These digits (a leading 8/7 ignored) are a number the card shows as its own digits: the shown digits whole,
        or their start (a code) or end (the last digits) of at least SHOWN_PIECE_DIGITS. Digits that merely occur
        inside a shown number are not its digits: "вам 91 год" is an age, not the "7915" of a shown prefix, and "33"
        is no number's end by itself."""
        digits = national(digits)
        return bool(digits) and any(
            digits == run or (len(digits) >= SHOWN_PIECE_DIGITS and (run.startswith(digits) or run.endswith(digits)))
            for run in self.digit_runs)

    def shows_word(self, word: str) -> bool:
        """The word, as written, is one the card shows. Not by stem or lemma: «Петров» is a form of «Пётр» to
        both (genitive plural), and a surname guessed next to the DE name must still count as a surname."""
        return normalize_word(word) in self.words


def _leaves(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for inner in node.values():
            yield from _leaves(inner)
    elif isinstance(node, list):
        for inner in node:
            yield from _leaves(inner)
    elif isinstance(node, str) and node:
        yield node


def shown_card(context: CheckContext) -> ShownCard:
    """The card as the operator sees it under this call state: the context's own card when it is that view
    already (the proxy), else the card policy applied to the whole card (offline checks, policy cases)."""
    if context.shown:
        return ShownCard.of(context.card or {})
    return ShownCard.of(_card_policy().apply(context.card or {}, context, redact_text=lambda text: "").card)


_POLICY: dict[str, Any] = {}


def _card_policy():
    from guard.policy import default_policy_path, load_policy

    policy = _POLICY.get("policy")
    if policy is None:
        policy = _POLICY["policy"] = load_policy(default_policy_path())
    return policy


# The numbers of the instruction's items a rule's `item` names: "п. 3", "пп. 5, 6", "п. 6, п. 8", "пп. 1–4".
_ITEM_NUMBERS = re.compile(r"пп?\.\s*(\d+(?:\s*(?:[,–-]|и)\s*(?:п\.\s*)?\d+)*)")


def instruction_items(item: str) -> frozenset[int]:
    """The «Инструкция запретов» items a rule's `item` text names (none for another document's rule)."""
    if not item.startswith("Инструкция запретов"):
        return frozenset()
    numbers: set[int] = set()
    for run in _ITEM_NUMBERS.findall(item.split(";")[0]):
        for part in re.split(r"\s*(?:,|и)\s*(?:п\.\s*)?", run):
            low, _, high = part.partition("–") if "–" in part else part.partition("-")
            if low.strip().isdigit():
                numbers.update(range(int(low), int(high) + 1) if high.strip().isdigit() else {int(low)})
    return frozenset(numbers)


@lru_cache(maxsize=1)
def items_told_to_nobody() -> frozenset[int]:
    """The instruction's items the card policy never shows under any call state (п. 2's passport, п. 3's addresses,
    п. 8's list of numbers, п. 17's location): no identification unlocks them, so they are told to nobody on the line —
    the owner identified included (issue 12, stop 53). Read from the card policy, the one home of what identification
    unlocks: an item some rule shows, a last 4 or a prefix of (п. 1's DE name, п. 4's contact person to an identified
    organisation, п. 5, п. 6's last 4, п. 9) is the call state's to decide. A comment's text passed through the
    redactor shows none of its personal data."""
    from guard.policy.evaluator import REVEALING_ACTIONS

    named: set[int] = set()
    shown: set[int] = set()
    for rule in _card_policy().rules:
        items = instruction_items(rule.item)
        named |= items
        if rule.action in REVEALING_ACTIONS - {"redact"}:
            shown |= items
    return frozenset(named - shown)


def item6_allows_last4(context: CheckContext, last4: str) -> bool:
    """Инструкция запретов, п. 6: may the operator name these last 4 digits of a number of the contract?
    Exactly when the card policy shows them (its rule numbers_of_contract_last4: postpaid, primary
    identification, the caller's gender = the owner's, or an organization identified by its name)."""
    return len(last4) == 4 and shown_card(context).shows_digits(last4)


def _value_texts(value: CardValue, card: Any) -> list[str]:
    """The card's texts of this value (a mapping's values joined), but one equal to its `skip_if_equal_to` field."""
    skip = {str(v) for _, v in resolve(card, value.skip_if_equal_to)} if value.skip_if_equal_to else set()
    texts = []
    for _, raw in resolve(card, value.path):
        if isinstance(raw, dict):
            raw = " ".join(str(v) for v in raw.values() if isinstance(v, (str, int)))
        if str(raw) not in skip:
            texts.append(str(raw))
    return texts


def card_name_words(values: Iterable[CardValue], context: CheckContext) -> tuple[str, ...]:
    """The words of the card's names among `values` (the owner's surname, first name and patronymic but the DE name's,
    the contact person's), as card_spans compares them: what a word said in pieces over lines is compared with
    (guard/disclosure/cut_words.py)."""
    card = context.card or {}
    return tuple(dict.fromkeys(word for value in values if value.kind == "name"
                               for text in _value_texts(value, card) for word in _value_words(text, "name")))


def shows_a_card_value(values: Iterable[CardValue], utterance: Utterance, context: CheckContext) -> bool:
    """Might the line show any of these card values in a shape the card-aware scrub reads? One look for them all (the
    scrub's reading of every value at once finds at least what each value's own finds), so that a line showing none
    is not read once per value by card_shapes)."""
    card = context.card or {}
    texts = tuple(sorted({(text, value.kind) for value in values for text in _value_texts(value, card)}))
    return bool(texts) and bool(_secrets_of_all(texts).spans_in(utterance.text, alone=True))


def card_shapes(value: CardValue, utterance: Utterance, context: CheckContext, said: Said) -> Iterator[Span]:
    """Where the utterance shows this card value in a shape the card-aware scrub reads (_shared_reading_spans), under
    the same conditions as card_spans: what its kind's own reading (card_spans) names comes first."""
    card = context.card or {}
    if value.allowed_if_confirmed and value.allowed_if_confirmed in context.confirmed:
        return
    for text in _value_texts(value, card):
        if value.kind == "digits" and value.is_public("".join(ch for ch in text if ch.isdigit())):
            continue  # п. 9: a service number the card policy shows whole
        yield from _shared_reading_spans(text, value.kind, utterance, context, said, _other_numbers(card, text))


def card_spans(value: CardValue, utterance: Utterance, context: CheckContext, said: Said) -> Iterator[Span]:
    """Where the utterance discloses this card value (nothing when the caller said it, or may hear it)."""
    card = context.card or {}
    if value.allowed_if_confirmed and value.allowed_if_confirmed in context.confirmed:
        return
    for text in _value_texts(value, card):
        if value.kind == "digits":
            digits = "".join(ch for ch in text if ch.isdigit())
            # п. 9: a service number the card policy shows whole (the same list, the same matcher, the same digits)
            if not value.is_public(digits):
                yield from _digit_spans(text, value, utterance, context, said)
        elif value.kind in ("name", "words", "address"):
            yield from _word_spans(_value_words(text, value.kind), utterance, said)
            if value.kind == "name":
                yield from _cut_name_spans(_value_words(text, value.kind), utterance, said)
                yield from _name_piece_spans(_value_words(text, value.kind), utterance, said)
            if value.kind == "address":
                yield from _house_number_spans(text, utterance, said)
                yield from _town_spans(text, utterance, said)
        elif value.kind == "email":
            view: list[ShownCard] = []  # the operator's view, built once and only when a piece needs it

            def shows(word: str) -> bool:
                if not view:
                    view.append(shown_card(context))
                return view[0].shows_word(word)

            yield from _email_spans(text, utterance, said, shows)
        elif value.kind == "date":
            yield from _date_spans(text, utterance, said, context.today, birth=value.path == BIRTH_DATE_PATH)


def _other_numbers(card: Any, value: str) -> tuple[str, ...]:
    """The card's other numbers (every value with digits but this one's): a digit group that reads as one of them is
    that number, told by its own rule, whatever digits it shares with this value (the scrub's shown phones)."""
    own = re.sub(r"\D", "", value)
    return tuple(sorted({leaf for leaf in _leaves(card)
                         if any(ch.isdigit() for ch in leaf) and re.sub(r"\D", "", leaf) != own}))


def _shared_reading_spans(text: str, kind: str, utterance: Utterance, context: CheckContext,
                          said: Said, other_numbers: tuple[str, ...] = ()) -> Iterator[Span]:
    """The card value in every shape the card-aware scrub hides it in a comment (guard/proxy/scrub.py, CardSecrets:
    "916_123_45_67", "0l23456789", "Ivанов", "Ива-нов", "ДР 12.03", "Tverskaya 5-12" — red team bb7, 20, 11, 02):
    a shape the scrub hides from the operator's screen is one the operator must not say (one reading for both).
    Not a number (a date) the caller said in this call, in whichever shape; not a span whose values the caller said
    (fail closed: a span with no value of theirs in it counts); for a name or an e-mail, not one whose words the
    operator's view of the card shows (the DE name), nor a first name or patronymic that only shares a stem with the
    card's ("Иван" of "Иванов", "Петрович" of "Петровна": the value's own forms are read above)."""
    digits = national(re.sub(r"\D", "", text))
    if kind == "digits" and said.said_digits(digits) or kind == "date" and said.said_digits(digits[:4]):
        return  # the caller said the number (the year of the date): said back in any shape
    spans = _secrets_of(text, kind, other_numbers).spans_in(utterance.text, alone=True, any_birth_date=kind == "date")
    if not spans:
        return
    view: list[ShownCard] = []
    for start, end in spans:
        if said and caller_said(utterance, start, end, said):
            continue
        if kind in ("name", "words", "email"):
            words = NAME_WORD.findall(utterance.text[start:end])
            if kind == "name" and words and all(_first_name_or_patronymic(word) for word in words):
                continue
            if words and not view:
                view.append(shown_card(context))
            if words and all(view[0].shows_word(word) for word in words):
                continue
        yield Span(start, end)


def _secrets_of(text: str, kind: str, other_numbers: tuple[str, ...] = ()) -> "CardSecrets":
    """One card value as the scrub reads a hidden value, the card's other numbers as the numbers it shows, for one
    reading: the secrets are built once for the value (_value_secrets), the memos of the words a line held start
    empty on each check (CardSecrets.read_afresh), so that no line's words outlive its check or reach another card
    that shares the value."""
    return _value_secrets(text, kind, other_numbers).read_afresh()


@lru_cache(maxsize=256)
def _value_secrets(text: str, kind: str, other_numbers: tuple[str, ...] = ()) -> "CardSecrets":
    """The secrets of one card value (a pure function of the key). Values stay in memory only, as the proxy's
    CardSecretsCache does."""
    from guard.proxy.scrub import CardSecrets  # here: guard.proxy's package imports the checker's HTTP routes

    return CardSecrets.from_values([_as_a_secret(text, kind)], public=other_numbers)


def _secrets_of_all(texts_and_kinds: tuple[tuple[str, str], ...]) -> "CardSecrets":
    """Every value of a card as one set of secrets (shows_a_card_value), for one reading (as _secrets_of)."""
    return _all_values_secrets(texts_and_kinds).read_afresh()


@lru_cache(maxsize=64)
def _all_values_secrets(texts_and_kinds: tuple[tuple[str, str], ...]) -> "CardSecrets":
    from guard.proxy.scrub import CardSecrets

    return CardSecrets.from_values([_as_a_secret(text, kind) for text, kind in texts_and_kinds])


def _as_a_secret(text: str, kind: str) -> str:
    """An address without its city or region part, which alone locates no one (as _value_words reads it)."""
    if kind != "address":
        return text
    return ", ".join(part for part in text.split(",")
                     if _REGION_WORDS.isdisjoint(normalize_word(word) for word in NAME_WORD.findall(part)))


def _first_name_or_patronymic(word: str) -> bool:
    """A word whose every dictionary reading is a first name or a patronymic ("Иван", "Петрович"), none a surname:
    the address to a caller, which shares no more than a stem with a card's surname or a name of another form."""
    readings = [p for p in parses(word) if p.is_known]
    return bool(readings) and all(("Name" in p.tag or "Patr" in p.tag) and "Surn" not in p.tag for p in readings)


def _digit_spans(text: str, value: CardValue, utterance: Utterance, context: CheckContext, said: Said) -> Iterator[Span]:
    digits = national("".join(ch for ch in text if ch.isdigit()))
    if len(digits) < max(4, value.min_digits):
        return  # п. 9: service numbers (0611, 7430055 ...) may be named
    # a number no phone's (a contract, a passport's number): its head or tail of 3 digits tells it too ("договор
    # заканчивается на двести семьдесят три", red team bb9, 14); a phone's first 3 are its code (п. 9)
    shortest = 3 if not is_phone_digits(digits) and not value.last4_when_identified else 4
    yield from _masked_spans(digits, value, utterance, context, said)
    for group in utterance.digit_runs:  # a tail told in pieces too ("два нуля и две единицы")
        spoken = national(group.digits)
        if len(spoken) < 4 and digits not in spoken and not (
                len(spoken) >= shortest and (digits.startswith(spoken) or digits.endswith(spoken))):
            continue
        if digits in spoken:
            pass  # the whole value
        elif spoken in digits:
            if shortest == 3 and not (digits.startswith(spoken) or digits.endswith(spoken)):
                continue  # a run inside a number no phone's: only its head or tail is read
            if not value.last4_when_identified and len(spoken) == 4 and shown_card(context).shows_digits(spoken):
                continue  # the last 4 digits the operator's view shows of another of the card's numbers (п. 6)
            if digits.startswith(spoken) and len(spoken) < shortest:
                continue  # a prefix (п. 9: prefixes may be named)
            if digits.endswith(spoken) and len(spoken) == 4 and value.last4_when_identified and item6_allows_last4(context, spoken):
                continue
        else:
            continue
        if said.said_digits(spoken):
            continue
        yield Span(group.start, group.end)


def _masked_spans(digits: str, value: CardValue, utterance: Utterance, context: CheckContext,
                  said: Said) -> Iterator[Span]:
    """The card's number written with digits masked ("7916*****11", "+7 903 ххх хх 67": red team bb10, 21): as long as
    the number, every digit shown the same, and more shown than its head (a code, п. 9) — the digits after the first
    mask tell it, as its last digits would (п. 6: the last 4 the operator's view allows stay sayable)."""
    for masked in utterance.masked_numbers:
        pattern = masked.digits
        if not any(fits_mask(pattern, form) for form in (digits, "7" + digits, "8" + digits)):
            continue
        after = pattern[pattern.index(MASK):].replace(MASK, "")
        if not after or said.said_digits(after):
            continue
        if len(after) == 4 and value.last4_when_identified and item6_allows_last4(context, after):
            continue
        yield Span(masked.start, masked.end)


def _value_words(text: str, kind: str) -> list[str]:
    words = [normalize_word(word) for word in NAME_WORD.findall(text)]
    if kind == "address":
        parts = [part for part in text.split(",")]
        words = []
        for part in parts:
            part_words = [normalize_word(word) for word in NAME_WORD.findall(part)]
            if not _REGION_WORDS.isdisjoint(part_words):
                continue  # the city or region alone does not locate anyone
            words.extend(part_words)
        return [word for word in words if word not in ADDRESS_PART_WORDS and len(word) >= 4]
    return [word for word in words if word not in LEGAL_FORMS and len(word) >= 3]


def _word_spans(words: list[str], utterance: Utterance, said: Said) -> Iterator[Span]:
    if not words:
        return
    for token in utterance.tokens:
        for word in words:
            if (inflected_form_of(token.form, word) or _root_of(token.form, word)
                    or _in_neighbours_letters(utterance.text[token.start:token.end], word)) and not said.said_word(word):
                yield Span(token.start, token.end)
                break


def _in_neighbours_letters(form: str, word: str) -> bool:
    """Is `form`, as written (a token's form reads "ў" as "у"), in a neighbour's Cyrillic spelling ("Воробйов", "Ганна
    Петрівна", "Верабёў"), a form of the card's name or street `word`? The name kind's reading of such a spelling
    (recognizers/person.py neighbours_spelling, recognizers/lexicon.py spells_the_name: red team bb18, f04)."""
    russian = neighbours_spelling(form)
    return russian is not None and (inflected_form_of(russian, word) or spells_the_name(form, word))


_CUT = 4  # a name cut to its first letters and a full stop: "Верш." of the card's "Вершинин" (red team bb9, 14)


def _cut_name_spans(words: list[str], utterance: Utterance, said: Said) -> Iterator[Span]:
    """The card's name cut short with a full stop after 4 letters or more, as a CRM abbreviates it ("Соко. И. П.")."""
    text = utterance.text
    for token in utterance.tokens:
        if len(token.form) >= _CUT and text[token.end:token.end + 1] == "." and any(
                word.startswith(token.form) and len(word) > len(token.form) and not said.said_word(word)
                for word in words):
            yield Span(token.start, token.end + 1)


# A piece of a word put in quotes ("первая часть «воро»"), and the words that say a piece is a name's part.
_QUOTED_PIECE = re.compile(r"[«\"“„']([а-яёА-ЯЁ]{2,8})[»\"”']")
_PART_WORDS = re.compile(r"букв|част|слог|половин|начал|начина", re.IGNORECASE)
_FEWEST_PIECE_LETTERS = 3


def _loose(word: str) -> str:
    """A word as a piece of it is written either way: lowercase, "ё" as "е", no soft or hard sign."""
    return word.lower().replace("ё", "е").replace("ь", "").replace("ъ", "")


def _name_piece_spans(words: list[str], utterance: Utterance, said: Said) -> Iterator[Span]:
    """The card's name told by its pieces in quotes (red team bb10, 12): pieces that make the name together
    ("«воро»" … "«бьёв»", over the operator's lines read joined), or its first letters named as a part ("первые три буквы
    фамилии — «вор»"). A name's readings are its loose letters (_loose), the pieces compared with them."""
    pieces = list(_QUOTED_PIECE.finditer(utterance.text))
    if not pieces or not words:
        return
    names = [(word, _loose(word)) for word in words if not said.said_word(word)]
    parts_named = _PART_WORDS.search(utterance.text) is not None
    for first, piece in enumerate(pieces):
        joined = ""
        for last in range(first, min(first + 4, len(pieces))):
            joined += _loose(pieces[last].group(1))
            whole = any(loose == joined for _, loose in names) and last > first
            head = parts_named and last == first and len(joined) >= _FEWEST_PIECE_LETTERS and any(
                loose.startswith(joined) and loose != joined for _, loose in names)
            if whole or head:
                yield from (Span(p.start(1), p.end(1)) for p in pieces[first:last + 1])


def _root_of(form: str, word: str) -> bool:
    """Is `form` a common noun the card's surname `word` is made from ("кузнеца" of "Кузнецов", "Кузнецова")?"""
    if len(form) < 3 or normalize_word(form)[:2] != word[:2]:
        return False  # the surname begins with its root's first letters (орёл → Орлов): no dictionary look-up else
    return any(word in (surname, surname + "а") for surname in surnames_made_from(form))


# A house, building or flat number of a card's address: "д. 25", "кв. 101", "корп. 2" (the address kind's house words).
_CARD_HOUSE_NUMBER = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?\s*(\d+)", re.IGNORECASE)


def _house_number_spans(text: str, utterance: Utterance, said: Said) -> Iterator[Span]:
    """The card address's house and flat numbers said after a house or flat word ("дом двадцать пятый, квартира сто
    первая": red team bb2, H10 — ordinals are digits to guard/normalize.py) or before it, an ordinal said alone too
    ("семнадцатый дом, восемьдесят четвёртая"): each is a piece of the card's address told (red team bb9, 06, 14:
    "квартира восемьдесят четыре правильно?")."""
    numbers = {digits for word, digits in _CARD_HOUSE_NUMBER.findall(text) if normalize_word(word) in HOUSE_WORDS}
    if not numbers:
        return
    for start, end, _, digits in numbers_said(utterance):
        if digits in numbers and not said.said_digits(digits) and not _counts_house_parts(utterance, end) \
                and (after_a_house_word(utterance, start) or _house_word_after(utterance, end)):
            yield Span(start, end)


_TO_THE_CALLER = frozenset({"вы", "ваш"})


def _town_spans(text: str, utterance: Utterance, said: Said) -> Iterator[Span]:
    """The card address's town said to the caller ("вы ведь из Люберец?", red team bb9, 14): the city or region part,
    which alone locates no one in a line about something else ("в Туле отключение"), tells where the caller is
    registered in a line addressed to them."""
    if all(token.info.lemmas.isdisjoint(_TO_THE_CALLER) for token in utterance.tokens):
        return
    towns = {normalize_word(word) for part in text.split(",")
             for words in [NAME_WORD.findall(part)] if not _REGION_WORDS.isdisjoint(normalize_word(w) for w in words)
             for word in words if len(word) >= 4 and normalize_word(word) not in _REGION_WORDS}
    for token in utterance.tokens:
        if any(town in token.info.lemmas or inflected_form_of(token.form, town) for town in towns) \
                and not any(said.said_word(town) for town in towns):
            yield Span(token.start, token.end)


def _house_word_after(utterance: Utterance, end: int) -> bool:
    """Does a house, building or flat word follow the number ending at `end` ("семнадцатый дом", "84 квартира")?"""
    after = [token for token in utterance.tokens if token.start >= end][:1]
    return any(not HOUSE_WORDS.isdisjoint(token.info.lemmas) for token in after)


def _counts_house_parts(utterance: Utterance, end: int) -> bool:
    """Is the number a count of a house's parts ("17 подъездов", "пять этажей"), a house word in the plural after it?"""
    return _house_word_after(utterance, end) and any(
        "plur" in parse.tag for token in [t for t in utterance.tokens if t.start >= end][:1]
        for parse in parses(token.form)[:1])


def numbers_said(utterance: Utterance) -> list[tuple[int, int, int, str]]:
    """Every number of up to 4 digits the line says, as (start, end, value, digits): its digit groups, spoken ones too,
    and a number word said alone that the primary reading leaves a word ("месяц шестой", "семнадцатый дом")."""
    found = [(group.start, group.end, int(group.digits), group.digits)
             for group in utterance.digit_groups if len(group.digits) <= 4]
    for token in utterance.tokens:
        if any(start <= token.start < end for start, end, _, _ in found):
            continue
        value = number_word_value(token.form)
        if value is not None:
            found.append((token.start, token.end, value, str(value)))
    return sorted(found)


def _email_spans(text: str, utterance: Utterance, said: Said, shown: Callable[[str], bool]) -> Iterator[Span]:
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
        return
    if not about_a_mailbox(utterance):
        return
    # its mail service in a line about the mailbox ("у вас почта на яндексе", red team bb9, 14), in either script
    service = text.split("@", 1)[1].split(".", 1)[0].lower() if "@" in text else ""
    services = {service, _cyrillic(service)} if len(service) >= 4 else set()
    for token in utterance.tokens:
        if any(token.form.startswith(form) for form in services) and not said.said_word(service) \
                and not said.said_word(_cyrillic(service)):
            yield Span(token.start, token.end)
    # a piece of it in a line about the mailbox ("почта начинается на петр?", "ящик кузн…", red team bb5, 18): one
    # part of the local name, or the beginning of one (4 letters or more), in either script — not the caller addressed by
    # the DE name the screen shows, name and patronymic ("Пётр Сергеевич, …" of "petr.kuznetsov")
    tokens = utterance.tokens
    for i, token in enumerate(tokens):
        words = [utterance.text[t.start:t.end] for t in tokens[max(0, i - 1):i + 2]]
        if shown(words[1 if i else 0]) and sum(map(shown, words)) >= 2:
            continue
        for part, forms in zip(parts, spoken):
            if (token.form in forms or len(token.form) >= 4 and any(form.startswith(token.form) for form in forms)) \
                    and not (said.said_word(part) or said.said_word(_cyrillic(part))):
                yield Span(token.start, token.end)
                break


def _cyrillic(latin: str) -> str:
    """The usual Russian reading of a Latin name part ("ivanov" -> "иванов"), for ASR text (ё folded as the tokens are)."""
    return latin_to_cyrillic(latin).replace("ё", "е")


def _date_spans(text: str, utterance: Utterance, said: Said, today: date | None = None,
                birth: bool = False) -> Iterator[Span]:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        return
    year, month, day = match.groups()
    month_stem = MONTH_STEMS[int(month) - 1] if 1 <= int(month) <= 12 else "\0"
    has_month = any(token.form.startswith(month_stem) for token in utterance.tokens) if len(month_stem) > 2 else False
    # with its month named, the year's pieces narrow the date as well (red team bb5, 10): the year said short ("в марте
    # восьмидесятого") or the age the owner is or turns ("в марте исполнится сорок семь")
    age = (today or policy_today()).year - int(year)
    pieces = {year[2:], str(age), str(age + 1)} if has_month else set()
    # the whole date in any order it is written (the CRM's own "1980-03-12", "12.03.80": red team bb7, 20 and 02)
    forms = date_forms(moment) if (moment := parse_date(text[:10])) is not None else set()
    for group in utterance.digit_groups:
        if year in group.digits and (has_month or f"{day}{month}" in group.digits or group.digits.startswith(day.lstrip("0") + month)) \
                or any(form in group.digits for form in forms) \
                or group.digits in pieces and not counts_something(utterance.text, group.end):  # "46 процентов"
            if not said.said_digits(year) and not said.said_digits(group.digits):
                yield Span(group.start, group.end)
    if moment is not None:
        yield from _date_part_spans(DateParts.of(moment), utterance, said, today or policy_today(), birth)


BIRTH_DATE_PATH = "owner.birth_date"  # the card's birth date (policies/disclosure.yaml, other-personal-data)
_YEAR_WORDS = frozenset({"год"})  # "лет" reads as "год" too: "сорок семь лет", "в десятом году"


def _date_part_spans(parts: DateParts, utterance: Utterance, said: Said, today: date,
                     birth: bool = False) -> Iterator[Span]:
    """The card's date told by its parts (red team bb9, 06, 14): two of its day, month and year said apart ("в июне,
    четырнадцатого", "в десятом году в феврале", "число четырнадцать, месяц шестой, год семьдесят девятый"), or the
    years since it before "лет" / "год" ("вам сейчас сорок семь лет"). The parts are the kind's (DateParts)."""
    tokens = utterance.tokens
    found: dict[str, list[Span]] = {}
    for token in tokens:
        if DateParts.month_named(token.form) == parts.month:
            found.setdefault("month", []).append(Span(token.start, token.end))
    age = parts.years_on(today)
    for start, end, value, digits in numbers_said(utterance):
        if said.said_digits(digits) and len(digits) >= 3:
            continue
        before = [token for token in tokens if token.end <= start][-1:]
        after = [token for token in tokens if token.start >= end][:1]
        beside_year_word = any(not _YEAR_WORDS.isdisjoint(token.info.lemmas) for token in before + after)
        if value == age and any(not _YEAR_WORDS.isdisjoint(token.info.lemmas) for token in after):
            found.setdefault("age", []).append(Span(start, end))
            continue
        part = parts.part(value, digits, after_month_word=any("месяц" in token.info.lemmas for token in before),
                          beside_year_word=beside_year_word)
        if part is not None and not (part == "day" and counts_something(utterance.text, end)):
            found.setdefault(part, []).append(Span(start, end))
    told = [part for part in ("day", "month", "year") if part in found]
    # a birth date's one part is enough where the line says it is a birth date (red team bb10, 12): a birth word ("ДР в
    # марте"), or its year beside the owner ("владелец — мужчина восьмидесятого года": a person of a year is born in it)
    alone = birth and (BIRTH_CUE.search(utterance.text) is not None
                       or told == ["year"] and any(_is_owner_word(token) for token in tokens))
    if len(told) >= 2 or told and alone:
        for part in told:
            yield from found[part]
    yield from found.get("age", [])


# --- without a card: what the engine detects -------------------------------------------------------
# Words that make it worth running the engine when there is no card: an address (the street words of
# recognizers/address.py, its house and flat words), a birth date, a passport, a mailbox.
_PERSONAL_CUES = STREET_WORDS | HOUSE_WORDS | frozenset({
    "родиться", "рождение", "паспорт", "прописка", "прописать", "адрес", "собака", "почта", "мейл", "емейл", "имейл",
    "email", "жить", "проживать"})


# The words naming the kinds whose every value is a secret (recognizers: Kind.secret, Kind.asking_words — "кодовое
# слово", "пароль", "срок действия"), which a line that names no other value may hold
_SECRET_HINTS = tuple(re.compile(kind.asking_words(), re.IGNORECASE) for kind in KINDS
                      if kind.secret and kind.asking_words())


def names_a_secret(text: str) -> bool:
    """Does the text hold a secret kind's own cue words ("кодовое слово", "пароль")? The next line may tell it."""
    return any(hint.search(text) for hint in _SECRET_HINTS)


def might_hold_personal_data(utterance: Utterance) -> bool:
    """A cheap look before the engine (which costs milliseconds): a number, an '@', a surname, an address word."""
    text = utterance.text
    # initials as recognizers/lexicon.py writes them: "И.П.", "Иванов И.", "И.П. Иванов"
    if "@" in text or DOTTED_INITIALS.search(text) or INITIALS_AFTER.search(text) or INITIALS_BEFORE.search(text):
        return True
    if any(len(group.digits) >= 4 for group in utterance.digit_groups) or len(utterance.readings) > 1:
        return True  # a number, or one the redactor reads past its separators ("8|916|123|45|67")
    if plate_spans(utterance.normalized.text):
        return True  # a car's plate: three digits and the region's two ("а 123 вэ эс 77 регион")
    if utterance.digit_groups and address_spans_of(utterance):
        return True  # an address read by its structure, no keyword and short numbers ("на Тверской 5-12", "москва
        # тверская пять двенадцать": red team bb11 09) — the address kind's own judge, only where a number is
    if names_a_secret(utterance.normalized.text):
        return True  # a secret kind's own cue words ("кодовое слово …", "пароль …"): red team bb8, 16
    if named_surnames(utterance):  # "фамилия владельца Соловей": a word named as the surname
        return True
    for token in utterance.tokens:
        # the PERSON kind's own answer for a word (recognizers/person.py), not grammemes read here
        if not _PERSONAL_CUES.isdisjoint(token.info.lemmas) or (not token.is_digit and may_name_a_person(token.form)):
            return True
        if token.form.isascii() and token.form.isalpha() and may_name_a_person(latin_to_cyrillic(token.form)):
            return True  # a name typed in Latin ("Petr Sergeevich"): the engine reads it
    return False


# The operator introducing themselves (004: «Здравствуйте, меня зовут Ф.И.О.») names no client.
_SELF_INTRODUCTION = re.compile(r"(меня\s+зовут|зовут\s+меня|с\s+вами\s+говорит|вас\s+приветствует|оператор|специалист|консультант)"
                                r"[\s,:—-]*$", re.IGNORECASE)


def is_self_introduced(text: str, start: int) -> bool:
    """The name at `start` follows the operator's introduction ("меня зовут", "с вами говорит оператор")."""
    return _SELF_INTRODUCTION.search(text[max(0, start - 40):start]) is not None


# "моя фамилия …" said by the operator names their own surname (sense._introduces reads it beside the operator's
# number): in a call 004's rule reads it as the introductions above; alone it is not cleared here (entity_counts)
_OWN_SURNAME_NAMED = re.compile(r"моя\s+фамилия[\s,:—-]*$", re.IGNORECASE)


def own_surname_spans(utterance: Utterance) -> list[tuple[int, int]]:
    """A name holding a surname in the operator's own introduction ("меня зовут Анна Смирнова", "моя фамилия
    Смирнова"): the operator's own personal data. 004 asks «меня зовут …» and п. 18 the operator's number; a name and
    that number are enough."""
    text = utterance.text
    return [(e.start, e.end) for e in persons(utterance)
            if (is_self_introduced(text, e.start) or _OWN_SURNAME_NAMED.search(text[max(0, e.start - 40):e.start]))
            and any(info.grammemes & {"Surn", "UNKN"} for info in _word_infos(utterance, e.start, e.end))]


def _word_infos(utterance: Utterance, start: int, end: int) -> list:
    return [token.info for token in utterance.tokens if start <= token.start < end]


# --- a word named as the surname, the owner's name told as his ----------------------------------------------------
# "фамилия владельца Соловей", "у владельца фамилия Хан", "фамилия у него Белый": the word the surname cue names is a
# surname whatever else it may be (a noun, an adjective). Between the cue and the word only whose surname it is.
# The neighbours' surname words and whose surname it is too ("Прізвище власника …", "Прозвішча ўладальніка …":
# recognizers/person.py, red team bb18 f04), as a line's tokens read them ("і" as "и", "ў" as "у").
_SURNAME_CUE = frozenset({"фамилия"}) | NEIGHBOURS_SURNAME_WORDS
_WHOSE = frozenset({"владелец", "владелица", "собственник", "клиент", "абонент", "хозяин", "номер", "договор", "у", "него",
                    "неё", "нее", "его", "её", "ее", "он", "она", "там", "вот", "значит", "же"}) | NEIGHBOURS_WHOSE_WORDS
_NOT_A_NAME = frozenset({"VERB", "INFN", "PRTS", "PRTF", "ADJS", "ADVB", "PRED", "PREP", "CONJ", "PRCL", "NPRO", "INTJ",
                         "NUMR", "COMP", "GRND", "Apro"})


def named_surnames(utterance: Utterance) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word a surname cue names (red team bb2, M3 "фамилия Х"): a surname or an unknown word,
    a noun in the nominative, or a capitalised word inside the sentence; never a verb, an adverb, a pronoun or a short
    adjective ("фамилия владельца нужна", "фамилия совпадает", "фамилия ваша?")."""
    return utterance.derived("named_surnames", lambda: sorted(set(_named_surnames(utterance) + owner_named_words(utterance))))


def _named_surnames(utterance: Utterance) -> list[tuple[int, int, str]]:
    tokens, text = utterance.tokens, utterance.text
    found = []
    for i, token in enumerate(tokens):
        # "товарищ Зима" (red team bb7, 01); in the plural a class of people, no one's title ("иностранным гражданам
        # сим-карту оформляют …": stop 43, b33)
        honorific = not HONORIFICS.isdisjoint(token.info.lemmas) and "plur" not in token.info.top_grammemes
        if _SURNAME_CUE.isdisjoint(token.info.lemmas) and not honorific:
            continue
        k = i + 1
        while k < len(tokens) and k <= i + 3 and tokens[k].form in _WHOSE or (
                k < len(tokens) and k <= i + 3 and not tokens[k].info.lemmas.isdisjoint(_WHOSE)
                and "gent" in tokens[k].info.top_grammemes):
            k += 1
        if k >= len(tokens) or k > i + 3:
            continue
        word = tokens[k]
        gap = text[tokens[k - 1].end:word.start]
        if word.is_digit or len(word.form) < 2 or (word.after_break and gap.strip(" :—–-")):
            continue
        grammemes, top = word.info.grammemes, word.info.top_grammemes
        written = text[word.start:word.end]
        capitalised = written[:1].isupper() and not written.isupper() and not opens_a_sentence(text, word.start, lines=False)
        if "Surn" in grammemes or "UNKN" in grammemes:
            found.append((word.start, word.end, written))
        # "фамилия — Белый", "фамилия — соловей": the cue in the nominative names what follows; not "фамилию оператор
        # не называет", "оформлен на эту фамилию. Услугу …"
        elif (token.form == "фамилия" or honorific and word.info.lemmas.isdisjoint(PERSON_NOUN_LEMMAS | _WHO_NOT_WHICH)) \
                and (capitalised and top.isdisjoint(_NOT_A_NAME - {"PRTF"})
                     or "NOUN" in top and "nomn" in top and top.isdisjoint(_NOT_A_NAME)):
            found.append((word.start, word.end, written))
    return found + _surname_before_a_name(utterance)


def _surname_before_a_name(utterance: Utterance) -> list[tuple[int, int, str]]:
    """(start, end, word) of a surname, or a noun capitalised inside the sentence, said in the surname's place before a
    first name and patronymic, with or without commas ("так, Зима, Пётр, Сергеевич": red team bb7, 01): the order of a
    full name makes the word a surname whatever else it means. Not a role or kin noun ("клиент Пётр Сергеевич"), not
    the operator's introduction ("оператор Анна Сергеевна"), not a first name or patronymic itself, not a place
    ("Москва, Пётр Сергеевич"), not a word after a preposition ("спасибо за ожидание, Иван Сергеевич")."""
    tokens, text = utterance.tokens, utterance.text
    found = []
    for i in range(len(tokens) - 2):
        word, name, patronymic = tokens[i:i + 3]
        if any(text[a.end:b.start].strip(" ,") for a, b in ((word, name), (name, patronymic))):
            continue
        if "Name" not in name.info.grammemes or "Patr" not in patronymic.info.grammemes or len(word.form) < 3:
            continue
        grammemes, top = word.info.grammemes, word.info.top_grammemes
        if grammemes & {"Name", "Patr", "Geox"} or is_self_introduced(text, name.start) \
                or not word.info.lemmas.isdisjoint(PERSON_NOUN_LEMMAS | _WHO_NOT_WHICH | _WHOSE) \
                or i and "PREP" in tokens[i - 1].info.top_grammemes:  # "спасибо за ожидание, Иван Сергеевич"
            continue
        written = text[word.start:word.end]
        capitalised = written[:1].isupper() and not written.isupper() and not opens_a_sentence(text, word.start, lines=False)
        if "Surn" in grammemes or "UNKN" in grammemes or capitalised and "NOUN" in top and top.isdisjoint(_NOT_A_NAME):
            found.append((word.start, word.end, written))
    return found


# The owner's slot (red team bb5, 17: a surname that is also a word — Лебедь, Соловей, Коваль, Зима, Орёл): "владелец
# (номера) — X", "номер оформлен на X". Card-blind, so a wrong guess said so gets the same verdict: X names the owner
# unless it says who, not which — a pronoun, an adjective ("другой", "ваша"), a role or kin noun
# (recognizers/person.py PERSON_NOUN_LEMMAS), an organisation's word or legal form (п. 1 reads those by its phrases).
# The owner's nouns: recognizers/lexicon.py OWNER_NOUNS.
_OWNED = frozenset({"номер", "договор", "сим-карта", "симка", "карта", "телефон", "контракт", "счёт", "счет"})
_WHO_NOT_WHICH = frozenset({"организация", "компания", "фирма", "юрлицо", "предприятие", "общество", "лицо",
                            "учреждение", "банк", "магазин", "салон", "паспорт", "документ", "имя", "фамилия", "год",
                            "месяц", "день", "срок"})
_REGISTERED = frozenset({"оформить", "зарегистрировать", "записать", "переоформить"})
_LATIN_LETTERS = re.compile(r"[A-Za-z]")


# what a name may be by the dictionary: a word with one of these readings may name someone whatever its syntax
_NAME_GRAMMEMES = frozenset({"Surn", "Name", "Patr", "Orgn", "Geox", "UNKN", "Abbr", "Fixd"})
_BEFORE_A_PREDICATE = frozenset({"не", "же", "ведь", "уже"})


def opens_a_clause_as_subject(utterance: Utterance, index: int) -> bool:
    """Is the word at `index` an ordinary noun in the nominative that is the subject of the predicate right after it
    (past "не", "же"), a verb in the present or future or a short adjective agreeing with it in number (and gender)?
    Then the word opens a clause of its own — "фамилию владельца оператор не называет", "на организацию бухгалтерия
    может получить", "остаётся за компанией, переоформление возможно" — and is no name in the slot before it. A word
    the dictionary reads as a name, a surname, an organisation, a place or does not know stays a name (fail closed),
    and so does a word before a participle or a past verb ("на организацию гарант заключён": whose the contract is)."""
    tokens = utterance.tokens
    noun = tokens[index]
    nominative = [tag for tag in noun.info.parse_tags if "NOUN" in tag and "nomn" in tag]
    if not nominative or any(tag & _NAME_GRAMMEMES for tag in noun.info.parse_tags):
        return False
    k = index + 1
    while k < len(tokens) and tokens[k].form in _BEFORE_A_PREDICATE and not tokens[k].after_break:
        k += 1
    if k >= len(tokens) or tokens[k].after_break:
        return False
    for tag in tokens[k].info.parse_tags:
        for own in nominative:
            number = "plur" if "plur" in own else "sing"
            if number not in tag:
                continue
            if "VERB" in tag and "3per" in tag and ("pres" in tag or "futr" in tag):
                return True
            if "ADJS" in tag and (number == "plur" or own & {"masc", "femn", "neut"} & tag):
                return True
    return False


def opens_a_things_passive_clause(utterance: Utterance, index: int) -> bool:
    """Is the word at `index` an inanimate common noun in the nominative that is the subject of a short passive
    participle agreeing with it, past a phrase of its own ("свидетельство о смерти предъявлено", "идентификация по
    фио пройдена", "проверка паспорта пройдена")? Then it opens a clause of its own — what was done with a document or
    a check — and is no name in the owner's slot before it (ASR writes no full stop between: "… владелец идентификация по фио
    пройдена"). A word the dictionary reads as a name, a surname, an organisation, a place or does not know, or an
    animate one, stays a name (fail closed)."""
    tokens = utterance.tokens
    noun = tokens[index]
    nominative = [tag for tag in noun.info.parse_tags if {"NOUN", "nomn", "inan"} <= tag]
    if not nominative or any(tag & _NAME_GRAMMEMES for tag in noun.info.parse_tags):
        return False
    k = index + 1
    if k < len(tokens) and "PREP" in tokens[k].info.top_grammemes and not tokens[k].after_break:
        k += 1  # the noun's own phrase: a preposition perhaps, then up to two words not in the nominative
    for _ in range(2):
        if k < len(tokens) and not tokens[k].after_break and "PRTS" not in tokens[k].info.grammemes \
                and "nomn" not in tokens[k].info.top_grammemes:
            k += 1
    if k >= len(tokens) or tokens[k].after_break or not tokens[k].info.lemmas.isdisjoint(_REGISTERED):
        return False  # "… ромашка оформлена": whom a number is registered to, a name before it (an organisation's)
    if k == index + 1:
        return False  # no phrase of its own: "владелец капуста указана", "владелец номера шуба указана" — Капуста and
        # Шуба are surnames; a bare noun right before a participle stays a name (the merge's review, stop 48)
    return any("PRTS" in tag and "pssv" in tag and ("plur" if "plur" in own else "sing") in tag
               and ("plur" in own or own & {"masc", "femn", "neut"} & tag)
               for tag in tokens[k].info.parse_tags for own in nominative)


def slot_word_opens_a_clause(utterance: Utterance, start: int, end: int) -> bool:
    """Does the owner's slot a phrase read at [start, end) end on a word that is no name but the subject of the next
    clause (`opens_a_clause_as_subject`): "на организацию бухгалтерия может получить …"? An owner noun there is the
    slot's own word ("Пётр Сергеевич — владелец"), not a subject."""
    inside = [i for i, token in enumerate(utterance.tokens) if start <= token.start and token.end <= end]
    return bool(inside) and OWNER_NOUNS.isdisjoint(utterance.tokens[inside[-1]].info.lemmas) \
        and opens_a_clause_as_subject(utterance, inside[-1])


def owner_named_words(utterance: Utterance) -> list[tuple[int, int, str]]:
    """(start, end, word) of a word the owner's slot names: after an owner noun (and what is owned, in the genitive)
    a noun in the nominative; after "оформлен/зарегистрирован на" a noun that has no accusative reading — an
    indeclinable word, as a surname is ("на Соловей", "на Коваль"; not "на жену", "на юрлицо")."""
    tokens, text = utterance.tokens, utterance.text
    found = []
    for i, token in enumerate(tokens):
        lemmas = token.info.lemmas
        k = i + 1
        if not OWNER_NOUNS.isdisjoint(lemmas):
            while k < len(tokens) and not tokens[k].info.lemmas.isdisjoint(_OWNED) and not tokens[k].after_break:
                k += 1
            wanted = "nomn"
        elif not _REGISTERED.isdisjoint(lemmas) and k < len(tokens) and tokens[k].form == "на":
            k += 1
            wanted = "not-accs"
        elif "принадлежать" in lemmas and "VERB" in token.info.top_grammemes and not (i and tokens[i - 1].form == "не"):
            wanted = "datv-name"  # "номер принадлежит рябининой": whom it belongs to, a surname in the dative (stop 55)
        else:
            continue
        if k >= len(tokens) or k > i + 3:
            continue
        word = tokens[k]
        gap = text[tokens[k - 1].end:word.start]
        if word.is_digit or len(word.form) < 3 or gap.strip(" :—–-") or "?" in gap:
            continue
        info = word.info
        if info.form in LEGAL_FORMS or not info.lemmas.isdisjoint(_WHO_NOT_WHICH | PERSON_NOUN_LEMMAS | OWNER_NOUNS):
            continue
        written = text[word.start:word.end]
        if _LATIN_LETTERS.search(written) and len(written) >= 4:
            # a Latin or mixed-script word in the owner's slot ("владелец Kuznecov", "Кузнецоff": red team bb5, 23) is
            # a name in some transliteration, whichever scheme: no Russian word stands there
            found.append((word.start, word.end, written))
            continue
        parses = info.parse_tags
        nouns = [tag for tag in parses if "NOUN" in tag and tag.isdisjoint({"Apro", "NPRO"})]
        if not nouns or not (top := info.top_grammemes).isdisjoint(_NOT_A_NAME - {"PRTF"}):
            continue
        if wanted == "nomn" and "nomn" not in token.info.top_grammemes and opens_a_clause_as_subject(utterance, k):
            continue  # the owner noun governed by another ("фамилию владельца"): the nominative after it is the subject
            # of the next clause, "оператор не называет" (stop 43, tC)
        if opens_a_things_passive_clause(utterance, k):
            continue  # "владелец свидетельство о смерти предъявлено": a document shown, the next clause (stop 48)
        if wanted == "nomn" and "nomn" in top or wanted == "not-accs" and not any("accs" in tag for tag in parses) \
                or wanted == "datv-name" and any({"datv", "Surn"} <= tag for tag in parses) \
                and not any("Name" in tag for tag in parses):  # a first name is read by the name readers, which
            # leave the DE's name the view shows to be said ("Номер принадлежит Петру" with Пётр in DE: bb11, 13)
            found.append((word.start, word.end, text[word.start:word.end]))
    found += [(start, end, text[start:end]) for start, end in surname_adjectives_of_things(text)]
    for j, token in enumerate(tokens[:-1]):
        # "номер на Мельнике", "договор на поповой": whom a thing is registered on, in the locative (recognizers/person.py
        # registered_on, the one reading of that slot) — a noun that says who, not which ("на муже"), excepted
        word = tokens[j + 1]
        if token.form == "на" and not word.is_digit and registered_on(text, word.start, word.end) \
                and word.info.lemmas.isdisjoint(_WHO_NOT_WHICH | PERSON_NOUN_LEMMAS | OWNER_NOUNS) \
                and (word.start, word.end, text[word.start:word.end]) not in found:
            found.append((word.start, word.end, text[word.start:word.end]))
    return found + _surname_roots_registered(utterance)


# --- the owner's sex (Инструкция запретов, п. 6; 152-ФЗ; red team bb21, f04) ---------------------------------------
# "номер оформлен на мужчину", "владелец — женщина", "владелец номера мужского пола", "оформлял не мужчина", "там
# записана женщина": the owner's sex, which the card policy never shows the operator (policies/152fz.yaml has no rule
# for `owner.gender`: hidden). One reading of it, whatever the wording; whether the line may tell it is the checker's
# one decision (checker._owner_sex_findings, docs/disclosure.md "Stop 48"). Not the caller's sex ("а звонит
# женщина", "вы мужчина"), nor both sexes asked of ("мужчина или женщина владелец — такие сведения не сообщаем").
_SEX_REACH = 4  # words between the sex and the owner's noun or the verb of registering, within one clause
_REGISTERING = _REGISTERED | {"оформлять", "регистрировать", "записывать", "переоформлять"}
_CALLERS_FORMS = frozenset({"вам", "вас", "вы", "тебе", "тебя"})  # "оформила вам номер": the caller, not the owner
_CLAUSE_END = re.compile(r"[.,;!?()]")


def owner_sex_told(utterance: Utterance) -> list[tuple[int, int]]:
    """(start, end) of each word telling the owner's sex: a sex noun ("мужчина", "женщина"; lexicon.SEX_NOUNS) or a
    sex adjective before "пол" ("мужского пола") — in the nominative beside an owner's noun ("владелец (номера) —
    мужчина"), after "на" that a verb of registering or a registered thing governs ("оформлен на мужчину", "номер на
    женщину оформлен"), or the subject of a verb of registering ("оформлял не мужчина", "записана женщина")."""
    tokens, text = utterance.tokens, utterance.text
    found = []
    for k, token in enumerate(tokens):
        noun = bool(token.info.lemmas & SEX_NOUNS)
        adjective = bool(token.info.lemmas & SEX_ADJECTIVES) and k + 1 < len(tokens) \
            and "пол" in tokens[k + 1].info.lemmas
        if not (noun or adjective) or _both_sexes(tokens, k) or _in_a_condition(utterance, k):
            continue
        near = [j for j in range(max(0, k - _SEX_REACH), min(len(tokens), k + _SEX_REACH + 1))
                if j != k and not _CLAUSE_END.search(text[min(tokens[j].end, token.end):max(tokens[j].start,
                                                                                           token.start)])]
        nominative = adjective or "nomn" in token.info.top_grammemes
        after_na = k > 0 and tokens[k - 1].form == "на"
        owner = nominative and any(tokens[j].info.lemmas & OWNER_NOUNS for j in near)
        registered_to = after_na and any(tokens[j].info.lemmas & (_REGISTERED | REGISTERED_THINGS) for j in near)
        # the one registered, not who did it for the caller ("женщина в салоне оформила вам номер": a clerk)
        registering = nominative and any(tokens[j].info.lemmas & _REGISTERING for j in near if abs(j - k) <= 2) \
            and not any(tokens[j].form in _CALLERS_FORMS for j in near)
        if owner or registered_to or registering:
            found.append((token.start, tokens[k + 1].end if adjective else token.end))
    return found


_CONDITIONS = frozenset({"если", "ежели"})
_SENTENCE_END = re.compile(r"[.!?…]")


def _in_a_condition(utterance: Utterance, k: int) -> bool:
    """Is the word at `k` in a sentence that states a condition before it ("если звонит женщина, а номер на мужчине,
    я всё равно помогу по общим вопросам"): a rule the operator explains, no owner's sex told?"""
    tokens, text = utterance.tokens, utterance.text
    for i in range(k - 1, -1, -1):
        if _SENTENCE_END.search(text[tokens[i].end:tokens[i + 1].start]):
            return False
        if tokens[i].form in _CONDITIONS:
            return True
    return False


def _both_sexes(tokens: list[Token], k: int) -> bool:
    """Is the sex at `k` one of two joined by "или" ("мужчина или женщина владелец"): asked of, not told?"""
    around = tokens[max(0, k - 3):k + 4]
    sexes = {lemma for token in around for lemma in token.info.lemmas & (SEX_NOUNS | SEX_ADJECTIVES)}
    return len(sexes) > 1 and any(token.form == "или" for token in around)


# --- the surname narrowed by a quality (Инструкция запретов, п. 1; red team bb22, f07) ----------------------------
# "Фамилия звериная?", "у владельца птичья фамилия", "фамилия короткая", "фамилия папина": an adjective said of the
# surname tells what the word means or how it is made — a hint at it, whatever the card holds (card-blind: no
# oracle). Not a word of the record (lexicon.RECORD_QUALITIES: "новая", "девичья", "правильная", "полную"), a pronoun
# ("какая", "та же"), a participle ("указанная"), an ordinal; nor a line asking the caller to say or spell it ("фамилия
# сложная, продиктуйте по буквам": the caller's own).
_SURNAME_QUALITY_REACH = 3
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})  # words between "фамилия" and its adjective, within one clause


def surname_described(utterance: Utterance) -> list[tuple[int, int]]:
    """(start, end) of each adjective said of a surname ("фамилия") that agrees with it — attributive or the
    predicate — and says what the name is, not which record it is (the table above)."""
    from guard.disclosure.frames import HAND_OVER_VERBS

    tokens, text = utterance.tokens, utterance.text
    if any(t.info.lemmas & (HAND_OVER_VERBS | {"повторить"}) and "impr" in t.info.top_grammemes for t in tokens):
        return []
    found = []
    for k, token in enumerate(tokens):
        if "фамилия" not in token.info.lemmas:
            continue
        cases = {case for tag in token.info.parse_tags if "NOUN" in tag and "sing" in tag
                 for case in tag & _CASES}
        for j in range(max(0, k - _SURNAME_QUALITY_REACH), min(len(tokens), k + _SURNAME_QUALITY_REACH + 1)):
            word = tokens[j]
            lo, hi = sorted((k, j))
            if j == k or any(tokens[i].after_break and not text[tokens[i - 1].end:tokens[i].start].strip() in "—–-:"
                             for i in range(lo + 1, hi + 1)):
                continue
            if word.info.lemmas & RECORD_QUALITIES or word.info.top_grammemes & {"Apro", "Anum", "PRTF", "PRTS"} \
                    or word.info.grammemes & _NAME_GRAMMEMES or holds_surname(text[word.start:word.end]):
                continue  # a record's word, a pronoun, a participle; a surname itself ("фамилию Шамсутдинова")
            after = tokens[j + 1] if j + 1 < len(tokens) and j + 1 != k and not tokens[j + 1].after_break else None
            if after is not None and "NOUN" in after.info.top_grammemes:
                continue  # the adjective of the noun after it ("по фамилии нашла договор: городской номер")
            if any("ADJF" in tag and tag & cases and "femn" in tag and "sing" in tag
                   for tag in word.info.parse_tags if not tag & {"Apro", "Anum"}):
                found.append((word.start, word.end))
    return found


def _surname_roots_registered(utterance: Utterance) -> list[tuple[int, int, str]]:
    """(start, end, word) of a common noun a surname is made from, told as whom the number is registered to: "договор
    на кузнеца оформлен", "оформлен на мельника" (red team bb5, 10). The word gives the surname by its root
    (recognizers/person.py `surnames_made_from`: the dictionary's surnames of the noun's stem); card-blind, so any
    such root said so is told alike. Role and kin nouns say who, not which ("на брата", "на директора")."""
    tokens, text = utterance.tokens, utterance.text
    found = []
    for j, token in enumerate(tokens[:-1]):
        if token.form != "на":
            continue
        word = tokens[j + 1]
        clause = [t for t in (*tokens[max(0, j - 2):j], *tokens[j + 2:j + 4]) if not t.after_break]
        if word.after_break or not any(not _REGISTERED.isdisjoint(t.info.lemmas)
                                       and t.info.top_grammemes.isdisjoint({"1per", "INFN", "impr"}) for t in clause):
            continue
        if not word.info.lemmas.isdisjoint(_WHO_NOT_WHICH | PERSON_NOUN_LEMMAS | OWNER_NOUNS):
            continue
        if surnames_made_from(word.form):
            found.append((word.start, word.end, text[word.start:word.end]))
    return found


# whose the number is, and what the card records of it: "у вас указана / значится Анна Петровна" tells a name the card
# holds (the contact person's, red team bb5, 18) as much as "владелец — Анна Петровна"; the DE name the operator's
# screen shows may still be said (checker `_card_shows_entity`)
_OWNER_WORDS = frozenset({"владелец", "владелица", "собственник", "хозяин", "оформить", "оформлять", "зарегистрировать",
                          "принадлежать", "числиться", "заключить", "записать", "указать", "значиться"})
_OBLIQUE = CASES - {"nomn"}


# the carrier's sale of numbers: its catalogue, a booking, a number's price grade ("золотой", "серебряный" — the
# catalogue's categories); not "свободный" alone ("когда будете свободны, перезвоните Ольге на …")
_ON_SALE = frozenset({"каталог", "бронировать", "забронировать", "бронь", "резерв", "зарезервировать",
                      "категория", "продажа", "продаваться", "золотой", "серебряный", "бронзовый", "платиновый",
                      "золото", "серебро", "бронза", "платина"})
# anyone a number could belong to (a worker or a department's line too), anyone who called from it, a number to dial,
# and whose it is: then it is somebody's number
_SOMEBODYS = (OWNER_NOUNS | _OWNER_WORDS | KIN_NOUNS | WORKERS | {"отдел"}
              | {"абонент", "абонентка", "клиент", "человек", "бывший", "прежний", "знакомый", "звонить", "позвонить",
                 "названивать", "набрать", "набирать", "перезвонить", "перезванивать", "звонящий", "звонивший", "ваш",
                 "твой", "свой", "мой"})


def offers_catalogue_numbers(utterance: Utterance) -> bool:
    """The line offers numbers the carrier sells — free ones from its catalogue ("в каталоге свободен 8 960 777-77-00,
    могу забронировать", "из серебряной категории есть …"): a sale word (_ON_SALE, not after "не": "не продаётся")
    and no word of anyone the number could be or have been (_SOMEBODYS: an owner, a relative, a worker, a caller, a
    number to dial, a possessive — "номер вашего брата", "был у прежнего владельца", "его номер" before a noun, not
    "его можно взять"). Such a number is no customer's (Инструкция запретов, п. 5 is about the client's numbers); a
    line alone only — in a call the card decides (checker)."""
    tokens = utterance.tokens
    on_sale = any(t.info.lemmas & _ON_SALE and not (i and tokens[i - 1].form == "не") for i, t in enumerate(tokens))
    return on_sale and not any(t.info.lemmas & _SOMEBODYS or (t.form in THIRD_PERSON_OWNER and i + 1 < len(tokens)
                                                              and "NOUN" in tokens[i + 1].info.top_grammemes)
                               for i, t in enumerate(tokens))


def names_the_owner(utterance: Utterance, start: int, end: int) -> bool:
    """A first name and patronymic told as the owner's (red team bb2, M4): the patronymic in an oblique case ("на Ивана
    Сергеевича", "с Иваном Сергеевичем") or an owner's word just before ("владелец номера Иван Сергеевич"). The caller
    is addressed in the nominative ("Иван Сергеевич, подскажите …", п. 15)."""
    tokens = utterance.tokens
    inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
    if not inside or not any("Patr" in tokens[i].info.grammemes for i in inside):
        return False
    before = tokens[max(0, inside[0] - 3):inside[0]]
    after = tokens[inside[-1] + 1] if inside[-1] + 1 < len(tokens) else None
    if after is not None and not after.after_break and not _CALLERS.isdisjoint(after.info.lemmas) \
            and _whose_someone(tokens, inside[-1] + 2):
        return True  # "это Анна Петровна ваша?", "Анна Петровна ваша мама": a third person told as the caller's (bb4 F14)
    if any(t.form in _ADDRESSING for t in before[-1:]):
        return False  # "Уважаемая Елена Викторовна, …": the caller addressed
    if any(_is_owner_word(t) and not _clause_breaks_between(utterance.text, t.end, tokens[inside[0]].start)
           for t in before):
        return True  # "владелец номера Иван Сергеевич", "в поле владельца стоит Анна Сергеевна" — not the caller
        # addressed after a comma ("как указано в договоре, Пётр Сергеевич, тариф тот же")
    # a first name agrees with its patronymic in case, and the patronymic's ending is the surer reading: a first name
    # the dictionary does not know is only guessed at ("Эзендей" read as a genitive plural), so the patronymic decides
    cased = [i for i in inside if "Patr" in tokens[i].info.grammemes] or inside
    if all(_OBLIQUE.isdisjoint(tokens[i].info.top_grammemes) for i in cased):
        return False  # the nominative: the caller addressed ("Иван Сергеевич, номер оформлен на вас")
    if inside[0] and _introduces_themselves(tokens, inside[0] - 1):
        return False  # "вы представились Эльвирой Рашидовной": the name is what the caller's own verb of naming
        # themselves governs (the instrumental), however the line goes on ("… спасибо назовите дату рождения владельца")
    first, last = stretch_of(utterance, inside[0])
    # "на Анатолии Борисовиче числится", "записана на вашу свекровь, Зинаиду Петровну" — not "вы представились
    # Игорем Петровичем", "номер вашей мамы Веры Ивановны"
    return any(_is_owner_word(tokens[i]) for i in range(first, last + 1))


# the roles a possessive after a name may tell someone as the caller's, beside kin and persons ("Анна Петровна ваш
# контакт")
_CALLERS_ROLE_NOUNS = frozenset({"абонент", "абонентка", "контакт", "представитель", "пользователь"})


def _whose_someone(tokens: list[Token], at: int) -> bool:
    """The possessive after a name (at - 1) tells whose someone the name is: it ends the phrase ("Анна Петровна
    ваша?") or someone follows it ("ваша мама", "ваша бывшая жена", "ваша знакомая", "ваш контакт"). Only before a
    thing's noun (inanimate, adjectives before it passed) does it open the next clause, the name being the caller
    addressed, as speech to text writes it without the comma ("вера андреевна ваш заказ готов", "валентина игоревна
    ваш вопрос решён"); whatever else follows, the name stays told as someone's (fail closed)."""
    while at < len(tokens) and not tokens[at].after_break and "ADJF" in tokens[at].info.top_grammemes \
            and tokens[at].info.lemmas.isdisjoint(PERSON_NOUN_LEMMAS | OWNER_NOUNS | _CALLERS_ROLE_NOUNS):
        at += 1  # "ваша бывшая жена", "ваш новый заказ"
    if at >= len(tokens) or tokens[at].after_break:
        return True
    if not tokens[at].info.lemmas.isdisjoint(PERSON_NOUN_LEMMAS | OWNER_NOUNS | _CALLERS_ROLE_NOUNS):
        return True
    return not {"NOUN", "inan"} <= tokens[at].info.top_grammemes


_SELF_NAMING = frozenset({"представиться", "представляться", "назваться", "называться"})


def _introduces_themselves(tokens: list[Token], at: int) -> bool:
    """The caller's verb of naming themselves, said back to them: "вы представились", "вы назвались" (the past has no
    person: its "вы" just before), "как вы представитесь" — not "владелец назвался"."""
    token = tokens[at]
    if _SELF_NAMING.isdisjoint(token.info.lemmas):
        return False
    return "2per" in token.info.top_grammemes or (
        "plur" in token.info.top_grammemes and any(t.form.lower() == "вы" for t in tokens[max(0, at - 2):at]))


def _clause_breaks_between(text: str, start: int, end: int) -> bool:
    """Does a punctuation mark end the clause between an owner's word and a name ("как указано в договоре, Пётр
    Сергеевич")? Then the name is said to the caller, not told as the owner's."""
    return any(mark in text[start:end] for mark in ",;.!?")


_ADDRESSING = frozenset({"уважаемый", "уважаемая", "дорогой", "дорогая"})
_CALLERS = frozenset({"ваш", "твой"})  # whose someone the name is, said right after it


def _is_owner_word(token: Token) -> bool:
    """A word saying whose the number is ("владелец", "оформлен", "числится"), not the operator's own act ("я оформлю
    заявку", "давайте запишу") nor advice ("оформите")."""
    return (not _OWNER_WORDS.isdisjoint(token.info.lemmas)
            and token.info.top_grammemes.isdisjoint({"1per", "INFN", "impr"}))
# A salon's or office's address is public (003: «озвучить адреса салонов»).
def _holds_surname(value: str) -> bool:
    """The PERSON kind's test of a surname in a name, read through the Latin-to-Cyrillic table for a name typed in
    Latin ("Zima Petr Sergeevich": red team bb7, 01)."""
    return holds_surname(value) or _LATIN_LETTERS.search(value) is not None and holds_surname(latin_to_cyrillic(value))


def entity_counts(entity: Entity, utterance: Utterance, said: Said,
                  is_public: Callable[[str], bool] = lambda digits: False) -> bool:
    """Is this detected span a disclosure? Not a bare first name, not the operator's own name,
    not a salon's address, not a public number (one `is_public` knows: the checker's is the п. 9 list of
    policies/lists.yaml, the card policy's list), not what the caller said."""
    text = utterance.text
    value = text[entity.start:entity.end]
    if entity.type == "PERSON":
        if is_self_introduced(text, entity.start):
            return False
        words = [normalize_word(word) for word in NAME_WORD.findall(value)]
        # Инструкция запретов, п. 15: addressing the caller by first name and patronymic is what is asked for; п. 1: a
        # word named as the surname is one ("фамилия владельца Соловей"), and the owner's first name and patronymic
        # told as the owner's ("номер оформлен на Ивана Сергеевича") are his data, not an address to the caller
        if not (_holds_surname(value) or any(start <= entity.start < end for start, end, _ in named_surnames(utterance))
                or names_the_owner(utterance, entity.start, entity.end)):
            return False
        # a word the caller said, also when cut into syllables or letters here ("И-ва-нов" of "Иванов")
        if words and all(said.said_word(word) or said.said_word(word.replace("-", "")) for word in words if len(word) >= 3):
            return False
        return True
    if entity.type == "ADDRESS" and any(start <= entity.start < end for start, end in company_place_spans(utterance)):
        return False  # whose address: the company's own office or salon (sense.company_place_spans)
    if entity.type == "ADDRESS" and any(start <= entity.start and entity.end <= end
                                        for start, end in coverage_place_spans(utterance)):
        return False  # a place the network's coverage is told for, nobody's address said (sense.coverage_place_spans)
    spoken_digits = utterance.digits_in(entity.start, entity.end)
    # п. 9: public only if the shared list says so (policies/lists.yaml, as the card policy decides), an 8-800 line
    # too: fail closed, a line not on the list is not public
    if entity.type == "PHONE_NUMBER" and is_public(spoken_digits):
        return False
    if entity.type in ("PHONE_NUMBER", "PERSONAL_NUMBER") and _public_numbers_listed(utterance, entity, is_public):
        return False
    if spoken_digits and said.said_number(spoken_digits):
        return False  # the caller's own: a short number as they said it ("родился в семьдесят девятом"), a longer inside
    if not spoken_digits and entity.type in ("ADDRESS", "EMAIL_ADDRESS"):
        words = [normalize_word(word) for word in NAME_WORD.findall(value) if len(word) >= 4]
        if words and all(said.said_word(word) for word in words):
            return False
    return True


# between two numbers of a list: a comma, "и", "или" ("112, 101, 102 и 103")
# (entered only where a run of blanks starts, each run taken whole: linear under a search too, tests/test_redos.py)
_LISTED_APART = re.compile(r"(?<![ \t])[ \t]*+(?:,[ \t]*+(?:и[ \t]++|или[ \t]++)?|и[ \t]++|или[ \t]++)", re.IGNORECASE)
_SHORT_NUMBER = 3  # an emergency line or a three-digit service: the list's shortest entries (policies/lists.yaml)


def _public_numbers_listed(utterance: Utterance, entity: Entity, is_public: Callable[[str], bool]) -> bool:
    """Is the number a list of short public numbers said in a row ("экстренные 112, 101, 102 и 103"): in a line that
    names a service or an emergency line (value_pieces.SERVICE_WORDS), two or more digit groups, each a short number
    the п. 9 list holds (`is_public`), each pair apart by a comma, "и" or "или" — a long number read in groups is apart
    by blanks or dashes, so it stays one (stop 43)."""
    from guard.disclosure.value_pieces import SERVICE_WORDS

    if not SERVICE_WORDS.search(utterance.text):
        return False  # the line names no service or emergency line: whose short numbers they are is not said
    groups = [g for g in utterance.digit_groups if entity.start <= g.start and g.end <= entity.end]
    if len(groups) < 2 or any(len(g.digits) > _SHORT_NUMBER or not is_public(g.digits) for g in groups):
        return False
    return all(_LISTED_APART.fullmatch(utterance.text[a.end:b.start]) for a, b in zip(groups, groups[1:]))


# --- detection in speech ---------------------------------------------------------------------------
# Numbers, e-mails and every kind that reads the text alone come from the kinds registry (recognizers/),
# run on the utterance's spoken-numbers-as-digits text. Names and addresses need natasha's NER, which costs
# 5-25 ms; here they are first read from the words the rules analysed already (a surname by pymorphy2's Surn
# reading, a street word beside a house number), and the engine is asked only in a window where a cue says
# there should be one and none was found.

_ENGINE_THRESHOLD = 0.5  # guard.engine.DEFAULT_THRESHOLD: what the redactor would keep


def registry_entities(utterance: Utterance) -> list[Entity]:
    """What the registry's text recognizers find in the utterance, read as the redactor reads it (every reading of
    guard/normalize.py `readings`: separators read past, a correction's digits kept), in its original offsets."""
    text = utterance.text
    found = []
    read: list[tuple[Normalization, list]] = []  # each reading's results, a reading that reads as one before reusing them
    for normalized, document in zip(utterance.readings, utterance.reading_documents):
        results = next((earlier for reading, earlier in read if reading.reads_as(normalized)), None)
        if results is None:
            with analyzing(document):
                results = [result for recognizer in text_recognizers(normalized.text)
                           for result in recognizer.analyze(normalized.text, recognizer.supported_entities, None)]
            read.append((normalized, results))
        for result in results:
            if result.score < _ENGINE_THRESHOLD:
                continue
            start, end = trim_span(text, *normalized.to_original(result.start, result.end))
            if result.entity_type == "DATE_OF_BIRTH" and not _birth_word_near(utterance):
                continue  # in speech a date is said of many things ("паспорт выдан ... 15.05.2010"); a birth word decides
            if end > start:
                found.append(Entity(start, end, result.entity_type, float(result.score)))
    return found


def _birth_word_near(utterance: Utterance) -> bool:
    """A birth word or abbreviation anywhere in the line: the birth-date kind's own cue (recognizers/birth_date.py)."""
    return BIRTH_CUE.search(utterance.text) is not None

_ADDRESS_CUES = frozenset({"адрес", "прописка", "прописать", "проживать", "жить"})
_NAME_KINDS = frozenset({"Name", "Surn", "Patr"})
_PERSON_CUES = frozenset({"владелец", "фамилия", "фио", "контактный"})
# the lemmas that announce a value the next words may tell (the checker's joined reading of two lines, checker.py;
# the kinds' own cue stems are recognizers/base.CUE_KINDS)
VALUE_CUES = _PERSONAL_CUES | _ADDRESS_CUES | _PERSON_CUES | frozenset({"телефон", "номер", "мобильный", "имя", "отчество"})
_WINDOW = 6


def _is_name_part(token: Token) -> bool:
    return not _NAME_KINDS.isdisjoint(token.info.top_grammemes)


def persons(utterance: Utterance) -> list[Entity]:
    """Names that hold a surname, by the one definition of a name (recognizers/person.py) without NER, which
    the checker asks only in a window (engine_window). Read once a line (a function of its text): the check with a
    card or a call and its floor's check alone both ask it."""
    text = utterance.text
    return list(utterance.derived("persons", lambda: tuple(
        Entity(start, end, "PERSON", score) for start, end, score, _ in person_spans(text)
        if not the_de_fields_name(utterance, start, end)
        and (_holds_surname(text[start:end]) or names_the_owner(utterance, start, end)))))


# The DE field (Инструкция запретов, п. 1: «Обращаться к клиенту по ИО, можно только по данным которые указаны в поле
# "DE"»), as it is said and as speech to text writes it: «поле DE», «из поля дэ», «по дэ е», «поле для обращения»
_DE_LETTERS = frozenset({"de", "де", "дэ", "дe"})
_FIELD_WORDS = frozenset({"поле", "поля", "полю", "графа", "графе", "графы"})
# between the field and the name: «в поле для обращения указано имя …», «в поле DE стоит …»
_FIELD_TO_NAME = frozenset({"е", "э", "указано", "указан", "указана", "стоит", "записано", "имя", "имени", "написано",
                            "значится"})
_DE_REACH = 6  # the field named within a few words before the name
# whom a number is on: "оформлен на …", "зарегистрирован на …", "принадлежит …" (review54 finding 3)
_ON_WHOM = frozenset({"оформить", "оформлять", "зарегистрировать", "регистрировать", "записать", "принадлежать",
                      "владеть", "абонент", "гражданка", "гражданин"})


def the_de_fields_name(utterance: Utterance, start: int, end: int) -> bool:
    """The name at [start, end) is the one the DE field holds, by the line's own words: the DE field named right before
    its first name ("в поле DE — Николай Андреевич", "обращаюсь по имени из поля де лариса викторовна", "обращение по
    дэ е пётр", "в поле для обращения указано имя Людмила Петровна") — speech to text may read the field's words into
    the name («поле де николай андреевич») — and the rest a first name and patronymic only, said again at most. That
    is the name п. 1 lets the caller be addressed by, not the owner's. A surname, a word no first name or patronymic,
    anything else between the field and the name: not read (stop 54). In a call the operator's view decides as
    before (the DE's name it shows)."""
    tokens = utterance.tokens
    inside = [i for i, t in enumerate(tokens) if start <= t.start and t.end <= end]
    names = [i for i in inside if {"Name", "Patr"} & tokens[i].info.top_grammemes
             and not tokens[i].form.lower() in _DE_LETTERS | _FIELD_WORDS]
    if not names or any("Surn" in tokens[i].info.top_grammemes for i in names):
        return False
    first = names[0]
    # the name goes on past first names and patronymics ("в поле де пётр сергеевич гусевин": speech to text, a surname
    # the dictionary reads as a common noun): whatever follows, the name from its first word must hold no surname
    if any(i > first and i not in names for i in inside) or _holds_surname(utterance.text[tokens[first].start:end]):
        return False
    # review54 finding 3: "Де"/"Дэ" is a surname as well ("Владелец номера — Де Пётр Сергеевич", "оформлен на Де
    # Петра Сергеевича"): never read in a line naming an owner or whom the number is on
    if any(t.info.lemmas & (OWNER_NOUNS | _ON_WHOM) for t in tokens):
        return False
    k = first - 1
    while k >= 0 and first - k <= _DE_REACH and not (k + 1 <= first and tokens[k + 1].after_break and k + 1 < first
                                                   and tokens[k + 1].form.lower() not in _FIELD_TO_NAME):
        form = tokens[k].form.lower()
        if form in _DE_LETTERS:
            # the field named unambiguously: the field's noun right before the letters ("в поле де", "полю DE")
            return k > 0 and tokens[k - 1].form.lower() in _FIELD_WORDS
        if form == "обращения" and k >= 2 and tokens[k - 1].form.lower() == "для" \
                and tokens[k - 2].form.lower() in _FIELD_WORDS:
            return True  # "поле для обращения": the addressing field, DE by its purpose
        if form not in _FIELD_TO_NAME | _FIELD_WORDS:
            return False
        k -= 1
    return False


def addresses(utterance: Utterance) -> list[Entity]:
    """Addresses by the one definition of an address (recognizers/address.py: address_spans, the redactor's too),
    read on the utterance with spoken numbers as digits ("тверская дом пять" is "тверская дом 5"), in its offsets."""
    normalized = utterance.normalized
    found = []
    for start, end, score, _ in address_spans_of(utterance):
        start, end = trim_span(utterance.text, *normalized.to_original(start, end))
        if end > start:
            found.append(Entity(start, end, "ADDRESS", score))
    return found


def quick_entities(utterance: Utterance) -> list[Entity]:
    """Personal data in speech within the checker's budget: the registry's text recognizers, names and
    addresses from the words."""
    with analyzing(utterance.document):  # the recognizers given utterance.normalized.text read its one document
        found = persons(utterance) + registry_entities(utterance) + addresses(utterance)
        found += [Entity(start, end, "PERSON", 0.8) for start, end, _ in named_surnames(utterance)]
    # the company's own office or requisites said by the operator ("наш офис на …") are not a customer's data
    spans = [(e.start, e.end, e.type) for e in found]
    return _merge([e for e in found
                   if not belongs_to_organisation(utterance.text, e.start, e.end, e.type, spans, ours_only=True)])


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


def owners_first_name_told(utterance: Utterance) -> list[tuple[int, int]]:
    """The owner's first name or patronymic after the owner's noun, up to three words between in its sentence
    («Владелец — Пётр Сергеевич», «Владельца зовут Пётр», «Владелец у нас Пётр Сергеевич»: red team bb27, f01; «карточка
    владельца подсказывает, что вы Марина Игоревна»: the card's, stop 53): who owns the number (Инструкция запретов,
    п. 1 «Внимание!»; «Категорически запрещено обращаться к клиенту по ИО, которые указаны в поле ФИО владельца»). A
    name by the word's first reading, in the nominative — not «пола» or «сим-карты», which a name's rarer reading
    shares."""
    tokens = utterance.tokens
    found = []
    for k, token in enumerate(tokens):
        if not token.info.lemmas & OWNER_NOUNS:
            continue
        if k and {"NOUN", "anim"} <= tokens[k - 1].info.top_grammemes and "nomn" not in token.info.top_grammemes:
            continue  # "жена владельца Ольга Петровна": the name is the head noun's (the contact's), not the owner's
        # a thing of the owner's the genitive depends on names no one else: "карточка владельца подсказывает, что вы
        # Марина Игоревна", "в поле ФИО владельца — Марина" are the owner's name read off the card (stop 53, issue 12)
        things = k and "NOUN" in tokens[k - 1].info.top_grammemes and "nomn" not in token.info.top_grammemes
        for m in range(k + 1, min(len(tokens), k + 5)):
            if (tokens[m].after_break or things and tokens[m].form.lower() == "что") and not (
                    tokens[m].form.lower() == "что" and m > k + 1 and m + 1 < len(tokens)
                    and "VERB" in tokens[m - 1].info.top_grammemes and "nomn" not in token.info.top_grammemes
                    and tokens[m + 1].form.lower() == "вы"):
                # what a thing of the owner's says the caller is goes on past the comma: «карточка владельца
                # подсказывает, что вы Марина …»; not what the owner did («Владелец сказал, что Марина приедет»), not
                # a third person the card tells of («карточка владельца показывает что марина звонила»)
                break
            if _a_first_name_or_patronymic(tokens[m]):
                end = m
                while end + 1 < len(tokens) and not tokens[end + 1].after_break \
                        and _a_first_name_or_patronymic(tokens[end + 1]):
                    end += 1
                found.append((token.start, tokens[end].end))
                break
    return found


# the caller's own saying in the name's stretch: "вы представились Эльвирой Рашидовной" — their words, said back
_CALLERS_SAYING = frozenset({"представиться", "назваться", "назвать", "сказать", "продиктовать", "подписаться"})
# asking the caller for the owner's data: "подскажите ФИО владельца", "можете назвать дату рождения владельца?"
_ASKING = frozenset({"назвать", "сказать", "подсказать", "продиктовать", "уточнить", "сообщить", "напомнить"})


def names_read_off_the_owners_record(utterance: Utterance) -> list[tuple[int, int]]:
    """A first name and patronymic said in a line that names the owner's record as a thing of the owner's — a noun
    the owner's genitive depends on ("в карточке владельца так записано", "в поле «ФИО владельца»", "по графе
    владельца", "из данных владельца договора"): the name is read off the owner's field to the caller, which п. 1
    forbids outright ("Категорически запрещено обращаться к клиенту по ИО, которые указаны в поле ФИО владельца";
    stop 53, issue 12: "Карточка владельца подсказывает, что вы Марина Игоревна", "Лариса Петровна, я вас по
    карточке владельца называю"). Not when the record is named as the one not followed ("а не как в карточке
    владельца") or its data are asked for ("Анна Сергеевна, подскажите ФИО владельца"), nor a name in a stretch of
    the caller's own saying ("вы представились Эльвирой Рашидовной") — the caller's words said back. (start, end) of
    each name."""
    tokens = utterance.tokens

    def asked_for(k: int) -> bool:  # "подскажите ФИО владельца", "назовите дату рождения владельца": asked, not read
        first = stretch_of(utterance, k)[0]
        return any(t.info.lemmas & _ASKING and t.info.top_grammemes & {"impr", "INFN"} for t in tokens[first:k])

    records = [k for k, t in enumerate(tokens) if k and t.info.lemmas & OWNER_NOUNS and "gent" in t.info.top_grammemes
               and {"NOUN", "inan"} <= tokens[k - 1].info.top_grammemes
               and not any(tokens[j].form.lower() in ("не", "ни") for j in range(max(0, k - 4), k - 1))
               and not asked_for(k)]
    if not records:
        return []
    found = []
    for m in range(len(tokens) - 1):
        if not ("Name" in tokens[m].info.top_grammemes and "Patr" in tokens[m + 1].info.top_grammemes):
            continue
        first, last = stretch_of(utterance, m)
        stretch = tokens[first:last + 1]
        if any(t.form.lower() == "вы" for t in stretch) and any(
                t.info.lemmas & _CALLERS_SAYING and "past" in t.info.top_grammemes for t in stretch):
            continue
        found.append((tokens[m].start, tokens[m + 1].end))
    return found


def _a_first_name_or_patronymic(token) -> bool:
    return bool(token.info.top_grammemes & {"Name", "Patr"}) and "nomn" in token.info.top_grammemes


def _name_case_pairs(token: Token, kind: str) -> set[str]:
    """The cases in which this word reads as a first name (`kind` "Name") or a patronymic ("Patr")."""
    return {case for tags in token.info.parse_tags if kind in tags for case in tags & CASES}


def _addresses_the_caller(utterance: Utterance, first: int, last: int) -> bool:
    """The name at tokens [first, last] is a vocative: in the nominative, set apart by a comma or the line's edge on
    both sides ("Анна Петровна, подскажите …", "…, Анна Петровна?") — the address to the caller п. 15 asks for."""
    text, tokens = utterance.text, utterance.tokens
    before = text[tokens[first - 1].end:tokens[first].start] if first > 0 else ","
    after = text[tokens[last].end:tokens[last + 1].start] if last + 1 < len(tokens) else ","
    if (any(mark in before for mark in ",!.?—-:") or first == 0) and any(mark in after for mark in ",!.?—"):
        return True
    # a line without punctuation (speech to text): a name in the nominative that opens the line, after greeting,
    # thanks or assent words only («анна сергеевна спасибо что дождались», «хорошо мария ивановна сейчас …»), or ends it
    nominative = "nomn" in tokens[first].info.top_grammemes and "nomn" in tokens[last].info.top_grammemes
    return nominative and (all(t.form in _BEFORE_AN_ADDRESS for t in tokens[:first]) or last == len(tokens) - 1)


# the words an address to the caller may follow at a line's start: greeting, thanks, assent, a filler
_BEFORE_AN_ADDRESS = frozenset({"ну", "так", "да", "хорошо", "спасибо", "уважаемая", "уважаемый", "здравствуйте",
                                "добрый", "день", "вечер", "утро", "благодарю", "отлично", "ээ", "э", "ой", "итак"})


def first_names_with_patronymic(utterance: Utterance) -> list[tuple[int, int]]:
    """A person named by first name and patronymic in any case, agreeing ("с Анной Петровной", "Анне Петровне", "Анна
    Петровна"), the first name a full or a diminutive one of the dictionary — that is not the address to the caller
    (`_addresses_the_caller`), the operator's own introduction or the DE field's name by the line's words. In a call
    the operator's view decides whose name it may be (checker: the in-call reading of the card's hidden persons)."""
    tokens = utterance.tokens
    found: list[tuple[int, int]] = []
    for i in range(len(tokens) - 1):
        first, second = tokens[i], tokens[i + 1]
        text = utterance.text
        if not text[first.start].isupper() and not text[second.start].isupper() and text.lstrip()[:1].isupper():
            continue  # a written line names a person with capitals (speech to text writes none)
        if not (_name_case_pairs(first, "Name") & _name_case_pairs(second, "Patr")):
            continue
        if utterance.text[first.end:second.start].strip():
            continue
        if i > 0 and tokens[i - 1].form == "я":
            continue  # «Я Светлана Андреевна, старшая смены»: the operator's own name
        if _addresses_the_caller(utterance, i, i + 1) or is_self_introduced(utterance.text, first.start) \
                or the_de_fields_name(utterance, first.start, second.end):
            continue
        found.append((first.start, second.end))
    return found
