"""Issue 12, stop 50: a line's readings that read alike are read by the registry once — how things are computed, not
what they find.

`Utterance.readings` (guard/normalize.py `readings`) may hold a reading that is the first one again: a self-correction
whose kept digits are those the first reading kept ("первого нет второго"). The registry's recognizers read a reading's
text and its way back to the original (`said_in_words`), so a reading with the same text mapped back the same way,
step by step (`Normalization.reads_as`), gets the earlier reading's results instead of a second run of every kind.
A reading with the same text but another way back (the comma pauses read past, beside the separators' reading) is
read again: its answers may differ."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import personal
from guard.disclosure.personal import registry_entities
from guard.disclosure.text import Utterance
from guard.document import analyzing
from guard.entities import trim_span
from guard.recognizers import text_recognizers

# a correction whose kept digits are those the first reading kept: its reading is the first one again
_CORRECTED_ALIKE = "платёж прошёл первого нет второго ноября, карта спишет триста рублей"
# four digit groups apart by commas: the separators' and the comma pauses' readings have one text, not one way back
_PAUSED = "записывайте: 950, 777, 12, 40, с вами свяжутся"


def _every_reading_read(utterance: Utterance) -> list:
    """registry_entities as it was: every reading run through every recognizer."""
    found = []
    for normalized, document in zip(utterance.readings, utterance.reading_documents):
        with analyzing(document):
            results = [result for recognizer in text_recognizers(normalized.text)
                       for result in recognizer.analyze(normalized.text, recognizer.supported_entities, None)]
        for result in results:
            if result.score < personal._ENGINE_THRESHOLD:
                continue
            start, end = trim_span(utterance.text, *normalized.to_original(result.start, result.end))
            if result.entity_type == "DATE_OF_BIRTH" and not personal._birth_word_near(utterance):
                continue
            if end > start:
                found.append(personal.Entity(start, end, result.entity_type, float(result.score)))
    return found


def _runs(monkeypatch, text: str) -> int:
    runs = []
    original = personal.text_recognizers
    monkeypatch.setattr(personal, "text_recognizers", lambda reading: runs.append(reading) or original(reading))
    registry_entities(Utterance(text))
    return len(runs)


def test_a_reading_that_is_the_first_again_reads_as_it():
    readings = Utterance(_CORRECTED_ALIKE).readings
    assert len(readings) == 2 and readings[1].text == readings[0].text
    assert readings[1].reads_as(readings[0]) and readings[0].reads_as(readings[0])


def test_a_reading_that_is_the_first_again_is_not_run_through_the_registry_twice(monkeypatch):
    assert _runs(monkeypatch, _CORRECTED_ALIKE) == 1


def test_its_findings_are_those_every_reading_run_gives():
    utterance = Utterance(_CORRECTED_ALIKE)
    assert registry_entities(utterance) == _every_reading_read(Utterance(_CORRECTED_ALIKE))


def test_one_text_with_another_way_back_is_no_reading_alike(monkeypatch):
    readings = Utterance(_PAUSED).readings
    alike = [(i, j) for i in range(len(readings)) for j in range(i) if readings[i].text == readings[j].text]
    assert alike, "the separators' and the comma pauses' readings have one text"
    assert not any(readings[i].reads_as(readings[j]) for i, j in alike)
    assert _runs(monkeypatch, _PAUSED) == len(readings)


def test_readings_of_other_texts_do_not_read_alike():
    first, = Utterance("номер 8 916 123 45 67").readings
    other, = Utterance("номер 8 916 123 45 68").readings
    assert not first.reads_as(other)


_PIECES = ["восемь", "девятьсот", "шестнадцать", "нет", "ой", "то есть", "двадцать", "семь", "первого", "второго",
           "ноября", "паспорт", "телефон", "1", "45", ",", ".", " ", "-", "|", "8 916", "123", "родился"]


@settings(deadline=None, max_examples=60)  # a property, not a timing
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_the_registry_finds_what_every_reading_run_finds(pieces):
    text = " ".join(pieces)
    assert registry_entities(Utterance(text)) == _every_reading_read(Utterance(text))


# --- names: person_spans reads its text within a document of it ------------------------------------------------------
# person_spans reads the text with Latin marks dropped (lexicon.without_latin_marks: `str.translate`, a new string
# whatever it changed), so no document was ever being analyzed for the string its helpers got: each cut it into words
# again, letter by letter, and asked its once-a-document readings afresh. It now opens a document of that string.

from guard.document import document_for  # noqa: E402
from guard.recognizers import person  # noqa: E402


def test_person_spans_helpers_read_a_document_of_the_text_they_are_given(monkeypatch):
    seen = []
    original = person.needs_recasing
    monkeypatch.setattr(person, "needs_recasing", lambda text: seen.append(document_for(text)) or original(text))
    person.person_spans("Договор оформлен на Петрова Ивана Сергеевича, звонил вчера")
    assert seen and seen[0] is not None


def test_person_spans_keeps_a_document_being_analyzed_for_its_text():
    from guard.document import Document, analyzing

    text = "Ivanov Petr zvonil"  # ASCII: read as it is, the very string
    with analyzing(Document(text)) as doc:
        seen = []
        person.person_spans(text)
        seen.append(document_for(text))
    assert seen == [doc]


_NAME_PIECES = ["Петров", "Иван", "Сергеевич", "петрову", "анна", "ивановна", "Ондřej", "Kratochvíl", "клиент", "сказал",
                "на", "владелец", "И.", "С.", "г.", "Москва", "улица", "Ленина", ",", ".", " ", ";", "|", "Мороз", "дед",
                "звонил", "фамилия", "Smith", "John"]


@settings(deadline=None, max_examples=80)  # a property, not a timing
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=10))
def test_person_spans_finds_what_it_finds_without_a_document(pieces):
    text = " ".join(pieces)
    read = person.without_latin_marks(person._fields_as_words(text))
    assert person.person_spans(text) == person._person_spans(text, read, ())
