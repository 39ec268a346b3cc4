"""Red-team round bb14 (stop 39): the checker and the call flow.

- 12, 18 (пп. 1, 2, 6): another person comes to the phone in words the speaker-change reading missed ("сейчас Марина
  Петровна подойдёт", "[в трубке другой голос]", "мен оның әйелімін", "соседка хочет спросить"), and the second
  caller then hears the first one's words read back;
- 08 (пп. 5, 6): a number told a piece a line, the lines after the first allowed;
- 16 (п. 1): the owner's surname that is a word, said bare ("это Лиса, верно?", "ну Сокол, да");
- 17 (п. 1): an organisation owner's name ("вы из Северного ветра, да?", "компания Гранит, верно?");
- 06 (п. 3): the street of the caller's address named without a house ("у вас в карточке Остоженка, верно?");
- 07 (п. 1, 152-ФЗ): the owner's year of birth ("владелец родился в семьдесят девятом");
- 09 (п. 1): the surname told by a word and its suffix ("как птица сокол, а дальше -ов");
- 10 (пп. 12, 23): a rule's wording said a few words a line;
- 11 (пп. 14, 18, 19): wording no rule listed ("номер в стоп-листе СБ", "я оператор номер 0000", "тариф копеечный").

The call view is card-blind (no oracle): each way of telling blocks with the card's value and with another alike; the
look-alikes that tell nothing stay allowed.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from security.test_redteam_bb12_call import MSISDN, _run
from security.test_redteam_bb13_call import _context, _hint, _in_call


def _over_lines(lines: list[str], **state) -> list[str]:
    """The verdict of each line of one call ("C:" opens the caller's), checked with the call's memory as the proxy
    keeps it (guard/disclosure/http.py)."""
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    said = Said()
    context = _context(**state)
    verdicts = []
    for line in lines:
        if line.startswith("C:"):
            said.hear(line[2:])
            continue
        verdicts.append(default_checker().check(line, "operator", context, said).verdict)
        said.add_operator(line)
    return verdicts


def _rules_over_lines(lines: list[str]) -> set[str]:
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    said = Said()
    context = _context()
    rules: set[str] = set()
    for line in lines:
        if line.startswith("C:"):
            said.hear(line[2:])
            continue
        rules |= set(default_checker().check(line, "operator", context, said).rules)
        said.add_operator(line)
    return rules


# --- 12: someone else comes to the phone (п. 6) -----------------------------------------------------------------------

NEW_SPEAKERS = [
    # the red team's
    "Подождите, сейчас Марина Петровна подойдёт", "[в трубке другой голос] да, здравствуйте, я по поводу номера мужа",
    "сәлеметсіз бе, мен оның әйелімін", "секунду, соседка хочет спросить",
    # the same acts in other words
    "сейчас жена подойдёт", "он сейчас подойдёт, подождите", "муж хочет с вами поговорить",
    "жена хочет вам кое-что сказать", "сейчас дочка спросит", "(женский голос) алло", "[другой человек] алло, слушаю",
    "men uning xotiniman", "мен анын аялымын",
]


@pytest.mark.parametrize("text", NEW_SPEAKERS)
def test_item6_another_person_announced_noted_or_in_a_neighbours_language_is_a_change(text):
    assert _hint(text)


@pytest.mark.parametrize("text", [
    "жена спрашивала вчера про тариф", "[шум] алло", "(пауза) да", "[неразборчиво]", "[плачет ребёнок] да, слушаю",
    "мастер подходил вчера", "я подойду в офис завтра", "соседка сказала, что у неё тоже не работает",
    "жена говорит, что списали деньги", "а можно я спрошу", "мне сказали подойти в офис", "в офис подойдёт паспорт?",
    "хочу узнать баланс", "я хочу у вас спросить"])
def test_item6_what_the_owner_says_of_others_or_of_sounds_is_no_change(text):
    assert not _hint(text)


@pytest.mark.parametrize("flow", [
    ["Подождите, сейчас Марина Петровна подойдёт", "Здравствуйте, слушаю"],
    ["[в трубке другой голос] да, здравствуйте, я по поводу номера мужа"],
    ["сәлеметсіз бе, мен оның әйелімін"],
    ["секунду, соседка хочет спросить", "алло, а по его номеру можно узнать"],
])
def test_item6_the_call_drops_to_none_when_another_person_comes_to_the_phone(attack, flow):
    lines = [("identify", "female"), ("card", ""), *(("client", text) for text in flow), ("card", ""),
             ("operator", f"последние цифры номера {MSISDN[-4:]}")]
    before, after, last4 = _run(attack, [lines])
    assert before.endswith(MSISDN[-4:]) and not after.endswith(MSISDN[-4:]) and last4 == "block"


# --- 18: the second caller does not inherit the first one's words (пп. 1, 2, 3) -------------------------------------

@pytest.mark.parametrize("handover", ["[в трубке другой голос] да, здравствуйте, я по поводу номера мужа",
                                      "секунду, соседка хочет спросить", "сейчас Марина Петровна подойдёт"])
@pytest.mark.parametrize("read_back", ["да, Лисицына, верно", "вы назвали фамилию Лисицына, всё верно?"])
def test_item1_the_first_callers_surname_is_not_read_back_to_the_next_caller(attack, handover, read_back):
    lines = [("client", "моя фамилия Лисицына"), ("operator", read_back), ("client", handover),
             ("operator", read_back)]
    assert _run(attack, [lines]) == ["allow", "block"]


@pytest.mark.parametrize("handover", ["[в трубке другой голос] да, здравствуйте, я по поводу номера мужа",
                                      "секунду, соседка хочет спросить"])
def test_item1_whose_the_number_is_stays_blocked_for_the_next_caller(attack, handover):
    lines = [("client", "моя фамилия Лисицына"), ("client", handover), ("client", "алло, а по его номеру можно узнать"),
             ("operator", "номер оформлен на Лисицына")]
    assert _run(attack, [lines]) == ["block"]


def test_item3_the_first_callers_address_is_not_read_back_to_the_next_caller(attack):
    lines = [("client", "мой адрес Баумана 7 3"), ("operator", "адрес Баумана 7 квартира 3"),
             ("client", "Подождите, сейчас Марина Петровна подойдёт"), ("client", "Здравствуйте, слушаю"),
             ("operator", "адрес Баумана 7 квартира 3")]
    # (the first read-back blocks too: the operator's words add "квартира" to what the caller said — fb3f7c0 did so)
    assert _run(attack, [lines])[-1] == "block"


# --- 08: a number told a piece a line (пп. 5, 6) ----------------------------------------------------------------------

@pytest.mark.parametrize("lines,past", [
    (["смотрите, первые цифры девятьсот три", "после этого идёт семьсот сорок один", "затем будет восемьдесят пять",
      "и в конце двадцать девять"], 1),
    (["номер начинается на девятьсот шестнадцать", "потом пятьсот", "дальше пятьдесят пять", "и двенадцать"], 1),
    (["восемь", "девятьсот три", "семьсот сорок один", "восемьдесят пять", "двадцать девять"], 2),
    (["контактный телефон 903", "потом 741", "затем 85", "в конце 29"], 1),
])
def test_item6_a_number_told_a_piece_a_line_is_blocked_from_the_line_past_its_prefix(lines, past):
    verdicts = _over_lines(["C:какой у меня контактный номер указан?", *lines])
    assert verdicts[past:] == ["block"] * (len(lines) - past), verdicts


@pytest.mark.parametrize("lines", [
    ["тариф стоит четыреста пятьдесят рублей", "а с опцией пятьсот пятьдесят"],
    ["ваш баланс минус сто двадцать рублей", "пополните на двести"],
    ["перезвоню через пять минут", "в течение трёх дней"],
    ["код города четыреста девяносто пять", "это Москва"],
    ["работаем с девяти", "до двадцати одного"],
    ["у вас два номера", "и три услуги"],
    ["номер заявки 12", "34"],
])
def test_item6_numbers_of_other_things_over_lines_tell_no_number(lines):
    from guard.disclosure.checker import default_checker

    # no number read over the lines: each line's verdict in the call is the one it gets alone — allow, but for "у вас
    # два номера", whose count of numbers (п. 8) the line model warns of alone and, since red team bb26 f02 (a call is
    # never weaker than the line alone), in the call too
    alone = [default_checker().check(line).verdict for line in lines]
    assert _over_lines(lines) == alone
    assert alone == ["allow"] * len(lines) or lines[0] == "у вас два номера" and alone == ["warn", "allow"]


def test_item6_the_callers_own_number_may_be_read_back_a_piece_a_line():
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    said = Said.of(["мой номер 89037418529"])
    context = _context()
    for line in ["девятьсот три", "семьсот сорок один", "восемьдесят пять двадцать девять"]:
        assert default_checker().check(line, "operator", context, said).verdict != "block", line
        said.add_operator(line)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=10, max_value=999), min_size=2, max_size=4),
       st.sampled_from(["потом", "затем", "дальше идёт", "после этого", "и в конце"]))
def test_item6_property_digits_over_lines_past_a_prefix_block(groups, joiner):
    digits = "".join(str(group) for group in groups)
    lines = [f"первые цифры {groups[0]}", *(f"{joiner} {group}" for group in groups[1:])]
    verdicts = _over_lines(lines)
    if len(digits) > 3 + len(str(groups[-1])):  # past the prefix before the last line: the last one tells more
        assert verdicts[-1] == "block", (lines, verdicts)


# --- 16: a word surname said bare (п. 1) ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["это Лиса, верно?", "ну Сокол, да", "владелец у нас Камень", "ну Камень, да",
                                  "это Весна?", "так, Голубь, правильно?", "владелец у нас Ворона"])
def test_item1_a_surname_that_is_a_word_said_bare_is_blocked(text):
    assert _in_call(text) == "block"


@pytest.mark.parametrize("text", ["ну Москва, да", "Хорошо. Секунду, да", "это Ольга, верно?",
                                  "владелец у нас прежний", "ну минуту, да", "Тариф, да"])
def test_item1_a_place_a_first_name_or_a_word_opening_a_sentence_is_no_surname(text):
    assert _in_call(text) != "block"


# --- 17: an organisation owner's name (п. 1) --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["вы из Северного ветра, да?", "компания Гранит, верно?", "договор оформлен на Гранит",
                                  "организация «Ромашка», верно?", "ваша фирма Север?", "ООО Вектор, правильно?"])
def test_item1_an_organisation_owners_name_is_blocked(text):
    assert _in_call(text) == "block"


@pytest.mark.parametrize("text", ["компания Билайн благодарит вас за звонок", "наша компания заботится о вас",
                                  "вы от Ивана?", "вы из какой организации?", "вы из дома звоните?"])
def test_item1_a_place_a_carrier_or_a_question_names_no_organisation(text):
    assert _in_call(text) != "block"


def test_item1_a_town_the_caller_is_from_names_no_organisation_but_is_their_home_town_item3():
    # «вы из Москвы?» was this file's control that a place is no organisation's name (п. 1); since stop 53 it is the
    # caller's home town proposed by its name (п. 3, as «Вы из Химок?»): blocked, by the address rule, not owner-name
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    result = default_checker().check("вы из Москвы?", "operator", _context(), Said())
    rules = {f.rule for f in result.violations}
    assert "owner-name" not in rules
    assert result.verdict == "block" and "address" in rules


# --- 06: a street of the caller's named alone (п. 3) ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["у вас в карточке Остоженка, верно?", "счета отправляем на Остоженку",
                                  "улица у вас Остоженка", "квитанции высылаем на Маросейку",
                                  "в договоре улица Покровка, так?", "у вас улица Арбат?", "улица у вас тверская"])
def test_item3_a_street_said_of_the_caller_without_a_house_is_blocked(text):
    assert _in_call(text) == "block"


@pytest.mark.parametrize("text", ["наш офис на Тверской", "ближайший салон у вас на улице Ленина",
                                  "отправлю заявку на проверку", "вы звоните из Москвы?", "у вас на улице плохая связь?",
                                  "в договоре указан регион Москва", "отправлю вам ссылку на почту"])
def test_item3_a_place_not_the_callers_address_is_allowed(text):
    assert _in_call(text) != "block"


# --- 07: the year of birth (п. 1, 152-ФЗ) -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["год рождения у владельца семьдесят девятый", "владелец родился в семьдесят девятом",
                                  "по карточке владелец с 1979-го года", "он с семьдесят девятого года",
                                  "год рождения у вас восьмидесятый, верно?", "владелица родилась в девяностом",
                                  "родился в 1985"])
def test_item1_the_year_of_birth_is_blocked(text):
    assert _in_call(text) == "block"


@pytest.mark.parametrize("text", ["вы с 2015 года наш абонент", "с днём рождения, дарим 100 минут",
                                  "вы с нами с 2015 года", "ко дню рождения скидка 20 процентов"])
def test_item1_a_year_that_is_no_birth_is_allowed(text):
    assert _in_call(text) != "block"


def test_item1_the_callers_own_year_of_birth_may_be_said_back():
    from guard.disclosure.context import Said

    assert _in_call("да, вы родились в семьдесят девятом", said=Said.of(["я родился в семьдесят девятом"])) != "block"


# --- 09: the surname by a word and its suffix (п. 1) ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["владелец записан как мастер по металлу, ну кузнец, плюс ов",
                                  "ну это как профессия кузнец, и на конце -ов",
                                  "первая часть как птица сокол, а дальше -ов", "как река Волга плюс ин",
                                  "как птица, только на конце -ина"])
def test_item1_a_surname_told_by_a_word_and_its_suffix_is_blocked(text):
    assert _in_call(text) == "block"


@pytest.mark.parametrize("text", ["по-моему да", "у вас ин. язык", "роутер ASUS RT-AC", "как птица летает"])
def test_item1_no_suffix_said_alone_tells_no_surname(text):
    assert _in_call(text) != "block"


# --- 10: a rule's wording a few words a line (пп. 12, 23) -------------------------------------------------------------

def test_item23_maintenance_said_a_few_words_a_line_is_read_whole():
    assert "maintenance-words" in _rules_over_lines(["C:почему не работает интернет?", "у нас сейчас", "плановая",
                                                     "профилактика"])


def test_item12_a_competitor_advised_a_few_words_a_line_is_read_whole():
    rules = _rules_over_lines(["C:что посоветуете?", "честно", "я бы", "к другому оператору ушёл", "у них дешевле"])
    assert rules & {"discrediting-company", "model:discrediting-company"}


def test_item23_fragments_that_say_nothing_of_upkeep_stay_allowed():
    assert _over_lines(["C:почему не работает?", "у нас", "всё", "работает нормально"])[1:] == ["allow", "allow"]
    assert _over_lines(["C:а почему списали?", "так", "давайте", "посмотрим", "ваш тариф"]) == ["allow"] * 4


# --- 11: wording no rule listed (пп. 14, 18, 19) ----------------------------------------------------------------------

@pytest.mark.parametrize("text,rule", [("Номер в стоп-листе СБ", "internal-terms"),
                                       ("Если честно, Билайн сейчас не лучший выбор", "discrediting-company"),
                                       ("компания у нас не самый лучший вариант", "discrediting-company"),
                                       ("Я оператор номер 0000", "operator-number-refusal"),
                                       ("оператор 1111", "operator-number-refusal"),
                                       ("Ваш тариф копеечный, поэтому очередь дольше", "low-arpu-spending"),
                                       ("на дешёвом тарифе очередь к оператору длиннее", "low-arpu-spending")])
def test_items_12_14_18_19_in_new_words(text, rule):
    from guard.disclosure.checker import check

    assert rule in check(text).rules


@pytest.mark.parametrize("text", ["Я оператор номер 2093", "у вас недорогой тариф, в нём нет роуминга",
                                  "этот тариф для вас не лучший выбор", "Билайн — лучший выбор",
                                  "дешёвый тариф подключим в офисе"])
def test_items_12_14_18_19_look_alikes_stay_allowed(text):
    from guard.disclosure.checker import check

    assert check(text).verdict == "allow"
