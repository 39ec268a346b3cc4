"""CRM notes packed with values (issue 15, stop 35): the causes read in packed_i34's and packed_h33's leaked values, each
mended in its kind's home — a cue glued to a scanned number, a table's header naming its columns' values, a field's
marks between a cue and its value, an arrow from an old value to the new, a contract's kind in the genitive, a plate in
capitals apart and a trailer's plate, a device's serial number."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.normalize import lookalike_pieces
from guard.recognizers.structured import read_structure


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def covered(redactor, text: str, value: str, kind: str | None = None) -> bool:
    start = text.index(value)
    return any(e.start <= start and e.end >= start + len(value) and (kind is None or e.type == kind)
               for e in redactor.analyze(text))


# --- a cue glued to a scanned number ("инн2426493О64О5"): the letters before a real digit do not hide the number ---

def test_a_scanned_number_glued_after_its_cue_is_read_as_digits():
    text = "кп24О-О12|инн2426493О64О5|тел89ОЗ1З24411"
    assert [digits for _, _, digits in lookalike_pieces(text)] == ["240-012", "242649306405", "89031324411"]


def test_a_word_glued_before_a_scanned_number_still_needs_a_digit_first():
    assert lookalike_pieces("модель SM-G991B, д.15б, ОООО") == []


@pytest.mark.parametrize("value, kind", [("2426493О64О5", "RU_INN"), ("89ОЗ1З24411", "PHONE_NUMBER"),
                                         ("24О-О12", "RU_PASSPORT_DEPT")])
def test_each_glued_scanned_value_of_a_pipe_row_is_masked_whole(redactor, value, kind):
    text = "ЗОТОВ А.Е.|д.р.2З.О1.198О|пасп.О4О7 З29О5О|кп24О-О12|инн2426493О64О5|тел89ОЗ1З24411|долг 7 012,00"
    assert covered(redactor, text, value, kind)


# --- a table whose header names its columns: each value is read after its column's label ---

def test_a_tables_header_names_the_values_under_it():
    reading = read_structure("ЛС откуда\tЛС куда\tсумма\n263077120411\t263077120950\t1 200,00")
    assert reading is not None and reading.text.startswith("лс откуда 263077120411, лс куда 263077120950")


def test_labels_over_labels_are_no_table_of_values():
    assert read_structure("роль\tимя\tотдел\nстарший\tАнна\tпродажи") is None


@settings(max_examples=20, deadline=None)
@given(accounts=st.lists(st.integers(10 ** 11, 10 ** 12 - 1), min_size=2, max_size=4),
       separator=st.sampled_from(["\t", ";", " | "]))
def test_every_account_in_a_column_under_its_label_is_masked(redactor, accounts, separator):
    rows = "\n".join(separator.join([str(account), f"{i + 1}00,00", "перенос"]) for i, account in enumerate(accounts))
    text = f"Перенос остатков:\n{separator.join(['ЛС', 'сумма', 'комментарий'])}\n{rows}"
    assert all(covered(redactor, text, str(account)) for account in accounts)


def test_a_birth_date_under_a_dr_column_is_masked(redactor):
    text = "Фамилия\tИмя\tОтчество\tДР\tНомер\nЕвсеев\tПлатон\tИгнатьевич\t04.04.1999\t79372004418"
    assert covered(redactor, text, "04.04.1999", "DATE_OF_BIRTH")


# --- a field's marks between a cue and its value; an arrow from the old value to the new ---

@pytest.mark.parametrize("text, value", [
    ("UPDATE cards SET status='x' WHERE contract_no='463118204'; -- заявка", "463118204"),
    ("89379994502 | дог. | 380118553 | без изменений", "380118553"),
])
def test_a_contract_after_a_pipe_an_equals_sign_or_a_quote_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "CONTRACT_NUMBER")


def test_the_new_value_after_an_arrow_is_the_same_kind(redactor):
    text = "переоформление; дог. ДГ-63-0047812 -> ДГ-63-0091550 ; СНИЛС нов. влад. 965-230-871 18"
    assert covered(redactor, text, "ДГ-63-0091550", "CONTRACT_NUMBER")


@pytest.mark.parametrize("text, value", [
    ("Дог. поручительства № ПР-24/00871 от 14.02.2024.", "ПР-24/00871"),
    ("договор рассрочки РС-2025/0418 подписан", "РС-2025/0418"),
])
def test_a_contract_named_by_its_kind_in_the_genitive_keeps_its_number(redactor, text, value):
    assert covered(redactor, text, value, "CONTRACT_NUMBER")


def test_a_verb_after_the_contract_word_is_still_no_kind_of_contract(redactor):
    text = "по договору звоните на 89161234567"
    assert covered(redactor, text, "89161234567", "PHONE_NUMBER")


# --- plates: capitals apart with a region, a trailer's plate after its word ---

@pytest.mark.parametrize("text, value", [
    ("зарегистрировано ТС Hyundai Solaris М 312 ОА 24, ВУ 9912 448106", "М 312 ОА 24"),
    ("два ТС — ГАЗель В 581 ЕК 124 и прицеп АМ 4417 24.", "В 581 ЕК 124"),
    ("два ТС — ГАЗель В 581 ЕК 124 и прицеп АМ 4417 24.", "АМ 4417 24"),
])
def test_a_plate_apart_in_capitals_and_a_trailers_plate_are_masked(redactor, text, value):
    assert covered(redactor, text, value)


@pytest.mark.parametrize("text", ["ехать в 100 км 50 м", "Тариф С 100 МБ 50 руб", "код АМ 4417 24 не подошёл"])
def test_a_distance_a_tariff_and_an_uncued_trailer_shape_are_no_plate(redactor, text):
    assert not any(e.type == "VEHICLE_PLATE" for e in redactor.analyze(text))


# --- a device's serial number after its word ---

@pytest.mark.parametrize("text, value", [
    ("Устройство: iPhone 13, серийный № F4HXK2Q9N72P, IMEI 354972885651929", "F4HXK2Q9N72P"),
    ("на задней крышке наклейка S/N R58W31KQ0ZL, может поможет", "R58W31KQ0ZL"),
    ("Note 13 Pro / Серийный номер: 38471/Y4DG01523 / IMEI 1: 861869819755519", "38471/Y4DG01523"),
    ("eSIM активирована на устройстве EID 89049032005008882600117844312345, QR-код отправлен", "89049032005008882600117844312345"),
])
def test_a_devices_serial_number_after_its_word_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "DEVICE_ID")


@pytest.mark.parametrize("text", ["серийный номер заявки не помню", "модель SN-2000 в наличии"])
def test_a_serial_word_without_a_serial_masks_nothing(redactor, text):
    assert not any(e.type == "DEVICE_ID" for e in redactor.analyze(text))


# --- "KEY:value" fields cut by pipes on one line; a street named by a street's word ---

def test_colon_fields_cut_by_pipes_are_read_after_their_keys(redactor):
    text = "ID:771203|MSISDN:79104412087|FIO:Комаров Игнат Петрович|DOB:19870504|KP:780-014|RISK:0.93"
    assert covered(redactor, text, "19870504", "DATE_OF_BIRTH")


def test_a_dialogue_line_with_a_time_and_a_semicolon_is_no_list_of_fields():
    assert read_structure("Клиент: позвонил, время 10:30; статус: ок") is None


@pytest.mark.parametrize("text, value", [
    ("адрес: ул. Тельмана, 30а-56 → г. Дивногорск, ул. Набережная, 15, кв. 4", "г. Дивногорск, ул. Набережная, 15, кв. 4"),
    ("новый адрес г. Самара, ул. Проездная, д. 7, кв. 12", "г. Самара, ул. Проездная, д. 7, кв. 12"),
])
def test_a_street_named_by_a_streets_word_is_an_address(redactor, text, value):
    assert covered(redactor, text, value, "ADDRESS")
