"""A note's words are read for an end only where a word may state one (guard/policy/termination.py `_may_end_here`).

Stop 56: `_ending_event` asked every word of a note what the clause said it of (`_part`, `_said_of`: a pass over the
clause per word), ~1 ms of CPU a note on the realistic bench's cards. A word that is no form of an ending event's verb
or noun, of a live state (negated too) and no unknown past form can state no end wherever it stands: it is read no
further. The answers are the same: with the gate opened for every word they do not change (a property over notes
built of the readings' own words), and the red team's notes keep theirs (tests/security/test_redteam_bb2*_contract_*).
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import guard.policy.termination as termination
from guard.policy.termination import _ending_event, _may_end_here, _stated_in_comment

TODAY = date(2026, 12, 7)

# The words a note about a contract is written with: events in several forms, live states, what they are said of,
# prepositions, the words that complete an event, fillers, a misspelt past form, a word cut short, dates
_WORDS = ["договор", "договора", "Договор", "номер", "номера", "абонент", "клиент", "владелец", "обслуживание",
          "расторгнут", "расторжение", "закрыт", "прекращено", "завершён", "истёк", "истечение", "срок", "действия",
          "утратил", "силу", "перешёл", "перенесён", "к", "другому", "оператору", "МТС", "сменил", "оператора",
          "отключён", "навсегда", "освобождён", "возвращён", "в", "пул", "переоформлен", "на", "другое", "лицо",
          "отказался", "от", "услуг", "связи", "скончался", "не", "действует", "недействителен", "действовал", "до",
          "активен", "будет", "по", "о", "заявка", "звонок", "просил", "перезвонить", "баланс", "уточнял", "тариф",
          "растаргнут", "портирован", "дог.", "01.01.2015", "2015", "г.", "15", "марта", ",", ";", "."]


def _gate_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(termination, "_may_end_here", lambda word: True)


def test_a_note_with_no_word_of_an_ending_never_asks_what_it_is_said_of(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    said_of = termination._said_of
    monkeypatch.setattr(termination, "_said_of", lambda *args: asked.append(args) or said_of(*args))
    note = "Клиент звонил по договору от 01.03.2020, уточнял баланс номера и просил перезвонить вечером"
    assert _ending_event(note) is None
    assert asked == []


def test_the_gate_lets_through_every_kind_of_word_that_may_state_an_end() -> None:
    for word in ("расторгнут", "Расторжение", "завершён", "истёк", "утратил", "перешёл", "отключён", "скончался",
                 "действует", "недействителен", "активен", "растаргнут"):
        assert _may_end_here(word), word
    for word in ("Клиент", "звонил", "договору", "баланс", "номера", "просил", "перезвонить", "вечером"):
        assert not _may_end_here(word), word


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14), st.booleans())
def test_the_word_gate_changes_no_answer(monkeypatch: pytest.MonkeyPatch, words: list[str], own: bool) -> None:
    note = " ".join(words)
    gated = (_ending_event(note, own), _stated_in_comment(note, TODAY, contract_named=own))
    with monkeypatch.context() as patched:
        _gate_open(patched)
        assert (_ending_event(note, own), _stated_in_comment(note, TODAY, contract_named=own)) == gated
