"""Red team bb10, 09: a surname spelled by its letters' names with the soft sign said as "мягкий" alone (without
"знак") and "е" for "ё" is the surname told, as the spelling with "мягкий знак, ё" is."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from guard.disclosure import check

# surname -> its letters' names, "{sign}" for the soft sign and "{yo}" for "ё"
SPELLINGS = {
    "Соловьёв": ["эс", "о", "эль", "о", "вэ", "{sign}", "{yo}", "вэ"],
    "Муравьёв": ["эм", "у", "эр", "а", "вэ", "{sign}", "{yo}", "вэ"],
    "Григорьев": ["гэ", "эр", "и", "гэ", "о", "эр", "{sign}", "е", "вэ"],
}


@settings(deadline=None)
@given(st.sampled_from(sorted(SPELLINGS)), st.sampled_from(["мягкий", "мягкий знак"]), st.sampled_from(["ё", "е"]),
       st.sampled_from([", ", " ", "-"]), st.sampled_from(["по буквам: ", "записано так: ", ""]))
def test_a_surname_spelled_with_the_soft_sign_said_alone_is_told(surname, sign, yo, separator, opening):
    line = opening + separator.join(name.format(sign=sign, yo=yo) for name in SPELLINGS[surname])
    assert check(line, "operator").verdict == "block", line


def test_a_soft_word_in_talk_is_no_letter():
    assert check("у нас мягкий тариф, он вам подойдёт", "operator").verdict != "block"
