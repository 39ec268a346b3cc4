"""The kinds registry: every kind of personal data guard knows, one module each, and every list derived from it.

Each module holds one kind's recognizers (written and spoken forms — spoken numbers arrive as
digits from guard.normalize), its cue words, its checksum and its canonical value, and declares
them as `KIND`. The entity types the engine asks for (guard.entities.CONTRACT_TYPES), the types a
disclosure rule may name (guard.disclosure.rules.ENTITY_TYPES), the numeric types the pseudonym
operator compares by digits (guard.operators.NUMERIC_TYPES) and the recognizers in Presidio's
registry (RECOGNIZER_CLASSES) are all read from KINDS: adding a kind is one module and one line here.

Each recognizer has Presidio's interface (guard/analysis.py) without importing Presidio; for a Presidio
AnalyzerEngine's registry, guard.presidio.presidio_recognizers() gives them as Presidio's own classes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from guard.analysis import EntityRecognizer
from guard.document import text_holds
from guard.recognizers import (account_number, address, bank_account, bik, birth_certificate, birth_date, cadastral,
                               card_cvv, card_expiry, cell_id, contract, credit_card, device_id, driver_license, email,
                               employment, id_document, inn, ip_address, issue_date, login, long_number, membership,
                               notarial, ogrn, oms, passport, passport_dept, passport_issuer, phone, secret, snils,
                               vehicle_plate)
from guard.recognizers.address import AddressRecognizer
from guard.recognizers.base import CUE_KINDS, Kind, name_value
from guard.recognizers.mrz import MachineZoneRecognizer
from guard.recognizers.packed_run import PackedRunRecognizer
from guard.recognizers import person
from guard.recognizers.person import PersonRecognizer
from guard.recognizers.person_tagger import LowercaseNameRecognizer

# docs/interfaces.md §1, in the order results are preferred when nothing else decides.
KINDS: tuple[Kind, ...] = (
    Kind("PERSON", (PersonRecognizer, LowercaseNameRecognizer), name_value, needs_nlp=True, asked=person.ASKED),
    Kind("ADDRESS", (AddressRecognizer,), name_value, needs_nlp=True, asked=address.ASKED),
    passport.KIND,
    phone.KIND,
    email.KIND,
    inn.KIND,
    snils.KIND,
    credit_card.KIND,
    birth_date.KIND,
    passport_dept.KIND,
    oms.KIND,
    birth_certificate.KIND,
    bank_account.KIND,
    bik.KIND,
    card_expiry.KIND,
    card_cvv.KIND,
    contract.KIND,
    account_number.KIND,
    ip_address.KIND,
    cell_id.KIND,
    device_id.KIND,
    ogrn.KIND,
    driver_license.KIND,
    login.KIND,
    passport_issuer.KIND,
    issue_date.KIND,
    id_document.KIND,
    vehicle_plate.KIND,
    secret.KIND,
    membership.KIND,
    notarial.KIND,
    cadastral.KIND,
    long_number.KIND,
    employment.EMPLOYER_KIND,
    employment.JOB_TITLE_KIND,
    employment.INCOME_KIND,
)

BY_ENTITY: dict[str, Kind] = {kind.entity: kind for kind in KINDS}


# Each kind hint compiled once, by its text: the recognizers' HINT and text_recognizers' look are the same pattern, so
# a document answers both from one search (Document.holds keeps answers by the pattern's identity).
_COMPILED_HINTS: dict[str, re.Pattern] = {}


def _set_hints() -> None:
    """Each text-only recognizer skips a text without its kind's hint (the same test the speech checker runs)."""
    for kind in KINDS:
        if kind.needs_nlp:
            continue
        hint = _COMPILED_HINTS.setdefault(kind.hint, re.compile(kind.hint, re.IGNORECASE | re.DOTALL))
        for cls in kind.recognizers:
            if hasattr(cls, "HINT"):
                cls.HINT = hint


_set_hints()


def _set_cue_kinds() -> None:
    """A kind's cue stems re-type another kind's number found right after them (recognizers/base.CUE_KINDS)."""
    for kind in KINDS:
        for stem in kind.cues:
            CUE_KINDS[stem] = kind.entity


_set_cue_kinds()
ENTITY_TYPES: tuple[str, ...] = tuple(BY_ENTITY)
NUMERIC_TYPES: frozenset[str] = frozenset(kind.entity for kind in KINDS if kind.numeric)
SECRET_TYPES: frozenset[str] = frozenset(kind.entity for kind in KINDS if kind.secret)
# the packed-run splitter types pieces of several numeric kinds with each kind's own checks (recognizers/packed_run.py)
# a passport's machine-readable zone, each field with its kind (recognizers/mrz.py)
RECOGNIZER_CLASSES: tuple[type[EntityRecognizer], ...] = tuple(cls for kind in KINDS for cls in kind.recognizers) + (
    PackedRunRecognizer, MachineZoneRecognizer)


def all_recognizers() -> list[EntityRecognizer]:
    """A fresh instance of every guard recognizer."""
    return [cls() for cls in RECOGNIZER_CLASSES]


@lru_cache(maxsize=1)
def _text_recognizers() -> tuple[tuple[int, EntityRecognizer], ...]:
    """Each recognizer with the number of its kind's hint in `_hints` (kinds share hints: most numeric kinds' is a
    digit, a kind's recognizers all share its own), in the registry's order."""
    numbers = {hint.pattern: number for number, hint in enumerate(_hints())}
    return tuple((numbers[kind.hint], cls()) for kind in KINDS if not kind.needs_nlp for cls in kind.recognizers)


@lru_cache(maxsize=1)
def _hints() -> tuple[re.Pattern, ...]:
    """The distinct hints of the kinds `_text_recognizers` runs, compiled once, numbered as it numbers them."""
    distinct: dict[str, None] = dict.fromkeys(kind.hint for kind in KINDS if not kind.needs_nlp)
    return tuple(_COMPILED_HINTS[hint] for hint in distinct)


def text_recognizers(text: str | None = None) -> list[EntityRecognizer]:
    """One shared instance of each recognizer that reads the text alone (no NLP artifacts) — those whose
    kind's hint the text holds: what the speech checker runs on every utterance. Each distinct hint is searched
    once a text, however many recognizers share it (the login kind's five share one; twenty numeric kinds a digit).
    When `text` is the document being analyzed (the checker runs the registry inside `analyzing`), the answer is the
    document's own (Document.holds: the same compiled hint each recognizer's analysis asks it for again, answered
    once a text, tried only where a match can begin): one look a hint a reading instead of two."""
    recognizers = _text_recognizers()
    if text is None:
        return [recognizer for _, recognizer in recognizers]
    hints = _hints()
    held: list[bool | None] = [None] * len(hints)
    found = []
    for number, recognizer in recognizers:
        holds = held[number]
        if holds is None:
            holds = held[number] = text_holds(text, hints[number])
        if holds:
            found.append(recognizer)
    return found


def canonical_value(entity_type: str, value: str) -> str:
    """The form of a value every comparison uses, however it was written or said (see Kind.canonical)."""
    kind = BY_ENTITY.get(entity_type)
    canonical = kind.canonical(value) if kind else name_value(value)
    # a value with no canonical form (no digits found) must not share one token with every other
    return canonical or " ".join(value.lower().replace("ё", "е").split())


__all__ = [cls.__name__ for cls in RECOGNIZER_CLASSES] + [
    "all_recognizers", "canonical_value", "BY_ENTITY", "ENTITY_TYPES", "KINDS", "Kind", "NUMERIC_TYPES",
    "RECOGNIZER_CLASSES", "text_recognizers"]
