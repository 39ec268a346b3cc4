"""One home for "this word opens a sentence" (guard/document.py `opens_a_sentence`): the redactor's PERSON kind and the
speech checker read a capital letter as the place's, not a name's, by this one reading (stop 41 review: four helpers
were merged into it, each variant a knob of the one function)."""
from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import given, strategies as st

from guard.document import SENTENCE_ENDS, SENTENCE_OPENERS, opens_a_sentence

REPO = Path(__file__).resolve().parents[1]


def test_a_word_opens_a_sentence_at_the_texts_start_and_after_a_sentences_end():
    assert opens_a_sentence("Иванов пришёл", 0)
    for end in ".!?…":
        assert opens_a_sentence(f"Он ушёл{end} Иванов пришёл", 9)
    assert not opens_a_sentence("Вчера Иванов пришёл", 6)
    assert not opens_a_sentence("Вчера, Иванов пришёл", 7)


def test_quotes_brackets_and_a_dash_of_speech_may_stand_between_a_sentences_end_and_its_word():
    text = "Он сказал. «Ли пришёл»"
    assert opens_a_sentence(text, text.index("Ли"))
    text = "Итог. — Иванов прав"
    assert opens_a_sentence(text, text.index("Иванов"))
    text = "Итог (Иванов прав)"
    assert not opens_a_sentence(text, text.index("Иванов"))


def test_a_line_break_ends_a_sentence_only_in_the_line_reading():
    text = "Исполнитель\nМороз"
    assert opens_a_sentence(text, text.index("Мороз"))
    assert not opens_a_sentence(text, text.index("Мороз"), lines=False)


def test_a_cut_words_dot_is_no_sentences_end_when_asked():
    text = "Звонил кл. Иванов"
    assert opens_a_sentence(text, text.index("Иванов"))
    assert not opens_a_sentence(text, text.index("Иванов"), cut_words=True, gap_opens=True, reach=12)
    text = "Звонил клиенту. Иванов"
    assert opens_a_sentence(text, text.index("Иванов"), cut_words=True, reach=40)


def test_a_table_cell_of_several_words_opens_like_a_sentence_and_a_cell_of_one_word_is_a_value():
    text = "Причина | Мороз, обрыв кабеля"
    assert opens_a_sentence(text, text.index("Мороз"), lines=False, cells=True)
    text = "Исполнитель | Мороз"
    assert not opens_a_sentence(text, text.index("Мороз"), lines=False, cells=True)


def test_the_redactor_and_the_checker_keep_no_sentence_reading_of_their_own():
    for path in ("recognizers/person.py", "guard/disclosure/personal.py", "recognizers/holder.py"):
        tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
        defined = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
        assert not defined & {"_at_sentence_start", "_opens_a_sentence", "_sentence_start_of_a_name"}, path
    for path in ("recognizers/person.py", "guard/disclosure/personal.py"):
        tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
        assert "_sentence_start" not in {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


_GAP = st.text(alphabet=SENTENCE_OPENERS, max_size=5)


@given(end=st.sampled_from(SENTENCE_ENDS), gap=_GAP, word=st.sampled_from(["Иванов", "Ли", "Мороз"]))
def test_after_a_sentences_end_and_openers_the_word_opens_a_sentence_in_every_reading(end, gap, word):
    text = f"Разговор закончился{end} {gap}{word}"  # a word of 5+ letters: "ушёл." reads as a cut word
    start = len(text) - len(word)
    assert opens_a_sentence(text, start)
    assert opens_a_sentence(text, start, cut_words=True, gap_opens=True, reach=12)
    if not gap.strip():
        assert opens_a_sentence(text, start, lines=False)


@given(gap=_GAP, word=st.sampled_from(["Иванов", "Ли", "Мороз"]))
def test_after_a_word_the_word_opens_no_sentence_in_any_reading(gap, word):
    text = f"Вчера приходил {gap}{word}"
    start = len(text) - len(word)
    assert not opens_a_sentence(text, start, lines=False)
    assert not opens_a_sentence(text, start, lines=False, cells=True)


def test_an_ellipsis_ends_a_sentence_except_in_the_surname_reading_that_reads_it_as_trailing_speech():
    text = "фамилия там на… Петров"
    assert opens_a_sentence(text, text.index("Петров"), lines=False)
    assert not opens_a_sentence(text, text.index("Петров"), lines=False, cells=True, ellipsis=False)


def test_a_column_gap_opens_a_sentence_only_when_asked():
    text = "Клиент Лисицына" + " " * 14 + "Иванов"
    assert not opens_a_sentence(text, text.index("Иванов"))
    assert opens_a_sentence(text, text.index("Иванов"), cut_words=True, gap_opens=True, reach=12)
