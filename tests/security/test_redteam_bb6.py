"""The black-box red team's round bb6 (/work/rt6/FINDINGS.md), replayed through `Redactor` (what `guard redact`,
/v1/redact, `guard batch` and the proxy's comments run) and, for the Flash note, through the card policy: each finding
as the family it stands for, a property where there is one, and the neighbours an operator needs left readable.

- 01/02/11: the parts of a full name joined by a record's separator (";", "|", "/", "_", brackets, a comma with no
  space): a first name or patronymic beside a word makes that word the surname, whatever stands between them;
  a surname alone as a field of a record of values;
- 09: a surname after "Ув." (уважаемый, уважаемая);
- 04: a Flash ban on the contact person written in words, not as its code: the contact person stays hidden;
- 08: a local number after a home or work phone's word cut short ("дом.", "раб", "т.");
- 12: a seven-digit local number said in words after "номер".
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.russian import cardinal
from guard.engine import Redactor
from guard.policy import HIDDEN, CallContext, IdentificationLevel, default_policy_path, load_policy
from guard.policy.flash import restriction_codes


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


_PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Surnames pymorphy2 reads as surnames and ones it reads as something else ("Сметанина": a noun's rare case).
SURNAMES = ["Кузнецов", "Ахмедов", "Морозова", "Лебедева", "Сметанина", "Власова", "Гусейнов", "Белоусова"]
FIRST_NAMES = ["Иван", "Ольга", "Рустам", "Наталья", "Пётр"]
INITIAL = "[АБВГДЕЖЗИКЛМНОПРСТУФХЭЮЯ]"  # the letters a name begins with
PATRONYMICS = ["Петрович", "Викторовна", "Шамильевич", "Андреевна"]


# --- 01/02: the parts of a name joined by a record's separator ---------------------------------------------------

@_PROPERTY
@given(surname=st.sampled_from(SURNAMES), first=st.sampled_from(FIRST_NAMES), patronymic=st.sampled_from(PATRONYMICS),
       separator=st.sampled_from([";", "|", "/", "_", " / ", "; ", " | ", "\\"]), upper=st.booleans(),
       with_patronymic=st.booleans())
def test_no_separator_between_the_parts_of_a_name_shows_the_surname(redactor: Redactor, surname: str, first: str,
                                                                     patronymic: str, separator: str, upper: bool,
                                                                     with_patronymic: bool) -> None:
    parts = [surname, first] + ([patronymic] if with_patronymic else [])
    if upper:
        parts = [part.upper() for part in parts]
    shown = _redacted(redactor, separator.join(parts))
    assert not any(part in shown for part in parts), shown


@pytest.mark.parametrize("text, surname", [
    ("по доверенности: Лебедева;Наталья;Андреевна;03.02.1979", "Лебедева"),
    ("проверил: 89261112233 / Белоусова / 03.02.1979", "Белоусова"),
    ("данные: 4510 112233, 03.02.1979, Сметанина", "Сметанина"),
    ("паспорт 4510 112233 | Гусейнов | 89261112233", "Гусейнов"),
])
def test_a_surname_that_is_a_whole_field_of_a_record_of_values_is_masked(redactor: Redactor, text: str,
                                                                         surname: str) -> None:
    assert surname not in _redacted(redactor, text)


@pytest.mark.parametrize("text", ["вход/выход", "Москва/Петербург", "оплата 500, Корзина", "ivan_petrov: вход",
                                  "тариф Мой;Безлимит"])
def test_separated_words_that_name_no_one_stay_readable(redactor: Redactor, text: str) -> None:
    assert _redacted(redactor, text) == text


# --- 11: a surname with the first name in brackets or initials after a comma -------------------------------------

@_PROPERTY
@given(surname=st.sampled_from(SURNAMES), first=st.sampled_from(FIRST_NAMES),
       tail=st.sampled_from(["", " просила перезвонить", ", ждёт ответа"]))
def test_a_surname_with_the_first_name_in_brackets_is_masked_whole(redactor: Redactor, surname: str, first: str,
                                                                   tail: str) -> None:
    shown = _redacted(redactor, f"{surname} ({first}){tail}")
    assert surname not in shown and first not in shown, shown


@_PROPERTY
@given(surname=st.sampled_from(SURNAMES), initials=st.from_regex(rf"{INITIAL}\.{INITIAL}\.", fullmatch=True))
def test_a_surname_with_initials_after_a_comma_without_a_space_is_masked(redactor: Redactor, surname: str,
                                                                         initials: str) -> None:
    shown = _redacted(redactor, f"{surname},{initials}")
    assert surname not in shown and initials not in shown, shown


# --- 09: "Ув." before a surname --------------------------------------------------------------------------------

@pytest.mark.parametrize("surname", SURNAMES)
def test_a_surname_after_uv_abbreviation_is_masked(redactor: Redactor, surname: str) -> None:
    assert surname not in _redacted(redactor, f"Ув. {surname}, ваш запрос принят")


# --- 04: a Flash ban written in words ---------------------------------------------------------------------------

ORGANIZATION_CARD = {
    "msisdn": "79160000001", "client_type": "organization", "payment_type": "postpaid",
    "owner": {"last_name": None, "first_name": None, "middle_name": None, "organization": "ООО «Вектор»",
              "gender": None, "birth_date": None, "passport": None},
    "contract": {"number": "0100000001", "status": "active", "terminated_at": None},
    "contact": {"phone": "79030000002", "person": "Громова Алла Сергеевна", "email": None},
    "flash_restrictions": [],
}
BANS = ["Запрет:", "запрет на сообщение", "запрещено называть", "нельзя сообщать", "не сообщать", "не называть",
        "без", "НЕ ДАВАТЬ"]
SUBJECTS = ["контактное лицо", "ФИО контактного лица", "контактное лицо организации", "конт. лицо", "КОНТАКТНОЕ ЛИЦО",
            "contact person"]


@pytest.fixture(scope="module")
def policy():
    return load_policy(default_policy_path())


def _contact_person_shown(policy, flash) -> str:
    card = {**ORGANIZATION_CARD, "flash_restrictions": flash}
    context = CallContext(identification=IdentificationLevel.PRIMARY, identified_by="organization")
    return policy.apply(card, context, redact_text=lambda text: text).card["contact"]["person"]


@_PROPERTY
@given(ban=st.sampled_from(BANS), subject=st.sampled_from(SUBJECTS), ban_first=st.booleans(),
       shape=st.sampled_from(["list", "string", "object"]))
def test_a_flash_ban_on_the_contact_person_in_words_hides_the_contact_person(policy, ban: str, subject: str,
                                                                           ban_first: bool, shape: str) -> None:
    note = f"{ban} {subject}" if ban_first else f"{subject}: {ban.rstrip(':').lower()}"
    flash = {"list": ["vip", note], "string": note, "object": [{"text": note}]}[shape]
    assert _contact_person_shown(policy, flash) == HIDDEN


@pytest.mark.parametrize("flash", [[], ["VIP клиент"], ["не звонить после 21:00"], ["Запрет на смену тарифа"]])
def test_a_flash_note_that_bans_nothing_about_the_contact_person_leaves_it_shown(policy, flash) -> None:
    assert _contact_person_shown(policy, flash) == "Громова Алла Сергеевна"


def test_a_flash_note_naming_the_contact_person_without_a_ban_means_no_code() -> None:
    assert restriction_codes("контактное лицо: главный бухгалтер") == frozenset()


# --- 08: a local number after a short cue --------------------------------------------------------------------------

@_PROPERTY
@given(cue=st.sampled_from(["дом.", "дом. тел.", "раб", "раб.", "т.", "гор.", "Дом.", "РАБ"]),
       local=st.from_regex(r"[1-9]\d{0,2}-\d{2}-\d{2}", fullmatch=True),
       before=st.sampled_from(["", "кл. просил звонить на ", "контакты: "]),
       after=st.sampled_from(["", " после 18", " (Тверь)"]))
def test_a_local_number_after_a_short_phone_cue_is_masked(redactor: Redactor, cue: str, local: str, before: str,
                                                          after: str) -> None:
    assert local not in _redacted(redactor, f"{before}{cue} {local}{after}")


@pytest.mark.parametrize("text", ["ул. Ленина, дом. 12, кв. 5", "раб. день до 18:00", "т. е. завтра"])
def test_a_short_cue_with_no_local_number_after_it_changes_nothing(redactor: Redactor, text: str) -> None:
    assert "<PHONE_NUMBER>" not in _redacted(redactor, text)


# --- 12: a seven-digit number said in words after "номер" ------------------------------------------------------------

def _said_in_groups(digits: str, by_digit: bool = False) -> str:
    """3-2-2, as a local number is said: "семьсот семьдесят семь восемьдесят восемь девяносто девять"; or digit by
    digit."""
    groups = list(digits) if by_digit else [digits[:3], digits[3:5], digits[5:]]
    return " ".join(cardinal(int(group)) for group in groups)


@_PROPERTY
@given(local=st.from_regex(r"[1-9](?:[1-9]\d|0[1-9])[1-9]\d[1-9]\d", fullmatch=True),  # "сто | десять" would be 110
       frame=st.sampled_from(["у мамы номер {}", "у мамы номер на {} заканчивается", "звонил с номера который на {}",
                              "запишите номер {} это домашний"]), by_digit=st.booleans())
def test_a_seven_digit_number_said_after_nomer_is_masked(redactor: Redactor, local: str, frame: str,
                                                         by_digit: bool) -> None:
    said = _said_in_groups(local, by_digit)
    shown = _redacted(redactor, frame.format(said))
    assert said not in shown and "<PHONE_NUMBER>" in shown, shown


@pytest.mark.parametrize("text", ["номер заявки семьсот семьдесят семь восемьдесят восемь девяносто девять",
                                  "номер заказа 1234567", "тариф номер один за триста пятьдесят рублей",
                                  "завтра с 9 до 12, номер наряда 1108167.",
                                  "Заявление зарегистрировано под номером В-558812, срок рассмотрения 10 дней",
                                  "звоню уточнить по счету номер четыре семь один три восемь пять восемь за ноябрь"])
def test_a_number_of_nobodys_after_nomer_is_left(redactor: Redactor, text: str) -> None:
    assert "<PHONE_NUMBER>" not in _redacted(redactor, text)


# --- 03: a birth date with a two-digit year --------------------------------------------------------------------------

@_PROPERTY
@given(day=st.integers(1, 28), month=st.integers(1, 12), year=st.integers(40, 99),
       separator=st.sampled_from([".", "/", "-"]),
       frame=st.sampled_from(["Гусейнов Р.Ш. | {} | 89261112233", "Гусейнов Р.Ш. {}", "{} р.", "Белоусова Н.А., {}",
                              "4510112233|89261112233|{}"]))
def test_a_full_date_with_a_two_digit_year_of_the_last_century_is_a_birth_date(redactor: Redactor, day: int,
                                                                             month: int, year: int, separator: str,
                                                                             frame: str) -> None:
    written = separator.join((f"{day:02d}", f"{month:02d}", f"{year:02d}"))
    shown = _redacted(redactor, frame.format(written))
    assert written[-5:] not in shown, shown


@pytest.mark.parametrize("text", ["оплата 14.07.96", "счёт от 14.07.21", "встреча 14.07.26", "продлить до 01.01.30"])
def test_a_dated_event_with_a_two_digit_year_stays_readable(redactor: Redactor, text: str) -> None:
    assert _redacted(redactor, text) == text


# --- 06: an expiry typed as MMYY after a card ------------------------------------------------------------------------

@_PROPERTY
@given(month=st.integers(1, 12), year=st.integers(25, 35),
       frame=st.sampled_from(["карта 4276380012345679 до {}", "оплатил картой 2200 7001 2345 6780, срок {}",
                              "срок действия карты {}", "карта 5536 9138 2746 0011 / {}"]))
def test_an_expiry_typed_as_four_digits_after_a_card_is_masked(redactor: Redactor, month: int, year: int,
                                                               frame: str) -> None:
    expiry = f"{month:02d}{year:02d}"
    assert expiry not in _redacted(redactor, frame.format(expiry))


@pytest.mark.parametrize("text", ["срок 1000 руб", "заявка до 1230", "срок 0730 дней"])
def test_four_digits_after_a_cue_with_no_card_near_are_no_expiry(redactor: Redactor, text: str) -> None:
    assert "<CARD_EXPIRY>" not in _redacted(redactor, text)


# --- 07: spoken values left in part ---------------------------------------------------------------------------------

_DIGIT_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]


@_PROPERTY
@given(head=st.integers(10, 99), middle=st.from_regex(r"7\d{9}", fullmatch=True), tail=st.from_regex(r"\d{2,4}",
                                                                                                       fullmatch=True))
def test_no_digit_of_a_long_number_dictated_around_a_phone_reading_is_left(redactor: Redactor, head: int, middle: str,
                                                                           tail: str) -> None:
    said = " ".join([cardinal(head), "ноль ноль"] + [_DIGIT_WORDS[int(d)] for d in middle + tail])
    shown = _redacted(redactor, f"запишите {said}")
    assert not any(word in shown.split() for word in _DIGIT_WORDS) and cardinal(head) not in shown, shown


@_PROPERTY
@given(letters=st.lists(st.sampled_from(["кью", "дабл ю", "е", "эр", "ти", "уай", "эс", "би", "икс"]), min_size=3,
                        max_size=9),
       digits=st.lists(st.sampled_from(_DIGIT_WORDS[1:]), min_size=1, max_size=4))
def test_a_password_spelled_letter_by_letter_is_masked_with_its_digits(redactor: Redactor, letters: list[str],
                                                                      digits: list[str]) -> None:
    shown = _redacted(redactor, f"пароль от личного кабинета {' '.join(letters)} {' '.join(digits)}")
    assert shown.startswith("пароль от личного") and shown.endswith("<SECRET>"), shown
    assert not set(shown.split()) & set(" ".join(letters + digits).split()), shown


@pytest.mark.parametrize("text, kept", [("пароль не помнит, просит сбросить", "пароль не помнит"),
                                        ("пароль ёжик в тумане не помню", "не помню")])
def test_talk_about_a_password_after_its_value_stays_readable(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in _redacted(redactor, text)
