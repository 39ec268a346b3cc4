"""Every entity-type list is read from the kinds registry (recognizers/__init__.py), never kept by hand."""
from __future__ import annotations

from guard import recognizers
from guard.disclosure import rules
from guard.entities import CONTRACT_TYPES
from guard.operators import NUMERIC_TYPES


def test_every_list_of_entity_types_is_the_registrys():
    assert CONTRACT_TYPES == recognizers.ENTITY_TYPES
    assert rules.ENTITY_TYPES == recognizers.ENTITY_TYPES
    assert NUMERIC_TYPES == recognizers.NUMERIC_TYPES <= set(recognizers.ENTITY_TYPES)


def test_every_recognizer_belongs_to_one_kind_and_emits_its_type():
    for kind in recognizers.KINDS:
        for cls in kind.recognizers:
            assert kind.entity in cls().supported_entities
    assert len(set(recognizers.RECOGNIZER_CLASSES)) == len(recognizers.RECOGNIZER_CLASSES)


def test_the_documented_types_are_the_registrys():
    documented = ["PERSON", "RU_PASSPORT", "PHONE_NUMBER", "ADDRESS", "EMAIL_ADDRESS", "RU_INN", "RU_SNILS",
                  "CREDIT_CARD", "DATE_OF_BIRTH", "RU_PASSPORT_DEPT", "RU_OMS", "RU_BIRTH_CERTIFICATE",
                  "BANK_ACCOUNT", "RU_BIK", "CARD_EXPIRY", "CARD_CVV", "CONTRACT_NUMBER", "ACCOUNT_NUMBER",
                  "IP_ADDRESS", "RU_OGRN", "RU_DRIVER_LICENSE"]
    assert set(documented) <= set(recognizers.ENTITY_TYPES)


def test_each_kinds_cue_stems_retype_another_kinds_number_to_that_kind():
    """One home for re-typing cues: a kind declares its stems (Kind.cues); base.CUE_KINDS is derived from them,
    plus the cues of numbers that are nobody's data (lexicon.NOBODYS_NUMBER_CUES), which alone may drop a match."""
    from guard.recognizers.base import CUE_KINDS
    from guard.recognizers.lexicon import NOBODYS_NUMBER_CUES

    declared = {stem: kind.entity for kind in recognizers.KINDS for stem in kind.cues}
    assert declared, "no kind declares a cue stem"
    assert {stem: entity for stem, entity in CUE_KINDS.items() if entity is not None} == declared
    assert {stem for stem, entity in CUE_KINDS.items() if entity is None} == set(NOBODYS_NUMBER_CUES)
    assert declared["договор"] == "CONTRACT_NUMBER" and declared["полис"] == "RU_OMS"


def test_a_card_shaped_number_after_a_policy_cue_is_an_oms_policy_not_a_card():
    from guard import Redactor

    redactor = Redactor()
    # a Luhn-valid 16-digit number: the card recognizer finds it too; the OMS cue decides its type
    for text in ("Полис ОМС 4276 3800 1234 5674, СНИЛС не помню", "номер полиса 4276380012345674",
                 "полис омс четыре два семь шесть три восемь ноль ноль один два три четыре пять шесть семь четыре"):
        assert [e.type for e in redactor.redact(text).entities] == ["RU_OMS"], text
    assert [e.type for e in redactor.redact("Карта 4276 3800 1234 5674").entities] == ["CREDIT_CARD"]
