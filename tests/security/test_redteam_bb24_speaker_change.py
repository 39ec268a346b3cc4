"""Red-team round bb24, f06 (Инструкция запретов, пп. 1, 6): a line saying another person holds the phone now withdraws
the identification and what it unlocked.

The one reading of "the speaker changed" is guard/disclosure/speaker_change.py (the client hint `speaker-changed`, which
the call flow reads: guard/proxy/calls.py -> sessions.record_caller_change). It now reads three more things such a line
does: the one identified is busy and the speaker asks to be spoken with ("он занят, говорите со мной"), a third person
will carry the conversation on ("она и продолжит", "сын договорит"), and the owner spoken of as coming or speaking next
("сейчас подойдёт хозяин номера": the one speaking is not the owner); "мы с ним" — the speaker beside the person
of the identified caller's gender; the identified caller absent ("его нет дома"); a person named as the one at the
phone ("у телефона его дочь"); the owner's next deed told by someone else ("хозяин номера вам ответит"). In this repository's own phrasings; through the real proxy and a CRM on loopback.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from security.speaker_change import assert_each_line_withdraws_the_identification, speaker_changed


NEW_SPEAKER = [
    # the identified caller busy, the speaker asks to be spoken with
    "муж занят, можете со мной разговаривать", "он сейчас за рулём, со мной говорите", "папе некогда, объясните мне",
    "можете со мной общаться, он разрешил",
    # a third person will carry the conversation on
    "дальше сын договорит", "подождите, сейчас дочка продолжит", "она вам сама ответит на вопросы",
    # the owner spoken of as coming or speaking next
    "минуточку, владелец номера сейчас подойдёт", "сейчас подойдёт хозяйка, подождите",
    # the speaker beside the identified caller
    "мы с ним вместе тут", "мы с мужем звоним",
]
SAME_SPEAKER = [
    "говорите громче, плохо слышно", "я сам занят, перезвоню позже", "я владелец номера", "номер занят весь день",
    "жена потом перезвонит сама", "он сказал что перезвонит", "с вами говорит владелец номера",
    "пусть мне на почту ответят", "хозяин номера в курсе",
]


@pytest.mark.parametrize("text", NEW_SPEAKER)
def test_item6_a_line_saying_another_person_holds_the_phone_now_lapses_the_identification(text):
    assert speaker_changed(text, gender="male")


@pytest.mark.parametrize("text", SAME_SPEAKER)
def test_item6_the_identified_caller_speaking_on_of_themselves_or_others_is_no_change(text):
    assert not speaker_changed(text, gender="male")


# the next variants an attacker tries: the future in two words, the identified caller absent, who is at the phone, what
# the owner will do told by someone else, "слушаю"/"спрашивайте меня" after the identified caller left
NEXT_VARIANTS = [
    "с вами будет говорить его жена", "его нет дома, что вы хотели", "мужа нет, он на работе",
    "на линии теперь его сестра", "у телефона его дочь", "хозяин номера сейчас вам ответит",
    "хозяин телефона скоро освободится и перезвонит", "он занят, я слушаю", "он вышел, спрашивайте меня",
]
NOT_A_CHANGE_NEARBY = ["я у телефона", "его номер не отвечает", "номера его нет в списке", "соседа нет в списке",
                       "абонент будет недоступен", "я владелец, перезвоню позже", "её нет сейчас"]


@pytest.mark.parametrize("text", NEXT_VARIANTS)
def test_item6_the_next_variants_of_a_new_person_on_the_line_lapse_the_identification(text):
    assert speaker_changed(text, gender="male")


@pytest.mark.parametrize("text", NOT_A_CHANGE_NEARBY)
def test_item6_lines_near_those_variants_that_say_no_new_speaker_keep_it(text):
    assert not speaker_changed(text, gender="male")


@settings(max_examples=20, deadline=None)
@given(person=st.sampled_from(["он", "муж", "папа", "сын", "отец"]),
       state=st.sampled_from(["занят", "за рулём", "на совещании", "на работе"]),
       ask=st.sampled_from(["говорите со мной", "со мной разговаривайте", "можете мне объяснить",
                            "давайте со мной поговорим"]))
def test_item6_property_a_person_who_cannot_speak_and_the_speaker_asking_to_go_on_is_a_change(person, state, ask):
    assert speaker_changed(f"{person} {state}, {ask}")


@settings(max_examples=15, deadline=None)
@given(person=st.sampled_from(["жена", "она", "сын", "дочь", "мама"]),
       verb=st.sampled_from(["продолжит", "договорит", "ответит", "закончит"]))
def test_item6_property_a_third_person_who_will_carry_the_call_on_is_a_change(person, verb):
    assert speaker_changed(f"тут ещё {person} слушает, {person} и {verb}")


def test_item6_a_handover_line_withdraws_the_identification_and_the_last_4_digits_through_the_proxy(attack):
    lines = ["отец занят, можете со мной разговаривать", "дальше дочка договорит", "владелец номера сейчас подойдёт"]
    assert_each_line_withdraws_the_identification(attack, "79160002406", "79160002477", lines, "op24")
