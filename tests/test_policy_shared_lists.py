"""Lists both policies read live once, in policies/lists.yaml, and each policy imports them by name."""
from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
import yaml

from guard.config import bundled_policy
from guard.disclosure.rules import load_rules
from guard.policy import PolicyError, load_policy

SHARED = yaml.safe_load(bundled_policy("lists.yaml").read_text(encoding="utf-8"))["lists"]


def test_the_card_policy_reads_item_9s_numbers_from_the_shared_file():
    assert load_policy(bundled_policy("152fz.yaml")).lists["service_numbers"] == tuple(SHARED["service_numbers"])


def test_the_speech_rules_read_the_same_numbers_as_public():
    # Инструкция запретов, п. 9: the numbers the card shows whole are the numbers the operator may name
    numbers = load_rules(bundled_policy("disclosure.yaml")).by_id["department-phone"].numbers
    assert all(numbers.is_public(entry.replace("#", "5")) for entry in SHARED["service_numbers"])
    assert not numbers.is_public("84951234567")


def test_neither_policy_keeps_its_own_copy_of_the_service_numbers():
    for name in ("152fz.yaml", "disclosure.yaml"):
        text = bundled_policy(name).read_text(encoding="utf-8")
        assert "9748888" not in text and "1055678" not in text and "service_numbers: {from: lists.yaml}" in text, name


def test_a_policy_reads_the_lists_file_beside_it_first(tmp_path):
    shutil.copy(bundled_policy("152fz.yaml"), tmp_path / "152fz.yaml")
    (tmp_path / "lists.yaml").write_text('lists:\n  service_numbers: ["0611"]\n', encoding="utf-8")
    assert load_policy(tmp_path / "152fz.yaml").lists["service_numbers"] == ("0611",)


def test_a_policy_without_a_lists_file_beside_it_reads_the_bundled_one(tmp_path):
    shutil.copy(bundled_policy("152fz.yaml"), tmp_path / "152fz.yaml")
    assert load_policy(tmp_path / "152fz.yaml").lists["service_numbers"] == tuple(SHARED["service_numbers"])


def test_importing_a_list_the_shared_file_lacks_names_the_line(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text(textwrap.dedent("""\
        name: test policy
        refusal: отказ, 152-ФЗ
        lists:
          emergency_numbers: {from: lists.yaml}
        rules:
          - {id: a, item: п. 1, paths: [owner.last_name], action: hide}
        """), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert caught.value.line == 4 and "emergency_numbers" in caught.value.reason


def test_a_speech_rule_naming_an_unknown_list_is_refused(tmp_path):
    text = bundled_policy("disclosure.yaml").read_text(encoding="utf-8")
    path = tmp_path / "disclosure.yaml"
    path.write_text(text.replace("public: [service_numbers]", "public: [servise_numbers]"), encoding="utf-8")
    with pytest.raises(PolicyError, match="servise_numbers"):
        load_rules(path)
