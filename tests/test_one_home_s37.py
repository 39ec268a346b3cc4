"""One home (stop 37): the speech rules read the identity documents' names and the passport offices from their kinds'
modules — `$id_document` is recognizers/id_document.DOCUMENT_NAMES, `$passport_office` is
recognizers/passport_issuer.OFFICES — instead of keeping their own lists in policies/disclosure.yaml beside them.
"""
from __future__ import annotations

import re

import pytest
import yaml

from guard.config import bundled_policy
from guard.disclosure import check
from guard.disclosure.patterns import SHARED_PHRASES, SHARED_WORDS, PatternSyntaxError, compile_patterns, expand
from guard.disclosure.rules import load_rules
from guard.morph import normalize_word
from guard.recognizers.id_document import DOCUMENT_NAMES, DOCUMENT_WORDS
from guard.recognizers.passport_issuer import OFFICES


def test_the_rules_read_the_documents_names_and_the_offices_from_their_kinds():
    assert SHARED_PHRASES["id_document"] is DOCUMENT_NAMES
    assert SHARED_WORDS["passport_office"] == frozenset(normalize_word(office) for office in OFFICES)


@pytest.mark.parametrize("name", DOCUMENT_NAMES)
def test_every_document_name_the_rules_read_is_one_the_kind_reads_too(name):
    assert re.fullmatch(r"(?:" + DOCUMENT_WORDS + r")", name, re.IGNORECASE), name


def test_the_policy_spells_no_document_name_or_office_of_its_own():
    rules = yaml.safe_load(bundled_policy("disclosure.yaml").read_text(encoding="utf-8"))["rules"]
    passport = next(rule for rule in rules if rule["id"] == "passport")
    texts = [text for key in ("phrases", "without_card") for text in passport.get(key, [])]
    own_words = {word.lstrip("=") for text in texts for piece in text.split() for word in piece.split("|")}
    # ("удостоверение" alone is read by the rule: a certificate of no one kind — a driver's, a pension's, an ID card)
    spelled = own_words & ({"внж", "рвп", "жительство", "билет", "патент"} | {o.lower() for o in OFFICES})
    assert not spelled, f"read them from the kinds ($id_document, $passport_office): {sorted(spelled)}"


def test_a_pattern_naming_a_phrase_list_stands_for_one_pattern_per_phrase():
    texts = expand("ваш $id_document *6 #")
    assert len(texts) == len(DOCUMENT_NAMES)
    assert "ваш вид на жительство *6 #" in texts
    assert len(compile_patterns(["ваш $id_document *6 #"])) == len(DOCUMENT_NAMES)
    with pytest.raises(PatternSyntaxError):
        compile_patterns(["$no_such_list *6 #"])


@pytest.mark.parametrize("name", DOCUMENT_NAMES)
def test_an_identity_documents_number_said_after_any_of_its_names_is_blocked(name):
    result = check(f"у вас {name} номер 82 4410937 указан")
    assert result.verdict == "block", (name, result)


@pytest.mark.parametrize("text", [
    "паспорт выдан уфмс по тверской области",
    "выдан овм по району",
    "его выдали в гувд",
    "выдан тп в районе",
])
def test_who_issued_the_passport_is_blocked_by_the_kinds_offices(text):
    assert check(text).verdict == "block", text


@pytest.mark.parametrize("text", [
    "приходите с видом на жительство в офис",
    "возьмите с собой военный билет или паспорт",
])
def test_bringing_a_document_tells_no_number(text):
    assert check(text).verdict != "block", text


def test_the_bundled_rules_compile_with_the_shared_lists():
    assert load_rules(bundled_policy("disclosure.yaml")).by_id["passport"].without_card
