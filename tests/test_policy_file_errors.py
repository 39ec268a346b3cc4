"""A broken policy or case file is refused with the file, the line and what is wrong."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from guard.policy import PolicyError, load_policy
from guard.policy.testing import load_cases

GOOD_HEAD = """\
name: test policy
refusal: отказ, 152-ФЗ
lists:
  service_numbers: ["112", "0###"]
rules:
"""


def write(tmp_path: Path, text: str, name: str = "policy.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def policy_error(tmp_path: Path, rules: str) -> PolicyError:
    path = write(tmp_path, GOOD_HEAD + textwrap.indent(textwrap.dedent(rules), "  "))
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    return caught.value


def test_a_valid_policy_loads(tmp_path):
    path = write(tmp_path, GOOD_HEAD + "  - {id: a, item: п. 1, paths: [owner.last_name], action: hide}\n")
    assert [rule.id for rule in load_policy(path).rules] == ["a"]


def test_broken_yaml_names_the_line(tmp_path):
    path = write(tmp_path, GOOD_HEAD + "  - id: a\n    paths: [owner.last_name\n    action: hide\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert caught.value.file == str(path)
    assert caught.value.line in (7, 8)
    assert "not valid YAML" in caught.value.reason
    assert str(caught.value).startswith(f"{path}:{caught.value.line}: ")


def test_unknown_action_names_its_line(tmp_path):
    error = policy_error(tmp_path, """\
        - id: a
          item: "Инструкция запретов, п. 1"
          paths: [owner.last_name]
          action: hide
        - id: b
          item: "Инструкция запретов, п. 2"
          paths: [owner.passport]
          action: blur
        """)
    assert error.line == 13
    assert "rules[1].action" in error.reason and "'show'" in error.reason


def test_unknown_condition_test_names_its_line(tmp_path):
    error = policy_error(tmp_path, """\
        - id: a
          item: "Инструкция запретов, п. 6"
          paths: [msisdn]
          when:
            all:
              - {field: payment_type, equals: postpaid}
              - {field: owner.gender, greater_than: 3}
          action: last4
        """)
    assert error.line == 12
    assert "greater_than" in error.reason


def test_condition_with_two_tests_is_refused(tmp_path):
    error = policy_error(tmp_path, """\
        - id: a
          item: "Инструкция запретов, п. 6"
          paths: [msisdn]
          when: {field: payment_type, equals: postpaid, in: [prepaid]}
          action: last4
        """)
    assert error.line == 9
    assert "exactly one of" in error.reason


def test_condition_that_is_not_a_mapping_is_refused(tmp_path):
    error = policy_error(tmp_path, """\
        - id: a
          item: "Инструкция запретов, п. 6"
          paths: [msisdn]
          when: "payment_type == 'postpaid'"
          action: last4
        """)
    assert error.line == 9
    assert "condition is a mapping" in error.reason


def test_bad_duration_is_refused(tmp_path):
    error = policy_error(tmp_path, """\
        - id: a
          item: "Инструкция запретов"
          paths: ["*"]
          when: {field: contract.terminated_at, older_than: five years}
          action: refuse
        """)
    assert error.line == 9 and "5y" in error.reason


def test_unknown_list_is_refused(tmp_path):
    error = policy_error(tmp_path, """\
        - id: a
          item: "Инструкция запретов, п. 9"
          paths: ["call_details[*].number"]
          when: {field: "call_details[*].number", in_list: short_numbers}
          action: show
        """)
    assert error.line == 9 and "short_numbers" in error.reason


def test_bad_path_is_refused(tmp_path):
    error = policy_error(tmp_path, """\
        - id: a
          item: "Инструкция запретов, п. 9"
          paths: ["call_details[x].number"]
          action: show
        """)
    assert error.line == 8 and "call_details[x]" in error.reason


def test_missing_item_is_refused(tmp_path):
    error = policy_error(tmp_path, """\
        - id: a
          paths: [owner.last_name]
          action: hide
        """)
    assert error.line == 6 and "item" in error.reason


def test_duplicate_rule_id_is_refused(tmp_path):
    error = policy_error(tmp_path, """\
        - {id: a, item: п. 1, paths: [owner.last_name], action: hide}
        - {id: a, item: п. 2, paths: [owner.passport], action: hide}
        """)
    assert error.line == 7 and "already used" in error.reason


def test_drop_only_takes_list_elements(tmp_path):
    error = policy_error(tmp_path, """\
        - {id: a, item: п. 8, paths: [numbers], action: drop}
        """)
    assert error.line == 6 and "[*]" in error.reason


def test_missing_policy_file_is_refused(tmp_path):
    with pytest.raises(PolicyError) as caught:
        load_policy(tmp_path / "absent.yaml")
    assert "cannot read" in caught.value.reason


# --- case files ------------------------------------------------------------------------------------

def test_case_with_unknown_expectation_names_its_line(tmp_path):
    path = write(tmp_path, """\
        cases:
          - name: a
            card: {msisdn: "79161234567"}
            expect:
              shown: [msisdn]
        """, "cases.yaml")
    with pytest.raises(PolicyError) as caught:
        load_cases(path)
    assert caught.value.line == 5 and "shown" in caught.value.reason


def test_case_of_unknown_kind_is_refused(tmp_path):
    path = write(tmp_path, """\
        cases:
          - name: an utterance
            text: "Ваша фамилия Иванов"
            speaker: operator
        """, "cases.yaml")
    with pytest.raises(PolicyError) as caught:
        load_cases(path)
    assert caught.value.line == 2 and "unknown case kind" in caught.value.reason


def test_case_with_missing_card_file_is_refused(tmp_path):
    path = write(tmp_path, """\
        cases:
          - name: a
            card_file: cards/nobody.json
        """, "cases.yaml")
    with pytest.raises(PolicyError) as caught:
        load_cases(path)
    assert caught.value.line == 3 and "nobody.json" in caught.value.reason


def test_case_with_broken_card_json_names_the_json_line(tmp_path):
    (tmp_path / "card.json").write_text('{\n  "msisdn": "79161234567",\n  oops\n}\n', encoding="utf-8")
    path = write(tmp_path, "cases:\n  - name: a\n    card_file: card.json\n", "cases.yaml")
    with pytest.raises(PolicyError) as caught:
        load_cases(path)
    assert caught.value.file == str(tmp_path / "card.json") and caught.value.line == 3
