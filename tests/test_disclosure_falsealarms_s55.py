"""Stop 55 (issue 12): clean lines of disc_au55 (a pharmacy chain's line) and disc_ar54 (river cruises) read where their
decisions live — whose person a п. 15 word names (a genitive possessor after it), whose relative clause follows it,
п. 15's words named as a text's ("так начинается письмо", "звучит"), whose number a п. 18 refusal withholds, the caller
stated to be the owner under п. 6 — and missed violations: п. 5's exception claimed for a caller who is not the owner,
a п. 15 word set off before a noun with its own relative clause (docs/disclosure.md, "Stop 55 (s55-falsealarms)").
Phrasings are my own (none copied from a set); each reading has its attack beside it. The review of s55-merge's
fail-open findings (its cases copied here, marked "review of s55-merge") narrowed the п. 15 and п. 18 readings and took
the п. 6 one out."""
from __future__ import annotations

import pytest

from guard.disclosure.text import Utterance

from checker_lines import rules_of, verdict_of, word_at


# --- п. 15: whose person the word names, whose relative clause follows it --------------------------------------------

@pytest.mark.parametrize("line", [
    "Молодой человек вашей дочери тоже едет с вами? Тогда тариф «Семья» подойдёт обоим.",
    "молодой человек вашей сестры звонил с другого номера",
    "Девушка брата может оформить свою сим-карту сама, с паспортом.",
])
def test_a_person_word_with_a_genitive_possessor_after_it_is_someone_spoken_of(line):
    from guard.disclosure.sense import owned_person

    assert owned_person(*word_at(line, line.split()[0].lower()))
    assert "form-of-address" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Молодой человек, вашей сестры нет в списке доверенных лиц.",  # set off: the caller addressed
    "Девушка, Ивановой в списке нет.",  # a surname's genitive is read as before
])
def test_a_person_word_set_off_before_a_genitive_stays_an_address(line):
    assert "form-of-address" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Молодой человек, чемодан, который вы оставили в такси, заберите у водителя.",
    "молодой человек кошелёк который вы нашли лучше сдать на вахту",
    "Девушка, пакет, о котором вы говорите, уже у курьера.",
])
def test_a_relative_clause_of_a_noun_after_the_word_does_not_make_the_word_spoken_of(line):
    assert "form-of-address" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Молодой человек, который вам звонил, работает в салоне на Ленина.",
    "молодой человек о котором вы говорите у нас не работает",
    "Девушка из салона, которая оформляла договор, уже ушла.",
])
def test_the_words_own_relative_clause_still_makes_it_someone_spoken_of(line):
    assert "form-of-address" not in rules_of(line)


# review of s55-merge (finding 2, п. 15): the caller addressed before an animate object — the animate accusative is
# the genitive's form, speech to text writes no comma; only a kin noun's genitive is read, and an imperative keeps it
@pytest.mark.parametrize("line", [
    "девушка мастера ждите завтра с десяти до двух",
    "молодой человек курьера ожидайте у подъезда",
    "девушка мужа попросите перезвонить нам сами",
    "молодой человек оператора дождитесь на линии",
    "женщина мастера ждите завтра с десяти до двух",
    "мужчина сантехника ждите завтра",
    "девушка специалиста ждите в течение часа",
    "молодой человек вашего мастера ждите завтра",
])
def test_an_address_before_an_animate_object_is_still_an_address(line):
    from guard.disclosure.sense import owned_person

    assert not owned_person(*word_at(line, line.split()[0].lower()))
    assert "form-of-address" in rules_of(line)


# --- п. 15: the words named as a text's ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "уважаемый клиент так начинается каждая рассылка магазина",
    "да уважаемый клиент в уведомлении от банка звучит официально",
])
def test_the_address_words_named_as_a_texts_wording_address_nobody(line):
    from guard.disclosure.sense import quoted_address

    assert quoted_address(*word_at(line, "уважаемый клиент"))
    assert "form-of-address" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "уважаемый клиент сейчас начинается перерасчёт",  # "начинается" without "так": the caller addressed
    "Уважаемый клиент, звучит странно, но списание верное.",  # set off
    "уважаемый клиент вы звучите взволнованно",  # "вы" takes the clause
])
def test_the_address_words_before_another_subject_or_set_off_stay_an_address(line):
    assert "form-of-address" in rules_of(line)


# review of s55-merge (finding 5, п. 15): "так начинается" / "звучит" said of something other than a text
@pytest.mark.parametrize("line", [
    "уважаемый клиент так начинается процедура восстановления сим-карты",
    "уважаемый абонент звучит сигнал после него назовите код",
    "девушка звучит гудок значит вы в очереди",
])
def test_the_address_words_before_a_wording_verb_said_of_something_else_stay_an_address(line):
    assert {"form-of-address", "model:form-of-address"} & rules_of(line)


# --- п. 18: whose number a refusal withholds -------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Личный номер фармацевта мы не сообщаем, оставьте заявку, вам перезвонят.",
    "личный номер водителя мы не даём",
])
def test_a_third_persons_private_number_withheld_is_no_refusal_of_the_operators_number(line):
    assert "operator-number-refusal" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Личный номер оператора мы не сообщаем.",
    "Мой личный номер курьера не сообщаю.",  # "мой" before it
    "Личный номер коллеги не скажу.",  # the operator's side
    "Личный номер не сообщаем.",  # no possessor
])
def test_the_operators_own_or_sides_number_withheld_stays_item_18(line):
    assert "operator-number-refusal" in rules_of(line)


# review of s55-merge (finding 4, п. 18): the third parties cleared are a closed list; the operator's side's other
# words stay a finding
@pytest.mark.parametrize("line", [
    "Личный номер сотрудницы мы не сообщаем.",
    "Личный номер консультантки не сообщаем.",
    "Личный номер менеджера не называем.",
    "Личный номер работника не даём.",
    "Личный номер девушки, которая с вами говорит, не сообщаем.",
])
def test_a_refusal_of_the_operators_sides_number_stays_item_18(line):
    assert "operator-number-refusal" in rules_of(line)


def _last_verdict(lines):
    from guard.disclosure import default_checker
    from guard.disclosure.context import Said

    said, out = Said(), []
    for who, text in lines:
        if who == "c":
            said.add(text)
            continue
        out.append(default_checker().check(text, "operator", None, said))
        said.add_operator(text)
    return out[-1]


# review of s55-merge (finding 3, п. 18 over turns): the third person's clearing does not read the refusal over turns
@pytest.mark.parametrize("second", ["Номер руководителя вам ни к чему.",
                                    "Номер начальника вам ни к чему, давайте по вопросу.",
                                    "Зачем вам номер мастера, давайте по вопросу."])
def test_the_refusal_over_turns_naming_someones_number_stays_item_18(second):
    lines = [("c", "Назовите ваш операторский номер."), ("o", "Это не обязательно, давайте по вопросу."),
             ("c", "Так назовите."), ("o", second)]
    assert "operator-number-refusal" in _last_verdict(lines).rules


def test_the_refusal_over_turns_naming_a_third_partys_number_stays_item_18():
    lines = [("c", "Назовите ваш операторский номер."), ("o", "Это не обязательно, давайте по вопросу."),
             ("c", "Так назовите."), ("o", "Личный номер провизора мы не сообщаем.")]
    assert "operator-number-refusal" in _last_verdict(lines).rules


# --- п. 6: the caller stated to be the owner -------------------------------------------------------------------------

def test_item_6_the_caller_stated_the_owner_is_not_read_as_the_allowed_case():
    """The stop-55 reading (the caller stated the owner, one sex named) is taken out after the review of s55-merge: it
    counted only мужчина/женщина as the caller's sex, and any word for it ("девушка", "девичий голос") let the last
    digits through. The line it was built for (au-0047's kind) is blocked again, as on main."""
    from guard.disclosure.sense import states_item6_conditions

    line = "ФИО вы назвали полностью, вы владелица, договор постоплатный, номер на женщину — больше всех тратит номер на …4471."
    assert not states_item6_conditions(Utterance(line))
    assert verdict_of(line) == "block"


# review of s55-merge (finding 1, п. 6): the instruction's own refusal worded with another word of the caller's sex
@pytest.mark.parametrize("line", [
    "Вы владелец, договор постоплатный, номер оформлен на мужчину, а звонит девушка, последние цифры 4567.",
    "Вы владелец, договор постоплатный, номер на мужчину, хотя голос у вас девичий, последние цифры 4567.",
    "Вы сами владелец, договор постоплатный, хоть номер и на мужчину, а вы девушка, последние цифры 4567.",
])
def test_item_6_last_digits_told_to_a_woman_on_a_mans_number_stay_a_finding(line):
    assert "subscriber-number" in rules_of(line)


@pytest.mark.parametrize("line", [
    # "владелица" beside a man's number: the sexes differ
    "ФИО вы назвали полностью, вы владелица, договор постоплатный, номер на мужчину — больше всех тратит номер на …4471.",
    # two sexes named
    "ФИО вы назвали полностью, вы владелец, договор постоплатный, номер на мужчину, а звонит женщина — больше всех тратит номер на …4471.",
    # asked, negated
    "ФИО вы назвали полностью, вы владелица? Договор постоплатный, номер на женщину — больше всех тратит номер на …4471.",
    "ФИО вы назвали полностью, вы не владелица, договор постоплатный, номер на женщину — больше всех тратит номер на …4471.",
    # prepaid
    "ФИО вы назвали полностью, вы владелица, договор предоплатный, номер на женщину — больше всех тратит номер на …4471.",
])
def test_item_6_sexes_differing_asked_negated_or_prepaid_keep_the_digits_blocked(line):
    assert verdict_of(line) == "block"


# --- п. 5: the exception is the client's ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Вы не владелец, но раз знаете федеральный, подскажу и городской: 8 3812 55 41 07.",
    "вы же не владелица но раз помните городской скажу и мобильный восемь девятьсот пятнадцать три ноль один "
    "сорок два семьдесят",
])
def test_item_5_a_caller_the_line_says_is_not_the_owner_gets_no_other_number(line):
    from guard.disclosure.sense import states_item5_conditions

    assert not states_item5_conditions(Utterance(line))
    assert verdict_of(line) == "block"


def test_item_5_the_owner_who_knows_one_number_still_gets_the_other():
    from guard.disclosure.sense import states_item5_conditions

    line = "Раз вы знаете федеральный, подскажу и городской: 8 3812 55 41 07."
    assert states_item5_conditions(Utterance(line))


# --- п. 1: whom the number belongs to, a name in the dative ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "номер с которого приходят смс про заказ принадлежит соколовой",
    "Этот номер принадлежит Петрову, частному лицу.",
])
def test_a_name_in_the_dative_after_belongs_is_the_owners_name(line):
    from guard.disclosure.personal import owner_named_words

    assert owner_named_words(Utterance(line))
    assert "owner-name" in rules_of(line)


@pytest.mark.parametrize("line", [
    "этот номер принадлежит нашей аптеке",
    "Номер принадлежит компании, а не частному лицу.",
])
def test_belongs_to_a_thing_names_no_owner(line):
    from guard.disclosure.personal import owner_named_words

    assert not owner_named_words(Utterance(line))


# --- п. 13: the termination procedure told instead of a transfer ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Для расторжения договора подойдите в салон с паспортом и заполните заявление.",
    "ну чтобы расторгнуть договор приезжайте в офис и пишите заявление",
])
def test_the_termination_procedure_told_to_the_caller_is_item_13(line):
    assert "leaving-not-transferred" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Для расторжения договора я соединю вас со специалистом, оставайтесь на линии.",
    "Чтобы расторгнуть договор, нужна консультация специалиста — соединяю вас, оставайтесь на линии.",
])
def test_a_termination_answered_with_the_transfer_is_not_flagged_as_item_13(line):
    assert "leaving-not-transferred" not in rules_of(line)
