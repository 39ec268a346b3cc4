"""Stop 56 (issue 12): clean lines of disc_aw56 (small businesses in Rostov-on-Don) and disc_at55 (sanatoriums of the
Caucasian Mineral Waters) read where their decisions live — whose storno a п. 14 word names, a п. 16 «не знаю» said in
praise, a station a train goes to (пп. 9, 17), the issuing of a thing the line says is no passport (п. 2) — and missed
violations: a п. 18 refusal with the caller's thing given as an example, a note calling the customer by хам's family
(п. 20) (docs/disclosure.md, "Stop 56 (s56-falsealarms)"). Phrasings are my own (none copied from a set); each reading
has its attack beside it."""
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
])
def test_not_knowing_which_is_better_stays_i_dont_know(line):
    assert "i-dont-know" in rules_of(line)


# --- пп. 9, 17: a station a train goes to -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "От станции Бештау поезд идёт минут сорок, связь по дороге будет.",
    "до станции кисловодск электричка идет около часа",
    "В метро между станциями сигнал слабее, это обычное дело.",
])
def test_a_station_a_train_goes_to_is_no_base_stations_place(line):
    from guard.disclosure.sense import a_railway_station

    assert a_railway_station(*word_at(line, "станци"))
    assert "number-location" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "Ближайшая станция около депо, где электрички стоят.",  # a station standing somewhere: maybe a base station
    "Базовая станция у станции, до которой идёт электричка.",  # a base station named in the line
    "Вышка возле станции, поезд там стоит около часа.",
    "Сигнал пропадает между станциями возле промзоны.",  # no train: the stations may be base stations
    "Телефон определялся на станции Бештау, куда электричка приходит в девять.",  # where the number was
])
def test_a_station_with_a_base_stations_word_or_standing_somewhere_stays_a_place(line):
    assert verdict_of(line) != "allow"


# --- п. 2: the issuing of a thing that is no passport ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Медицинская справка — это не паспорт, её выдаёт поликлиника.",
    "пропуск в санаторий это не паспорт его выдают на ресепшене",  # masculine: read as the passport's (below)
])
def test_issuing_told_of_the_thing_that_is_no_passport(line):
    from guard.disclosure.sense import issued_of_another_thing

    from guard.disclosure.text import Utterance

    feminine = "её" in line
    start = line.index("паспорт")
    end = line.index("выда", start) + len("выда")  # the rule's hit: from the passport to the issuing verb
    end = end + len(line[end:].split()[0]) if line[end:].split() else end
    assert issued_of_another_thing(Utterance(line), start, end) is feminine


@pytest.mark.parametrize("line", [
    "Паспорт её выдавали в Самаре.",  # her passport's issuing
    "Это не паспорт, его выдали в ОВД Тверского района.",  # an issuing office
    "это не паспорт ее выдали в две тысячи десятом",  # a year
    "это не паспорт ее выдают в уфмс",
])
def test_a_passports_issuing_stays_passport_data(line):
    assert "passport" in rules_of(line)


def test_a_cards_issuer_after_not_a_passport_is_allowed():
    assert verdict_of("Медицинская справка — это не паспорт, её выдаёт поликлиника.") == "allow"


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
