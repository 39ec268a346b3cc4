"""Foreign citizens' documents in SIM registration notes (issue 15, stop 36): each document's own number shape after
its cue words and their shorthand, a foreign country's name around a passport's word, glued fields, key: value lines
and tables, a foreign passport's shape after a document's word or a country; the personal numbers (ИИН, ПИН, ПИНФЛ);
and the Turkic patronymic particles in Cyrillic and Latin."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.recognizers.id_document import names_a_document_before


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def covered(redactor, text: str, value: str, kind: str | None = None) -> bool:
    start = text.index(value)
    return any(e.start <= start and e.end >= start + len(value) and (kind is None or e.type == kind)
               for e in redactor.analyze(text))


# --- each document's shape after its cue (each of these leaked or was typed as another kind before the stop) ---

@pytest.mark.parametrize("text, value", [
    ("Ин. гр. Узбекистана, МК 4619 0783154, тел. +7 901 455-12-83", "4619 0783154"),  # migration card 4 + 7
    ("мигр. карта серия 4621 № 1948263", "1948263"),
    ("миграционка 4621 0958312 (въезд 02.10.2025)", "4621 0958312"),
    ("мигр. к. 4618 2730441", "4618 2730441"),
    ("migr.karta 4622 5501934, tel +998 90 341 27 16", "4622 5501934"),
    ("ВНЖ серия 83 номер 0129374", "0129374"),  # residence permit 2 + 7, "номер" inside
    ("Таджикистан, п-т 500198374, тел.89035129904", "500198374"),  # Tajik passport, 9 digits after "п-т"
    ("паспорт Тадж. 402281947", "402281947"),
    ("загран. Тадж. 400512937", "400512937"),
    ("нац. паспорт Таджикистана 401234567", "401234567"),
    ("уд. личности 047581236", "047581236"),  # Kazakh ID card, 9 digits
    ("Армения ID-карта 005381247", "005381247"),  # Armenian ID card
    ("ID-карта ID0845127", "ID0845127"),  # Kyrgyz ID card, "ID" and 7 digits
    ("паспорт иностр. гражд. AB 6620193", "AB 6620193"),
    ("п-т Кырг. AN 1150384", "AN 1150384"),
    ("PASSPORT No FA1927340 SURNAME KARIMOV", "FA1927340"),
    ("РВП 5512/2025 от 03.03.2025", "5512/2025"),  # temporary residence permit: decision's number and year
    ("РВП: 0931/2024; ВНЖ: нет", "0931/2024"),
])
def test_a_foreign_document_after_its_cue_is_masked_whole(redactor, text, value):
    assert covered(redactor, text, value, "ID_DOCUMENT")


@pytest.mark.parametrize("text, value", [
    ("ИИН 960514350127, Серикбаев Айдос", "960514350127"),  # Kazakh ИИН, 12 digits
    ("ПИН 21503199000857, номер 89665042217", "21503199000857"),  # Kyrgyz ПИН, 14 digits
    ("ПИНФЛ 31205970240018", "31205970240018"),  # Uzbek ПИНФЛ, 14 digits
])
def test_a_foreign_citizens_personal_number_after_its_name_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "ID_DOCUMENT")


def test_a_cards_pin_is_no_personal_number(redactor):
    assert not any(e.type == "ID_DOCUMENT" for e in redactor.analyze("ПИН 1234 от карты не сообщать"))


# --- a foreign passport's own shape, with a document's word or a country before it on its line ---

@pytest.mark.parametrize("text, value", [
    ("Осмонова Айжан Кыргызстан ID ID2034786 тел +7 996 412 06 93", "ID2034786"),
    ("doc=passport;country=UZB;num=AD4518209;fio=Nurmatov Bakhodir", "AD4518209"),
])
def test_a_foreign_passports_shape_after_a_document_or_a_country_is_masked(redactor, text, value):
    assert covered(redactor, text, value, "ID_DOCUMENT")


def test_a_foreign_passports_shape_needs_a_document_or_a_country_before_it():
    text = "Заказ поставщику: артикул AB1234567 на складе"
    assert not names_a_document_before(text, text.index("AB1234567"))


def test_a_country_named_on_an_earlier_line_does_not_reach_the_shape():
    text = "Клиент из Узбекистана\nартикул AB1234567"
    assert not names_a_document_before(text, text.index("AB1234567"))


# --- glued fields, key: value lines and tables ---

def test_glued_foreign_documents_are_masked(redactor):
    text = "паспортУзбAA5612078 мигркарта46213378810 тел89854418276"
    assert covered(redactor, text, "AA5612078", "ID_DOCUMENT") and covered(redactor, text, "46213378810", "ID_DOCUMENT")


def test_a_migration_cards_key_is_read_as_its_cue(redactor):
    text = "doc=passport;country=UZB;num=AD4518209;mk=46191027483;fio=Nurmatov Bakhodir"
    assert covered(redactor, text, "46191027483", "ID_DOCUMENT")


def test_a_table_of_documents_masks_each_number(redactor):
    text = "Документ | Номер\nпаспорт | FA 0027514\nмигр. карта | 4623 1840275\nпатент | 77 2301847562"
    for value in ("FA 0027514", "4623 1840275", "77 2301847562"):
        assert covered(redactor, text, value, "ID_DOCUMENT"), value


def test_a_migration_card_in_a_key_value_line_is_masked(redactor):
    assert covered(redactor, "ФИО: Тошматов Ж.\nМК: 4622 0581937\nТелефон: 89099312274", "4622 0581937", "ID_DOCUMENT")


# --- a property: any document number built from its shape after any of its cue forms is masked whole ---

_LATIN = st.sampled_from(["FA", "AA", "AB", "AC", "AD", "AN", "AT", "EJ", "ID"])
_SHAPES = {
    # document: (cue forms, a value strategy)
    "migration card": (["МК", "мк", "мигр. карта", "мигр.карта", "миграционная карта", "миграционка", "мигр.",
                        "м/к", "МК:", "мигр. карта серия"],
                       st.tuples(st.integers(1000, 9999), st.integers(10 ** 6, 10 ** 7 - 1)).map(
                           lambda p: f"{p[0]} {p[1]}")),
    "residence permit": (["ВНЖ", "ВНЖ серия", "вид на жительство", "ВНЖ:", "внж №"],
                         st.tuples(st.sampled_from(["82", "83"]), st.integers(0, 10 ** 7 - 1)).map(
                             lambda p: f"{p[0]} {p[1]:07d}")),
    "patent": (["патент", "Патент:", "патент серии", "пат."],
               st.tuples(st.sampled_from(["77", "50", "78", "66"]), st.integers(10 ** 9, 10 ** 10 - 1),
                         st.sampled_from([" № ", " ", "№"])).map(lambda p: f"{p[0]}{p[2]}{p[1]}")),
    "foreign passport": (["паспорт Узбекистана", "п-т Кырг.", "нац. паспорт", "загран", "паспорт иностр. гражд.",
                          "Армения: паспорт", "passport No", "нацпаспорт"],
                         st.tuples(_LATIN, st.integers(0, 10 ** 7 - 1), st.sampled_from(["", " "])).map(
                             lambda p: f"{p[0]}{p[2]}{p[1]:07d}")),
    "personal number": (["ИИН", "ПИН", "ПИНФЛ"], st.integers(10 ** 11, 10 ** 14 - 1).map(str)),
}


@settings(max_examples=60, deadline=None)
@given(data=st.data(), document=st.sampled_from(sorted(_SHAPES)),
       before=st.sampled_from(["", "Ин. гр. ", "кл. Рахимов Ш., ", "SIM выдана; "]),
       after=st.sampled_from(["", ", тел. 89161234567", " (до 12.09.2026)", "; ICCID 8970101241735096281"]))
def test_any_document_number_after_any_of_its_cue_forms_is_masked_whole(redactor, data, document, before, after):
    cues, values = _SHAPES[document]
    cue, value = data.draw(st.sampled_from(cues)), data.draw(values)
    text = f"{before}{cue} {value}{after}"
    assert covered(redactor, text, value), text


# --- names: the Turkic patronymic particles in Cyrillic and Latin belong to the name ---

@pytest.mark.parametrize("text, name", [
    ("Ин. гр. Рахимов Шерзод Бахтиёр угли, паспорт FA1234567", "Рахимов Шерзод Бахтиёр угли"),
    ("ФИО: Тошматов Жасурбек Равшан угли", "Тошматов Жасурбек Равшан угли"),
    ("ФИО латиницей: ABDULLAEV JASUR ALISHER UGLI, passport FA 8702415", "ABDULLAEV JASUR ALISHER UGLI"),
])
def test_a_patronymic_particle_is_part_of_the_name(redactor, text, name):
    assert covered(redactor, text, name, "PERSON")

