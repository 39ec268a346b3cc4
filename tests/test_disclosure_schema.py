"""The rules file is edited by people: mistakes are reported with the file and the line."""
from __future__ import annotations

import textwrap

import pytest

from guard.disclosure import DisclosureChecker, load_rules
from guard.disclosure.patterns import PatternSyntaxError, compile_pattern
from guard.policy.source import PolicyError


def write(tmp_path, body: str):
    path = tmp_path / "rules.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_the_shipped_rules_load_and_every_rule_quotes_its_item():
    from guard.disclosure import default_rules_path

    rules = load_rules(default_rules_path())
    assert len(rules.rules) >= 30
    assert all(rule.item and rule.message for rule in rules.rules)
    assert rules.calls is not None and rules.calls.warnings_before_ending == 2


def test_a_bad_pattern_is_reported_with_file_and_line(tmp_path):
    path = write(tmp_path, """\
        name: test
        rules:
          - id: bad-one
            item: "Инструкция запретов, п. 7"
            verdict: warn
            message: "..."
            phrases:
              - "сбой"
              - "* сбой"
        """)
    with pytest.raises(PolicyError) as error:
        load_rules(path)
    assert str(error.value).startswith(f"{path}:7:") and "'*' must stand between two words" in str(error.value)


def test_an_unknown_key_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, """\
        name: test
        rules:
          - id: one
            item: "Инструкция запретов, п. 7"
            verdict: warn
            message: "..."
            phrases: ["сбой"]
            sugestion: "typo"
        """)
    with pytest.raises(PolicyError) as error:
        load_rules(path)
    assert ":8:" in str(error.value)


def test_client_rules_must_be_hints(tmp_path):
    path = write(tmp_path, """\
        name: test
        rules:
          - id: one
            item: "Инструкция запретов, п. 13"
            speaker: client
            verdict: block
            message: "..."
            phrases: ["расторгнуть"]
        """)
    with pytest.raises(PolicyError, match="hint"):
        load_rules(path)


def test_a_rule_file_of_ones_own_is_used_by_the_checker(tmp_path):
    path = write(tmp_path, """\
        name: test
        rules:
          - id: no-weather
            item: "example"
            verdict: warn
            message: "no weather talk"
            phrases: ["погода"]
        """)
    checker = DisclosureChecker(load_rules(path))
    result = checker.check("Какая сегодня погода!")
    assert result.verdict == "warn" and result.violations[0].rule == "no-weather"


@pytest.mark.parametrize("text", ["", "*", "сбой *", "^", "a||b"])
def test_malformed_patterns_are_refused(text):
    with pytest.raises(PatternSyntaxError):
        compile_pattern(text)


def test_a_gap_may_say_how_many_words_it_skips():
    from guard.disclosure.patterns import find
    from guard.disclosure.text import Utterance

    wide = compile_pattern("номер *8 заканчиваться")
    narrow = compile_pattern("номер * заканчиваться")
    text = Utterance("номер который начинается на девятьсот двадцать шесть и заканчивается на ноль")
    assert list(find([wide], text)) and not list(find([narrow], text))
    for bad in ("номер *0 сбой", "номер *11 сбой", "номер *x сбой"):
        with pytest.raises(PatternSyntaxError):
            compile_pattern(bad)


def test_without_card_phrases_count_only_when_there_is_no_card(tmp_path):
    from guard.disclosure import CheckContext

    path = write(tmp_path, """\
        name: test
        rules:
          - id: last-digits
            item: "Инструкция запретов, п. 6"
            verdict: block
            message: "..."
            without_card: ["номер * заканчиваться =на #"]
        """)
    checker = DisclosureChecker(load_rules(path))
    text = "Номер заканчивается на 4567"
    assert checker.check(text).verdict == "block"
    # the phrases themselves do not run with a whole card (its values are compared instead: `_check`) ...
    assert checker._check(text, context=CheckContext(card={"msisdn": "79160000000"})).verdict == "allow"
    # ... but the card clears nothing the line alone is flagged for: to a caller not identified the check with a card
    # is never weaker than alone (red team bb27, f02; this asserted `allow` before stop 52)
    assert checker.check(text, context=CheckContext(card={"msisdn": "79160000000"})).verdict == "block"


def test_without_card_is_refused_for_the_clients_speech(tmp_path):
    path = write(tmp_path, """\
        name: test
        rules:
          - id: one
            item: "Инструкция запретов, п. 8"
            speaker: client
            verdict: hint
            message: "..."
            without_card: ["номер"]
        """)
    with pytest.raises(PolicyError, match="without_card"):
        load_rules(path)


def test_a_word_the_dictionary_does_not_know_has_the_unkn_grammeme():
    from guard.disclosure.text import word_info

    assert "UNKN" in word_info("техсервис").grammemes
    assert "UNKN" not in word_info("организация").grammemes


def test_a_key_written_twice_in_one_rule_is_reported_not_silently_dropped(tmp_path):
    path = write(tmp_path, """\
        name: test
        rules:
          - id: one
            item: "Инструкция запретов, п. 16"
            verdict: warn
            message: "..."
            phrases: ["=не =могу"]
            exceptions: ["=не =могу =не"]
            exceptions: ["=ничего =не =могу"]
        """)
    with pytest.raises(PolicyError, match=r"rules.yaml:9: key 'exceptions' appears twice"):
        load_rules(path)


def test_a_grammeme_conjunction_needs_all_of_them_in_one_parse():
    from guard.disclosure.patterns import find
    from guard.disclosure.text import Utterance

    pattern = compile_pattern("организация @NOUN+nomn")
    assert list(find([pattern], Utterance("на организацию ромашка")))
    assert not list(find([pattern], Utterance("на организацию которая")))  # nomn, but not a noun
    assert not list(find([pattern], Utterance("на компанию работодателя")))  # a noun, not nomn
    with pytest.raises(PatternSyntaxError):
        compile_pattern("организация @NOUN+")


def test_a_number_slot_takes_digits_written_with_hyphens():
    from guard.disclosure.patterns import find
    from guard.disclosure.text import Utterance

    assert list(find([compile_pattern("=на #")], Utterance("заканчивается на 22-34")))
