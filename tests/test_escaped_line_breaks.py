"""An export that escaped its text twice writes its line breaks and tabs out as characters: a backslash and n, r or t
("клиент\\nСоколова …"), or Excel's "_x000D_" / "_x000A_". The redactor reads them as the breaks they stand for —
before, the letter after the backslash joined the next word ("nСоколова") and everything after it went unread (red
team bb9, 12). The text's own characters are kept: only the redacted values change."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.normalize import normalize_unicode

FIELDS = ["Соколова Марина Игоревна", "тел. 89037654321", "паспорт 4516 204733", "пароль Lilia_2019"]
VALUES = ["Соколова", "89037654321", "204733", "Lilia_2019"]
ESCAPED_BREAKS = ["\\n", "\\r\\n", "\\t", "_x000D_", "_x000A_", "_x000D_\\n"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("escaped", ESCAPED_BREAKS)
def test_values_after_a_line_break_written_out_as_characters_are_masked(redactor, escaped):
    text = "Обращение" + escaped + escaped.join(FIELDS)
    redacted = redactor.redact(text).text
    assert not [value for value in VALUES if value in redacted], redacted
    assert escaped in redacted  # the export's own characters stay as they were


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(ESCAPED_BREAKS), min_size=len(FIELDS) - 1, max_size=len(FIELDS) - 1))
def test_escaped_breaks_find_the_same_kinds_as_real_ones(separators):
    redactor = _REDACTOR
    escaped = FIELDS[0] + "".join(sep + field for sep, field in zip(separators, FIELDS[1:]))
    real = "\n".join(FIELDS)
    kinds = sorted(entity.type for entity in redactor.redact(escaped).entities)
    assert kinds == sorted(entity.type for entity in redactor.redact(real).entities)


_REDACTOR = Redactor()


def test_a_backslash_before_other_letters_and_words_without_escapes_are_left_alone():
    assert normalize_unicode("C:\\Users\\otchet.txt").text == "C:\\Users\\otchet.txt"
    assert normalize_unicode("box_x0001_y").text == "box_x0001_y"
    assert normalize_unicode("клиент\\nИванов").text == "клиент\nИванов"
