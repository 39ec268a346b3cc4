"""The kinds of red team round 27: LOGIN (recognizers/login.py), RU_PASSPORT_ISSUER (recognizers/passport_issuer.py) and
DOCUMENT_ISSUE_DATE (recognizers/issue_date.py), masked whatever they say, so that a guess of any in a CRM comment is
no oracle."""
from __future__ import annotations

import pytest

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("login", ["petr_ivanov", "petr_sidorov", "ivanov1980", "x.y-z"])
def test_a_login_after_its_word_is_masked_whatever_it_says(redactor, login):
    for text in (f"логин в ЛК {login}, пароль не сообщали", f"ник {login}", f"Username: {login}"):
        redacted = redactor.redact(text)
        assert login not in redacted.text and any(e.type == "LOGIN" for e in redacted.entities), text


def test_a_latin_word_without_a_login_word_or_with_a_word_that_merely_starts_alike_is_no_login(redactor):
    for text in ("тариф smart_plus подключён", "никто не звонил, отправили sms_code"):
        assert not any(e.type == "LOGIN" for e in redactor.analyze(text)), text


def test_an_e_mail_after_a_login_word_is_an_e_mail(redactor):
    assert [e.type for e in redactor.analyze("логин petr.ivanov@mail.ru")] == ["EMAIL_ADDRESS"]


@pytest.mark.parametrize("office", ["ОВД Тверского района г. Москвы", "ОВД Пресненского района", "УФМС России по Тверской области",
                                    "ГУ МВД по г. Москве"])
def test_the_office_that_issued_a_passport_is_masked_whatever_place_it_names(redactor, office):
    redacted = redactor.redact(f"паспорт выдан {office}, 01.04.2005")
    assert any(e.type == "RU_PASSPORT_ISSUER" for e in redacted.entities), redacted.text
    assert not any(word in redacted.text for word in ("Тверск", "Пресненск", "Москв")), redacted.text


def test_an_office_abbreviation_naming_no_place_and_a_tariff_plan_are_no_issuer(redactor):
    for text in ("ТП Мой безлимит подключён", "обратитесь в МВД России", "справка из УФМС по запросу"):
        assert not any(e.type == "RU_PASSPORT_ISSUER" for e in redactor.analyze(text)), text


@pytest.mark.parametrize("text", ["паспорт выдан 01.04.2005", "паспорт выдан 02.04.2005", "дата выдачи 2005-04-01",
                                  "документ выдан 1 апреля 2005 года"])
def test_a_date_after_an_issue_word_is_masked_whatever_day_it_names(redactor, text):
    redacted = redactor.redact(text)
    assert not any(ch.isdigit() for ch in redacted.text), redacted.text


def test_a_day_without_a_year_after_an_issue_word_and_a_date_of_something_else_are_no_issue_date(redactor):
    for text in ("выдан 1 апреля", "договор от 01.04.2024"):
        assert not any(e.type == "DOCUMENT_ISSUE_DATE" for e in redactor.analyze(text)), text
