"""The black-box red team's round bb6 (/work/rt6/FINDINGS.md), replayed through `Redactor` (what `guard redact`,
/v1/redact, `guard batch` and the proxy's comments run) and, for the Flash note, through the card policy: each finding
as the family it stands for, a property where there is one, and the neighbours an operator needs left readable.

- 01/02/11: the parts of a full name joined by a record's separator (";", "|", "/", "_", brackets, a comma with no
  space): a first name or patronymic beside a word makes that word the surname, whatever stands between them;
  a surname alone as a field of a record of values;
- 09: a surname after "Ув." (уважаемый, уважаемая);
- 04: a Flash ban on the contact person written in words, not as its code: the contact person stays hidden.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
@given(surname=st.sampled_from(SURNAMES), initials=st.from_regex(r"[А-ЕЗ-ПР-Я]\.[А-ЕЗ-ПР-Я]\.", fullmatch=True))
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
