"""Red team bb16 (stop 41), finding 01 (пп. 1, 6): a new speaker the speaker-change reading did not hear — a caller
speaking of the identified owner in the third person ("папа сказал мне позвонить", "он рядом", "по поводу номера
мужа"), one whose words carry the other gender ("давай я сама поговорю" on a man's call), a phone asked for with
"дай сюда", "я за него", a third person who cannot hear while the speaker carries on. The phrasings here are this
file's own; through the real proxy with bb12's harness (Лисицына Ольга Викторовна, a woman), as bb15's finding 08.
"""
from __future__ import annotations

import pytest

from guard.disclosure import CheckContext
from security.test_redteam_bb12_call import MSISDN, _run
from security.test_redteam_bb13_call import _hint

WOMAN = CheckContext(identification="primary", caller_gender="female")
MAN = CheckContext(identification="primary", caller_gender="male")

CHANGES = [
    # the identified owner (a woman) spoken of in the third person: as the one who asks, beside, whose number it is
    "мама попросила меня вам позвонить", "она тут рядом, подсказывает", "я насчёт номера жены",
    # the speaker's own words carry the other gender
    "я звонил вам вчера по этому вопросу", "давайте я сам всё объясню",
    # a phone asked for with "сюда", standing in with no verb, a third person who cannot hear
    "дай сюда, я разберусь", "я за неё", "простите, бабушка не слышит, я продолжу",
]


@pytest.mark.parametrize("text", CHANGES)
def test_item6_a_new_speaker_on_a_womans_call_is_read_as_a_change_of_speaker(text):
    assert _hint(text, context=WOMAN)


@pytest.mark.parametrize("text", [
    # the owner herself: her own gender, her husband's number and words, her own past calls
    "я звонила вчера по этому вопросу", "я сама разберусь", "муж сказал мне позвонить вам", "номер мужа не работает",
    "он не работает, я продолжу ждать", "номер не работает, дайте сюда оператора", "я за него заплатила вчера",
])
def test_item6_what_the_owner_says_of_herself_or_of_a_man_is_no_change(text):
    assert not _hint(text, context=WOMAN)


@pytest.mark.parametrize("text", ["папа сказал мне позвонить вам", "он рядом, говорит мне что спросить",
                                  "здравствуйте я по поводу номера мужа"])
def test_item6_the_owner_spoken_of_is_read_by_the_identified_gender_only(text):
    """A man identified: "папа", "он", "муж" may be him — a change; with no gender identified nothing tells who the
    owner is and the reading stays silent (the other readings still hear a hand-over)."""
    assert _hint(text, context=MAN) and not _hint(text)


@pytest.mark.parametrize("text", ["мама попросила меня вам позвонить", "дай сюда, я разберусь", "я за неё",
                                  "давайте я сам всё объясню"])
@pytest.mark.parametrize("trusted", [True, False], ids=["caller-feed", "operator-side"])
def test_item6_the_card_drops_to_none_when_a_new_speaker_is_heard(attack, text, trusted):
    """Fail closed: the line withdraws the identification whoever sent it; the last 4 digits leave the card."""
    lines = [("identify", "female"), ("card", ""), ("client", text), ("card", ""),
             ("operator", f"последние цифры номера {MSISDN[-4:]}")]
    before, after, last4 = _run(attack, [lines], trusted=trusted)
    assert before.endswith(MSISDN[-4:]) and not after.endswith(MSISDN[-4:]) and last4 == "block"
