"""Stop 36 (issue 15): an address told in pieces in a call or a chat — a flat by its word and number alone, a
partnership or a new building named in quotes, an ordinal before a building's word, a move "с … на …", a garden
partnership's number and its numbered alleys said aloud.

Every reading is the ADDRESS kind's own, in recognizers/address.py (pii_z35's misses, read by cause).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from benchmarks.russian import cardinal


def _masked(redactor, text: str, value: str) -> bool:
    """Is every letter of `value` inside an ADDRESS span?"""
    start = text.index(value)
    spans = [(e.start, e.end) for e in redactor.analyze(text) if e.type == "ADDRESS"]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


def _addresses(redactor, text: str) -> list[str]:
    return [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "ADDRESS"]


@pytest.mark.parametrize("text, flat", [
    ("Соседка — Евдокимова Тамара Петровна, кв. 1, тел. 8 (351) 725-14-80.", "кв. 1"),
    ("Жительница кв. 45 (Малахова) согласна, чтобы кабель шёл по стене.", "кв. 45"),
    ("клиент: в заявке у вас стоит квартира двадцать девять а надо девяносто два", "квартира двадцать девять"),
    ("оператор: хорошо интернет по квартире двадцать девять остается на прежнем договоре", "квартире двадцать девять"),
    ("Студент: ул. Энгельса, 65, общежитие №3 ЮУрГУ, комн. 412", "комн. 412"),
])
def test_a_flat_by_its_word_and_number_is_a_piece_of_an_address(redactor, text, flat):
    assert _masked(redactor, text, flat)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=st.integers(min_value=1, max_value=999), written=st.booleans())
def test_any_flat_said_by_its_word_and_number_is_masked(redactor, number, written):
    flat = f"кв. {number}" if written else f"квартира {cardinal(number)}"
    text = f"ключи у соседки из {flat} она дома до шести"
    assert _masked(redactor, text, flat)


@pytest.mark.parametrize("text, address", [
    ("адрес по заявке: Сосновский р-н, СНТ «Рябинушка», 3-я линия, участок 114 — номеров на домах нет",
     "Сосновский р-н, СНТ «Рябинушка», 3-я линия, участок 114"),
    ("Адрес выезда: Красноармейский р-н, СНТ «Уральские зори», ул. Вишнёвая, уч. 58/2. Повторный звонок",
     "Красноармейский р-н, СНТ «Уральские зори», ул. Вишнёвая, уч. 58/2"),
    ("Приостанавливаем по адресу СНТ «Локомотив-2», ул. 7-я Садовая, 41? — да", "СНТ «Локомотив-2», ул. 7-я Садовая, 41"),
    ("по словам клиента: Челябинск, ЖК «Ньютон», 2-я очередь, дом 4 (строительный), секция 3, кв. 128; почтового нет",
     "Челябинск, ЖК «Ньютон», 2-я очередь, дом 4 (строительный), секция 3, кв. 128"),
    ("Адрес Свердловский проспект, 8Б, кв. 96, третий подъезд, домофон не работает",
     "Свердловский проспект, 8Б, кв. 96, третий подъезд"),
    ("клиент: кожзаводская сто один второй подъезд между третьим и четвертым", "кожзаводская сто один второй подъезд"),
    ("клиент: у нас дача снт березка два двенадцатая аллея участок пятьдесят восемь дробь два оператор: на кого",
     "снт березка два двенадцатая аллея участок пятьдесят восемь дробь два"),
    ("оператор: адрес приостановки снт локомотив два седьмая садовая сорок один верно",
     "снт локомотив два седьмая садовая сорок один"),
    ("переезд с Гагарина 44-17 на Масленникова 11-3 код двери 3К1805", "Гагарина 44-17"),
    ("переезд с Гагарина 44-17 на Масленникова 11-3 код двери 3К1805", "Масленникова 11-3"),
])
def test_an_address_is_masked_whole_with_its_partnership_building_stage_and_entrance(redactor, text, address):
    assert _masked(redactor, text, address)


@pytest.mark.parametrize("text", [
    "офис 5 на втором этаже, вход со двора",
    "у нас 5 квартир в подъезде без интернета",
    "я стою в очереди второй час",
    "второй этаж не работает",
    "в городе москва 3 дня не было связи",
    "площадь 45 кв. м, две комнаты",
    "переезд на 5 этаж офиса",
])
def test_no_address_in_floors_queues_counts_and_areas(redactor, text):
    assert _addresses(redactor, text) == []
