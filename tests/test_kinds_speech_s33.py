"""Stop 33 (issue 15): addresses, birth dates and phones as elderly callers and their relatives say them in a
speech-to-text call — a birth year said as an ordinal and nothing more, a village's address, a number read in two
parts with an aside between.

Each rule lives in its kind: the year in recognizers/birth_date.py (`said_as_a_years_ordinal`, `someones_year`,
`years_said_alone`), the address's grammar in recognizers/address.py, the phone's parts in recognizers/phone.py.
"""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

from benchmarks.russian import cardinal, ordinal


def _found(redactor, text: str, value: str, kind: str, after: str = "") -> bool:
    """Is every letter of `value` (its first occurrence after `after`) inside a span of `kind`?"""
    start = text.index(value, text.index(after) + len(after))
    spans = [(e.start, e.end) for e in redactor.analyze(text) if e.type == kind]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


def _kinds_in(redactor, text: str, value: str) -> set[str]:
    start = text.index(value)
    return {e.type for e in redactor.analyze(text) if e.start < start + len(value) and start < e.end}


# --- a birth year said as an ordinal --------------------------------------------------------------------------------

def test_a_year_after_a_pronoun_is_a_birth_year_though_an_age_word_came_earlier(redactor):
    # "мне" three words back gave the age reading before: the nearest word says whose the year is
    text = "клиент: а мне далеко я тридцать пятого года ноги не те"
    assert _found(redactor, text, "тридцать пятого года", "DATE_OF_BIRTH")


def test_a_year_of_this_century_after_a_pronoun_is_a_birth_year(redactor):
    text = "клиент: сто семнадцать я две тысячи второго года\nоператор: водительское удостоверение не нужно"
    assert _found(redactor, text, "две тысячи второго года", "DATE_OF_BIRTH")


def test_a_year_said_alone_after_a_full_name_is_the_birth_year(redactor):
    text = "клиент: на меня гладышева лидия фёдоровна сорок седьмого\nоператор: лидия фёдоровна что хотите сделать"
    assert _found(redactor, text, "сорок седьмого", "DATE_OF_BIRTH")


def test_a_year_with_its_word_after_a_full_name_is_the_birth_year(redactor):
    text = "клиент: лесных кристина юрьевна восемьдесят девятого года договор на меня"
    assert _found(redactor, text, "восемьдесят девятого года", "DATE_OF_BIRTH")


def test_a_relatives_year_said_alone_is_the_birth_year_and_her_age_is_not(redactor):
    text = "родственник: мама у меня тридцать седьмого ей восемьдесят восемь она до салона не дойдёт"
    assert _found(redactor, text, "тридцать седьмого", "DATE_OF_BIRTH")
    assert "DATE_OF_BIRTH" not in _kinds_in(redactor, text, "восемьдесят восемь")


def test_a_year_read_back_and_corrected_after_the_birth_question_stays_masked(redactor):
    text = ("оператор: назовите дату рождения\nклиент: девятое мая сорок девятого\n"
            "оператор: пятьдесят девятого правильно\nклиент: да нет же сорок девятого сорок девятого я старше\n"
            "оператор: извините сорок девятого совпало")
    assert _found(redactor, text, "пятьдесят девятого", "DATE_OF_BIRTH")
    assert _found(redactor, text, "сорок девятого сорок девятого", "DATE_OF_BIRTH", after="да нет же")
    assert _found(redactor, text, "сорок девятого", "DATE_OF_BIRTH", after="извините")


def test_an_age_a_day_and_a_year_since_are_no_birth_year(redactor):
    for text, value in (("клиент: мне восемьдесят два года", "восемьдесят два года"),
                        ("клиент: я с девяносто пятого года у вас абонент", "девяносто пятого года"),
                        ("клиент: я двадцать пятого приду в салон", "двадцать пятого"),
                        ("клиент: я плачу сорок седьмой месяц", "сорок седьмой")):
        assert "DATE_OF_BIRTH" not in _kinds_in(redactor, text, value), text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(year=st.integers(1932, 1999), who=st.sampled_from(["я", "мама у меня", "отец", "владелица"]))
def test_any_year_said_as_an_ordinal_after_a_person_is_masked_and_said_as_an_age_is_not(redactor, year, who):
    said = ordinal(year % 100)
    text = f"клиент: {who} {said} года"
    assert _found(redactor, text, said, "DATE_OF_BIRTH")
    age = cardinal(2026 - year)
    assert "DATE_OF_BIRTH" not in _kinds_in(redactor, f"клиент: ей {age} года", age)


# --- a village's address, said ----------------------------------------------------------------------------------------

def _address(redactor, text: str, value: str) -> bool:
    return _found(redactor, text, value, "ADDRESS")


def test_an_ordinal_before_a_building_word_ends_the_address(redactor):
    text = "абонент: да таганрог улица петровская восемьдесят девять квартира четырнадцать второй подъезд"
    assert _address(redactor, text, "таганрог улица петровская восемьдесят девять квартира четырнадцать второй подъезд")


def test_a_street_without_its_word_keeps_its_house_number_with_a_fraction(redactor):
    text = "клиент: он живёт сибиряков гвардейцев пятьдесят один дробь один квартира двести три"
    assert _address(redactor, text, "сибиряков гвардейцев пятьдесят один дробь один квартира двести три")
    spans = [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "ADDRESS"]
    assert not any("живёт" in span for span in spans)  # a cue of living there is no street's word


def test_a_garden_partnership_spelled_letter_by_letter_is_a_settlement(redactor):
    text = "клиент: рамонский район эс эн тэ дружба улица седьмая участок сорок три это не город"
    assert _address(redactor, text, "рамонский район эс эн тэ дружба улица седьмая участок сорок три")


def test_a_garage_cooperative_and_its_box_are_an_address(redactor):
    text = "клиент: в гараже связь не ловит в гаражном кооперативе рассвет на улице урывского бокс сорок семь"
    assert _address(redactor, text, "гаражном кооперативе рассвет на улице урывского бокс сорок семь")


def test_the_town_someone_lives_in_before_the_street_is_in_the_address(redactor):
    text = "родственник: она у нас одна живёт в лисках на улице титова дом восемь квартира двадцать"
    assert _address(redactor, text, "лисках на улице титова дом восемь квартира двадцать")


def test_a_villages_address_down_to_its_street_is_an_address_without_a_house(redactor):
    text = "клиент: воронежская область аннинский район деревня мосоловка улица зелёная а дом не помню"
    assert _address(redactor, text, "воронежская область аннинский район деревня мосоловка улица зелёная")


def test_a_house_without_a_number_in_a_village_is_an_address(redactor):
    text = "клиент: пиши деревня мосоловка дом без номера там возле магазина"
    assert _address(redactor, text, "деревня мосоловка дом без номера")


def test_a_town_and_a_street_in_passing_stay_visible(redactor):
    for text in ("клиент: в москве на улице ленина авария", "оператор: салон в воронеже на улице кольцовской",
                 "клиент: в мае было два этажа"):
        assert not any(e.type == "ADDRESS" for e in redactor.analyze(text)), text


# --- a phone read in two parts, an aside between ----------------------------------------------------------------------

def test_a_mobile_number_read_in_two_parts_with_an_aside_between_is_masked_whole(redactor):
    text = ("оператор: подскажите пожалуйста номер мамы\nклиент: восемь девятьсот пятьдесят четыреста тридцать один "
            "сейчас очки надену двадцать семь шестьдесят шесть")
    assert _found(redactor, text, "восемь девятьсот пятьдесят четыреста тридцать один", "PHONE_NUMBER")
    assert _found(redactor, text, "двадцать семь шестьдесят шесть", "PHONE_NUMBER")


def test_an_aside_naming_another_value_parts_two_values(redactor):
    text = "клиент: восемь девятьсот шестьдесят семь ноль двенадцать а договор тридцать три шестнадцать"
    assert "PHONE_NUMBER" not in _kinds_in(redactor, text, "тридцать три шестнадцать")


_ASIDE_WORDS = ["сейчас", "очки", "надену", "найду", "в", "книжке", "подождите", "где", "же", "тут", "записано"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=st.integers(900, 999), middle=st.integers(100, 999), last=st.integers(1000, 9999),
       aside=st.lists(st.sampled_from(_ASIDE_WORDS), min_size=1, max_size=5))
def test_any_aside_of_a_few_words_between_a_mobiles_parts_keeps_both_masked(redactor, code, middle, last, aside):
    rest = f"{cardinal(last // 100)} {cardinal(last % 100)}" if last % 100 >= 10 else cardinal(last)
    text = f"клиент: восемь {cardinal(code)} {cardinal(middle)} {' '.join(aside)} {rest}"
    assert _found(redactor, text, rest, "PHONE_NUMBER", after=" ".join(aside))


# --- the carrier's office, said where it is ---------------------------------------------------------------------------

def test_an_office_said_with_where_it_is_holds_the_address_after_it(redactor):
    for text in ("оператор: восстановить сим можно в офисе на красном проспекте двадцать девять",
                 "оператор: снилс не заменяет доверенность запрос в офис по адресу улица депутатская сорок шесть"):
        assert not any(e.type == "ADDRESS" for e in redactor.analyze(text)), text


def test_a_place_a_person_lives_near_or_a_flat_keeps_the_address_masked(redactor):
    for text, value in (("клиент: мама живёт рядом с салоном на улице ленина пять", "улице ленина пять"),
                        ("оператор: в офисе на улице ленина пять квартира три", "улице ленина пять квартира три")):
        assert _found(redactor, text, value, "ADDRESS"), text


# --- one reader of a date's parts --------------------------------------------------------------------------------------

def test_identification_reads_a_said_date_with_the_birth_date_kinds_one_reader():
    from guard import identification
    from guard.recognizers.birth_date import date_parts

    assert identification.date_parts is date_parts  # no month table of its own
    assert identification.parse_spoken_date("12 сент 1980") == date(1980, 9, 12)  # an abbreviation the kind reads


@settings(max_examples=40, deadline=None)
@given(moment=st.dates(date(1930, 1, 1), date(2005, 12, 31)), form=st.integers(0, 1))
def test_a_date_in_words_or_digits_reads_as_the_same_day_everywhere(moment, form):
    from guard.identification import parse_spoken_date
    from guard.recognizers.birth_date import date_parts
    from guard.recognizers.lexicon import MONTH_NAMES

    said = f"{moment.day} {MONTH_NAMES[moment.month - 1][form]} {moment.year}"
    typed = f"{moment.day:02d}.{moment.month:02d}.{moment.year}"
    assert date_parts(said) == date_parts(typed) == (moment.day, moment.month, moment.year)
    assert parse_spoken_date(said) == parse_spoken_date(typed) == moment


def test_a_shop_said_with_where_it_is_may_be_a_customers_and_stays_masked(redactor):
    # pii_v31: a corporate customer's shop
    text = "Нужны две SIM для двух продавцов в магазине на Геленджик, ул. Луначарского, 1в"
    assert _found(redactor, text, "ул. Луначарского, 1в", "ADDRESS")


def test_a_year_after_a_street_or_a_month_is_no_birth_year(redactor):
    # disc_v30 disc_v-0116 (a clean near-miss): the square's year; disclosure_tB tb-0137: a passport's issue month
    for text, value in (("ближайший наш салон на малышева пять возле площади тысяча девятьсот пятого года работает",
                         "тысяча девятьсот пятого года"),
                        ("дата выдачи паспорта в договоре март две тысячи двенадцатого года", "двенадцатого года")):
        assert "DATE_OF_BIRTH" not in _kinds_in(redactor, text, value), text
