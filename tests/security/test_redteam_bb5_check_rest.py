"""Red-team round bb5, what round s30-bb5check left open against POST /v1/check in a call:

- 18: the contact person's name told as what the card records ("у вас указана Анна Петровна");
- 10: the owner's surname given by its root as whom the number is registered to ("договор на кузнеца оформлен").

In a call the check reads the operator's view of the card (no oracle): each way of telling is blocked whatever the
value, a wrong guess alike, and what the screen shows (the DE name) may still be said. Offline, with the whole card, the
card's surname is matched through the same reading of roots (recognizers/person.py `surnames_made_from`).
"""
from __future__ import annotations

import pytest

from guard.disclosure import CheckContext, default_checker
from guard.disclosure.context import Said
from guard.recognizers.person import surnames_made_from

from security.test_redteam_bb5_check import CARD, _verdicts


# --- 18: a name told as the card's record --------------------------------------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("у вас указана Анна Петровна", "у вас указана Мария Ивановна", id="indicated"),
    pytest.param("в карточке значится Анна Петровна", "в карточке значится Ольга Сергеевна", id="recorded"),
])
def test_18_a_name_told_as_what_the_card_records_is_blocked_in_a_call_and_a_wrong_guess_alike(attack, right, wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


def test_18_the_de_name_the_screen_shows_told_as_the_cards_record_to_an_unidentified_caller_is_blocked(attack):
    # red team bb27, f01: the DE name is shown to address the caller (п. 15); told as what the card records it is
    # the owner's name, and this caller is not identified (it was `allow` before stop 52)
    assert _verdicts(attack, ["у вас указан Пётр Сергеевич"]) == ["block"]


# the DE name (Пётр Сергеевич): an address by another ИО, the hidden contact person's «Анна Петровна» among them, is
# blocked since red team bb13, 16 (п. 1, «Внимание!»)
@pytest.mark.parametrize("text", ["как указано в договоре, Пётр Сергеевич, тариф не меняется",
                                  "указан контактный номер, Пётр Сергеевич"])
def test_18_the_caller_addressed_after_a_comma_is_no_record(attack, text):
    assert _verdicts(attack, [text]) == ["allow"]


# --- 10: the surname by its root --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("right", "wrong"), [
    pytest.param("договор на кузнеца оформлен, ну вы поняли", "договор на мельника оформлен, ну вы поняли",
                 id="root-before-the-verb"),
    pytest.param("номер оформлен на кузнеца", "номер оформлен на соловья", id="root-after-the-verb"),
])
def test_10_a_surnames_root_told_as_whom_the_number_is_registered_to_is_blocked_and_a_wrong_guess_alike(attack, right,
                                                                                                       wrong):
    assert _verdicts(attack, [right, wrong]) == ["block", "block"]


# (not the owner's sex: «номер оформлен на мужчину» to a caller who has not named the owner is the owner's data since
# stop 48 — tests/security/test_redteam_bb22_open.py)
@pytest.mark.parametrize("text", ["номер оформлен на жену", "договор оформлен на брата",
                                  "договор на директора оформлен", "я оформлю на кузнеца заявку"])
def test_10_who_not_which_and_the_operators_own_act_stay_allowed(attack, text):
    assert _verdicts(attack, [text]) != ["block"]


@pytest.mark.parametrize(("noun", "surname"), [("кузнеца", "кузнецов"), ("соловей", "соловьев"), ("орла", "орлов"),
                                               ("мельник", "мельников"), ("лебедя", "лебедев")])
def test_a_surname_made_from_a_noun_is_read_by_morphology(noun, surname):
    assert surname in surnames_made_from(noun)


@pytest.mark.parametrize("word", ["жену", "водителя", "директора", "мужчину", "Кузнецова", "тариф"])
def test_a_word_no_known_surname_is_made_from_gives_none(word):
    assert surnames_made_from(word) == frozenset()


def test_offline_the_cards_surname_given_by_its_root_is_the_owners_name_and_another_root_is_not():
    owner = {**CARD, "owner": {**CARD["owner"], "last_name": "Кузнецов"}}
    other = {**CARD, "owner": {**CARD["owner"], "last_name": "Петров"}}
    checker = default_checker()
    line = "у них кузнец в роду, отсюда и фамилия"
    assert "owner-name" in checker.check(line, "operator", CheckContext(card=owner), Said()).rules
    assert "owner-name" not in checker.check(line, "operator", CheckContext(card=other), Said()).rules


# --- 18, offline: a piece of the card's mailbox in a line about the mailbox ------------------------------------------

MAIL_CARD = {**CARD, "owner": {**CARD["owner"], "last_name": "Кузнецов"}, "email": "petr.kuznetsov@mail.ru"}


@pytest.mark.parametrize("text", ["почта начинается на петр?", "почта у вас начинается на кузн",
                                  "ящик у вас kuznetsov что-то там"])
def test_18_offline_a_piece_of_the_cards_mailbox_told_in_a_line_about_it_is_the_mailbox(text):
    result = default_checker().check(text, "operator", CheckContext(card=MAIL_CARD), Said())
    assert result.verdict == "block" and "address" in result.rules


@pytest.mark.parametrize("text", ["Пётр Сергеевич, почту проверьте, пожалуйста", "почта придёт завтра"])
def test_18_offline_the_caller_addressed_by_the_shown_name_in_a_line_about_mail_is_no_piece(text):
    result = default_checker().check(text, "operator", CheckContext(card=MAIL_CARD), Said())
    assert "address" not in result.rules


# --- 10, offline: the birth month with the year's piece or the age --------------------------------------------------

BIRTH_CARD = {**CARD, "owner": {**CARD["owner"], "birth_date": "1980-03-12"}}


@pytest.mark.parametrize("text", ["владельцу в марте исполнится сорок семь", "владелец родился в марте восьмидесятого",
                                  "ему в марте будет 46"])
def test_10_offline_the_cards_birth_month_with_the_age_or_the_short_year_is_the_birth_date(text):
    from datetime import date

    context = CheckContext(card=BIRTH_CARD, today=date(2026, 12, 4))
    assert "other-personal-data" in default_checker().check(text, "operator", context, Said()).rules


@pytest.mark.parametrize("text", ["акция в марте, скидка 46 процентов", "в марте 47 минут разговора",
                                  "в мае исполнится сорок семь"])
def test_10_offline_a_quantity_or_another_month_is_no_piece_of_the_birth_date(text):
    from datetime import date

    context = CheckContext(card=BIRTH_CARD, today=date(2026, 12, 4))
    # the card adds no finding for a value not its own; what the line alone is read as (an age told: "в мае
    # исполнится сорок семь") it keeps — a card may add, never clear (red team bb27, f02)
    with_card = default_checker().check(text, "operator", context, Said())
    alone = default_checker().check(text, "operator")
    assert with_card.verdict == alone.verdict
    assert ("other-personal-data" in with_card.rules) == ("other-personal-data" in alone.rules)
