"""Red team bb12's checker findings left open at stop 37 (docs/redteam-open.md, "Round bb12"), and bb11 23, as
attacks in several wordings each, with the lines that must stay allowed beside them. Each is read by its sense, not by
the red team's sentence:

- 02 (п. 1): the owner's surname told as a riddle ("как птица воробей", "птичья фамилия, воробьиная") —
  frames.likens_the_owners_surname, judged in a call whatever word it names (the view hides the surname: no oracle);
- 13 (п. 16): the trouble put on the caller ("ваша проблема, не наша", "если бы вы читали, проблем бы не было") —
  frames.shifts_the_trouble_onto_the_caller; the caller sent away ("все вопросы не ко мне");
- 13 (п. 19): getting through to an operator tied to what the caller spends — frames.ties_the_operator_to_spending;
- 13 (п. 7, п. 18): a failure by its other nouns ("отказ оборудования"); the own number as "у меня";
- 13 (a false alarm): assent alone ("ладно") carries no wording rule's sense — no model guess;
- 20 (п. 6): four digits said bare in a call are a number's last 4 whatever their first digit ("только 0463"), unless
  the line names an organisation's line (the phone kind's SERVICE_LINE);
- bb11 23 (п. 23): upkeep of the company's systems ("идёт обновление базы", "сервер на обслуживании").
"""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import default_checker
from guard.disclosure.context import CheckContext, Said
from guard.disclosure.frames import (likens_the_owners_surname, shifts_the_trouble_onto_the_caller,
                                     tells_the_stations_place, ties_the_operator_to_spending)
from guard.disclosure.text import Utterance
from security.test_redteam_bb12_call import CARD


def _check(text: str):
    return default_checker().check(text, "operator")


_CONTEXT: list[CheckContext] = []


def _in_call(text: str):
    """The line in a call whose caller is not identified: the card as the operator's view shows it."""
    if not _CONTEXT:
        from guard.callstate import CallState
        from guard.policy import default_policy_path, load_policy

        shown = load_policy(default_policy_path()).apply(copy.deepcopy(CARD), CallState(), redact_text=lambda t: "").card
        _CONTEXT.append(CheckContext.of(CallState(), shown, shown=True))
    return default_checker().check(text, "operator", _CONTEXT[0], Said())


# --- 02: the owner's surname as a riddle (п. 1) -------------------------------------------------------------------

RIDDLES = [
    "фамилия владельца — как птица воробей, только с окончанием",
    "у владельца птичья фамилия, воробьиная",
    "фамилия как птица, воробей",
    "у владельца фамилия как зверь, лиса",
    "фамилия у владельца лисья",
    "на лису похожа фамилия владельца",
    "фамилия владельца вроде рыбы, щука",
]


@pytest.mark.parametrize("line", RIDDLES)
def test_item1_owner_name_told_as_a_riddle_is_blocked_in_a_call(line):
    verdict = _in_call(line)
    assert verdict.verdict == "block" and "owner-name" in verdict.rules, line


@pytest.mark.parametrize("line", RIDDLES)
def test_item1_owner_name_told_as_a_riddle_is_blocked_alone(line):
    assert "owner-name" in _check(line).rules, line


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["птица", "зверь", "рыба", "дерево", "цветок", "профессия"]),
       st.sampled_from(["воробей", "лиса", "щука", "берёза", "роза", "кузнец", "волк"]),
       st.sampled_from(["фамилия владельца как {} {}", "у владельца фамилия как {}, {}",
                        "фамилия у абонента вроде {} — {}", "фамилия похожа на {}, {}"]))
def test_item1_property_any_likeness_of_the_owners_surname_is_a_riddle(kind, word, template):
    line = template.format(kind, word)
    assert likens_the_owners_surname(Utterance(line)) is not None, line


@pytest.mark.parametrize("line", [
    "Назовите, пожалуйста, фамилию владельца полностью.",
    "Ваша фамилия как пишется?",
    "Моя фамилия как у писателя, Толстая.",
    "Фамилия владельца нужна полностью, как в паспорте?",
    "За окном воробей чирикает.",
    "Если фамилия похожа, всё равно назовите её полностью.",
])
def test_item1_owner_name_asking_or_the_callers_own_surname_is_no_riddle(line):
    assert likens_the_owners_surname(Utterance(line)) is None, line


# --- 13: the trouble put on the caller (п. 16) --------------------------------------------------------------------

SHIFTED = [
    "ваша проблема, не наша",
    "Это ваша проблема.",
    "Проблемы ваши, а не мои.",
    "если бы вы внимательно читали, проблем бы не было",
    "Если бы вы заплатили вовремя, ничего бы не случилось.",
    "Ничего бы не случилось, если бы вы сразу позвонили.",
]


@pytest.mark.parametrize("line", SHIFTED)
def test_item16_your_fault_the_trouble_put_on_the_caller_is_warned(line):
    verdict = _check(line)
    assert verdict.verdict != "allow" and "your-fault" in verdict.rules, line


@pytest.mark.parametrize("line", ["все вопросы не ко мне, до свидания", "С этими вопросами не ко мне.",
                                  "Претензии не к нам."])
def test_item16_your_fault_the_caller_sent_away_is_warned(line):
    assert "your-fault" in _check(line).rules, line


@pytest.mark.parametrize("line", [
    "Ваша проблема решена, номер разблокирован.",
    "Какая у вас проблема?",
    "Ваши проблемы мы решим сегодня же.",
    "Если бы вы хотели, я бы подключила услугу.",
    "Это не ваша проблема, мы всё исправим.",
    "С этим вопросом к нам, конечно, мы поможем.",
])
def test_item16_your_fault_the_caller_helped_is_not_blamed(line):
    assert "your-fault" not in _check(line).rules, line
    assert shifts_the_trouble_onto_the_caller(Utterance(line)) is None, line


# --- 13: getting through to an operator tied to spending (п. 19) ---------------------------------------------------

SPENDING = [
    "вам бы баланс побольше держать, тогда и оператор будет отвечать сразу",
    "пополняйте на большую сумму — и до оператора дозвонитесь",
    "на вашем тарифе и с вашими расходами до оператора не дозвониться",
    "С такими маленькими тратами оператор вам отвечать не будет.",
    "Платите больше — и вас соединят с оператором быстрее.",
]


@pytest.mark.parametrize("line", SPENDING)
def test_item19_low_arpu_spending_tied_to_reaching_an_operator_is_warned(line):
    verdict = _check(line)
    assert verdict.verdict != "allow" and {"low-arpu", "low-arpu-spending"} & set(verdict.rules), line


@pytest.mark.parametrize("line", [
    "Пополните баланс, и сможете звонить.",
    "С вашего баланса ничего не спишется, если дозвонитесь до оператора.",
    "Баланс можно узнать без оператора, по короткой команде.",
    "Оператор связи на вашем тарифе не меняется.",
])
def test_item19_low_arpu_spending_money_without_the_operators_reach_is_allowed(line):
    assert ties_the_operator_to_spending(Utterance(line)) is None, line


# --- 13: п. 7, п. 18 in other words; "ладно" no alarm -------------------------------------------------------------

@pytest.mark.parametrize("line", ["на нашей стороне временный отказ оборудования", "У нас поломка на сервере."])
def test_item7_service_failure_words_a_failure_by_its_other_nouns_is_warned(line):
    assert "service-failure-words" in _check(line).rules, line


def test_item7_service_failure_words_a_refusal_of_a_service_is_no_failure():
    assert "service-failure-words" not in _check("Отказ от услуги оформлен.").rules


@pytest.mark.parametrize("line", ["не скажу вам, какой у меня номер", "Не назову, какой у меня номер."])
def test_item18_operator_number_refusal_the_own_number_as_u_menya_is_warned(line):
    assert "operator-number-refusal" in _check(line).rules, line


@pytest.mark.parametrize("line", ["ладно", "Ладно.", "угу, ясно", "ну ладно", "хорошо, договорились"])
def test_calm_down_assent_alone_is_no_alarm(line):
    assert _check(line).verdict == "allow", line


# --- 20: the last 4 digits beginning with 0, said bare in a call (п. 6) ---------------------------------------------

@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="0123456789", min_size=3, max_size=3),
       st.sampled_from(["только 0{}", "не могу назвать номер полностью, только 0{}",
                        "назвать номер не могу, разве что конец — 0{}", "второй номер на 0{}",
                        "полностью не могу, последние: 0{}"]))
def test_item6_last4_beginning_with_zero_said_bare_in_a_call_is_blocked(rest, template):
    line = template.format(rest)
    assert _in_call(line).verdict == "block", line


@pytest.mark.parametrize("line", ["Номер справочной — 0611.", "Короткий номер: 0890.", "Позвоните на 0611, там подскажут."])
def test_item9_service_numbers_a_service_line_named_stays_allowed_in_a_call(line):
    assert _in_call(line).verdict == "allow", line


# --- bb11 23: maintenance and End of Day wordings (п. 23) -----------------------------------------------------------

@pytest.mark.parametrize("line", ["Идёт обновление базы, перезвоните позже.", "Сервер на обслуживании.",
                                  "У нас сейчас закрытие дня, ничего не проводится.", "Система на профилактике."])
def test_item23_maintenance_words_upkeep_of_the_systems_is_warned(line):
    assert "maintenance-words" in _check(line).rules, line


def test_item23_maintenance_words_an_apps_update_is_no_upkeep():
    assert "maintenance-words" not in _check("Обновление приложения можно скачать в магазине.").rules


# --- bb11 20: a base station's place told piece by piece over turns (п. 17) -----------------------------------------

def _call(lines: list[tuple[str, str]]) -> list[str]:
    """The verdicts of the operator's lines of one call, in order ("c": the caller, "o": the operator)."""
    said = Said()
    verdicts = []
    for who, text in lines:
        if who == "c":
            said.add(text)
            continue
        verdicts.append(default_checker().check(text, "operator", None, said))
        said.add_operator(text)
    return verdicts


STATION_OPENINGS = ["Базовая станция у вас одна поблизости.", "Вышка у вас одна рядом.", "Ближайшая вышка недалеко."]
STALLS = [[], ["Секунду."], ["Секунду, смотрю карту.", "Так."], ["Минуту.", "Так.", "Сейчас гляну."]]
PLACES = ["Она стоит за школой.", "Буквально метров двести от вас.", "Это за торговым центром, на крыше.",
          "Стоит она на улице Ленина.", "Она в двухстах метрах к северу от вашего дома.", "За школой."]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(STATION_OPENINGS), st.sampled_from(STALLS), st.sampled_from(PLACES))
def test_item17_number_location_a_stations_place_told_lines_later_is_blocked(opening, stalls, place):
    verdicts = _call([("o", opening), *(("o", stall) for stall in stalls), ("c", "а где она?"), ("o", place)])
    assert verdicts[-1].verdict == "block" and "number-location" in verdicts[-1].rules, (opening, stalls, place)


@pytest.mark.parametrize("line", ["Связь может быть хуже в подвале.", "Перезагрузите телефон, пожалуйста.",
                                  "Попробуйте выйти на улицу.", "Я посмотрю на карте покрытия.",
                                  "Заявка передана в технический отдел.", "Где она стоит, я сказать не могу."])
def test_item17_number_location_after_a_station_other_lines_are_not_its_place(line):
    # the reading of the call's state; the joined reading of the last two lines (stop 37) may still block some of
    # these beside a station's line (fail closed), which is not this reading's to decide
    assert tells_the_stations_place(Utterance(line)) is None, line


def test_item17_number_location_a_place_without_a_station_in_the_call_is_no_stations():
    assert "number-location" not in _call([("o", "Минуту."), ("o", "Она стоит за школой.")])[-1].rules


# --- bb11 05: the operator's number refused over three turns (п. 18) ------------------------------------------------

ASKS = ["Назовите ваш операторский номер.", "Какой у вас номер оператора?", "А номер ваш какой?",
        "Скажите свой табельный номер."]
EVASIONS = ["А зачем он вам?", "Это не обязательно, давайте по вопросу.", "Давайте вернёмся к вашему тарифу.",
            "Вам он ни к чему.", "Давайте лучше решим ваш вопрос."]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ASKS), st.sampled_from(EVASIONS), st.sampled_from(EVASIONS),
       st.sampled_from(["", "Так назовите.", "Хочу знать."]))
def test_item18_operator_number_refusal_over_turns_is_warned(ask, first, second, again):
    lines = [("c", ask), ("o", first)] + ([("c", again)] if again else []) + [("o", second)]
    verdict = _call(lines)[-1]
    assert verdict.verdict != "allow" and "operator-number-refusal" in verdict.rules, lines


@pytest.mark.parametrize("lines", [
    [("c", "Какой у вас номер оператора?"), ("o", "Секунду."), ("o", "Мой номер 2093.")],
    [("c", "Скажите ваш табельный номер"), ("o", "Да, сейчас скажу."), ("o", "Номер 2093, записывайте.")],
    [("c", "Назовите номер оператора"), ("o", "Мой номер 1187."), ("c", "Спасибо"), ("o", "Что-то ещё?"),
     ("o", "Хорошего дня.")],
    [("c", "Позвоните мне на мой номер"), ("o", "Хорошо."), ("o", "Перезвоню через час.")],
    [("c", "Я звонил на ваш номер горячей линии"), ("o", "Понимаю."), ("o", "Расскажите, что случилось.")],
])
def test_item18_operator_number_refusal_the_number_given_or_never_asked_is_no_refusal(lines):
    assert all("operator-number-refusal" not in verdict.rules for verdict in _call(lines)), lines


# --- bb10 12: the rules' own words cut with a dot ("конт.лицо: супр.") -----------------------------------------------

@pytest.mark.parametrize("line", ["конт.лицо: супр.", "контактное лицо: супруга", "конт. лицо - супруга",
                                  "конт.лицо: ваша супр."])
def test_item4_contact_info_the_contact_as_kin_in_shorthand_is_blocked(line):
    verdict = _check(line)
    assert verdict.verdict == "block" and "contact-info" in verdict.rules, line


@pytest.mark.parametrize("line", ["зарег. на вашего отца", "Дог. оформлен на вашего супр."])
def test_item1_owner_name_the_owner_as_kin_in_shorthand_is_blocked(line):
    assert "owner-name" in _check(line).rules, line


@pytest.mark.parametrize("line", ["Назовите контактное лицо, например супругу.", "Спасибо, до свид.", "Всё нормально."])
def test_item4_contact_info_shorthand_reads_no_more_than_its_words(line):
    assert _check(line).verdict == "allow", line
