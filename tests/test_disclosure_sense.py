"""What a line does, not only which words it holds: refusals, read-backs, mentions, п. 6 stated, the caller's router.

Each test is one rule of the instruction (or one reading of it) and the look-alikes that must stay flagged.
The rules alone (no model, no verifier) unless the test is about the model's gate.
"""
from __future__ import annotations

import pytest

from guard.disclosure import DisclosureChecker, default_checker
from guard.disclosure.classifier import Prediction, features
from guard.disclosure.sense import (is_read_back, is_refusal, other_sense, read_back_cues, read_back_spans,
                                    refuses_own_identity, refuses_to_tell, states_item4_conditions, states_item5_conditions,
                                    states_item6_conditions)
from guard.disclosure.text import Utterance


@pytest.fixture(scope="module")
def rules_only() -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, use_engine=False)


class _AlwaysViolating:
    """A stand-in line model sure that every line is the named rule's violation."""

    threshold, other_sense = 0.5, 0.0

    def __init__(self, rule: str) -> None:
        self.rule = rule

    def predict(self, utterance: Utterance, rules: frozenset[str] | None = None) -> Prediction:
        return Prediction(0.99, self.rule)


def _with_model(rule: str) -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, use_engine=False, model=_AlwaysViolating(rule))


# --- Инструкция запретов, п. 6: the last 4 digits, postpaid, after identification -------------------------

def test_item6_last4_may_be_said_when_the_line_states_identification_and_postpaid(rules_only):
    assert rules_only.check("Вы прошли идентификацию по ФИО, договор постоплатный: у номера с наибольшими "
                            "начислениями последние цифры — 3 3 1 0.").verdict == "allow"
    assert rules_only.check("идентификация по названию организации пройдена договор постоплатный больше всего "
                            "потратил номер который оканчивается на пятьдесят два ноль восемь").verdict == "allow"


@pytest.mark.parametrize("text", [
    "Больше всего в этом месяце потратил номер, который оканчивается на 52 08.",              # no conditions stated
    "Договор предоплатный, вы прошли идентификацию, номер заканчивается на 5208.",             # prepaid: п. 6 says no
    "Вы прошли идентификацию, договор постоплатный, номер заканчивается на 123456.",           # more than the last 4
    "Вы прошли идентификацию, договор постоплатный, номер заканчивается на 5208, а полностью 89161235208.",
])
def test_item6_look_alikes_stay_blocked(rules_only, text):
    assert rules_only.check(text).verdict == "block"


def test_item6_conditions_need_main_identification_and_postpaid():
    assert states_item6_conditions(Utterance("вы идентифицированы по ФИО, договор постоплатный"))
    assert states_item6_conditions(Utterance("идентификация по названию организации пройдена, договор постоплатный, "
                                             "пол совпадает"))
    assert not states_item6_conditions(Utterance("вы идентифицированы, договор постоплатный"))  # by what?
    assert not states_item6_conditions(Utterance("вы прошли идентификацию по ФИО"))
    assert not states_item6_conditions(Utterance("договор постоплатный"))


@pytest.mark.parametrize("text", [
    "вы прошли идентификацию по кодовому слову, договор постоплатный",          # alternative identification
    "идентификация по ФИО и паспорту пройдена, договор постоплатный",           # passport data: alternative
    "вы прошли идентификацию по ФИО, договор постоплатный, номер на мужчину, а звоните вы, женщина",
])
def test_item6_alternative_identification_or_another_sex_never_allows_the_last_4(text):
    assert not states_item6_conditions(Utterance(text))


# --- internal addresses: the caller's own router is not the carrier's host ---------------------------------

@pytest.mark.parametrize("text", [
    "Адрес входа в настройки вашего роутера обычно 192.168.0.1 — он указан на наклейке снизу.",
    "адрес входа в настройки вашего роутера обычно сто девяносто два точка сто шестьдесят восемь точка ноль точка один",
    "Настройки модема откройте в браузере по адресу 192.168.8.1 — это страница самого устройства.",
])
def test_a_home_routers_private_address_is_not_an_internal_address(rules_only, text):
    assert rules_only.check(text).verdict == "allow"


@pytest.mark.parametrize("text", [
    "Настройки роутера: зайдите на 192.168.0.1:8081",     # a port: a service, not the router's page
    "Роутер подключите к 10.0.49.28",                      # not the home range
    "Зайдите на 192.168.0.1, там наш сервер",              # no router or modem in the line
])
def test_internal_address_look_alikes_stay_blocked(rules_only, text):
    assert rules_only.check(text).verdict == "block"


# --- Инструкция запретов, п. 17: the caller's question said back tells no place ---------------------------------

@pytest.mark.parametrize("text", [
    "Есть ли вышка на моём доме? Это не относится к работе, давайте лучше разберёмся с сигналом у вас.",
    "есть ли вышка на моём доме это не относится к работе давайте лучше разберёмся с сигналом у вас",
])
def test_the_callers_question_said_back_is_not_a_base_stations_place_item17(rules_only, text):
    assert rules_only.check(text).verdict == "allow"


@pytest.mark.parametrize("text", ["Вышка стоит на вашем доме.", "Есть ли вышка на вашем доме? Да, стоит на крыше.",
                                  "вышка на моём доме стоит, на крыше"])
def test_a_base_stations_place_told_stays_blocked_item17(rules_only, text):
    assert rules_only.check(text).verdict == "block"


# --- Инструкция запретов, п. 15: a form of address quoted, or a person spoken of ------------------------------

@pytest.mark.parametrize("text", [
    "SMS с текстом «Уважаемый клиент, ваш номер будет заблокирован» мы не отправляли — это мошенники.",
    "эсэмэс с текстом уважаемый клиент ваш номер будет заблокирован мы не отправляли это мошенники",
    "В письме будет обращение «Уважаемый клиент» — это автоматическая рассылка.",
    "в сообщении которое вы получили было написано уважаемый абонент и ссылка",
    "Если номером пользуется ваш молодой человек, а оформлен номер на вас, приходите в офис вместе.",
    "Ваш сын уже взрослый молодой человек, восемнадцать ему есть?",
])
def test_a_quoted_form_of_address_or_a_person_spoken_of_addresses_nobody_item15(rules_only, text):
    assert "form-of-address" not in rules_only.check(text).rules


@pytest.mark.parametrize("text", ["Уважаемый клиент, подождите", "Девушка, подождите", "Молодой человек, подождите",
                                  "слушайте девушка вы не поняли"])
def test_forms_of_address_said_to_the_caller_stay_flagged_item15(rules_only, text):
    assert "form-of-address" in rules_only.check(text).rules


# --- Инструкция запретов, п. 7: the caller's phone, a bank, the operator's own delay -------------------------

@pytest.mark.parametrize("text", [
    "Сбой настроек на телефоне после обновления лечится так: зайдите в настройки и выберите сброс.",
    "Раз сбой у вашего банка, лучше уточнить у них — по связи всё в порядке.",
    "Простите за задержку с ответом — проверяла ваши начисления.",
])
def test_a_failure_that_is_not_the_networks_is_not_item7(rules_only, text):
    assert rules_only.check(text).verdict == "allow"


@pytest.mark.parametrize("text", ["У нас сбой в сети.", "сбой на сервере, платежи задерживаются",
                                  "Из-за аварии связь будет позже."])
def test_the_networks_own_failure_stays_flagged_item7(rules_only, text):
    assert rules_only.check(text).verdict == "warn"


# --- refusals: the instruction's own script names nothing ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Договор расторгнут более пяти лет назад, поэтому по 152-ФЗ данные владельца не сообщаются.",
    "Последние цифры номеров сообщаются только после идентификации по ФИО владельца.",
    "Номера из детализации в чате не диктуем, но детализацию можно заказать в личном кабинете.",
    "эту информацию я не предоставляю",
    "никогда никому не называйте код из смс",
])
def test_a_refusal_that_names_nothing_is_not_re_guessed_by_the_model(text):
    assert is_refusal(Utterance(text))
    assert _with_model("subscriber-number").check(text).verdict == "allow"


def test_a_refusal_that_still_says_a_number_is_judged():
    text = "Номер не скажу, но он заканчивается на 4521."
    assert is_refusal(Utterance(text))
    assert _with_model("subscriber-number").check(text).verdict == "block"  # the rule, not the model: fail closed


@pytest.mark.parametrize("text", ["Свой номер оператора я вам называть не буду.", "Номер оператора не предоставляется.",
                                  "не буду я свой номер называть"])
def test_refusing_ones_own_name_or_number_is_a_violation_item18(text):
    assert refuses_own_identity(Utterance(text)) and not is_refusal(Utterance(text))
    assert _with_model("operator-number-refusal").check(text).verdict == "warn"


def test_a_statement_is_not_a_refusal():
    assert not is_refusal(Utterance("я назову номер: 89161234567"))
    assert not is_refusal(Utterance("Назовите, пожалуйста, номер договора"))


# --- read-backs: the caller's own data said back to be confirmed ------------------------------------------

def test_noting_down_the_callers_number_to_confirm_it_is_a_read_back(rules_only):
    text = "Записываю ваш контактный номер: 903 555 12 12, правильно?"
    assert is_read_back(Utterance(text))
    assert rules_only.check(text).verdict == "allow"
    assert _with_model("internal-terms").check("Повторю для проверки ваш номер: 8 916 123 45 67, верно?").verdict == "allow"


def test_a_number_told_without_a_read_back_cue_stays_blocked(rules_only):
    assert not is_read_back(Utterance("Ваш контактный номер 903 555 12 12."))
    assert rules_only.check("Контактный номер у вас 903 555 12 12.").verdict == "block"


@pytest.mark.parametrize("text, disclosed", [
    ("Вы назвали почту ivanov@mail.ru, а паспорт у владельца 4505 678901", "4505 678901"),
    ("вы назвали фамилию иванов а номер паспорта владельца сорок пять ноль пять шестьсот семьдесят восемь девятьсот один",
     "сорок пять"),
    ("Как вы сказали, адрес Тверская 5. Контактный телефон владельца 8 916 555 44 33", "8 916 555 44 33"),
])
def test_a_read_back_clears_only_its_own_stretch_not_a_disclosure_after_it(rules_only, text, disclosed):
    spans = read_back_spans(Utterance(text))
    assert spans and all(not start <= text.index(disclosed) < end for start, end in spans)
    assert rules_only.check(text).verdict == "block"


@pytest.mark.parametrize("text", [
    "Вы назвали номер 8 916 123 45 67, а также почту petrov@mail.ru, всё верно.",  # "а также": the same read-back
    "вы назвали адрес тверская пять квартира двенадцать правильно",
    "Записала ваш контактный номер 8 903 555 12 12, правильно?",
])
def test_a_read_back_of_the_callers_own_data_stays_allowed(rules_only, text):
    assert rules_only.check(text).verdict == "allow"


def test_the_model_judges_what_a_line_says_beside_its_read_back():
    text = "Вы назвали почту ivanov@mail.ru, а руководство у нас опять всё испортило."
    assert _with_model("discrediting-company").check(text).verdict == "warn"
    assert _with_model("discrediting-company").check("Вы назвали почту ivanov@mail.ru, верно?").verdict == "allow"


@pytest.mark.parametrize("text", [
    "Итак, вы хотите заблокировать номер 8 926 111-22-33, всё верно?",       # the caller's request restated
    "Правильно понимаю, вы живёте в Самаре на улице Победы, 86? Тогда подскажу ближайший салон.",
])
def test_the_callers_words_restated_to_be_confirmed_are_a_read_back(rules_only, text):
    assert is_read_back(Utterance(text))
    assert rules_only.check(text).verdict == "allow"


@pytest.mark.parametrize("text", ["Вы пользуетесь номером 8 926 111-22-33.", "Вы знаете, ваш номер 8 926 111-22-33."])
def test_a_number_told_to_the_caller_without_a_confirming_question_stays_blocked(rules_only, text):
    assert rules_only.check(text).verdict == "block"


def test_item5_the_city_number_may_be_told_to_a_caller_who_knows_the_federal_one(rules_only):
    text = "Раз вы знаете федеральный номер офиса, подскажу привязанный к нему городской: 8 495 780-12-34."
    assert states_item5_conditions(Utterance(text))
    assert rules_only.check(text).verdict == "allow"
    assert rules_only.check("Ваш городской номер 8 495 780-12-34.").verdict == "block"


def test_item6_the_organisation_confirmed_is_the_main_identification(rules_only):
    text = ("Спасибо, организация подтверждена. По вашему постоплатному договору больше всего за месяц израсходовал "
            "номер, оканчивающийся на 4417.")
    assert rules_only.check(text).verdict == "allow"
    # an alternative identification (the code word) allows nothing; the read-back ends where the conclusion starts
    assert rules_only.check("Вы назвали кодовое слово, значит, скажу: номер оканчивается на 6604.").verdict == "block"


@pytest.mark.parametrize("text", ["Не могу назвать полный номер, но последние цифры 4455",
                                  "не могу назвать полный номер но последние цифры сорок четыре пятьдесят пять"])
def test_a_refusal_that_still_tells_the_last_digits_is_blocked_item6(rules_only, text):
    # the exception "назвать ... последние цифры" (asking the caller) does not reach across "но"
    assert rules_only.check(text).verdict == "block"


# --- the line model's sense features -----------------------------------------------------------------------

def test_the_model_reads_a_word_under_negation_apart_from_the_word_asserted():
    assert set(features(Utterance("не могу назвать номер"))) - set(features(Utterance("могу назвать номер")))


def test_the_sense_features_ignore_case():
    assert features(Utterance("НЕ МОГУ НАЗВАТЬ, ПРОДИКТУЙТЕ НОМЕР.")) == features(
        Utterance("не могу назвать, продиктуйте номер."))


@pytest.mark.parametrize("text", [
    "Неверно, вы не ту дату называете.",                               # the caller's telling, negated: п. 16
    "Договор корпоративный, а название организации вы так и не назвали.",
    "Зачем вам мой табельный? Не скажу.",                               # п. 18: the operator's own number
    "Нет, идентификатор оператора я вам не скажу.",
])
def test_negation_of_the_callers_telling_or_of_the_operators_own_number_is_no_refusal_script(text):
    assert not is_refusal(Utterance(text))


def test_a_refusal_that_still_spells_an_email_is_judged():
    text = "Почта для счетов начинается на petrov.a и заканчивается на gmail, полностью не скажу."
    assert is_refusal(Utterance(text))
    assert _with_model("address").check(text).verdict != "allow"


@pytest.mark.parametrize("text", [
    "Ничего страшного, я вам скажу: номер на этой симке 8 953 102-44-18.",  # the operator telling, not "вы сказали"
    "Так и запишу во Flash: абонент скандалист, с ним не спорить.",          # a note about the caller, not a read-back
])
def test_the_operator_telling_or_noting_is_not_a_read_back(text):
    assert not is_read_back(Utterance(text))


# --- issue 12 round 5: the caller's words said back, refusals to tell, whose trouble, п. 5 ---------------------

@pytest.mark.parametrize("text", [
    "Вы говорите, что при входе выскакивает «техническая проблема»? Давайте проверим настройки.",
    "вы сказали я не знаю логин от кабинета давайте его восстановим",
])
def test_the_callers_own_words_said_back_are_not_the_operators_wording(rules_only, text):
    assert rules_only.check(text).verdict == "allow"


def test_the_operators_own_words_after_a_contrast_stay_flagged(rules_only):
    assert "i-dont-know" in rules_only.check("Вы сказали, что не знаете пароль, а я не знаю, как вам помочь.").rules


def test_offering_to_tell_a_number_is_no_read_back(rules_only):
    # "вам назвать" is the operator telling: only "вы" saying ("вы назвали", "вы говорите") says the caller's words back
    assert not read_back_cues(Utterance("Могу вам назвать номер: 8 916 123-45-67."))
    assert rules_only.check("Могу вам назвать номер: 8 916 123-45-67.").verdict == "block"


@pytest.mark.parametrize("text", [
    "Я не могу ответить на этот вопрос, поскольку он не касается услуг связи. Есть вопросы по тарифу?",
    "Продиктовать номера, которые вам звонили, я не могу, закажите детализацию в личном кабинете.",
])
def test_a_refusal_to_tell_is_the_script_not_item16(text):
    start = text.lower().index("не могу")
    assert refuses_to_tell(Utterance(text), start, start + len("не могу"))


@pytest.mark.parametrize("text", [
    "Я не могу ответить, когда починят.",  # no reason: the helpless "Я не могу.."
    "Я не могу вам помочь с этим.",
    "Фамилию назвать не могу, но начинается она на Кузн.",  # what follows "но" may tell: fail closed
])
def test_a_cannot_that_is_no_refusal_to_tell_stays_item16(text):
    start = text.lower().index("не могу")
    assert not refuses_to_tell(Utterance(text), start, start + len("не могу"))


@pytest.mark.parametrize("text, word", [
    ("Раз вы были свидетелем аварии, звоните 112, это бесплатно.", "аварии"),
    ("Профилактику своего модема можно сделать через веб-интерфейс.", "профилактику"),
    ("Профилактика мошенничества: не сообщайте никому коды из смс.", "профилактика"),
    ("у вас дома авария с электричеством роутер и не работает", "авария"),
])
def test_an_event_the_caller_is_in_or_their_own_side_is_not_item7_or_item23(text, word):
    start = text.lower().index(word)
    assert other_sense(Utterance(text), start, start + len(word))


@pytest.mark.parametrize("text, word", [("У вас в районе авария на линии.", "авария"),
                                        ("На станции сейчас идёт профилактика.", "профилактика")])
def test_the_networks_own_accident_or_maintenance_stays_flagged(text, word):
    start = text.lower().index(word)
    assert not other_sense(Utterance(text), start, start + len(word))


@pytest.mark.parametrize("text", [
    "Вы назвали городской номер, поэтому подскажу привязанный к нему мобильный: 8 916 555-12-34.",
    "Раз вы помните мобильный, назову и городской: 8 495 111-22-33.",
])
def test_item5_holds_when_the_caller_named_or_remembers_the_other_number(text):
    assert states_item5_conditions(Utterance(text))


def test_item5_needs_the_callers_own_number():
    assert not states_item5_conditions(Utterance("Назову городской и мобильный: 8 495 111-22-33."))


# --- Инструкция запретов, п. 4: the contact person's name, as a last resort under its conditions -------------

def test_item4_the_contact_persons_name_may_be_told_when_the_line_states_its_conditions(rules_only):
    assert rules_only.check("Вы не знаете, кто выдал SIM-карту, организацию вы назвали, запрета в карточке нет — "
                            "контактное лицо Сорокина Елена Павловна.").verdict == "allow"


@pytest.mark.parametrize("text", [
    "Контактное лицо по договору — Сорокина Елена Павловна.",  # no condition stated
    "Кто выдавал сим-карту, не знаю, контактное лицо — Сорокина Елена Павловна.",  # the operator does not know
    # the conditions, and a number besides: п. 4 allows the name only
    "Вы не знаете, кто выдал SIM-карту, организацию назвали, запрета нет: контактный телефон 8 916 123-45-67.",
])
def test_item4_without_its_conditions_or_with_a_number_stays_blocked(rules_only, text):
    assert rules_only.check(text).verdict == "block"
    assert not states_item4_conditions(Utterance(text)) or "8 916" in text


def test_item5_not_when_the_caller_knows_neither_number():
    assert not states_item5_conditions(Utterance("Не помните ни городской, ни федеральный? Пожалуйста: федеральный "
                                                 "+7 926 541-09-33."))
    assert not states_item5_conditions(Utterance("вы не знаете городской я назову мобильный и городской"))


@pytest.mark.parametrize("text, rule", [
    ("нет нет вы ошибаетесь списание было правильное", "you-are-wrong"),  # "правильное" closes no restated request
    ("Адрес регистрации в договоре обновлю с ваших слов, паспорт показывать не нужно.", "client-data-change"),
    ("так я не могу вам сказать сколько будет стоить", "i-cannot"),  # not knowing the answer, no refusal to tell
])
def test_the_operators_own_wording_beside_the_callers_words_stays_flagged(rules_only, text, rule):
    assert rule in rules_only.check(text).rules


# Round 6 (lines the issue-12 round-6 developer wrote, after reading tC's and tD's first-contact false alarms):
# the operator checking back what the caller gave is a read-back, with or without "вы".
@pytest.mark.parametrize("text", [
    "Давайте уточню: адрес подключения — улица Садовая, дом 7, квартира 3, верно?",
    "давайте уточню адрес подключения улица садовая дом семь квартира три верно",
    "Проверю, правильно ли записала вашу почту: olga.smirnova@mail.ru?",
    "Повторю, чтобы не ошибиться: доставка на Лесную, 4, в среду с 9 до 13?",
    "Записала: Ирина, телефон для связи 8 915 444-55-66. Мастер перезвонит вечером.",
    "Вы прочитали номер с квитанции: 8 926 310-20-40. Это ваш номер, всё верно?",
])
def test_checking_back_what_the_caller_gave_is_a_read_back(rules_only, text):
    assert is_read_back(Utterance(text))
    assert rules_only.check(text).verdict == "allow", rules_only.check(text).rules


@pytest.mark.parametrize("text", [
    "Запишу ваш номер: 8 916 123-45-67.",                       # noting to come is no read-back
    "Записала во флэш: абонент неадекватный.",                   # п. 20 is a wording rule: a read-back never clears it
    "Я проверил, паспорт владельца 4505 678901.",                 # checking, not asking back
])
def test_noting_to_come_or_a_check_without_a_question_reads_nothing_back(rules_only, text):
    assert rules_only.check(text).verdict != "allow"


def test_an_email_address_with_a_dot_is_one_sentence():
    # "anna.petrova@…": a full stop ends a sentence only before a space, so the read-back governs the whole address
    text = "Проверю, правильно ли записала вашу почту: olga.smirnova@mail.ru?"
    assert read_back_spans(Utterance(text)) == [(0, len(text) - 1)]


def test_the_callers_question_said_back_names_no_place(rules_only):
    text = "Вы спрашиваете, есть ли вышка на вашем доме, — такой информации у меня нет. Давайте проверим сигнал."
    assert rules_only.check(text).verdict == "allow", rules_only.check(text).rules
    # the operator's own answer after the question still tells the place
    assert rules_only.check("Вы спрашиваете про вышку? Вышка стоит на крыше дома 5 по Тверской.").verdict == "block"


def test_an_emergency_power_cut_at_home_is_not_a_network_failure(rules_only):
    assert rules_only.check("При аварийном отключении электричества роутер включится сам, настройки сохранятся.")\
        .verdict == "allow"
    assert rules_only.check("У нас аварийное отключение на станции, связи нет.").verdict != "allow"


def test_item6_a_count_of_digits_is_not_a_value(rules_only):
    # "последние 4 цифры": the 4 counts digits; the last four said under п. 6's stated conditions may be told
    told = ("Договор постоплатный, идентификация по названию организации пройдена, назову последние 4 цифры: "
            "больше всех потратил номер, оканчивающийся на 5521.")
    assert rules_only.check(told).verdict == "allow", rules_only.check(told).rules
    assert rules_only.check("Договор постоплатный, идентификация по названию организации пройдена: номер "
                            "8 916 123-55-21, последние 4 цифры 5521.").verdict == "block"


class _PartAndLine:
    """A stand-in line model: P `part` for any text shorter than the whole line, P `line` for the whole line."""

    threshold, other_sense = 0.75, 0.0

    def __init__(self, whole: str, part: float, line: float) -> None:
        self.whole, self.part, self.line = whole, part, line

    def score(self, utterance: Utterance) -> float:
        return self.line if utterance.text == self.whole else self.part

    def predict(self, utterance: Utterance, rules: frozenset[str] | None = None) -> Prediction:
        p = self.score(utterance)
        return Prediction(p, "internal-terms" if p >= self.threshold else None)


@pytest.mark.parametrize("part, line, flagged", [(0.8, 0.3, False), (0.8, 0.6, True), (0.97, 0.3, True)])
def test_the_rest_of_a_read_back_line_is_flagged_when_the_model_is_sure_or_the_line_leans_too(part, line, flagged):
    # the rest read alone loses what it answers: unsure of it, the whole line must lean to a violation too
    text = "Вы назвали адрес доставки: Химки, Молодёжная, 3. Курьер привезёт сим-карту завтра."
    checker = DisclosureChecker(default_checker().rules, use_engine=False, model=_PartAndLine(text, part, line))
    assert (checker.check(text).verdict != "allow") is flagged
