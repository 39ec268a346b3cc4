"""Red-team round bb18, f05: UTF-8 read as Latin-1 or Windows-1252 (mojibake) is read back before detection.

A legacy import stores "Воробьёва Анна" as "Ð\\x92Ð¾Ñ\\x80Ð¾Ð±…": no recognizer reads it, and any "fix encoding" tool
gives it back. The normalizer reads it back once (guard/normalize.read_mojibake, one more of `readings`), so every
recognizer sees the words and the spans map back to the mojibake. In this repository's own phrasings.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from guard.engine import default_redactor
from guard.normalize import read_mojibake

NOTES = ["Контактное лицо Сорокина Ирина Павловна", "адрес регистрации г. Самара, ул. Садовая, д. 14, кв. 8",
         "Владелец Гаврилов Семён Игоревич, паспорт 3604 512377"]


def _mojibake(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, "replace")


@settings(max_examples=20, deadline=None)
@given(note=st.sampled_from(NOTES), codec=st.sampled_from(["latin-1", "cp1252"]))
def test_a_note_in_mojibake_is_masked_as_the_note_read_back_would_be(note, codec):
    shown = default_redactor().redact("Импорт: " + _mojibake(note, codec)).text
    back = shown.encode(codec, "replace").decode("utf-8", "replace")
    for word in ("Сорокин", "Ирин", "Павлов", "Садов", "кв. 8", "Гаврилов", "Семён", "512377"):
        assert word not in back, (note, shown, back)


@settings(max_examples=50, deadline=None)
@given(text=st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюяАБВГД .,-0123456789", min_size=1, max_size=40))
def test_mojibake_reads_back_to_the_text_it_was_made_from(text):
    assert read_mojibake(_mojibake(text, "latin-1")).text == text


def test_latin_text_with_accents_is_not_read_as_mojibake():
    for text in ("Café Müller, straße 5", "Ångström, Łódź", "naïve résumé"):
        assert not read_mojibake(text).changed
