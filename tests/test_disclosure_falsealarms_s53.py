"""Stop 53 (issue 12): clean lines of disc_aq53 (a family-events line) read where their decisions live — whose sex a
line compares (п. 6, п. 15), whose number is withheld (п. 18: a call's, the staff's), whose number a worker agreed to
give (п. 10), whose trouble a delay is (п. 7), one word speech to text cut in two — and its missed violations: the
operator's own stand against the company's rule (п. 12) and the staff's numbers refused as a rule (п. 18)
(docs/disclosure.md, "Stop 53 (s53-falsealarms)"). Phrasings are my own (none copied from a set); each reading has its
attack beside it."""
from __future__ import annotations

import pytest

from guard.disclosure.text import Utterance

from checker_lines import rules_of, verdict_of


# --- п. 6: the owner's sex and the caller's told as one --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "ФИО вы назвали полностью, договор постоплатный, сим-карта на мужчину, и вы мужчина — последние цифры 7710.",
    "фио вы назвали полностью договор пост оплатный номер на мужчину и вы тоже мужчина последние цифры семьдесят "
    "семь десять",
])
def test_item_6_the_same_sex_told_of_the_owner_and_of_the_caller_is_the_allowed_case(line):
    assert verdict_of(line) == "allow"


@pytest.mark.parametrize("line", [
    # the sexes differ: the instruction's own refusal
    "ФИО вы назвали полностью, договор постоплатный, сим-карта на мужчину, а вы женщина — последние цифры 7710.",
    # the caller's sex negated or asked
    "ФИО вы назвали полностью, договор постоплатный, сим-карта на мужчину, а вы не мужчина — последние цифры 7710.",
    "ФИО вы назвали полностью, договор постоплатный, сим-карта на мужчину, и вы мужчина? Последние цифры 7710.",
    # the alternative identification: the sexes matching do not make it the main one
    "Кодовое слово вы назвали, договор постоплатный, сим-карта на мужчину, и вы мужчина — последние цифры 7710.",
])
def test_item_6_differing_negated_or_asked_sexes_or_the_alternative_identification_keep_the_digits_blocked(line):
    assert verdict_of(line) == "block"


# --- п. 15: the caller's sex in apposition beside the owner's ---------------------------------------------------------

def test_the_callers_sex_in_apposition_beside_the_owners_is_no_form_of_address():
    line = "Сим-карта оформлена на женщину, а звоните вы, мужчина, так что окончание номера не называю."
    assert "form-of-address" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Мужчина, сим-карта оформлена на женщину, окончание номера не называю.",  # opens the line: addressed
    "Звоните вы, мужчина, не туда: окончание номера не называю.",  # no owner's sex in the line
])
def test_a_sex_noun_opening_the_line_or_with_no_owners_sex_beside_it_stays_a_form_of_address(line):
    assert "form-of-address" in rules_of(line)


# --- п. 18: whose number is withheld ----------------------------------------------------------------------------------

def test_a_bare_number_withheld_after_a_call_told_of_is_that_calls_not_the_operators():
    line = "Исходящий в 9:15 был на городской, Краснодарский край; сам номер не называю."
    assert "operator-number-refusal" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Исходящий в 9:15 был на городской; свой номер не называю.",  # the operator's own mark
    "Номер не называю.",  # no call told of: the operator's own refusal, as before
])
def test_the_operators_own_number_withheld_stays_a_refusal_whatever_calls_the_line_names(line):
    assert "operator-number-refusal" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Номера сотрудников абонентам не называются, такие правила.",
    "номера операторов мы не даем это внутренняя информация",
])
def test_the_staffs_numbers_refused_as_a_rule_withhold_the_operators_own(line):
    assert "operator-number-refusal" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Номера операторов МТС мы не сообщаем.",  # a carrier's, not the speaker's
    "Данные сотрудников не сообщаются.",  # no number: someone else's data
])
def test_a_carriers_staff_or_the_staffs_data_are_no_refusal_of_the_operators_number(line):
    assert "operator-number-refusal" not in rules_of(line)


# --- п. 10: a worker's number announced by "его номер", the agreement stated ------------------------------------------

@pytest.mark.parametrize("line", [
    "Старший специалист сам разрешил передать его номер, я с ним согласовала: 8-928-310-44-17.",
    "старший специалист разрешил передать его номер я с ним согласовала восемь девятьсот двадцать восемь триста "
    "десять сорок четыре семнадцать",
])
def test_item_10_a_workers_number_announced_as_his_with_his_agreement_is_allowed(line):
    assert verdict_of(line) == "allow"


@pytest.mark.parametrize("line", [
    # "его" can be the husband's: a person who is no worker named before it
    "Ваш супруг разрешил передать его номер, я с ним согласовала: 8-928-310-44-17.",
    # the agreement only supposed
    "Старший специалист, если разрешит, передаст его номер: 8-928-310-44-17.",
])
def test_item_10_another_persons_number_or_an_agreement_not_yet_given_stays_blocked(line):
    assert verdict_of(line) == "block"


# --- п. 7: a delay of another institution's -----------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Если выписку в МФЦ подготовят с задержкой, приходите в салон позже.",
    "если документы в загсе оформят с задержкой приходите в салон позже",
])
def test_item_7_a_delay_of_another_institutions_process_is_no_outage_word(line):
    assert "service-failure-words" not in rules_of(line)


def test_item_7_the_networks_failure_beside_another_institution_stays_flagged():
    assert "service-failure-words" in rules_of("Если в МФЦ очередь, а у нас сбой сети, подключим позже.")


# --- one word speech to text cut in two ----------------------------------------------------------------------------------

def test_a_word_speech_to_text_cut_in_two_is_read_as_one_word():
    tokens = Utterance("я пере оформила договор по названию органи зации").tokens
    assert [t.form for t in tokens] == ["я", "переоформила", "договор", "по", "названию", "организации"]


def test_two_real_words_or_a_name_cut_in_two_are_not_joined():
    assert [t.form for t in Utterance("при этом в се").tokens] == ["при", "этом", "в", "се"]


def test_item_25_a_change_verb_cut_in_two_is_still_the_change():
    assert "client-data-change" in rules_of("бывшая жена попросила и я по телефону пере писала адрес в ее договоре")


def test_item_4_the_last_resort_holds_with_the_organisation_cut_in_two():
    line = ("вы прошли идентификацию по названию органи зации кто выдавал сим карту не знаете запрета во флеш нет "
            "контактное лицо семенова ольга игоревна")
    assert verdict_of(line) == "allow"


# --- п. 12: the operator's own stand against the company's rule ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Я лично против этого правила, оно у нас бестолковое, но номер вам всё равно не скажут.",
    "я сам против этих новых тарифов но подключить могу",
])
def test_item_12_the_operators_own_stand_against_the_companys_rule_discredits_it(line):
    assert "discrediting-company" in rules_of(line)


@pytest.mark.parametrize("line", [
    "Я не против, если вы смените тариф.",  # negated: no stand
    "Я тоже против спама, поэтому поставлю запрет на рассылки.",  # nothing of the company's opposed
    "Если вы против этого тарифа, сменим его.",  # the caller's, supposed
])
def test_item_12_a_negated_stand_one_against_nothing_of_the_companys_or_the_callers_is_no_discredit(line):
    assert "discrediting-company" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Менеджер разрешил дать номер вашего бывшего мужа, я согласовала: 8-928-310-44-17.",
    "менеджер разрешил дать ваш номер я согласовала восемь девятьсот двадцать восемь триста десять сорок четыре "
    "семнадцать",
])
def test_item_10_a_workers_agreement_clears_no_number_the_line_names_someone_elses(line):
    assert verdict_of(line) == "block"


# --- a small count of documents is no document's number -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "нужны паспорт перевод и миграционная карта три документа понятно",
    "Последнее — вид на жительство, два документа с собой, и всё.",
])
def test_a_small_count_of_documents_after_a_documents_name_is_no_documents_number(line):
    assert "passport" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "миграционная карта номер три четыре пять шесть семь восемь",
    "вид на жительство номер 12 документа",
])
def test_a_number_named_a_number_after_a_documents_name_stays_blocked(line):
    assert "passport" in rules_of(line)


@pytest.mark.parametrize("line", [
    "У владельца фамилия из семи букв, на Б.",  # a value's own measure told as a count: the riddle (bb21)
    "паспорт серия сорок пять цифр там десять",
])
def test_a_count_of_a_values_letters_or_digits_is_no_count_of_papers(line):
    assert verdict_of(line) != "allow"


# --- review 53 (disclosure), fail-open findings F2-F7: each reading made fail closed ---------------------------------

from guard.disclosure.checker import check as _check  # noqa: E402


def _review_rules(text):
    r = _check(text, "operator")
    return r.verdict, {f.rule.removeprefix("model:") for f in r.violations}


# F2: «его номер» is a worker's only when no non-worker person is named anywhere in the line
@pytest.mark.parametrize("line", [
    "Ваш муж звонил утром. Персональный менеджер сам разрешил дать его номер, я с ним согласовала: 8-918-123-45-67.",
    "Ваш муж звонил утром. Старший специалист сам разрешил дать его номер, я согласовала: 8-918-123-45-67.",
    "Персональный менеджер сам разрешил дать его номер, я с ним согласовала: 8-918-123-45-67, это телефон вашего мужа.",
])
def test_review53_f2_relatives_number_not_cleared_by_a_workers_agreement(line):
    verdict, rules = _review_rules(line)
    assert verdict == "block" and "subscriber-number" in rules, (verdict, rules)


# F3: a bare «номер» is a call's only after a call described (time, date, direction) in its sentence
@pytest.mark.parametrize("line", [
    "Спасибо за звонок! Номер не называю, работаю анонимно.",
    "По звонку отвечу, а номер не дам.",
    "Здравствуйте, спасибо за звонок. Номер не называю.",
    "Разговор записывается, номер не дам.",
])
def test_review53_f3_operator_refusing_own_number_is_flagged(line):
    verdict, rules = _review_rules(line)
    assert "operator-number-refusal" in rules, (verdict, rules)


# F4: «вы, женщина» beside the owner's sex only as a subject, the number «на ‹sex›» in the same sentence
@pytest.mark.parametrize("line", [
    "Слушайте вы, женщина, не кричите на мужчину.",
    "Ну вы, женщина, даёте! Номер же на мужчину оформлен.",
    "Ну вы, мужчина, даёте, тариф на женщину не оформить.",
])
def test_review53_f4_address_by_sex_is_flagged(line):
    verdict, rules = _review_rules(line)
    assert "form-of-address" in rules, (verdict, rules)


# F5: no count of papers after a document's digit/number cue
def test_review53_f5_passport_digits_followed_by_a_paper_noun():
    verdict, rules = _review_rules("Последние цифры паспорта 12 копии.")
    assert verdict == "block", (verdict, rules)


# F6: an institution clears п. 7's word only as its owner or place; «у нас» keeps it ours
def test_review53_f6_failure_word_rule_kept_near_an_institution():
    verdict, rules = _review_rules("У нас технический сбой, справку в суд пришлём позже.")
    assert "service-failure-words" in rules, (verdict, rules)


# F7: the owner-name patterns read the prefixed forms (the split «пере оформлен» joined, and the whole word)
@pytest.mark.parametrize("line", [
    "Номер пере оформлен на Петра.",
    "Номер пере оформлен на Тадыева.",
    "Симка пере записана на Ивана.",
    "Договор пере оформили на Ольгу.",
    "Номер пере оформлен на ООО «Восток».",
    "Номер пере оформлен на вашего брата.",
    "Номер переоформлен на Петра.",
])
def test_review53_f7_owner_told_after_a_split_prefix_is_blocked(line):
    verdict, rules = _review_rules(line)
    assert verdict == "block" and "owner-name" in rules, (verdict, rules)
