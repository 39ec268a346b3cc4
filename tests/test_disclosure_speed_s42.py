"""Stop 42, the checker's speed (issue 12): what is now computed once is the same as what was computed each time.

- a line's one Utterance serves every reader of that text in a call (guard/disclosure/text.py `remember` /
  `utterance_of`): the check keeps its line, the call's memory (context.Said) and `guard qa` read it, and a line
  checked again is read afresh;
- a word's folded form (text._token_form), a navec row's unit vector (embedding.SentenceEmbedding.row_vectors) and a
  text's address tokens (recognizers/address.py `tokenize`) are kept: the kept value is the value computed afresh;
- the verdicts and findings of a call are the same with every memo emptied before each line.

Speed itself is measured in benchmarks/ (`python -m benchmarks.bench_disclosure --against TREE`), not here.
"""
from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.disclosure_set import OPERATOR, labeled_set
from guard.disclosure import default_checker
from guard.disclosure import text as text_module
from guard.disclosure.context import Said
from guard.disclosure.embedding import sentence_embedding
from guard.disclosure.qa import qa_call
from guard.disclosure.text import Utterance, _token_form, remember, utterance_of
from guard.recognizers import address

WORDS = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕКМНОРСТХaceopxyABCEHKMOPTXэм-1", min_size=1,
                max_size=12)


def test_the_checked_line_is_read_once_by_the_call():
    checker = default_checker()
    text = "Номер оформлен на вас, последние цифры 4567, всё верно."
    checker.check(text, "operator", None, Said())
    kept = utterance_of(text)
    assert "tokens" in kept.__dict__  # the check's own reading: its words already cut
    said = Said()
    said.add_operator(text)  # the call's memory reads the same Utterance, not a new one
    assert utterance_of(text) is kept


def test_a_line_checked_again_is_read_afresh():
    checker = default_checker()
    text = "Сейчас проверю, секунду, пожалуйста."
    checker.check(text)
    first = utterance_of(text)
    checker.check(text)
    assert utterance_of(text) is not first  # the check builds its own and keeps that one


def test_the_kept_lines_are_bounded():
    texts = [f"строка номер {n}" for n in range(text_module._RECENT_LIMIT + 1)]
    first = remember(Utterance(texts[0]))
    for text in texts[1:]:
        remember(Utterance(text))
    assert utterance_of(texts[0]) is not first  # forgotten: read again
    assert len(text_module._recent) <= text_module._RECENT_LIMIT


@given(st.lists(WORDS, min_size=1, max_size=6))
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_a_kept_utterance_reads_as_a_new_one(words):
    text = " ".join(words)
    kept = utterance_of(text)
    fresh = Utterance(text)
    assert [(t.start, t.end, t.info, t.after_break) for t in kept.tokens] == \
        [(t.start, t.end, t.info, t.after_break) for t in fresh.tokens]
    assert kept.digit_groups == fresh.digit_groups


@given(WORDS)
@settings(max_examples=300)
def test_a_words_kept_form_is_its_form(word):
    assert _token_form(word) == _token_form.__wrapped__(word)


@given(st.lists(st.integers(min_value=0, max_value=249_999), min_size=1, max_size=40))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_a_rows_kept_unit_vector_is_its_decoded_one(rows):
    embedding = sentence_embedding()
    rows = [row % len(embedding._indexes) for row in rows]
    kept, decoded = embedding.row_vectors(rows), embedding._build_rows(rows)
    assert kept.dtype == decoded.dtype and kept.shape == decoded.shape
    assert kept.tobytes() == decoded.tobytes()  # the same numbers to the bit, not only close


def test_row_vectors_for_no_rows_and_for_a_vocabulary():
    embedding = sentence_embedding()
    assert embedding.row_vectors([]).shape == (0, 300)
    many = list(range(1_500))
    assert np.array_equal(embedding.row_vectors(many), embedding._build_rows(many))


@given(st.lists(st.sampled_from(["ул.", "Ленина", "дом", "5", "кв", "12", "г.", "Москва", "улица", "Тверская", ",",
                                 "д.", "7-хонадон", "а/я", "145", "пэ", "о", "эс", "т"]), min_size=1, max_size=10))
@settings(max_examples=200)
def test_kept_address_tokens_are_the_texts_tokens(words):
    text = " ".join(words)
    assert address.tokenize(text) == address.tokenize.__wrapped__(text)


def _calls(count: int) -> list[dict]:
    items = labeled_set()
    operator = [item.text for item in items if item.speaker == OPERATOR]
    client = [item.text for item in items if item.speaker != OPERATOR]
    calls = []
    for n in range(count):
        turns = [{"speaker": "operator", "text": "Добрый день, компания МТС, меня зовут Анна, чем могу помочь?"}]
        for k in range(5):
            turns.append({"speaker": "client", "text": client[(n * 7 + k * 3) % len(client)]})
            turns.append({"speaker": "operator", "text": operator[(n * 11 + k * 5) % len(operator)]})
            turns.append({"speaker": "operator", "text": operator[(n * 13 + k * 17) % len(operator)]})
        turns.append({"speaker": "operator", "text": "Спасибо за звонок, всего доброго!"})
        calls.append({"call_id": f"s42-{n}", "operator_id": "op1", "turns": turns})
    return calls


def test_a_calls_review_is_the_same_with_every_memo_emptied():
    """Each call reviewed twice: as it runs (lines shared between the check, the call's memory and the call rules) and
    with the kept forms, rows and address tokens emptied first and every reader of a line building its own Utterance."""
    checker = default_checker()

    def emptied(text: str) -> Utterance:
        return Utterance(text)

    for call in _calls(6):
        shared = qa_call(call, lambda shown: shown, checker).as_dict()
        original = text_module.utterance_of
        try:
            _token_form.cache_clear()
            address.tokenize.cache_clear()
            sentence_embedding()._unit_row.cache_clear()
            text_module._recent.clear()
            for module in ("guard.disclosure.context", "guard.disclosure.qa", "guard.disclosure.checker"):
                __import__(module, fromlist=["utterance_of"]).utterance_of = emptied
            alone = qa_call(call, lambda shown: shown, checker).as_dict()
        finally:
            for module in ("guard.disclosure.context", "guard.disclosure.qa", "guard.disclosure.checker"):
                __import__(module, fromlist=["utterance_of"]).utterance_of = original
        assert shared == alone
