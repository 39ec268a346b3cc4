"""A module pattern a card's readers scan the whole text with is read once a document, and finds what the pattern finds
(guard/analysis.py ReadOnceAWhole; issue 13, stop 59): its matches come from where a match can begin, kept in the
document being analyzed and shared by every reader; any other string, or a call with bounds, is the pattern's own."""
from __future__ import annotations

import importlib
import json
import pkgutil
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import guard.recognizers as kinds_package
from guard.analysis import ReadOnceAWhole
from guard.document import Document, analyzing

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def _wrapped() -> dict[str, ReadOnceAWhole]:
    found = {}
    for module in pkgutil.iter_modules(kinds_package.__path__):
        loaded = importlib.import_module(f"guard.recognizers.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, ReadOnceAWhole):
                found.setdefault(f"{module.name}.{name}", value)
    return found


WRAPPED = _wrapped()
# words that open or fill the wrapped patterns' matches, and the shapes around them
_PIECES = ["логин", "Логин:", "пароль", "ник", "в телеграме", "эс", "эм", "ай", "джей", "би", "кей", "нижнее подчёркивание",
           "дата рождения", "родился", "рождения:", "12", "03", "1980", "г.", "года", "фамилия", "зовут", "кличка",
           "Surname:", "first name", "ФИО:", "тел.", "доб.", "(495)", "123-45-67", "MAC", "серийный номер", "S/N",
           "роутер", "SN12345678", "выдан", "дата выдачи", "паспорт", "СТС", "ВУ", "Иванов", "Пётр", "эн", "о", "ка",
           "а", "б", "в", ",", ".", ":", "-", "\n", " ", "  ", "ё"]


def test_the_patterns_a_card_scans_whole_are_read_once_a_document():
    assert len(WRAPPED) >= 15, sorted(WRAPPED)


def _spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


def _same_as_the_pattern(text: str) -> None:
    document = Document(text)
    with analyzing(document):
        for name, wrapped in WRAPPED.items():
            own = list(wrapped.compiled.finditer(text))
            assert _spans(wrapped.finditer(text)) == _spans(own), name
            assert _spans(wrapped.finditer(text)) == _spans(own), name  # asked again: the document's answer
            first = wrapped.search(text)
            assert (first and (first.start(), first.end())) == (own[0].span() if own else None), name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_each_whole_text_scan_finds_what_the_pattern_finds(text):
    _same_as_the_pattern(text)


def test_each_whole_text_scan_finds_what_the_pattern_finds_on_the_sets():
    texts = []
    for path in sorted(DATA.glob("*/*.jsonl")):
        if path.parent.name.startswith(("names_", "pii_", "packed_")):
            texts += [json.loads(line).get("text") or "" for line in path.read_text(encoding="utf-8").splitlines()
                      if line.strip()]
    for text in random.Random(59).sample(texts, min(400, len(texts))):
        _same_as_the_pattern(text)
        _same_as_the_pattern(text.lower())


def test_a_whole_text_scan_is_kept_in_the_document_and_not_for_another_string():
    wrapped = WRAPPED["login._LOGIN_WORD"]
    text = "Клиент назвал логин ivan88, потом ещё раз логин"
    document = Document(text)
    with analyzing(document):
        first = list(wrapped.finditer(text))
        assert len(first) == 2 and list(wrapped.finditer(text))[0] is first[0]
        other = "".join(list(text))  # an equal string that is not the document's: read by the pattern itself
        assert other is not text and list(wrapped.finditer(other))[0] is not first[0]
        assert [m.span() for m in wrapped.finditer(text, 20)] == [m.span() for m in wrapped.compiled.finditer(text, 20)]


@pytest.mark.parametrize("name", ["lexicon.LETTER_NAME_RUN", "person._NICKNAME_CUE", "issue_date._ISSUE"])
def test_a_wrapped_pattern_is_still_the_pattern(name):
    wrapped = WRAPPED[name]
    assert wrapped.pattern == wrapped.compiled.pattern and wrapped.flags == wrapped.compiled.flags
