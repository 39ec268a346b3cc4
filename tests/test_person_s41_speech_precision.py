"""Stop 41, speech-to-text precision (issue 15): words read as names in labelled call transcripts.

- The caller's line label ("клиент:") says who speaks, not whom a word names: it is no naming cue for the first words
  of the turn, and neither are the other speaker's last words ("спасибо", "здравствуйте"); the contact center's label
  still is (the operator's own name opens that turn).
- Words the Russian dictionary does not know that open or close a turn, come once in the call and stand in no verb's
  slot are the caller's greeting or thanks in their own language ("саламатсызбы", "мадлоба"), not a name.
- Fail closed: a word the dictionary knows as a name, a word after a naming cue in its turn, the subject of the verb
  after it, a name said again in the call, and the answer to a naming question all stay masked — names that are
  also common words (Роза, Вера, Лев, Орёл, Соловей) included.
- A foreign first name of a found full name said again alone is that name again ("турсунбаев мурод … верно мурод"),
  whatever abbreviation, place or part of speech the dictionary guesses for the word it lacks; a turn opening right
  after a naming question is its answer ("назовите фамилию владельца и дату рождения" / "цвижба …").
- After a first name the dictionary lacks, an adjective agreeing with the noun after itself is that noun's attribute
  ("фаридун доверительный платёж"), not a surname.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_names as names

_OPENING = "оператор: добрый день слушаю вас\n"


def _masked(redactor, text: str, word: str) -> bool:
    at = text.rindex(word)
    return any(e.start <= at and at + len(word) <= e.end for e in redactor.analyze(text) if e.type == "PERSON")


@pytest.mark.parametrize("text, word", [
    (_OPENING + "клиент: саламатсызбы мне нужна распечатка звонков за месяц", "саламатсызбы"),
    (_OPENING + "клиент: гамарджоба я хочу поменять тариф на подешевле", "гамарджоба"),
    (_OPENING + "клиент: хочу отключить роуминг\nоператор: готово отключила\nклиент: понял мадлоба", "мадлоба"),
    (_OPENING + "клиент: а номер останется прежним\nоператор: да останется\nклиент: шноракалутюн", "шноракалутюн"),
])
def test_an_unknown_word_detached_at_a_turns_edge_is_a_greeting_or_thanks_not_a_name(person_redactor, text, word):
    assert not _masked(person_redactor, text, word)


def test_a_speakers_label_is_no_naming_cue(person_redactor):
    from guard.recognizers.person import _cue_before

    text = "оператор: карта привязана\nклиент: понял ташаккур а сколько стоит"
    assert _cue_before(text, text.index("ташаккур")) is None
    assert not _masked(person_redactor, text, "ташаккур")


def test_a_naming_cue_inside_the_turn_still_counts(person_redactor):
    from guard.recognizers.person import _cue_before

    text = "оператор: назовите фамилию\nклиент: фамилия ташаккур"
    assert _cue_before(text, text.index("ташаккур")) == "strong"
    assert _masked(person_redactor, text, "ташаккур")


def test_a_word_before_a_colon_that_is_no_speakers_role_is_still_a_cue():
    from guard.recognizers.person import _cue_before

    text = "оператор: записываю\nфамилия: сомова"
    assert _cue_before(text, text.index("сомова")) == "strong"


@pytest.mark.parametrize("text, word", [
    # the subject of the verb after it
    (_OPENING + "клиент: фарход должен сам позвонить или прийти", "фарход"),
    # said again in the call: someone's name
    (_OPENING + "клиент: одинаева шахло я по договору\nоператор: всего доброго шахло", "шахло"),
    # after a naming cue in its own turn
    (_OPENING + "клиент: спасибо меня зовут жавохир", "жавохир"),
    # the answer to a naming question, and the same name said back
    ("оператор: как к вам обращаться\nклиент: жавохир", "жавохир"),
    ("оператор: как к вам обращаться\nклиент: драган\nоператор: драган какой картой платите", "драган"),
    ("оператор: назовите фамилию владельца и дату рождения\nклиент: цвижба тринадцатое октября", "цвижба"),
    ("оператор: как зовут дедушку\nклиент: донгак чочагар оскал оолович\nоператор: спасибо", "донгак"),
    # a noun's, a preposition's or a list's name at the turn's end is no thanks
    (_OPENING + "клиент: пользователи фельдшер доржиева и клуб бато\nоператор: укажете в заявке", "бато"),
    # a surname's ending is no greeting's
    ("оператор: старая и новая фамилия\nклиент: была лемешко стала ясинская\nоператор: спасибо", "ясинская"),
    ("оператор: подскажите инн\nабонент: шестьсот пятнадцать сто восемьдесят один ипэшник аветисян\nоператор: да",
     "аветисян"),
    # the contact center's turn opens with the operator's own name: the label still counts there
    ("оператор: техподдержка роман здравствуйте\nклиент: здравствуйте я забыла пароль", "роман"),
])
def test_a_name_at_a_turns_edge_stays_masked(person_redactor, text, word):
    assert _masked(person_redactor, text, word)


@pytest.mark.parametrize("name", ["роза", "вера", "лев", "рахмат", "азиз"])
def test_a_first_name_the_dictionary_knows_stays_masked_at_a_turns_edge(person_redactor, name):
    text = f"оператор: как к вам обращаться\nклиент: {name}"
    assert _masked(person_redactor, text, name)


@pytest.mark.parametrize("text, word", [
    ("оператор: назовите фамилию и имя владельца\nклиент: соловей вера", "соловей вера"),
    ("оператор: назовите фамилию и имя владельца\nклиент: орёл лев", "орёл лев"),
    ("оператор: как вас зовут\nклиент: роза\nоператор: спасибо роза", "роза"),
])
def test_attack_names_that_are_common_words_stay_masked_in_a_transcript(person_redactor, text, word):
    assert _masked(person_redactor, text, word)


def test_a_foreign_first_name_said_again_alone_is_that_name():
    from guard.recognizers.person import _other_mentions

    text = "клиент: а меня турсунбаев мурод зовут\nоператор: верно мурод меняю тариф"
    start = text.index("турсунбаев")
    again = text.rindex("мурод")
    assert (again, again + len("мурод")) in _other_mentions(text, [(start, start + len("турсунбаев мурод"))], True)


_UNKNOWN_NAMES = ["жавохир", "шахноза", "фарход", "дильноза", "гулчехра", "зарина"]


@settings(max_examples=8, deadline=None)
@given(name=st.sampled_from(_UNKNOWN_NAMES), surname=st.sampled_from(["холиков", "сафарова", "эшонов"]))
def test_a_callers_name_said_again_at_a_turns_end_stays_masked(person_redactor, name, surname):
    text = (f"оператор: добрый день слушаю вас\nклиент: это {surname} {name} хочу поменять тариф\n"
            f"оператор: тариф поменяла всего доброго {name}")
    assert _masked(person_redactor, text, name)


def test_an_adjective_after_an_unknown_first_name_that_agrees_with_the_next_noun_is_no_surname():
    from guard.recognizers.person import name_pieces

    text = "оператор: спасибо фаридун доверительный платёж триста рублей на три дня"
    start = text.index("фаридун")
    assert [text[s:e] for s, e in name_pieces(text, start, start + len("фаридун доверительный"))] == ["фаридун"]


def test_attack_a_surname_after_an_unknown_first_name_stays_in_the_name():
    from guard.recognizers.person import name_pieces

    text = "клиент: это фаридун соловей звоню по договору"
    start = text.index("фаридун")
    assert [text[s:e] for s, e in name_pieces(text, start, start + len("фаридун соловей"))] == ["фаридун соловей"]
