"""The review of the stop-50 merge (c14c32ad), read from its diff alone: seven readings that showed or let through what
main masked or flagged — a password after a Latin-typed cue and a colon, a phone with a tab inside, «Повторяю за вами:»
clearing the owner's data, a person's name in the dative after an animal's noun, a caller who shares a pet's name, a
place of birth with a tab inside, carrier gear «закрыт на профилактику». Each case failed on the merge and passed on
main (one, a place after a birth date with a tab, failed on both); all were fixed or reverted before the merge landed."""
import json
import subprocess
import sys

import pytest

import guard

R = guard.Redactor()


def red(text):
    out = R.redact(text)
    return getattr(out, "text", out)


# 1. recognizers/phone.py:38 (_GAP), :50 (INTERNATIONAL) — a tab inside a phone now cuts it; the pieces are masked by nothing
@pytest.mark.parametrize("text, value", [
    ("тел 8 916\t123-45-67", "123-45-67"),
    ("8 (916)\t123-45-67", "123-45-67"),
    ("моб. 8916\t1234567", "1234567"),
    ("+7 916\t123 45 67", "123 45 67"),
    ("телефон +998\t93 581 04 62", "581 04 62"),
])
def test_phone_with_a_tab_inside_is_masked(text, value):
    assert value not in red(text)


# 2. recognizers/person.py:5453 (`either`) — a capitalised name after a lowercase animal noun, in ANY case but the
#    genitive, is taken for the pet: a recipient in the dative is dropped
@pytest.mark.parametrize("text, name", [
    ("Клиентка отдала собаку Ивану на время отпуска.", "Ивану"),
    ("Оставила кошку Марине, сама уехала.", "Марине"),
    ("Мастер заберёт кота Светлане в пятницу.", "Светлане"),
])
def test_a_person_in_the_dative_after_an_animal_noun_is_masked(text, name):
    assert name not in red(text)


# 3. recognizers/person.py:4733/5481 (_an_animals_name_elsewhere) — a person who shares a pet's name anywhere in the
#    text is dropped, whatever the words around the person's own mention say ("звонил")
def test_a_caller_sharing_a_pets_name_is_masked():
    text = "У клиента собака Арсений, звонил Арсений из 5 квартиры."
    out = red(text)
    assert "звонил Арсений" not in out


# 4. recognizers/address.py:1612 (_place_from) — a tab inside a place of birth now ends the place; the rest shows
@pytest.mark.parametrize("text", ["Место рождения: Нижний\tНовгород", "д.р. 19.10.1988, г. Нижний\tНовгород"])
def test_place_of_birth_with_a_tab_is_masked_whole(text):
    assert "Новгород" not in red(text)


def check(text):
    line = json.dumps({"id": "1", "text": text, "speaker": "operator"}, ensure_ascii=False)
    out = subprocess.run([sys.executable, "-m", "guard", "check", "-"], input=line, capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.splitlines()[0])


# 5. guard/disclosure/sense.py:1459 (_after_the_caller in _read_back_cues) — «Повторяю за вами:» makes everything after
#    it the caller's words: the owner's name, a number and a passport pass with no check that the caller said them
@pytest.mark.parametrize("text", ["Повторяю за вами: номер владельца 89161234567, его зовут Иванов Пётр.",
                                  "Повторяю за вами: паспорт 4510 123456."])
def test_repeat_after_you_does_not_clear_the_owners_data(text):
    assert check(text)["verdict"] == "block"


# 6. guard/disclosure/about.py:355 (_closed_thing_is_another) — any subject noun not on the lists clears п. 23
@pytest.mark.parametrize("text", ["Узел закрыт на профилактику до утра.", "Ретранслятор закрыт на профилактику.",
                                  "Кластер закрыт на профилактику.", "Сегмент закрыт на профилактику."])
def test_network_kit_closed_for_upkeep_stays_flagged(text):
    assert check(text)["verdict"] != "allow"


# 0. recognizers/secret.py:938 (f22f5983: `if match.end() < right: continue`) — _TOKEN keeps the punctuation glued to a
#    word ("parol:" is one token), so a translit cue followed by ":", "=", "-" is taken for "a cue inside a word" and
#    dropped: the password after it is shown
@pytest.mark.parametrize("text, value", [
    ("parol: qwerty12", "qwerty12"),
    ("parol:qwerty12", "qwerty12"),
    ("parol=qwerty12", "qwerty12"),
    ("parol-qwerty12", "qwerty12"),
    ("parol:4821", "4821"),
])
def test_a_translit_cue_before_a_colon_still_cues(text, value):
    assert value not in red(text)
