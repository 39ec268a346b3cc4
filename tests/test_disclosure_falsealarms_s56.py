"""Stop 56 (issue 12): clean lines of disc_aw56 (small businesses in Rostov-on-Don) and disc_at55 (sanatoriums of the
Caucasian Mineral Waters) read where their decisions live — whose storno a п. 14 word names, a п. 16 «не знаю» said in
praise, a station a train goes to (пп. 9, 17), the issuing of a thing the line says is no passport (п. 2) — and missed
violations: a п. 18 refusal with the caller's thing given as an example, a note calling the customer by хам's family
(п. 20) (docs/disclosure.md, "Stop 56 (s56-falsealarms)"). Phrasings are my own (none copied from a set); each reading
has its attack beside it. Review 56 (falsealarms1): the station and not-a-passport readings taken out, the storno and
«не знаю» readings narrowed; the reviewer's 17 cases are copied in beside each reading's own."""
from __future__ import annotations

import pytest

from checker_lines import rules_of, verdict_of, word_at


# --- п. 14: the storno of the caller's own books ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Ошибочную проводку ваш бухгалтер может сторнировать сама, в своей программе.",
    "сторнировать эту запись в учёте ваш главбух может сам",
    "Вы можете сами сторнировать эту операцию в своей бухгалтерии.",
])
def test_a_storno_done_by_the_callers_side_in_their_own_books_is_no_internal_term(line):
    from guard.disclosure.sense import done_in_the_callers_books

    assert done_in_the_callers_books(*word_at(line, "сторнировать"))
    assert "internal-terms" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Мы сторнируем это списание, ваш бухгалтер увидит возврат.",  # the carrier's act
    "ваш бухгалтер увидит сторно начисления в следующем счёте",  # the noun names the carrier's storno
    "Вам сторнируют начисление, ваш бухгалтер пусть не волнуется.",  # an unnamed "they": the carrier
    "Ваш платёж сторнирован вчера вечером.",  # a thing of the caller's in the passive: the carrier's act
    "Сейчас я сторнирую, а ваш бухгалтер проверит.",  # the operator's own act
    "Вы увидите, что вам сторнировали списание.",  # a past act: its doer not read
    "Вы не волнуйтесь, сторнировать придётся отделу.",  # the carrier's side named as the doer
    # review 56 (finding 3): «ваш» + the carrier's staff, a modal governing a request, not the storno
    "Ваш менеджер сторнирует абонентскую плату за март.",
    "Ваш менеджер может сторнировать абонентскую плату за март.",
    "Ваш менеджер сторнирует штраф, не волнуйтесь.",
    "Вы можете попросить сторнировать абонентскую плату за март.",
    "Вы можете попросить менеджера сторнировать эту операцию.",
])
def test_a_storno_by_the_carriers_side_stays_an_internal_term(line):
    assert "internal-terms" in rules_of(line)


# --- п. 16: «не знаю» in praise ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Не знаю города уютнее, чем Таганрог весной.",
    "не знаю вида красивее чем с этой набережной",
    "Я не знаю людей добрее, чем наши отдыхающие.",
])
def test_i_know_none_finer_is_praise_not_the_operators_ignorance(line):
    from guard.disclosure.sense import knows_none_finer

    assert knows_none_finer(*word_at(line, "не знаю"))
    assert "i-dont-know" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Не знаю, лучше ли этот тариф для вас.",
    "не знаю тарифа лучше ли он",
    "Не знаю, какой тариф дешевле.",
    "Не знаю, когда починят.",
    "не знаю сроки раньше не называли",  # an accusative and a time's comparative: ignorance
    # review 56 (finding 4): a comparative of no beauty or kindness — a better answer, solution, tariff not known
    "Не знаю ответа лучше, извините.",
    "не знаю ответа лучше извините",
    "Я не знаю решения проще, чем перезагрузить.",
    "Не знаю тарифа дешевле для вас.",
])
def test_not_knowing_which_is_better_stays_i_dont_know(line):
    assert "i-dont-know" in rules_of(line)


# --- пп. 9, 17: a station a train goes to — the reading taken out (review 56, finding 2) ------------------------------
# «станция» after a preposition with a train word cleared a number's current place told at a station; the railway lines
# the reading was built for (at-0329/0330, w-0423/0424) go back to flagged.

@pytest.mark.parametrize("line", [
    "Ближайшая станция около депо, где электрички стоят.",  # a station standing somewhere: maybe a base station
    "Базовая станция у станции, до которой идёт электричка.",  # a base station named in the line
    "Вышка возле станции, поезд там стоит около часа.",
    "Сигнал пропадает между станциями возле промзоны.",  # no train: the stations may be base stations
    "Телефон определялся на станции Бештау, куда электричка приходит в девять.",  # where the number was
])
def test_a_station_with_a_base_stations_word_or_standing_somewhere_stays_a_place(line):
    assert verdict_of(line) != "allow"


@pytest.mark.parametrize("line", [  # review 56 (finding 2): the number's (a third person's) place at a railway station
    "По данным системы ваш телефон сейчас на станции Лермонтовская, поезд туда идёт около часа.",
    "По нашим данным телефон на станции Лермонтовская, поезд туда идёт около часа.",
    "по нашим данным телефон вашего сына на станции лермонтовская поезд туда идет около часа",  # ASR, a 3rd person
])
def test_a_numbers_place_at_a_railway_station_stays_number_location(line):
    assert "number-location" in rules_of(line)


def test_the_railway_station_reading_is_gone():
    import guard.disclosure.sense as sense

    assert not hasattr(sense, "a_railway_station")


# --- п. 2: the issuing of a thing that is no passport — the reading taken out (review 56, finding 1) ------------------
# an NPRO between «паспорт» and the issuing verb was read as the verb's object, so «её паспорт выдавали в Пятигорске»
# after «это не паспорт» let the passport's place and time of issue through; at-0319/0320 go back to blocked.

@pytest.mark.parametrize("line", [
    "Паспорт её выдавали в Самаре.",  # her passport's issuing
    "Это не паспорт, его выдали в ОВД Тверского района.",  # an issuing office
    "это не паспорт ее выдали в две тысячи десятом",  # a year
    "это не паспорт ее выдают в уфмс",
])
def test_a_passports_issuing_stays_passport_data(line):
    assert "passport" in rules_of(line)


@pytest.mark.parametrize("line", [  # review 56 (finding 1)
    "Это не паспорт мужа, паспорт её выдавали в Пятигорске.",
    "Это не паспорт, её паспорт выдавали в Пятигорске в марте.",
    "это не паспорт её паспорт выдавали в пятигорске в марте",  # ASR rendering
    "Это не паспорт, её выдавали в Пятигорске.",  # past tense, a place of issue: no other thing's issuer named
])
def test_passport_issue_place_after_not_a_passport_stays_blocked(line):
    from guard.disclosure import default_checker

    r = default_checker().check(line, "operator", None)
    assert "passport" in r.rules and r.verdict == "block", (r.verdict, r.rules)


def test_passport_issue_place_in_call_with_the_card_stays_blocked():  # review 56 (finding 1), with the card
    import copy

    from conftest import SAMPLE_CARD
    from guard.callstate import CallState
    from guard.disclosure import default_checker
    from guard.disclosure.context import CheckContext

    card = copy.deepcopy(SAMPLE_CARD)
    card["owner"].update(last_name="Иванова", first_name="Анна", middle_name="Петровна", gender="female")
    card["owner"]["passport"] = {"series": "0705", "number": "678901", "issued_at": "2005-04-01",
                                 "issued_by": "Отделом УФМС России по Ставропольскому краю в г. Пятигорске"}
    ctx = CheckContext.of(CallState(msisdn=card["msisdn"]), card)
    r = default_checker().check("Это не паспорт, её паспорт выдавали в Пятигорске в марте.", "operator", ctx)
    assert r.verdict == "block", (r.verdict, r.rules)


def test_the_not_a_passport_reading_is_gone():
    import guard.disclosure.sense as sense

    assert not hasattr(sense, "issued_of_another_thing")


# --- п. 18: the caller's thing given as an example does not make the number someone else's ---------------------------

@pytest.mark.parametrize("line", [
    "Имя и номер я не даю — по вопросам вроде таких, как ваш магазин, это лишнее.",
    "номер я не называю по таким пустякам как ваш киоск",
])
def test_a_refusal_with_the_callers_thing_as_an_example_refuses_the_operators_number(line):
    assert "operator-number-refusal" in rules_of(line)


def test_a_number_of_the_callers_relative_stays_someone_elses():
    assert "operator-number-refusal" not in rules_of("Номер я не называю, ваш муж его знает.")


# --- п. 20: хам's family in a note -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Запишу во Flash, что абонент хамло.",
    "отмечу в комментарии что клиент хамоватый",
])
def test_a_note_calling_the_customer_by_hams_family_is_a_remark(line):
    assert "remark-in-comments" in rules_of(line)
