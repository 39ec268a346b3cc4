"""Stop 44, issue 15: values packed in CRM notes — the general causes read on the packed_* and pii_* sets, each mended
in its kind's home (docs/packed-notes.md, "Stop 44"). The values are written for these tests, not copied from the sets."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from benchmarks.corpus import luhn_complete
from guard import Redactor

from conftest import types_covering


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _visible_digits(redactor: Redactor, text: str) -> str:
    return "".join(ch for ch in redactor.redact(text).text if ch.isdigit())


# --- a nobody's-number word is the cue's own noun, not a noun derived from its stem ----------------------------------

@pytest.mark.parametrize("text, value", [
    ("GPS-трекер на ГАЗель, IMEI трекера 356235483415479. Владелец Тюлегенов К.С.", "356235483415479"),
    ("Клиент Лосев Денис, номер трекера 9010155432, авто Lada Vesta", "9010155432"),
])
def test_a_trackers_number_is_no_parcels_tracking_number(redactor: Redactor, text: str, value: str) -> None:
    assert types_covering(redactor, text, value)


@pytest.mark.parametrize("text", [
    "трек номер 80085412345678 отправлен",
    "номер заказа 9161234567 передан в доставку",
    "по заявке 9161234567 выезд завтра",
])
def test_a_parcels_an_orders_and_a_requests_number_stay_nobodys(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).entities


@settings(max_examples=15, deadline=None)
@given(body=st.text("0123456789", min_size=14, max_size=14),
       form=st.sampled_from(["трекера", "трекеру", "трекере", "трекер", "трекеров"]))
def test_any_imei_after_its_word_and_a_trackers_word_is_masked(redactor: Redactor, body: str, form: str) -> None:
    imei = luhn_complete("35" + body[2:])
    text = f"Проверили: IMEI {form} {imei}, сим активна."
    assert imei not in redactor.redact(text).text


# --- a foreign passport's shape right after its holder's name ---------------------------------------------------------

@settings(max_examples=20, deadline=None)
@given(series=st.sampled_from(["FA", "AA", "AB", "AC", "AD"]), number=st.text("0123456789", min_size=7, max_size=7),
       cut=st.sampled_from([", ", ": ", " / ", " (", " | ", "\t", " — "]), spaced=st.booleans(),
       name=st.sampled_from(["Хамидов Азамат", "Турдиев Нодирбек", "Жураев Баходир Абдувалиевич", "Рахматуллаев Шерзод"]))
def test_a_foreign_passports_shape_right_after_its_holders_name_is_masked(redactor: Redactor, series: str, number: str,
                                                                         cut: str, spaced: bool, name: str) -> None:
    document = f"{series}{' ' if spaced else ''}{number}"
    text = f"Оформлен {name}{cut}{document}{')' if cut == ' (' else ''}, тариф «Мигрант»."
    assert number not in redactor.redact(text).text and not _visible_digits(redactor, text)


@pytest.mark.parametrize("text", [
    "Заявка SR-0098812, срок исполнения 3 дня",
    "нот. Снегирёва А.В. выдала свид-во 52 АА 6402211 12.03, проверено",
    "Кейс CS-0041897 закрыт",
])
def test_a_foreign_passports_shape_after_no_name_and_no_document_stays_visible(redactor: Redactor, text: str) -> None:
    shapes = [e for e in redactor.redact(text).entities if e.type == "ID_DOCUMENT"]
    assert not shapes


def test_a_countrys_short_name_cues_a_foreign_passports_shape(redactor: Redactor) -> None:
    text = "сезонники:\nЕрмеков Даурен | РК N11739402 | +77052214508"
    assert types_covering(redactor, text, "N11739402")


@pytest.mark.parametrize("text, value", [
    ("Жумабекова Айгерим, гр. Казахстана. Удостоверение РК 047812396, д.р. 19.04.1992.", "047812396"),
    ("Сатпаева Гульмира, уд. РК 038822719, дог. 7741-550-21.", "038822719"),
])
def test_an_identity_card_named_by_its_country_is_a_document(redactor: Redactor, text: str, value: str) -> None:
    assert "ID_DOCUMENT" in types_covering(redactor, text, value)


# --- fields glued to a person's name ----------------------------------------------------------------------------------

def test_digits_glued_to_a_persons_name_are_masked_whole(redactor: Redactor) -> None:
    text = ("Бисенова Айгерим8937160445822.07.19991219550317\nТажибаев Нурсултан8937160445905.09.19971217203948\n"
            "(столбцы слиплись при вставке из экселя)")
    assert _visible_digits(redactor, text) == ""


@settings(max_examples=15, deadline=None)
@given(phone=st.text("0123456789", min_size=9, max_size=9), day=st.integers(1, 28), month=st.integers(1, 12),
       year=st.integers(1950, 2005), passport=st.text("0123456789", min_size=10, max_size=10),
       name=st.sampled_from(["Бисенова Айгерим", "Тажибаев Нурсултан", "Кузнецова Ольга Петровна"]))
def test_any_row_glued_to_a_name_leaves_no_digit_visible(redactor: Redactor, phone: str, day: int, month: int,
                                                         year: int, passport: str, name: str) -> None:
    text = f"{name}89{phone}{day:02d}.{month:02d}.{year}{passport}"
    assert _visible_digits(redactor, text) == ""


def test_a_name_with_a_spaced_number_after_it_is_read_as_before(redactor: Redactor) -> None:
    text = "Иванов 1979 г.р., звонил"
    assert types_covering(redactor, text, "1979") == {"DATE_OF_BIRTH"}


# --- a number scanned with look-alike letters -------------------------------------------------------------------------

def test_a_group_scanned_all_in_letters_between_a_numbers_groups_is_the_numbers(redactor: Redactor) -> None:
    text = "Данилова Ада Семёновна; паспорт 28 ОЗ 5518О4; выдан УВД г. Твери"
    assert "RU_PASSPORT" in types_covering(redactor, text, "28 ОЗ 5518О4")


@pytest.mark.parametrize("text", ["дом 12 о 5 вариантах", "в 2024 ОО 3 раза"])
def test_a_letter_between_short_numbers_is_no_scanned_number(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).entities


# --- the new value after the old one of a kind --------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("старый дог. 463210094 расторгнут 17.03.2025; новый 471890055; баланс 146,70 перенесён", "471890055"),
    ("Старый дог. ИП К-63-001977, новый физ. 471955802. Выписка ЕГРИП приложена", "471955802"),
    ("Дог. рассрочки РС-63-004417, основной 0286610245.", "0286610245"),
])
def test_the_new_value_after_the_old_one_is_the_same_kinds(redactor: Redactor, text: str, value: str) -> None:
    assert "CONTRACT_NUMBER" in types_covering(redactor, text, value)


@settings(max_examples=15, deadline=None)
@given(old=st.text("0123456789", min_size=9, max_size=9), new=st.text("0123456789", min_size=9, max_size=9),
       between=st.sampled_from(["расторгнут 17.03.2025;", "(закрыт),", "— закрыт по заявлению,"]))
def test_any_new_contract_after_an_old_one_in_its_sentence_is_masked(redactor: Redactor, old: str, new: str,
                                                                     between: str) -> None:
    text = f"Клиент переоформил: старый договор {old} {between} новый {new}; остаток перенесён"
    assert new not in redactor.redact(text).text


def test_a_new_thing_in_the_next_sentence_is_no_new_value(redactor: Redactor) -> None:
    text = "старый дог. 463210094 расторгнут. Новый тариф 2025 года подключён"
    assert "2025" in redactor.redact(text).text
