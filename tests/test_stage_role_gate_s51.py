"""Stop 51, the redactor's speed (issue 13): the stage-role pass of the PERSON rules (recognizers/person.py:
_a_role_cast) runs only in a text that holds a word able to make a name a role — a performing verb or a role noun of
the lexicon (PERFORMING_VERBS, ROLE_NOUNS, their one home), read by the same tests the pass puts to the words around a
name (_a_cast_word). In a text without one no name is a role, and the pass's per-span reading is skipped.

- The gate's words are the lexicon's: every verb and noun there opens it, in its inflected forms too, and a word added
  to the lexicon opens it with no other edit (it cannot drift from the rule).
- A text without such a word is not read for roles (the per-span morphology is never asked).
- Where a cast word stands the roles are judged as before; (hypothesis) over texts of names, cast words and everyday
  words, the gated pass answers every span exactly as the pass without the gate.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

import guard.recognizers.person as person
from guard.document import NAME_WORD
from guard.recognizers import lexicon


def _fresh_gate():
    person._a_cast_word.cache_clear()


def test_the_gate_reads_the_lexicons_own_lists():
    assert person.PERFORMING_VERBS is lexicon.PERFORMING_VERBS
    assert person.ROLE_NOUNS is lexicon.ROLE_NOUNS


@pytest.mark.parametrize("word", sorted(lexicon.PERFORMING_VERBS | lexicon.ROLE_NOUNS))
def test_every_performing_verb_and_role_noun_of_the_lexicon_opens_the_gate(word):
    assert person._may_cast_roles(f"Вчера {word} Иванов")


@pytest.mark.parametrize("text", ["Гамлета играет Кирилл Ладыженский", "Бориса поёт бас Эльдар Гасанов",
                                  "в роли Фроша", "партию Татьяны", "Карлсона озвучивает Спартак Мишулин"])
def test_an_inflected_cast_word_opens_the_gate(text):
    assert person._may_cast_roles(text)


def test_a_word_added_to_the_lexicon_opens_the_gate_with_no_other_edit(monkeypatch):
    text = "Онегина декламирует Аркадий Сомов"
    _fresh_gate()
    assert not person._may_cast_roles(text)
    monkeypatch.setattr(person, "PERFORMING_VERBS", lexicon.PERFORMING_VERBS | {"декламировать"})
    _fresh_gate()
    try:
        assert person._may_cast_roles(text)
        assert person._a_role_cast(text, 0, len("Онегина"), [(0, 7), (20, len(text))])
    finally:
        monkeypatch.undo()
        _fresh_gate()


def test_a_text_without_a_cast_word_is_not_read_for_roles(monkeypatch):
    def asked(*_args, **_kwargs):
        raise AssertionError("the stage-role pass read a span of a text with no cast word")

    monkeypatch.setattr(person, "_noun_cases", asked)
    text = "Петрову перезвонить завтра по поводу тарифа"
    assert not person._a_role_cast(text, 0, len("Петрову"), [(0, len("Петрову"))])


def test_a_role_is_still_cut_where_a_cast_word_stands():
    text = "Отелло играет Степан Журавлёв"
    assert person._a_role_cast(text, 0, len("Отелло"), [(0, 6), (14, len(text))])


_NAMES = ["Гамлета", "Офелию", "Татьяны", "Фроша", "Иван", "Петров", "Кирилл", "Ладыженский", "Вера", "Климова",
          "Онегина", "Марию", "Петрову"]
_CAST = ["играет", "сыграла", "поёт", "спел", "озвучивает", "танцует", "роли", "партию", "партия", "роль"]
_EVERYDAY = ["теперь", "снова", "вчера", "абонент", "тариф", "перезвонить", "просит", "в", "и", "бас", "садовника",
             "—", ",", "."]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_NAMES + _CAST + _EVERYDAY), min_size=1, max_size=14))
def test_the_gated_pass_answers_as_the_pass_without_the_gate(words):
    text = " ".join(words)
    names = [(m.start(), m.end()) for m in NAME_WORD.finditer(text) if m.group() in _NAMES]
    gated = [person._a_role_cast(text, s, e, names) for s, e in names]
    saved = person._may_cast_roles
    person._may_cast_roles = lambda _text: True
    try:
        ungated = [person._a_role_cast(text, s, e, names) for s, e in names]
    finally:
        person._may_cast_roles = saved
    assert gated == ungated, text


# The lowercase naming cue (recognizers/person.py: _naming_cue), asked of nearly every word of a transcript that opens
# no run of names: only a word right after one of _SPOKEN_NAMING_CUES (or a maiden name's "урожд…") can be a name by
# it, so the word before is read first and the word's own readings only after such a cue.

def test_a_lowercase_word_after_no_naming_cue_is_not_read(monkeypatch):
    def asked(*_args, **_kwargs):
        raise AssertionError("a word after no naming cue was read")

    monkeypatch.setattr(person, "_is_domain_word", asked)
    monkeypatch.setattr(person, "_is_label", asked)
    text = "я сказал ситников вчера"
    assert not person._naming_cue(text, text.index("ситников"), True)


@pytest.mark.parametrize("text, word, cued", [
    ("меня зовут ситников", "ситников", True),
    ("фамилия соловей", "соловей", True),
    ("урождённая соловей", "соловей", True),
    ("школа носит имя героя", "героя", False),
    ("зовут сим-карту", "сим-карту", False),
    ("я сказал ситников", "ситников", False),
])
def test_a_lowercase_naming_cue_names_the_word_after_it(text, word, cued):
    assert person._naming_cue(text, text.index(word), True) is cued


def test_the_spoken_naming_cues_are_naming_words_of_the_person_rules():
    # the lowercase cues are among the written ones (_NAMING_STEMS, NAMING_ABBREVIATIONS and the naming nouns)
    assert all(cue.startswith(person._NAMING_STEMS) or cue in person._NAMING_NOUNS
               for cue in person._SPOKEN_NAMING_CUES)
