"""Red team bb15 (stop 40), finding 08 (пп. 1, 6): someone else speaks for or instead of the identified caller in
words the speaker-change reading did not know — a hand-over asked of someone in the room in the "ты" form, a power of
attorney, "X вышла, я за неё договорю", "ей плохо, я продолжу". The phrasings here are this file's own; through the real
proxy with bb12's harness (Лисицына Ольга Викторовна), as bb13's finding 01.
"""
from __future__ import annotations

import pytest

from security.test_redteam_bb12_call import MSISDN, _run
from security.test_redteam_bb13_call import _hint

TAKE_OVERS = [
    # a hand-over asked of someone beside the speaker ("ты"), not of the operator ("вы")
    "на, передай-ка мне трубку, я сам объясню", "возьми телефон, поговори с ними",
    # acting under someone's authority
    "звоню по доверенности от Лисицыной", "я от имени мамы звоню", "действую по поручению сестры",
    # standing in
    "она отошла, я за неё отвечу", "за мужа договорю я",
    # the one who spoke is gone or unwell, the speaker carries on
    "оля ушла, я дальше продолжу", "ему плохо стало, я закончу разговор", "теперь я говорю, он уехал",
    # the speaker will speak with the operator as "them", to someone in the room
    "давай я сама с ними поговорю", "сейчас дам трубку дедуль, держи",
]


@pytest.mark.parametrize("text", TAKE_OVERS)
def test_item6_someone_speaking_for_or_instead_of_the_caller_is_a_change_of_speaker(text):
    assert _hint(text)


@pytest.mark.parametrize("text", [
    # the operator asked in the "вы" form, a number asked for, the caller's own absence, past deeds
    "передайте трубку специалисту", "дайте телефон поддержки", "дай мне телефон жены", "я отошла на минутку, продолжим",
    "я заплатила за маму в прошлом месяце", "муж вышел на пенсию, хочу сменить тариф", "я сама с вами поговорю",
    "теперь я отвечаю на ваш вопрос", "мне плохо слышно, я перезвоню", "он не ушёл, я продолжаю",
    "доверенность нужна на переоформление?", "она вышла замуж, фамилию сменила, я уточню",
    "а по доверенности сын может сим-карту получить?", "вы обращаетесь от имени мамы?"])
def test_item6_nearby_shapes_the_owner_says_are_no_change(text):
    assert not _hint(text)


@pytest.mark.parametrize("text", ["звоню по доверенности от Лисицыной", "она отошла, я за неё отвечу",
                                  "ему плохо стало, я закончу разговор", "возьми телефон, поговори с ними"])
@pytest.mark.parametrize("trusted", [True, False], ids=["caller-feed", "operator-side"])
def test_item6_the_card_drops_to_none_when_someone_takes_over_the_call(attack, text, trusted):
    """Fail closed: the line withdraws the identification whoever sent it (a client line from the operator's side
    unlocks nothing, but may always take away)."""
    lines = [("identify", "female"), ("card", ""), ("client", text), ("card", ""),
             ("operator", f"последние цифры номера {MSISDN[-4:]}")]
    before, after, last4 = _run(attack, [lines], trusted=trusted)
    assert before.endswith(MSISDN[-4:]) and not after.endswith(MSISDN[-4:]) and last4 == "block"
