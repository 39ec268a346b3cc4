"""The document object (guard/document.py): computed once per text, read by every recognizer, same answers
as cutting the string again; the NER run on it gives natasha's spans; kind hints never drop a value."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.document import Document, analyzing, document_for
from guard.engine import build_analyzer
from guard.morph import lemma
from guard.recognizers import KINDS
from guard.recognizers.base import words_after, words_before, words_in

TEXTS = [
    "Кл. Иванова М.П. просила перезвонить на 8-916-123-45-67 после 18:00.",
    "запишите ёлкина артёма сергеевича 19 0 3 78 телефон +7 905 630 50 09",
    "Pasport seriya 4512 nomer 774306, familiya Nomerov — ИНН 7707083893",
    "",
    "   ",
    "тел.89161234567,ИННа?снилс:123-456-789 64",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_around_any_offset_are_what_cutting_the_string_gives(text):
    doc = Document(text)
    for position in range(len(text) + 1):
        for chars in (0, 1, 7, 25, 40):
            assert doc.words_before(position, chars) == words_in(text[max(0, position - chars):position])
            assert doc.words_after(position, chars) == words_in(text[position:position + chars])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЯabcXYZ0123456789 .,-:\n", max_size=80),
       st.integers(0, 90), st.integers(0, 50))
def test_words_before_match_the_string_helper_on_any_text(text, position, chars):
    doc = Document(text)
    assert doc.words_before(position, chars) == words_in(text[max(0, position - chars):position])


def test_base_helpers_read_the_document_being_analyzed_and_only_for_its_own_string():
    text = "паспорт 4512 774306"
    doc = Document(text)
    doc.words  # the words are cut once, here
    with analyzing(doc):
        assert document_for(text) is doc
        assert document_for(text + " ") is None  # another string: the helper cuts it itself
        assert words_before(text, 8) == ["паспорт"]
        assert words_after(text, 0, 7) == ["паспорт"]
    assert document_for(text) is None


def test_digit_groups_are_the_runs_of_digits():
    doc = Document("тел. 8 916 123-45-67, код 42")
    assert [doc.text[s:e] for s, e in doc.digit_groups] == ["8", "916", "123", "45", "67", "42"]
    assert Document("нет цифр").has_digits is False


def test_lemmas_are_computed_on_first_use_one_per_presidio_token():
    engine = build_analyzer().nlp_engine
    artifacts = engine.process_text("Клиенту Ивановой звонили по договору №12")
    assert "lemmas" not in artifacts.__dict__  # nothing lemmatized until someone asks
    assert artifacts.tokens == ["Клиенту", "Ивановой", "звонили", "по", "договору", "№", "12"]
    assert artifacts.lemmas == [lemma(t) if t.isalpha() else t.lower() for t in artifacts.tokens]
    assert artifacts.document.text == "Клиенту Ивановой звонили по договору №12"


def test_the_engine_hands_every_recognizer_one_document_for_the_text():
    analyzer = build_analyzer()
    seen = []
    recognizer = next(r for r in analyzer.registry.recognizers if r.name == "PhoneRecognizer")
    original = type(recognizer).find_candidates

    def spy(self, text, entities, nlp_artifacts, regex_flags):
        seen.append((document_for(text), getattr(nlp_artifacts, "document", None)))
        return original(self, text, entities, nlp_artifacts, regex_flags)

    type(recognizer).find_candidates = spy
    try:
        analyzer.analyze("тел. 89161234567", language="ru")
    finally:
        type(recognizer).find_candidates = original
    (current, handed), = seen
    assert current is not None and current is handed


def test_the_ner_model_gives_natashas_own_spans():
    from natasha import NewsEmbedding, NewsNERTagger

    from guard.nlp import SlovnetNer

    tagger = NewsNERTagger(NewsEmbedding())
    sentences = ["Кл. Иванова М.П. просила перезвонить.", "Москва", "", "В ООО «Ромашка» работает Пётр Сидоров из Твери.",
                 "Абонент Хабибуллин Ринат Ильдарович, паспорт 9204 553817, выдан МВД по Респ. Татарстан 14.06.2019.",
                 "а", "Меня зовут Анна Каренина, я живу в Санкт-Петербурге на Невском проспекте, а мой брат — в Казани.",
                 "Иван Иванов", "Петров", "Ли Роман из Сеула", "Мария"]
    expected = [[(s.start, s.stop, s.type) for s in markup.spans] for markup in tagger.map(sentences)]
    assert [[(s.start, s.end, s.type) for s in found] for found in SlovnetNer.from_tagger(tagger).spans(sentences)] == expected
    assert any(expected)  # the sample does hold names


TEXT_ONLY = [(kind.entity, cls) for kind in KINDS if not kind.needs_nlp for cls in kind.recognizers]
SAMPLES = [
    "запишите кристина максимовна денисова 19 0 3 78 8 846 868 90 64",
    "Кл. Белых Тимур (1986-07-19) продиктовал полис 7750890890001234",
    "род. 1965, д.р. 12-го марта 1980, г.р. 1977",
    "почта иван точка петров собака мейл точка ру, ivan@mail.ru",
    "ИНН 7707083893, СНИЛС 112-233-445 95, паспорт 45 05 678901, карта 4276 3800 1234 5678",
    "код подразделения 770-001, БИК 044525225, р/с 40817810099910004312, IP 10.0.0.15",
]


@pytest.mark.parametrize("entity,cls", TEXT_ONLY, ids=[entity for entity, _ in TEXT_ONLY])
def test_a_kind_hint_never_drops_what_its_recognizer_finds(entity, cls):
    from benchmarks.corpus import generate
    from guard.normalize import normalize

    texts = SAMPLES + [render.text for item in generate(60, 11) for render in (item.written, item.asr)]
    recognizer = cls()
    for text in texts:
        text = normalize(text).text
        with_hint = recognizer.analyze(text, [entity])
        cls.HINT, hint = None, cls.HINT
        try:
            without = recognizer.analyze(text, [entity])
        finally:
            cls.HINT = hint
        assert [(r.start, r.end, r.entity_type) for r in with_hint] == [(r.start, r.end, r.entity_type) for r in without]


def test_a_derived_fact_is_computed_once_per_document():
    from guard.nlp import needs_recasing

    calls = []
    doc = Document("меня зовут иван петров мой номер 89161234567")

    def count(text):
        calls.append(text)
        return True

    assert doc.derived("probe", count) and doc.derived("probe", count)
    assert len(calls) == 1
    with analyzing(doc):
        assert needs_recasing(doc.text) is True
    assert doc.derived("lowercase", lambda text: None) is True  # the engine's step stored its answer here


def test_the_ner_reads_navecs_own_word_list():
    # guard's NER encodes words through navec's vocabulary instead of the NER package's copy: they must be one list
    from natasha.data import NEWS_NER
    from slovnet.const import WORD
    from slovnet.exec.pack import Pack

    from guard.nlp import news_embedding

    with Pack(NEWS_NER) as pack:
        words = pack.load_vocab(WORD).items
    assert words == news_embedding().vocab.words


def test_navec_similarity_still_works_when_asked():
    # the tables navec's `sim` reads are computed on first use, not at load
    from natasha import NewsEmbedding

    from guard.nlp import news_embedding

    ours, natashas = news_embedding.__wrapped__(), NewsEmbedding()  # a fresh copy: nothing has asked it yet
    assert "norm" not in vars(ours.pq)
    assert ours.sim("звонок", "телефон") == natashas.sim("звонок", "телефон")
    assert "norm" in vars(ours.pq)
    assert (ours["звонок"] == natashas["звонок"]).all()


def test_the_morphological_dictionary_is_pymorphys_russian_one():
    import pymorphy2

    from guard.morph import get_morph

    ours, default = get_morph(), pymorphy2.MorphAnalyzer()
    assert ours.lang == default.lang == "ru"
    for word in ("иванов", "звонила", "ёлкина", "перезвоните"):
        assert [(p.normal_form, str(p.tag), p.score) for p in ours.parse(word)] == \
            [(p.normal_form, str(p.tag), p.score) for p in default.parse(word)]


def test_navecs_word_rows_are_its_own_dictionarys():
    # guard finds a word's row by bisection in navec's sorted list instead of building its dictionary at start-up
    import random

    from natasha import NewsEmbedding

    from guard.nlp import news_embedding

    ours, natashas = news_embedding().vocab, NewsEmbedding().vocab
    words = random.Random(13).sample(natashas.words, 5000) + ["<unk>", "<pad>", "", "Иван", "нетакогослова", "ёёё"]
    assert [ours.word_ids.get(word) for word in words] == [natashas.word_ids.get(word) for word in words]
    assert [word in ours.word_ids for word in words] == [word in natashas.word_ids for word in words]
    assert (ours.unk_id, ours.pad_id) == (natashas.unk_id, natashas.pad_id)


def test_an_unsorted_word_list_gets_a_plain_dictionary():
    from guard.nlp import _WordRows

    rows = _WordRows(["б", "а", "в", "<unk>", "<pad>"])
    assert [rows.get(word) for word in ("а", "б", "в", "<unk>", "<pad>", "г")] == [1, 0, 2, 3, 4, None]
    assert [_WordRows(["а", "б", "<unk>", "<pad>"]).get(word) for word in ("а", "б", "<pad>", "аа")] == [0, 1, 3, None]


def test_a_word_form_is_analysed_once_whatever_its_case():
    # "Иванов" in the NER gate and the PERSON rules, "иванов" when recasing speech: one pymorphy2 analysis
    from guard.morph import parses
    from guard.nlp import is_known

    assert parses("Иванов") is parses("иванов") is parses("ИВАНОВ")
    assert parses("Ёлкин") is parses("елкин")
    assert is_known("Иванов") == is_known("иванов")


def test_pattern_recognizers_share_the_documents_digit_count():
    from guard.analysis import digit_count

    doc = Document("тел. 8 916 123-45-67, паспорт 4512 774306")
    build_analyzer().analyze(doc.text, document=doc)
    assert doc.derived("digit_count", lambda text: -1) == digit_count(doc.text) == 21
