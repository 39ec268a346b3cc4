"""Stop 43, issue 15: values packed in CRM notes — the general causes read on the packed_* sets, each mended in its
kind's home (docs/packed-notes.md, "Stop 43"). The values are written for these tests, not copied from the sets."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from benchmarks.evaluate import Found, Report, Sample, score_sample
from guard import Redactor

from conftest import types_covering


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# --- PERSON: a surname in capitals with initials ------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Должник Сорокин Павел Ильич / СОРОКИН П.И. — одно лицо, тел. 89130000000", "СОРОКИН П.И."),
    ("ВЛАДЕЛЕЦ: ЛАРИОНОВ Г.Е.; ПОЛЬЗОВАТЕЛИ: ЛАРИОНОВА Т., ЛАРИОНОВ Б.; ЛС 300100200", "ЛАРИОНОВ Г.Е."),
    ("плательщик ДЕМЕНТЬЕВА Н. К. 14.05.2025  2 300,00", "ДЕМЕНТЬЕВА Н. К."),
])
def test_a_surname_in_capitals_with_dotted_initials_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert "PERSON" in types_covering(redactor, text, name)


def test_capitals_before_initials_that_are_no_surname_are_no_name(redactor: Redactor) -> None:
    text = "ЗАПРОС ОСП В.А. ПО ДЕЛУ; МОСКВА Л. ПАСПОРТ В. ИНН А."
    assert not [e for e in redactor.redact(text).entities if e.type == "PERSON"]


@settings(max_examples=15, deadline=None)
@given(surname=st.sampled_from(["ГРОМОВ", "ЕФИМОВА", "КОВАЛЕНКО", "БЕЛОУСОВ", "ЗАХАРЬИНА", "МИНАЕВ"]),
       initials=st.tuples(st.sampled_from("АБВГДЕИКЛМНОПРСТ"), st.sampled_from("АБВГДЕИКЛМНОПРСТ")),
       spaced=st.booleans())
def test_any_surname_in_capitals_keeps_its_initials(redactor: Redactor, surname: str, initials: tuple[str, str],
                                                    spaced: bool) -> None:
    name = f"{surname} {initials[0]}.{' ' if spaced else ''}{initials[1]}."
    text = f"Запрос по абоненту {name} передан, ответ 12.08."
    assert "PERSON" in types_covering(redactor, text, name)


# --- PERSON: the officials of a legal request ---------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Выписка направлена. СПИ Галимзянова Р.Ф.. Исполнено 10.07.2025.", "Галимзянова Р.Ф."),
    ("запрос в СО по Ленинскому АО Бондарчук Е.В.: ответ направлен", "Бондарчук Е.В."),
    ("7712;ОСП по Центральному АО;Сабиров Т.И.;должн.Игнатова Л.К.;79130001122", "Сабиров Т.И."),
])
def test_an_official_with_two_initials_after_an_offices_abbreviation_is_a_name(redactor: Redactor, text: str,
                                                                              name: str) -> None:
    assert "PERSON" in types_covering(redactor, text, name)


def test_an_eponym_with_initials_first_is_still_the_institutions(redactor: Redactor) -> None:
    text = "Студенты МГУ им. М.В. Ломоносова приехали в Москву."
    assert not [e for e in redactor.redact(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("клиент не знает, больше ничего. отв. исп. Малахова", "Малахова"),
    ("запрос: след. Игнатьева-Ким Дарья, дозн. Лапшин", "Лапшин"),
])
def test_an_officials_role_written_short_names_the_word_after_it(redactor: Redactor, text: str, name: str) -> None:
    assert "PERSON" in types_covering(redactor, text, name)


# --- PERSON: one name in two scripts, an English form -------------------------------------------------------------

@pytest.mark.parametrize("text, latin", [
    ("Турист, КНР. ЛЮ ЦЗЯНЬ (LIU JIAN), п-т EA1234567", "LIU JIAN"),
    ("сопровождающий: Ван Лэй / WANG LEI, тел. +86 186 0000 0000", "WANG LEI"),
    ("Каримов Отабек Улугбекович / KARIMOV OTABEK д.р. 02.03.1993", "KARIMOV OTABEK"),
    ("ZHOU MEI (Чжоу Мэй), п-т EB7654321", "ZHOU MEI"),
])
def test_a_name_written_in_both_scripts_side_by_side_is_masked_in_both(redactor: Redactor, text: str,
                                                                       latin: str) -> None:
    assert "PERSON" in types_covering(redactor, text, latin)


def test_a_brands_gloss_in_latin_is_no_name(redactor: Redactor) -> None:
    text = "Подключили Сбербанк Онлайн (Sberbank Online) и Яндекс Маркет (Yandex Market)"
    assert not [e for e in redactor.redact(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("Employee added via EN form: Manager: B. Orlova, ext. 214", "B. Orlova"),
    ("New contact. Full name: Timur Galiev, mobile +7 912 000 11 22", "Timur Galiev"),
])
def test_an_english_forms_name_field_or_role_names_the_latin_name(redactor: Redactor, text: str, name: str) -> None:
    assert "PERSON" in types_covering(redactor, text, name)


def test_an_english_role_before_common_words_names_nobody(redactor: Redactor) -> None:
    text = "Manager: Customer Support, Name: не указано"
    assert not [e for e in redactor.redact(text).entities if e.type == "PERSON"]


# --- DATE_OF_BIRTH -------------------------------------------------------------------------------------------------

def test_the_standard_abbreviation_of_february_reads_in_a_birth_date(redactor: Redactor) -> None:
    text = "Выгрузка: Сомова Дина | д/р 14 февр. 1983 г. | моб. +7-908-000-11-22"
    assert "DATE_OF_BIRTH" in types_covering(redactor, text, "14 февр. 1983")


@pytest.mark.parametrize("text, value", [
    ("в анкете д.р. «30.02.1987» — такой даты нет", "30.02.1987"),
    ("тел 89200000000. Д/р в анкете 31.09.1979 (в паспорте 30.09.1979)", "31.09.1979"),
])
def test_a_birth_date_typed_with_its_day_wrong_is_masked_after_its_cue(redactor: Redactor, text: str,
                                                                       value: str) -> None:
    assert "DATE_OF_BIRTH" in types_covering(redactor, text, value)


def test_an_impossible_date_of_a_payment_stays(redactor: Redactor) -> None:
    assert not redactor.redact("платёж от 31.06.2019 не прошёл").entities


def test_a_recent_real_date_after_a_name_is_no_birth_date(redactor: Redactor) -> None:
    text = "плательщик ОСИПОВА Л. Д. 26.05.2025  1 500,00, на Прохорову Зою Львовну (06.03.2025, офис М-0277)"
    assert not [e for e in redactor.redact(text).entities if e.type == "DATE_OF_BIRTH"]


# --- PERSON: fields glued without spaces ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("д.159,кв.104тел89180000000фиоСавельева Марина — всё слитно из формы", "Савельева Марина"),
    ("абонентГуляев Петрномер+79030000000паспорт4502000000", "Гуляев Петр"),
    ("пасп.4502000000 тел89180000000ФИОЛапин Егор Андреевичтел89270000000", "Лапин Егор Андреевич"),
    ("блок по утрате. вл.Камень Руслан др30.06.1987", "Камень Руслан"),
    ("склеились ячейки: ДроздоваЕлена1979г.р.", "ДроздоваЕлена"),
    ("абон.ПакЮ.С.д/р12.12.1980пасп.5202000000", "ПакЮ.С."),
])
def test_a_name_glued_to_its_label_or_its_parts_glued_together_is_a_name(redactor: Redactor, text: str,
                                                                         name: str) -> None:
    # the reading itself: alone, a short note's glued name is often found by the dictionary too; in a long packed
    # note it was not (packed_a27, c28, d29, e30, h33, l37, q42 on 1bd99f2)
    from guard.recognizers.person import _glued_names
    start = text.index(name)
    assert any(s <= start and start + len(name) <= e for s, e in _glued_names(text))
    assert "PERSON" in types_covering(redactor, text, name)


def test_words_glued_in_camel_case_that_are_no_name_stay(redactor: Redactor) -> None:
    text = "Подключили МегаФон и ВКонтакте, тариф ФизЛицо, клиентСервис"
    assert not [e for e in redactor.redact(text).entities if e.type == "PERSON"]


# --- RU_BIK: the holder of the account it is given with ------------------------------------------------------------

def test_a_bik_given_with_a_persons_account_is_masked_after_the_banks_name(redactor: Redactor) -> None:
    text = "Возврат: Ершова Анна, р/с 40817810500000012345 в АО «Альфа-Банк», БИК 044525593"
    assert "RU_BIK" in types_covering(redactor, text, "044525593")


def test_a_bik_given_with_an_organisations_account_follows_the_cues(redactor: Redactor) -> None:
    named = ("ООО «Северный ветер», р/с 40702810900000054321, БИК 044525225, к/с 30101810400000000225")
    assert not types_covering(redactor, named, "044525225")  # the company named before it: the company's
    bare = "Реквизиты: ИНН 0400000000, р/с 40702810900000054321, БИК 044525225"
    assert "RU_BIK" in types_covering(redactor, bare, "044525225")  # no cue: masked (fail closed), as before stop 43


def test_a_bik_with_no_account_and_no_cue_stays_masked(redactor: Redactor) -> None:
    assert "RU_BIK" in types_covering(redactor, "БИК 044525225", "044525225")


@settings(max_examples=12, deadline=None)
@given(account=st.sampled_from(["40817810500000012345", "40820810300000000777", "40802810100000004321"]),
       bank=st.sampled_from(["ПАО Сбербанк", "АО «Т-Банк»", "Банк ВТБ (ПАО)"]),
       bik=st.sampled_from(["044525225", "044525974", "045004641"]),
       account_first=st.booleans())
def test_any_persons_bik_is_masked_whichever_comes_first(redactor: Redactor, account: str, bank: str, bik: str,
                                                         account_first: bool) -> None:
    details = [f"счёт {account}", f"{bank}, БИК {bik}"]
    text = "Реквизиты для возврата наследнику: " + ", ".join(details if account_first else details[::-1])
    assert "RU_BIK" in types_covering(redactor, text, bik)


# --- the evaluation: a disputed type is reported apart, its gold kept ---------------------------------------------

def test_the_evaluation_reports_a_bik_found_on_a_sets_negative_apart_and_keeps_gold() -> None:
    text = "р/с 40817810500000012345, БИК 044525225; БИК 044525974"
    first, second = text.index("044525225"), text.index("044525974")
    sample = Sample("x", text, [("RU_BIK", first, first + 9)], [("negative", second, second + 9)])
    report = Report("set")
    score_sample(report, sample, [Found("RU_BIK", first, first + 9), Found("RU_BIK", second, second + 9)])
    disputed = report.disputed()["RU_BIK"]
    assert (disputed["gold"], disputed["protected"], disputed["found_on_negatives"]) == (1, 1, 1)
    assert report.figures()["precision"] == 0.5  # counted false as labelled
    assert disputed["precision_other_convention"] == 1.0


# --- DEVICE_ID: a kind's own shape after a nobody's-number word ----------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("а/м Н 123 ОР 116, SIM трекера 89701012345678901234, моб. 8(927)000-00-00", "89701012345678901234"),
    ("тел. 8 917 000 00 00 | трекер 8970101234567890123", "8970101234567890123"),
])
def test_an_iccid_with_its_check_digit_is_kept_after_a_trackers_word(redactor: Redactor, text: str, value: str) -> None:
    assert "DEVICE_ID" in types_covering(redactor, text, value)


def test_a_parcels_tracking_number_stays_nobodys(redactor: Redactor) -> None:
    assert not redactor.redact("трек-номер посылки 80082345678901234567").entities
