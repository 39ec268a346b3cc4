"""A pure reading of a span, asked again while one document is analyzed, answers from the document (issue 13, s46).

PERSON's filters ask whether a span names a place before and after the span is widened, and the place test of a name
asks it again of the name's words: on 1,000 written corpus texts `_names_a_place` was asked 2,676 times for 798
distinct (text, start, end). `guard.document.read_once_per_document` keeps each answer in the document being analyzed;
these tests pin what that may and may not change: nothing but how often the reading runs."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.document import Document, NAME_WORD, analyzing, read_once_per_document
from guard.recognizers import person

# The PERSON readings answered once per document (recognizers/person.py), each a function of (text, start, end).
REMEMBERED = (person._names_a_place, person.names_nobody, person._extend_by_tagger, person.could_be_name_word)

SAMPLES = (
    "Клиент Петров Иван Сергеевич проживает на улице Ленина, д. 5; звонил из ООО «Волгатранс».",
    "музей имени пэ вэ алабина, сотрудник иванова мария петровна уточнила адрес на улице гагарина",
    "Оператор: как к вам обращаться?\nКлиент: Сергей Кузнецов, школа имени Героя Советского Союза П. Д. Кравца.",
    "эмманюэль макрон и том мур звонили, тэ как татьяна, колонка алиса, ип сидоров",
    "Премию имени Б. А. Нелюбина вручили Смирновой Анне в Невском проспекте 12",
)


def _counting(calls: list):
    @read_once_per_document
    def reading(text: str, start: int, end: int) -> bool:
        calls.append((text, start, end))
        return text[start:end].istitle()
    return reading


def test_a_reading_asked_again_in_one_document_runs_once():
    calls: list = []
    reading = _counting(calls)
    doc = Document("Иван звонил Петру")
    with analyzing(doc):
        assert reading(doc.text, 0, 4) is True
        assert reading(doc.text, 0, 4) is True
        assert reading(doc.text, 5, 11) is False
    assert calls == [(doc.text, 0, 4), (doc.text, 5, 11)]


def test_another_string_with_the_same_offsets_is_its_own_question():
    calls: list = []
    reading = _counting(calls)
    doc = Document("Иван звонил Петру")
    with analyzing(doc):
        assert reading(doc.text, 0, 4) is True
        assert reading(doc.text.lower(), 0, 4) is False  # a view of the text (recased, marks read off) is another key
    assert len(calls) == 2


def test_the_answers_go_with_their_document_and_nothing_is_kept_outside_an_analysis():
    calls: list = []
    reading = _counting(calls)
    text = "Иван звонил Петру"
    with analyzing(Document(text)):
        reading(text, 0, 4)
    with analyzing(Document(text)):
        reading(text, 0, 4)  # a new document of the same text: asked anew
    reading(text, 0, 4)
    reading(text, 0, 4)  # no document being analyzed: computed each time
    assert len(calls) == 4


def test_an_error_is_not_remembered_it_goes_up_each_time():
    calls: list = []

    @read_once_per_document
    def failing(text: str, start: int, end: int) -> bool:
        calls.append(start)
        raise TimeoutError("a pattern ran away")

    doc = Document("Иван звонил Петру")
    with analyzing(doc):
        for _ in range(2):
            with pytest.raises(TimeoutError):
                failing(doc.text, 0, 4)
    assert calls == [0, 0]


def test_keyword_arguments_are_part_of_the_question():
    doc = Document("музей имени пэ вэ алабина")
    with analyzing(doc):
        for letters_read in (False, True, False):
            assert person._names_a_place(doc.text, 18, 25, letters_read=letters_read) \
                == person._names_a_place.__wrapped__(doc.text, 18, 25, letters_read=letters_read)


def _word_spans(text: str) -> list[tuple[int, int]]:
    words = [m.span() for m in NAME_WORD.finditer(text)]
    return [(words[i][0], words[j][1]) for i in range(len(words)) for j in range(i, min(i + 3, len(words)))]


@settings(max_examples=60, deadline=None)
@given(sample=st.sampled_from(SAMPLES + tuple(text.lower() for text in SAMPLES)), data=st.data())
def test_a_remembered_person_reading_answers_as_the_reading_itself(sample, data):
    """Asked in any order, any number of times, within one document: every answer is the reading's own."""
    spans = _word_spans(sample)
    asks = data.draw(st.lists(st.tuples(st.sampled_from(REMEMBERED), st.sampled_from(spans)), min_size=1, max_size=12))
    doc = Document(sample)
    with analyzing(doc):
        for reading, (start, end) in asks + asks:
            assert reading(sample, start, end) == reading.__wrapped__(sample, start, end)


def test_the_person_rules_give_the_same_spans_with_and_without_the_answers_remembered():
    for text in SAMPLES + tuple(text.lower() for text in SAMPLES):
        plain = person.person_spans(text)  # no document being analyzed: nothing remembered
        doc = Document(text)
        with analyzing(doc):
            assert person.person_spans(text) == plain
            assert person.person_spans(text) == plain  # the second time every answer is a remembered one
