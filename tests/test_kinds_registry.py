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
