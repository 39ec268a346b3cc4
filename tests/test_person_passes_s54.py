"""Stop 54, the redactor's speed (issue 13): the PERSON rules that walk every word of a lowercase transcript read the
word's own readings (one form's, cached) before the words around it, so the window before a word is cut only for a
word that may be a name; and `words_before` reads its window's edge from the document being analyzed in one look-up.

- `_lone_first_names`: a word with no first name's reading is never read for a preposition before it
  (`_place_after_preposition`); where it is one, "в кирове" is still a place, and (hypothesis) over texts of names,
  prepositions and everyday words the rule answers exactly as the order before.
- `_nouns_in_a_naming_slot`: a short word or a stop word is never read for a naming slot before it; (hypothesis) the
  same answers as before.
- `words_before`: (hypothesis) with the text's document being analyzed, the same words as cutting the bare string.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

import guard.recognizers.base as base
import guard.recognizers.person as person
from guard.document import NAME_WORD, Document, analyzing


def _lone_first_names_before_stop_54(text: str) -> list[tuple[int, int]]:
    """The rule as it stood (preposition first), for the property below."""
    out = []
    for match in NAME_WORD.finditer(text):
        word = match.group()
        if len(word) > 2 and word.lower() not in person._COMMON_WORDS \
                and not person._place_after_preposition(text, *match.span()) \
                and (("Name" in person._top_kinds(word) and person.is_known(word)
                      and "Geox" not in person.word_grammemes(word) and not person._registry_word(word))
                     or (person._diminutive_of_a_name(word)
                         and person.words_before(text, match.start(), 8)[-1:] not in (["в"], ["во"], ["из"], ["на"]))):
            out.append(match.span())
    return out


def _nouns_in_a_naming_slot_before_stop_54(text: str) -> list[tuple[int, int]]:
    out = []
    words = list(NAME_WORD.finditer(text))
    for k, word in enumerate(words[:-1]):
        nxt = words[k + 1]
        if text[word.end():nxt.start()].strip() or not person._in_a_naming_slot(text, word.start()):
            continue
        first, second = word.group(), nxt.group()
        if len(first) < 3 or first.lower() in person.STOPWORDS:
            continue
        if person._nominative_first_name(first) and person._slot_noun(second) \
                and not person._heads_its_own_clause(text, nxt.end()):
            out.append((word.start(), nxt.end()))
        elif person._slot_noun(first) and "Name" in person._top_kinds(second) \
                and person._nominative_first_name(second) and second.lower() not in person._COMMON_WORDS:
            out.append((word.start(), nxt.end()))
    return out


def test_a_word_with_no_first_names_reading_is_not_read_for_a_preposition_before_it(monkeypatch):
    asked = []
    real = person._place_after_preposition
    monkeypatch.setattr(person, "_place_after_preposition",
                        lambda text, start, end: asked.append(text[start:end]) or real(text, start, end))
    text = "я звоню по поводу тарифа интернет не работает в квартире"
    assert person._lone_first_names(text) == []
    assert asked == []


def test_a_first_name_after_a_preposition_is_still_read_as_a_place_and_a_first_name_alone_as_a_name():
    assert person._lone_first_names("я живу в кирове") == _lone_first_names_before_stop_54("я живу в кирове")
    text = "алло это наталья по поводу тарифа"
    assert (text.index("наталья"), text.index("наталья") + len("наталья")) in person._lone_first_names(text)


def test_a_short_word_or_a_stop_word_is_not_read_for_a_naming_slot(monkeypatch):
    asked = []
    real = person._in_a_naming_slot
    monkeypatch.setattr(person, "_in_a_naming_slot", lambda text, start: asked.append(start) or real(text, start))
    assert person._nouns_in_a_naming_slot("и я да не он то") == []
    assert asked == []


def test_a_noun_beside_a_first_name_in_a_naming_slot_is_still_its_surname():
    text = "меня зовут роман мост"
    assert person._nouns_in_a_naming_slot(text) == [(text.index("роман"), len(text))]


_WORDS = ["в", "во", "из", "на", "под", "и", "я", "меня", "зовут", "это", "владелец", "фамилия", "анна", "наталья",
          "роман", "вера", "мост", "гроза", "кирове", "москве", "ростове", "маше", "саше", "петрова", "иванов",
          "тарифа", "интернет", "не", "работает", "звоню", "по", "поводу", "лето", "юлия", "сима", "марта", "снилса",
          "оператор:", "клиент:", ",", "."]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_the_word_first_order_answers_every_lowercase_text_as_before(words):
    text = " ".join(words)
    for make in (lambda: None, lambda: Document(text)):
        doc = make()
        if doc is None:
            assert person._lone_first_names(text) == _lone_first_names_before_stop_54(text)
            assert person._nouns_in_a_naming_slot(text) == _nouns_in_a_naming_slot_before_stop_54(text)
        else:
            with analyzing(doc):
                assert person._lone_first_names(text) == _lone_first_names_before_stop_54(text)
                assert person._nouns_in_a_naming_slot(text) == _nouns_in_a_naming_slot_before_stop_54(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="аб Иё-z9.,\n\t", max_size=120), st.integers(-5, 130), st.integers(0, 90))
def test_words_before_reads_the_documents_window_as_the_bare_string(text, start, chars):
    bare = base.words_before(text, start, chars) if 0 <= start else None  # a bare slice reads a negative offset
    doc = Document(text)                                                  # from the end: no caller passes one
    with analyzing(doc):
        found = base.words_before(text, start, chars)
        assert found == doc.words_in(base.word_start(text, start - chars), start)  # the two look-ups before stop 54
    assert bare is None or found == bare
