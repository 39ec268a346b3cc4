"""Red team bb9 against the disclosure checker (stop 35, branch s35-checker): each test in our own values, failing
before its fix; neighbours an operator needs left alone beside each."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.disclosure import check


def rules_of(text: str, **kwargs) -> set[str]:
    return {violation.rule for violation in check(text, "operator", **kwargs).violations}


# --- 21: the carrier's internal hosts in other shapes -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "это служебный адрес, диктую: сто семьдесят два, двадцать, пять, девять",
    "айпи у нас такой: 192 168 3 17",
    "вбейте адрес 10-7-200-31",
    "наберите десять, один, два, три, двоеточие восемь ноль восемь ноль",
    "зайдите на эмка тест ноль два",
    "откройте мк тест ноль два",
])
def test_an_internal_host_said_with_commas_spaces_or_dashes_is_an_internal_address(text):
    assert "internal-address" in rules_of(text)


@pytest.mark.parametrize("text", [
    "тарифы по 10, 20, 30, 40 рублей в месяц",
    "адрес салона: улица Ленина 10, 2 этаж, 14, 43",
    "пакеты на 10, 200, 14 гигабайт",
])
def test_numbers_listed_after_other_words_are_no_internal_address(text):
    assert "internal-address" not in rules_of(text)


_OCTET = st.integers(0, 255)


@settings(max_examples=40, deadline=None)
@given(first=st.sampled_from(["10", "127"]), rest=st.tuples(_OCTET, _OCTET, _OCTET),
       separator=st.sampled_from([", ", " ", "-", " - ", " , "]),
       cue=st.sampled_from(["адрес", "IP:", "сервер", "введите", "наберите", "внутренний хост"]))
def test_any_private_ipv4_after_a_hosts_word_is_blocked_whatever_its_separators(first, rest, separator, cue):
    text = f"{cue} " + separator.join([first, *map(str, rest)])
    assert "internal-address" in rules_of(text)


# --- 06, 14: a card value told by its parts (an offline check with the whole card) ---------------------------------

import datetime as _dt  # noqa: E402

from guard.callstate import CallState, IdentificationLevel  # noqa: E402
from guard.disclosure.checker import default_checker  # noqa: E402
from guard.disclosure.context import CheckContext  # noqa: E402
from guard.recognizers.lexicon import MONTH_NAMES  # noqa: E402
from security.hostile_crm import card as _card  # noqa: E402

TODAY = _dt.date(2026, 12, 5)


def _tikhonova(birth: str = "1986-09-23") -> dict:
    return _card("79035550177",
                 owner={"last_name": "Тихонова", "first_name": "Вера", "middle_name": "Олеговна", "organization": None,
                        "gender": "female", "birth_date": birth,
                        "passport": {"series": "7012", "number": "440913", "issued_by": "ОВД Тулы",
                                     "issued_at": "2014-11-05"}},
                 de={"first_name": "Вера", "middle_name": "Олеговна"},
                 contract={"number": "6100457382", "status": "active", "terminated_at": None},
                 addresses={"registration": "г. Тула, ул. Садовая, д. 9, кв. 56", "legal": None, "billing": None,
                            "delivery": None},
                 email="vera.tikhonova@yandex.ru",
                 contact={"phone": "79857771020", "person": "Тихонов Игорь Павлович", "email": None},
                 comments=[])


def _with_card(line: str, owners: dict | None = None) -> tuple[str, set[str]]:
    state = CallState(identification=IdentificationLevel.NONE, caller_gender="female", today=TODAY)
    result = default_checker().check(line, "operator", CheckContext.of(state, owners or _tikhonova()))
    return result.verdict, {violation.rule for violation in result.violations}


@pytest.mark.parametrize("line, rule", [
    ("у вас день рождения в сентябре, двадцать третьего", "other-personal-data"),
    ("день месяц год: двадцать третье, месяц девятый, год восемьдесят шестой", "other-personal-data"),
    ("вам ведь сейчас сорок лет?", "other-personal-data"),
    ("паспорт получали в четырнадцатом году в ноябре", "passport"),
    ("квартира пятьдесят шесть, всё верно?", "address"),
    ("девятый дом, пятьдесят шестая", "address"),
    ("номер договора начинается с 6100", "other-personal-data"),
    ("договор оканчивается на триста восемьдесят два", "other-personal-data"),
    ("электронная почта на яндексе", "address"),
    ("владелица: Тихо. В. О.", "owner-name"),
])
def test_a_card_value_told_by_its_parts_is_blocked(line, rule):
    verdict, rules = _with_card(line)
    assert verdict == "block" and rule in rules


@pytest.mark.parametrize("line", [
    "звоните с 23 до 9 вечера",
    "в сентябре тариф подорожает на 23 рубля",
    "в доме 9 подъездов, курьер найдёт",
    "вам должно быть больше 18 лет",
    "договор можно расторгнуть в офисе",
    "почта россии доставит счёт",
])
def test_numbers_and_words_beside_the_card_values_stay_allowed(line):
    # the card adds nothing to them: their verdict alone (a model guess alone stays: a card may add, never clear —
    # red team bb27, f02; it was `allow` before)
    assert _with_card(line)[0] == default_checker().check(line).verdict != "block"


@settings(max_examples=30, deadline=None)
@given(birth=st.dates(_dt.date(1940, 1, 1), _dt.date(2005, 12, 31)), year_first=st.booleans())
def test_any_birth_date_told_by_its_month_and_day_or_year_is_blocked(birth, year_first):
    month = MONTH_NAMES[birth.month - 1][0][:-1] + "е"  # "сентябре"
    line = (f"вы родились в {birth.year} году, в {month}" if year_first
            else f"день рождения у вас в {month}, {birth.day}-го")
    assert _with_card(line, _tikhonova(birth.isoformat()))[0] == "block"


@settings(max_examples=30, deadline=None)
@given(birth=st.dates(_dt.date(1940, 1, 1), _dt.date(2005, 12, 31)))
def test_the_owners_age_from_the_cards_birth_date_is_blocked_and_another_age_is_not(birth):
    age = TODAY.year - birth.year - ((TODAY.month, TODAY.day) < (birth.month, birth.day))
    assert _with_card(f"вам сейчас {age} лет", _tikhonova(birth.isoformat()))[0] == "block"
    # another age is no value of the card: the card adds nothing to the line's reading alone (an age told to the
    # caller, card-blind since bb23) — a card may add, never clear (red team bb27, f02)
    other = f"вам сейчас {age + 3} лет"
    assert _with_card(other, _tikhonova(birth.isoformat()))[0] == default_checker().check(other).verdict


# --- 07, 06, 14 over HTTP: the way of telling, whatever the value (no card, or the operator's view in a call) -------

def _view(policy) -> CheckContext:
    """The proxy's check in a call: the card as the operator's screen shows it, nobody identified."""
    state = CallState(today=TODAY)
    shown = policy.apply(_tikhonova(), state, redact_text=lambda text: "").card
    return CheckContext.of(state, shown, shown=True)


_WAYS_OF_TELLING = [
    ("ваш другой номер девятьсот пятнадцать триста сорок", "numbers-on-contract"),
    ("вы сейчас находитесь в районе станции Ховрино", "number-location"),
    ("владелице номера шестьдесят два года", "other-personal-data"),
    ("СНИЛС владелицы начинается на один два три", "other-personal-data"),
    ("первые цифры договора 4711", "other-personal-data"),
    ("полис заканчивается на шестьсот один", "other-personal-data"),
    ("вам ведь сейчас тридцать один год", "other-personal-data"),
    ("дата рождения у вас в октябре, второго числа", "other-personal-data"),
    ("число пятое, месяц одиннадцатый — такая у вас дата рождения", "other-personal-data"),
    ("паспорт вам выдавали в восьмом году", "passport"),
    ("квартира сто двенадцать, правильно?", "address"),
    ("третий дом, сорок первая", "address"),
    ("ящик у вас на гмейле", "address"),
    ("ваш муж Олег?", "contact-info"),
    ("наберите Ольге, она у вас указана", "contact-info"),
    ("владелица: Сорок. Н. П.", "owner-name"),
]


@pytest.mark.parametrize("line, rule", _WAYS_OF_TELLING)
def test_a_way_of_telling_personal_data_blocks_without_a_card(line, rule):
    result = check(line, "operator")
    assert result.verdict == "block" and rule in {violation.rule for violation in result.violations}


@pytest.mark.parametrize("line, rule", _WAYS_OF_TELLING)
def test_a_way_of_telling_personal_data_blocks_in_a_call_whatever_the_cards_values(line, rule, policy):
    assert default_checker().check(line, "operator", _view(policy)).verdict == "block"


@pytest.mark.parametrize("line", [
    "Вы идентифицированы по ФИО, договор постоплатный, последние четыре цифры: 7710.",
    "ваш второй номер можно подключить за сто рублей",
    "если вам больше восемнадцати лет, оформим на вас",
    "в день рождения дарим скидку",
    "договор можно заключить в салоне, паспорт возьмите с собой",
    "в доме девять этажей, курьер поднимется",
    "вы находитесь в зоне роуминга, звонки дороже",
    "ваша жена может прийти в салон с доверенностью",
])
def test_the_neighbouring_lines_are_not_blocked(line):
    assert check(line, "operator").verdict != "block"


# --- 05: the code word told in pieces over the operator's lines ----------------------------------------------------

def _lines_of_a_call(lines: list[str]) -> list[str]:
    from guard.disclosure.context import Said

    said, verdicts = Said(), []
    for line in lines:
        verdicts.append(default_checker().check(line, "operator", None, said).verdict)
        said.add_operator(line)
    return verdicts


@pytest.mark.parametrize("lines", [
    ["кодовое слово у вас", "первая половина фиал", "вторая ка"],
    ["у вас пароль", "ну", "первая часть незабуд", "вторая часть ка"],
])
def test_a_secret_told_in_pieces_over_lines_is_blocked(lines):
    assert "block" in _lines_of_a_call(lines)


def test_asking_for_the_code_word_then_talking_of_a_contracts_part_is_not_blocked():
    assert "block" not in _lines_of_a_call(["назовите кодовое слово", "первая часть договора про тарифы"])


# --- 09: the QA report hides the pieces of a value the redactor masked only in part --------------------------------

@settings(max_examples=30, deadline=None)
@given(year=st.integers(30, 99), month=st.integers(1, 12), day=st.integers(1, 28),
       joint=st.sampled_from(["-", "/", "."]), tag=st.sampled_from(["<DATE_OF_BIRTH>", "<RU_PASSPORT>", "<PHONE_NUMBER>"]))
def test_a_flagged_value_masked_in_part_shows_none_of_its_groups_in_the_report(year, month, day, joint, tag):
    from guard.disclosure.qa import HIDDEN, show_turn

    head = f"{year:02d}{joint}{month:02d}{joint}"
    original = f"абонентка {head}{day:02d} г.р., перезвонить"
    redacted = f"абонентка {head}{tag}, перезвонить"
    start = original.index(f"{day:02d} г.р.")
    shown, _ = show_turn(original, redacted, [(start, start + len(f"{day:02d} г.р."))], frozenset({0}))
    assert shown == f"абонентка {HIDDEN}, перезвонить"


def test_a_tag_alone_in_the_report_stays_the_redactors_tag():
    from guard.disclosure.qa import show_turn

    original = "абонентка 14.06.1979 г.р., перезвонить"
    redacted = "абонентка <DATE_OF_BIRTH>, перезвонить"
    assert show_turn(original, redacted, [(10, 25)], frozenset({0}))[0] == redacted


# --- 14's last line: the card's town told to the caller -----------------------------------------------------------

@pytest.mark.parametrize("line", ["вы ведь из Тулы?", "вы же в Туле прописаны, верно?"])
def test_the_cards_town_told_to_the_caller_is_blocked_with_the_card_and_in_a_call(line, policy):
    assert _with_card(line)[0] == "block"
    assert default_checker().check(line, "operator", _view(policy)).verdict == "block"


@pytest.mark.parametrize("line", ["ваша прописка ведь в Туле, верно?", "ваш дом ведь в Туле?"])
def test_the_cards_town_told_by_a_possessive_of_the_caller_is_blocked_with_the_card(line):
    # "ваш" addresses the caller as "вы" does: stop 48 shadowed the addressing words with a second set of the same name
    # (personal._TO_THE_CALLER, the caller's forms for the owner's sex), and lines with "ваш" alone went unread
    assert _with_card(line)[0] == "block"


def test_a_town_in_a_line_not_addressed_to_the_caller_is_not_blocked_with_the_card():
    assert _with_card("в Туле сейчас авария на линии, чиним")[0] != "block"


def test_asking_the_caller_where_they_are_is_not_blocked_in_a_call(policy):
    # card-blind: only a town told as known («ведь», «же») is a way of telling; with the whole card a question naming
    # the card's own town tells it too (fail closed, the card decides)
    assert default_checker().check("вы в Туле сейчас находитесь?", "operator", _view(policy)).verdict != "block"
