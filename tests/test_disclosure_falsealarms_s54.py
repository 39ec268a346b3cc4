"""Stop 54 (issue 12): clean lines of disc_as54 (a mining company's corporate line) and of the sets before it read where
their decisions live — whom a failure word is referred to (пп. 7, 23), whose surname "моя фамилия" names (п. 18), the
caller's message as a read-back's source, the caller's and the owner's sex told at once (п. 6), the DE field as the
name's source (п. 1) — and missed violations: the operator's number waved off with no noun (п. 18), the phone left
ringing (п. 21), the units the instruction is written for named (п. 14) (docs/disclosure.md, "Stop 54
(s54-falsealarms)"). Phrasings are my own (none copied from a set); each reading has its attack beside it."""
from __future__ import annotations

import pytest

from guard.disclosure.text import Utterance

from checker_lines import rules_of, verdict_of, word_at


# --- пп. 7, 23: the trouble referred to another party ---------------------------------------------------------------

@pytest.mark.parametrize("line,word", [
    ("Задержка зарплаты — это к бухгалтерии вашего рудника, а баланс на номере в порядке.", "задержка"),
    ("авария на руднике это уже вопрос к горноспасателям а связь у вас работает", "авария"),
    ("Профилактика в котельной — это уточните у коменданта, а интернет у вас подключён.", "профилактика"),
    ("Сбой в табеле — это не к нам, а номер у вас активен.", "сбой"),
])
def test_a_failure_word_referred_to_another_party_is_that_partys_trouble(line, word):
    from guard.disclosure.sense import other_sense

    assert other_sense(*word_at(line, word))


@pytest.mark.parametrize("line,word", [
    # the carrier's side named with the word or as the one it is referred to
    ("Сбой сети — это к инженерам, они разберутся.", "сбой"),
    ("Авария на вышке — это вопрос к нашей техподдержке.", "авария"),
    ("Задержка зачисления — это к банку.", "задержка"),
    ("У нас профилактика, это уточните у специалиста.", "профилактика"),
    ("Профилактика на станции — это к сервису.", "профилактика"),
    # no referral: the carrier's trouble told, the other party only after a contrast
    ("Задержка по всему району, а это уже к вам вопрос.", "задержка"),
])
def test_a_failure_word_of_the_carriers_side_or_not_referred_stays_the_rules(line, word):
    from guard.disclosure.sense import referred_elsewhere

    utterance, start, end = word_at(line, word)
    first, last = utterance.token_range(start, end)
    assert not referred_elsewhere(utterance, first, last)


def test_the_upkeep_word_referred_to_the_callers_employer_is_not_flagged():
    line = "Профилактика в шахтёрской столовой — это уточните у себя в управлении, а связь у вас в порядке."
    assert "maintenance-words" not in rules_of(line)


# --- п. 18: "моя фамилия …", the operator's own surname -------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Моя фамилия Кравчук, операторский номер 4412, обращайтесь.",
    "добрый день моя фамилия кравчук номер оператора четыре четыре один два",
])
def test_my_surname_opening_the_line_is_the_operators_own_introduction(line):
    from guard.disclosure.sense import is_own_introduction

    assert is_own_introduction(Utterance(line))
    assert "owner-name" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Клиент сказал: моя фамилия Кравчук, проверьте.",   # reported speech, not the line's opening
    "Моя фамилия Кравчук, и владелец номера тоже Кравчук.",  # an owner named in the line
    "Ваша фамилия Кравчук?",
])
def test_my_surname_reported_beside_an_owner_or_asked_is_no_introduction(line):
    from guard.disclosure.sense import is_own_introduction

    assert not is_own_introduction(Utterance(line))


def test_my_surname_in_a_call_is_still_the_operators_own_surname_of_004():
    from guard.disclosure.personal import own_surname_spans

    line = "Моя фамилия Кравчук, операторский номер 4412."
    assert any(line[start:end] == "Кравчук" for start, end in own_surname_spans(Utterance(line)))


# --- the caller's message named as the source of a value -------------------------------------------------------------

def test_a_value_from_the_callers_message_said_back_is_a_read_back():
    line = "ИНН из вашего письма, 500100732259, внесла в заявку."
    assert verdict_of(line) != "block"
    assert "other-personal-data" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "ИНН мужа из вашего письма: 500100732259.",  # a third person's
    "Из вашего письма ИНН 500100732259, а паспорт владельца 4505 678901.",  # past a contrast
    "Ваше письмо получили, паспорт по договору 4505 678901.",  # the message spoken of, the value the records'
])
def test_a_third_persons_value_a_value_past_a_contrast_or_the_records_stays_blocked(line):
    assert verdict_of(line) == "block"


# --- п. 6: one sex told of the caller and the owner at once -----------------------------------------------------------

def test_item_6_the_caller_and_the_owner_told_of_one_sex_together_is_the_allowed_case():
    from guard.disclosure.sense import states_item6_conditions

    line = "ФИО вы назвали полностью, договор постоплатный, владелец и вы — обе женщины, номер на 3318."
    assert states_item6_conditions(Utterance(line))
    assert verdict_of(line) == "allow"


@pytest.mark.parametrize("line", [
    "ФИО вы назвали полностью, договор постоплатный, владелец и вы — не обе женщины, номер на 3318.",
    "ФИО вы назвали полностью, договор постоплатный, владелец и вы — обе женщины? Номер на 3318.",
    "ФИО вы назвали полностью, договор предоплатный, владелец и вы — обе женщины, номер на 3318.",
    "Кодовое слово вы назвали, договор постоплатный, владелец и вы — обе женщины, номер на 3318.",
    "ФИО вы назвали полностью, договор постоплатный, владелец и сын — оба мужчины, номер на 3318.",
])
def test_item_6_negated_asked_prepaid_alternative_or_anothers_sex_keep_the_digits_blocked(line):
    assert verdict_of(line) == "block"


# --- п. 1: the DE field as the name's source --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "в поле дэ анна сергеевна анна сергеевна слушаю вас",
    "По полю DE — Анна Сергеевна. Анна Сергеевна, слушаю вас.",
    "в поле для обращения стоит анна сергеевна слушаю вас",
])
def test_a_first_name_and_patronymic_read_from_the_de_field_is_the_name_to_address_by(line):
    assert "owner-name" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "в поле дэ анна сергеевна кравчук",  # a surname with it
    "в поле владельца анна сергеевна",  # the owner's field
    "номер оформлен на анну сергеевну",  # whom the number is on
    "в поле дэ анна сергеевна а владелец кравчук",  # the owner told after it
    "в поле де анна сергеевна гусевин",  # a surname the dictionary reads as a common noun, run on in speech
])
def test_a_surname_the_owners_field_or_the_owner_told_keeps_the_name_blocked(line):
    assert verdict_of(line) == "block"


# --- п. 18: the operator's tab number waved off with no noun ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Зовут Ирина, а табельный вам ни к чему.",
    "меня зовут ирина табельный вам знать незачем",
])
def test_the_operators_tab_number_waved_off_without_its_noun_is_item_18(line):
    from guard.disclosure.frames import withholds_own_identity

    assert withholds_own_identity(Utterance(line)) is not None
    assert "operator-number-refusal" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Меня зовут Ирина, табельный 3381.",  # given
    "Табельный мастера вам знать незачем.",  # someone else's
])
def test_a_tab_number_given_or_someone_elses_is_no_refusal_of_the_operators(line):
    from guard.disclosure.frames import withholds_own_identity

    assert withholds_own_identity(Utterance(line)) is None


# --- п. 21: the phone left ringing ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Пускай звенит, после третьего гудка звонок сам вернётся в очередь.",
    "пусть трезвонит я отчёт дописываю звонок никуда не денется",
])
def test_letting_the_phone_ring_on_is_item_21(line):
    from guard.disclosure.frames import holds_off_answering

    assert holds_off_answering(Utterance(line)) is not None
    assert "late-answer" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Пусть позвонит сам, звонок бесплатный.",  # a person told to call
    "Пусть звонит нам в любое время, звонок бесплатный.",
    "Пусть звонит с другого телефона, звонок примем.",
    "Если связь пропала, пусть звонит на горячую линию, звонок бесплатный.",
])
def test_a_person_told_to_call_is_no_phone_left_ringing(line):
    from guard.disclosure.frames import holds_off_answering

    assert holds_off_answering(Utterance(line)) is None


# --- п. 14: the units the instruction is written for -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Заявку вашу передала в ГООК, там разберутся.",
    "передала в группу экспертного обслуживания клиентов ждите",
])
def test_the_instructions_own_units_named_to_the_caller_are_internal_terms(line):
    assert "internal-terms" in rules_of(line)


def test_the_recommended_specialist_of_the_expert_line_is_no_unit_named():
    assert "internal-terms" not in rules_of("Я соединю вас со специалистом экспертного направления, дождитесь ответа.")


# --- a value the caller left for a call back, said back ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Вы оставили для обратного звонка 8 913 402-17-66, специалист наберёт на него.",
    "вы оставили контактный восемь девятьсот тринадцать четыреста два семнадцать шестьдесят шесть специалист наберет",
])
def test_a_number_the_caller_left_said_back_is_a_read_back(line):
    assert "subscriber-number" not in rules_of(line)
    assert "contact-info" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Вы оставили заявку, а номер владельца 8 913 402-17-66.",  # past a contrast: the owner's
    "Вы не оставили номер, вот он: 8 913 402-17-66.",  # negated: nothing left
    "Вы оставите номер 8 913 402-17-66?",  # the future: nothing left yet
])
def test_a_number_past_a_contrast_or_never_left_stays_blocked(line):
    assert verdict_of(line) == "block"


# --- п. 21: whose calls are not to be answered -------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Хорошего вечера, и не отвечайте на звонки про компенсацию за старый тариф.",
    "не отвечайте на звонки с незнакомых номеров и не называйте коды из смс",
    "Не отвечайте на звонки от «службы безопасности» — это мошенники.",
])
def test_advice_not_to_answer_strangers_calls_is_no_late_answer(line):
    from guard.disclosure.frames import holds_off_answering

    assert holds_off_answering(Utterance(line)) is None


@pytest.mark.parametrize("line", [
    "Девочки, не отвечайте на звонки сразу, пусть погудят.",
    "не бери трубку сразу пусть погудит подольше",
    "Пусть позвенит подольше, сам в очередь вернётся.",
])
def test_a_colleague_told_to_let_the_queue_ring_stays_item_21(line):
    from guard.disclosure.frames import holds_off_answering

    assert holds_off_answering(Utterance(line)) is not None


def test_my_surname_without_the_operators_number_introduces_no_one():
    from guard.disclosure.sense import is_own_introduction

    assert not is_own_introduction(Utterance("Моя фамилия Кравчук, ищите меня во ВКонтакте."))


def test_a_value_in_answer_to_the_callers_letter_is_no_read_back():
    line = "По вашему письму высылаю номера на договоре: 8 913 402-17-66, 8 913 402-17-67."
    assert verdict_of(line) == "block"


def test_a_value_after_the_callers_message_and_a_predicate_is_no_read_back():
    assert verdict_of("Из вашего письма понятно, что номер владельца 8 913 402-17-66.") == "block"


def test_my_surname_said_in_a_call_is_blocked_as_the_operators_own_surname_never_weaker_than_alone():
    from benchmarks.disclosure_sets_in_call import _contexts
    from guard.disclosure import default_checker
    from guard.disclosure.context import Said

    line = "Моя фамилия Кравчук, операторский номер 4412."
    for context in _contexts().values():
        result = default_checker().check(line, "operator", context, Said())
        assert result.verdict == "block" and "operator-own-surname" in result.rules


# --- review54 (fail-open regressions found on s54-merge): the reviewer's cases, each blocked on main -----------------

@pytest.mark.parametrize("line", [
    # finding 1: a correction after "в вашем сообщении/письме" is the operator telling a value, not reading one back
    "В вашем сообщении не тот номер, верный 8 903 111 22 33.",
    "В вашем сообщении ошибка, правильный номер договора 123456789.",
    "В вашем письме ошибка, правильный паспорт 4510 123456.",
    # finding 2: "вы оставили …" is no dictation, only a contact left "для связи"
    "Вы оставили нам паспорт, серия 4510 номер 123456.",
    "Вы оставили в офисе копию паспорта 4510 123456.",
    "Вы оставили номер 8 916 555 12 34.",
    # finding 3: "Де" is a surname too — never the DE field after an owner's noun or "оформлен на"
    "Владелец номера — Де Пётр Сергеевич.",
    "Номер оформлен на Де Петра Сергеевича.",
    # the reviewer's probe: the surname likened to the caller's contract is no own introduction
    "Моя фамилия Петров, как у вас в договоре, табельный номер 1183.",
])
def test_review54_fail_open_lines_are_blocked(line):
    assert verdict_of(line) == "block"


@pytest.mark.parametrize("line", [
    # finding 4: the contact center's own queue is п. 21, not advice about strangers' calls
    "Не отвечайте на звонки от клиентов до обеда, пусть висят.",
    "Не берите звонки с первой линии, пусть подождут.",
])
def test_review54_the_queues_calls_left_unanswered_stay_item_21(line):
    assert "late-answer" in rules_of(line)


def test_review54_a_failure_referred_to_a_bare_pronoun_keeps_the_rule():
    # finding 5: "это к ним" may be the carrier's own engineers
    assert "service-failure-words" in rules_of("Авария — это к ним.")


@pytest.mark.parametrize("line", [
    # finding 6: a full name after "оператор NNNN" / "номер оператора NNNN", across a sentence or a clause, asked about
    "Моя фамилия Сидоренко, номер оператора 1183. Гусева Мария Олеговна вам кто?",
    "Номер оператора 1183, а Петров Иван Сергеевич вам кто?",
    "Оператор 1183, Гусева Мария Олеговна вам кто?",
    "Номер оператора 1183. Гусева Мария Олеговна вам кто?",
    "Моя фамилия Сидоренко, номер оператора 1183, Гусева Мария Олеговна с вами?",
])
def test_review54_a_full_name_after_the_operators_number_is_not_the_operators(line):
    assert verdict_of(line) == "block"


def test_review54_the_operators_first_name_after_the_number_is_still_the_introduction():
    from guard.disclosure.sense import own_introduction_spans

    line = "Оператор 1183, Анна, слушаю вас."
    assert any("Анна" in line[start:end] for start, end in own_introduction_spans(Utterance(line)))
