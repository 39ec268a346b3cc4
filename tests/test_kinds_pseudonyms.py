"""Pseudonyms: one value gives one token in every written and spoken form and every case; different values differ."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

import natasha  # noqa: F401 — first: it makes pymorphy2 importable on Python 3.11 (inspect.getargspec)
import pymorphy2
from guard.operators import pseudonym
from guard.normalize import normalize_numbers  # noqa: F401 — the spoken forms below are what it reads

KEY = b"test-key"
_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_CASES = ["nomn", "gent", "datv", "accs", "ablt", "loct"]
PEOPLE = [("петров", "анна", "викторовна", "femn"), ("иванов", "сергей", "петрович", "masc"),
          ("смирнов", "мария", "ивановна", "femn"), ("кузнецов", "дмитрий", "андреевич", "masc")]


def spoken_digits(digits: str) -> str:
    return " ".join(_UNITS[int(d)] for d in digits)


_MORPH = pymorphy2.MorphAnalyzer()


def inflect(word: str, grammemes: set[str]) -> str:
    for parse in _MORPH.parse(word):
        if {"Surn", "Name", "Patr"} & set(parse.tag.grammemes):
            form = parse.inflect(grammemes)
            if form:
                return form.word
    return word


mobiles = st.text("0123456789", min_size=9, max_size=9).map(lambda tail: "9" + tail)


@settings(max_examples=40, deadline=None)
@given(mobiles, st.sampled_from(["8{}", "+7{}", "7{}", "{}"]), st.sampled_from(["plain", "dashed", "spoken"]))
def test_a_phone_gets_one_token_written_or_spoken(national, prefix, shape):
    written = prefix.format(national)
    if shape == "dashed":
        written = prefix.format(f"({national[:3]}) {national[3:6]}-{national[6:8]}-{national[8:]}")
    elif shape == "spoken":
        written = spoken_digits(prefix.format(national).replace("+", ""))
    assert pseudonym("PHONE_NUMBER", written, KEY) == pseudonym("PHONE_NUMBER", "8" + national, KEY)


@settings(max_examples=40, deadline=None)
@given(mobiles, mobiles)
def test_different_spoken_phones_get_different_tokens(one, other):
    if one != other:
        assert pseudonym("PHONE_NUMBER", spoken_digits("8" + one), KEY) != pseudonym("PHONE_NUMBER", spoken_digits("8" + other), KEY)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(_CASES))
def test_a_name_gets_one_token_in_every_case(person, case):
    surname, first, patronymic, gender = person
    nominative = " ".join(inflect(w, {gender, "nomn"}) for w in (surname, first, patronymic))
    declined = " ".join(inflect(w, {gender, case}) for w in (surname, first, patronymic))
    assert pseudonym("PERSON", declined.title(), KEY) == pseudonym("PERSON", nominative.title(), KEY)


def test_petrovoy_anne_viktorovne_is_petrova_anna_viktorovna():
    assert pseudonym("PERSON", "Петровой Анне Викторовне", KEY) == pseudonym("PERSON", "Петрова Анна Викторовна", KEY)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(PEOPLE))
def test_different_people_get_different_tokens(one, other):
    if one != other:
        assert pseudonym("PERSON", " ".join(one[:3]), KEY) != pseudonym("PERSON", " ".join(other[:3]), KEY)


# --- e-mail: the written mailbox and the same mailbox said aloud --------------------------------------------
_LOCAL_WORDS = [("иван", "ivan"), ("петров", "petrov"), ("анна", "anna"), ("кузнецова", "kuznetsova"),
                ("смирнов", "smirnov"), ("ольга", "olga"), ("дмитрий", "dmitriy"), ("бух", "buh")]
_SEPARATORS = [(" точка ", "."), (" нижнее подчёркивание ", "_"), (" дефис ", "-")]
_DOMAINS = [("мейл точка ру", "mail.ru"), ("яндекс точка ру", "yandex.ru"), ("джимейл точка ком", "gmail.com"),
            ("бк точка ру", "bk.ru")]

mailboxes = st.tuples(st.lists(st.sampled_from(_LOCAL_WORDS), min_size=1, max_size=2), st.sampled_from(_SEPARATORS),
                      st.text("0123456789", max_size=3), st.sampled_from(_DOMAINS))


def _mailbox(parts) -> tuple[str, str]:
    """(spoken, written) forms of one mailbox."""
    words, (spoken_sep, written_sep), digits, (spoken_domain, written_domain) = parts
    spoken_local = spoken_sep.join(w for w, _ in words) + (" " + spoken_digits(digits) if digits else "")
    written_local = written_sep.join(w for _, w in words) + digits
    return f"{spoken_local} собака {spoken_domain}", f"{written_local}@{written_domain}"


@settings(max_examples=40, deadline=None)
@given(mailboxes, st.booleans())
def test_an_email_gets_one_token_written_or_spoken(parts, capitalised):
    spoken, written = _mailbox(parts)
    if capitalised:
        written = written.title()
    assert pseudonym("EMAIL_ADDRESS", spoken, KEY) == pseudonym("EMAIL_ADDRESS", written, KEY)


@settings(max_examples=40, deadline=None)
@given(mailboxes, mailboxes)
def test_different_emails_get_different_tokens_written_or_spoken(one, other):
    (spoken_one, written_one), (spoken_other, written_other) = _mailbox(one), _mailbox(other)
    if written_one != written_other:
        assert pseudonym("EMAIL_ADDRESS", spoken_one, KEY) != pseudonym("EMAIL_ADDRESS", spoken_other, KEY)
        assert pseudonym("EMAIL_ADDRESS", written_one, KEY) != pseudonym("EMAIL_ADDRESS", written_other, KEY)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(_CASES), st.sampled_from(_CASES))
def test_a_name_gets_one_token_in_any_two_cases_and_in_lowercase(person, case, other_case):
    surname, first, patronymic, gender = person
    one = " ".join(inflect(w, {gender, case}) for w in (surname, first, patronymic))
    other = " ".join(inflect(w, {gender, other_case}) for w in (surname, first, patronymic))
    assert pseudonym("PERSON", one.title(), KEY) == pseudonym("PERSON", other, KEY)


# --- numbers read as callers read them: in groups, with pauses and corrections (round s21) ---------------------------

from benchmarks.russian import cardinal  # noqa: E402 — written apart from guard's normalizer on purpose


def said_in_groups(digits: str, sizes: list[int]) -> list[str]:
    """The digits cut into groups of the given sizes (the last takes the rest), each said as people say it: a group
    with a leading or trailing zero digit by digit ("ноль пять"), any other as one number ("девятьсот шестнадцать")."""
    groups, i = [], 0
    for size in sizes:
        if i >= len(digits):
            break
        groups.append(digits[i:i + size])
        i += size
    if i < len(digits):
        groups.append(digits[i:])
    said = []
    for group in groups:
        # a round group ("девяносто", "сто") would merge with the next one ("девяносто один" is 91): digit by digit
        digit_by_digit = group.startswith("0") or group.endswith("0") or len(group) == 1
        said.append(spoken_digits(group) if digit_by_digit else cardinal(int(group)))
    return said


group_sizes = st.lists(st.sampled_from([1, 2, 3]), min_size=3, max_size=11)
pauses = st.sampled_from(["э", "м", "ну", "так", "значит"])


@settings(max_examples=60, deadline=None)
@given(mobiles, group_sizes, pauses, st.integers(min_value=1, max_value=3))
def test_a_phone_read_in_pairs_and_triples_with_pauses_gets_the_written_numbers_token(national, sizes, pause, where):
    said = said_in_groups("8" + national, sizes)
    said.insert(min(where, len(said) - 1), pause)
    assert pseudonym("PHONE_NUMBER", " ".join(said), KEY) == pseudonym("PHONE_NUMBER", "+7" + national, KEY)


@settings(max_examples=60, deadline=None)
@given(mobiles, st.sampled_from(["ой нет", "точнее", "вернее", "то есть", "ой подождите"]),
       st.integers(min_value=3, max_value=9))
def test_a_phone_said_with_a_correction_gets_the_corrected_numbers_token(national, correction, cut):
    number = "8" + national
    wrong = str((int(number[cut]) + 1) % 10)
    # the caller says the first digits with one wrong, takes it back and says the number again from its start
    said = f"{spoken_digits(number[:cut] + wrong)} {correction} {spoken_digits(number)}"
    assert pseudonym("PHONE_NUMBER", said, KEY) == pseudonym("PHONE_NUMBER", number, KEY)


numbers_of = {
    "RU_SNILS": (st.text("0123456789", min_size=11, max_size=11), lambda d: f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"),
    "RU_INN": (st.text("0123456789", min_size=12, max_size=12), lambda d: d),
    "RU_PASSPORT": (st.text("0123456789", min_size=10, max_size=10), lambda d: f"{d[:2]} {d[2:4]} {d[4:]}"),
    "ACCOUNT_NUMBER": (st.text("0123456789", min_size=9, max_size=10), lambda d: d),
    "CONTRACT_NUMBER": (st.text("0123456789", min_size=6, max_size=10), lambda d: f"{d[:2]}-{d[2:]}"),
    "DEVICE_ID": (st.text("0123456789", min_size=15, max_size=15), lambda d: f"{d[:2]} {d[2:8]} {d[8:14]} {d[14:]}"),
}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(numbers_of)), st.data(), group_sizes)
def test_a_number_of_any_kind_gets_one_token_written_or_read_in_groups(kind, data, sizes):
    digits_strategy, written = numbers_of[kind]
    digits = data.draw(digits_strategy)
    spoken = " ".join(said_in_groups(digits, sizes))
    assert pseudonym(kind, spoken, KEY) == pseudonym(kind, written(digits), KEY)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(numbers_of)), st.data(), group_sizes, group_sizes)
def test_two_different_numbers_of_a_kind_get_different_tokens_however_read(kind, data, sizes, other_sizes):
    digits_strategy, _ = numbers_of[kind]
    one, other = data.draw(digits_strategy), data.draw(digits_strategy)
    if one != other:
        assert pseudonym(kind, " ".join(said_in_groups(one, sizes)), KEY) != \
            pseudonym(kind, " ".join(said_in_groups(other, other_sizes)), KEY)


@pytest.mark.parametrize("written, spoken", [
    ("Д-2021/0045", "дэ две тысячи двадцать один дробь ноль ноль сорок пять"),
    ("МТС-123456", "эм тэ эс сто двадцать три четыреста пятьдесят шесть"),
])
def test_a_contract_number_with_letters_gets_one_token_written_or_said(written, spoken):
    assert pseudonym("CONTRACT_NUMBER", spoken, KEY) == pseudonym("CONTRACT_NUMBER", written, KEY)
