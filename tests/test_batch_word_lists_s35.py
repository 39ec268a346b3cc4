"""`guard batch --redact-field turns.words`: a list of ASR word objects is one text said word by word — a phone or a
passport spoken a word an object is masked in every word it spans (red team bb10 10; guard/fields.py)."""
from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard import Redactor
from guard.batch.calls import redact_call
from guard.fields import redacted_value, word_key

SAID = ("да записывайте номер восемь девятьсот двадцать пять семьсот шестьдесят пять сорок три двадцать один "
        "и паспорт сорок шесть десять семьсот восемьдесят девять двести тридцать четыре")
PHONE_WORDS = "семьсот шестьдесят пять сорок три двадцать один".split()
PASSPORT_WORDS = "семьсот восемьдесят девять двести тридцать четыре".split()


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def words_of(text: str, key: str = "word") -> list[dict]:
    return [{key: word, "start": round(i * 0.4, 2), "end": round(i * 0.4 + 0.3, 2), "confidence": 0.93}
            for i, word in enumerate(text.split())]


def test_a_list_of_word_objects_is_recognised_and_other_lists_are_not():
    assert word_key(words_of("восемь девять", "punctuated_word")) == "punctuated_word"
    assert word_key([{"note": "позвонить после обеда"}, {"note": "уточнить адрес"}]) is None  # phrases, not words
    assert word_key(["восемь", "девять"]) is None


def test_every_word_of_a_spoken_phone_and_passport_is_masked(redactor):
    call = {"call_id": "w-1", "turns": [{"speaker": "client", "start": 0, "end": 30, "text": SAID,
                                         "words": words_of(SAID)}]}
    out = redact_call(call, redactor, ("turns.words",)).call
    said = [item["word"] for item in out["turns"][0]["words"]]
    assert not set(PHONE_WORDS + PASSPORT_WORDS) & set(said), said
    assert said[:3] == ["да", "записывайте", "номер"]  # words no span covers stay
    assert all(item["start"] is not None for item in out["turns"][0]["words"])  # the timings pass through


@settings(max_examples=15, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(SAID.split()) - 2))
def test_a_word_inside_a_span_of_the_words_read_together_is_masked(cut):
    said = SAID.split()[cut:]
    redactor = Redactor()
    text, starts = " ".join(said), []
    for word in said:
        starts.append(len(" ".join(said[:len(starts)])) + (1 if starts else 0))
    spans = redactor.redact(text).entities
    out = redacted_value(words_of(text), redactor.redact, Counter())
    for item, word, start in zip(out, said, starts):
        if any(e.start < start + len(word) and start < e.end for e in spans):
            assert item["word"].startswith("<"), (text, [i["word"] for i in out])



def test_a_word_masked_is_masked_under_every_key_that_spells_it(redactor):
    # Deepgram's objects spell each word twice, "word" and "punctuated_word" (red team bb11 14: the surname stayed in
    # the punctuated form while "word" was tagged; "Шестопалов" alone is no name to the NER, so only the words read
    # together mask it)
    said = "меня зовут Шестопалов Тарас Остапович звоню по поводу счёта".split()
    words = [{"word": w.lower(), "punctuated_word": w, "start": i * 0.5} for i, w in enumerate(said)]
    out = redacted_value(words, redactor.redact, Counter())
    assert not {"Шестопалов", "шестопалов"} & {item[key] for item in out for key in ("word", "punctuated_word")}
    assert out[0] == words[0]  # a word no span covers is untouched under both keys


def test_a_list_of_strings_is_read_together_as_well_as_one_by_one(redactor):
    # a surname alone is no one's to the NER ("Шестопалов"; since stop 37 a word standing alone as a surname is read as
    # one, red team bb12 07); among a call's tags it is a name whether or not it is one alone (red team bb11 14)
    out = redacted_value(["жалоба", "Шестопалов", "роуминг"], redactor.redact, Counter())
    assert out == ["жалоба", "<PERSON>", "роуминг"]


@settings(max_examples=15, deadline=None)
@given(tags=st.lists(st.sampled_from(["жалоба", "роуминг", "Белоусов", "тариф", "списание", "+79161234567"]),
                     min_size=2, max_size=6))
def test_a_string_masked_alone_stays_masked_in_its_list(redactor, tags):
    out = redacted_value(tags, redactor.redact, Counter())
    alone = [redactor.redact(tag).text for tag in tags]
    assert len(out) == len(tags)
    for tag, item, by_itself in zip(tags, out, alone):
        if by_itself != tag:
            assert tag not in item
