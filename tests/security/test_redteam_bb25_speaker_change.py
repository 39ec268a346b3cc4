"""Red-team round bb25, f08 (Инструкция запретов, пп. 1, 6): after the owner's identification, a client line saying that
someone else holds the phone now withdraws the identification — the one reading of "the speaker changed"
(guard/disclosure/speaker_change.py, read by the call flow through the `speaker-changed` hint) extended to what such
lines do:

- the identified caller's gender: any person noun of it gone or dead ("мужчина который звонил вышел", "отец умер");
  a noun naming only a woman after "я" on a man's call ("я домработница");
- the phone came to the speaker: found ("нашла этот телефон", past only), given with a word between ("дал мне свой
  телефон");
- the number is not the speaker's: "это не мой номер", in another person's name while they use it ("сим-карта на
  отце", "оформлен на маму");
- the speaker calls from another person's phone ("звоню с его телефона");
- an introduction with "я"/"это" left out ("водитель его, …"), or from a third person's circle ("я из бухгалтерии его
  фирмы").

In this repository's own phrasings; through the real proxy and a CRM on loopback.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from security.speaker_change import assert_each_line_withdraws_the_identification, speaker_changed


NEW_SPEAKER = [
    # the identified caller gone or dead
    "тот мужчина, что звонил, уже ушёл", "дед скончался, номером теперь пользуюсь я", "мужчина который говорил отошёл",
    # the phone found, or given with words between
    "подобрала мобильник в автобусе", "нашёл этот телефон на лавочке", "сосед дал мне на минуту свой телефон",
    # the number is not the speaker's
    "телефон этот не мой", "это вообще не мой номер", "номер оформлен на брата, а звоню я",
    "симка на маме, пользуюсь я",
    # from another person's phone
    "я звоню с её телефона", "звоню с телефона соседа",
    # introductions without an opener, or from a third person's circle
    "сиделка его, он не встаёт", "я из офиса его компании", "добрый день, я уборщица",
]
SAME_SPEAKER = [
    "не могу найти телефон", "нашёл свой телефон, разблокируйте", "это мой номер", "я из Москвы",
    "номер оформлен на меня", "хочу оформить номер на сына",
    "здравствуйте, я клиент", "я пенсионер", "звоню с рабочего телефона",
]


@pytest.mark.parametrize("text", NEW_SPEAKER)
def test_item6_a_line_saying_someone_else_holds_the_phone_now_lapses_the_identification(text):
    assert speaker_changed(text, gender="male")


@pytest.mark.parametrize("text", SAME_SPEAKER)
def test_item6_the_owner_speaking_of_their_own_phone_or_of_others_keeps_it(text):
    assert not speaker_changed(text, gender="male")


def test_item6_a_woman_gone_on_a_womans_call_is_a_change_and_on_a_mans_call_is_not_the_identified_caller():
    assert speaker_changed("женщина которая звонила ушла", gender="female")
    assert not speaker_changed("я домработница", gender="female")  # a woman's noun on a woman's identification


@settings(max_examples=20, deadline=None)
@given(person=st.sampled_from(["отец", "муж", "дедушка", "мужчина", "он"]),
       verb=st.sampled_from(["умер", "ушёл", "вышел", "скончался"]),
       rest=st.sampled_from(["", ", теперь я", ", телефон у меня"]))
def test_item6_property_a_man_gone_or_dead_on_a_mans_call_is_a_change(person, verb, rest):
    assert speaker_changed(f"{person} {verb}{rest}")


@settings(max_examples=20, deadline=None)
@given(noun=st.sampled_from(["номер", "телефон", "симка"]), who=st.sampled_from(["отце", "маме", "нём", "ней", "брате"]),
       use=st.sampled_from(["пользуюсь я", "звоню я", "а я им пользуюсь"]))
def test_item6_property_a_number_in_another_persons_name_used_by_the_speaker_is_a_change(noun, who, use):
    assert speaker_changed(f"{noun} на {who}, {use}")


def test_item6_the_reds_lines_withdraw_the_identification_and_the_last_4_digits_through_the_proxy(attack):
    lines = ["мужчина который звонил вышел", "нашла этот телефон на улице", "это не мой номер, мне его дали на время",
             "звоню с его телефона, он в больнице", "здравствуйте, я из бухгалтерии его фирмы"]
    assert_each_line_withdraws_the_identification(attack, "79160002508", "79160002577", lines, "op25")
