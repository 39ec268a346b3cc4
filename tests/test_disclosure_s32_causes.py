"""Stop 32: causes read in the misses and false alarms of three authors who never saw the rules (disc_u30, disc_w31,
disc_x31), mended in general readings. Each test uses lines of my own; the authors' lines stay their sets'."""
from __future__ import annotations

from types import SimpleNamespace

from guard.disclosure.checker import DisclosureChecker, _says_a_value
from guard.disclosure.classifier import Prediction
from guard.disclosure.sense import read_back_spans, set_off_as_an_address
from guard.disclosure.text import Utterance


def _read_back(text: str) -> list[str]:
    return [text[start:end] for start, end in read_back_spans(Utterance(text))]


def test_what_the_caller_told_a_third_party_is_no_read_back():
    assert _read_back("Пароль вы соседу сами сказали, так что виноваты вы сами.") == []
    assert _read_back("код вы кому то сами сообщили значит вы и виноваты") == []


def test_what_the_caller_told_the_operator_is_still_a_read_back():
    assert _read_back("Вы мне сказали почту ivanov@mail.ru, верно?")
    assert _read_back("Вы нам продиктовали номер 8 916 123-45-67, так?")
    assert _read_back("как вы сказали, адрес Ленина 5")


def test_a_verb_of_saying_that_does_not_agree_with_vy_is_not_the_callers():
    # "вы" waited, "я" wrote: the operator's own act, not the caller's words
    assert _read_back("Пока вы ждали, я написала в бэк-офис, там разберутся к вечеру.") == []


def test_ya_as_the_object_is_not_the_operator_noting():
    # "меня" is no subject of "повторю", and the noting verb stands after the question ends
    assert _read_back("Молодой человек, вы меня слышите? Повторю: тариф сменится завтра.") == []
    assert _read_back("Я записала ваш номер 8 916 123 45 67, верно?")


def test_the_caller_addressed_is_set_off_by_breaks():
    for text, words in (("Девушка, вы меня слышите?", "Девушка"), ("Хорошо, девушка, тогда по шагам.", "девушка"),
                        ("Спасибо, молодой человек", "молодой человек")):
        start = text.index(words)
        assert set_off_as_an_address(Utterance(text), start, start + len(words))
    text = "девушка в салоне вам всё объяснит"
    assert not set_off_as_an_address(Utterance(text), 0, 7)


class _SureItIsClean:
    """A model that reads every line as clean: what the rules' own readings keep against any model's doubt."""
    threshold, other_sense = 0.8, 0.1

    def predict(self, utterance, rules=None):
        return Prediction(0.0, None)

    def score(self, utterance):
        return 0.0


def test_no_model_reads_away_the_caller_addressed():
    from guard.disclosure import default_checker

    checker = DisclosureChecker(default_checker().rules, model=_SureItIsClean())
    assert checker.check("Девушка, вы меня слышите? Повторю: услуга подключится через час.").verdict != "allow"
    assert checker.check("Хорошо, девушка, тогда давайте по шагам.").verdict != "allow"
    # another sense is still read away: the girl spoken of
    assert checker.check("девушка в салоне вам всё объяснит").verdict == "allow"


def test_a_refusal_that_tells_a_numbers_last_digits_says_a_value():
    assert _says_a_value(Utterance("Целиком не скажу, намекну: оканчивается на 47)"))
    assert _says_a_value(Utterance("целиком не скажу намекну оканчивается на сорок семь"))
    assert not _says_a_value(Utterance("Назвать номер не могу, это запрещено."))


def test_item6_the_caller_naming_the_full_name_is_the_main_identification():
    from guard.disclosure.sense import states_item6_conditions

    assert states_item6_conditions(Utterance("Расчёт постоплатный, ФИО вы назвали полностью, значит, скажу: "
                                             "больше всего потратил номер на 7781."))
    assert not states_item6_conditions(Utterance("Расчёт постоплатный, ФИО вы назвали не полностью, а номер на 7781."))
    # postpaid not said (nor the instruction's own example of the spending compared)
    assert not states_item6_conditions(Utterance("ФИО вы назвали полностью, номер на договоре оканчивается на 7781."))


def test_item4_who_issued_the_sim_unknown_in_other_words():
    from guard.disclosure.sense import states_item4_conditions

    for unknown in ("вам неизвестно, кто выдавал сим-карту", "того, кто выдавал сим-карту, не найти"):
        assert states_item4_conditions(Utterance(f"Организацию подтвердили, {unknown}, запрета во Flash нет — "
                                                 "контактное лицо Орлова Нина Павловна."))
    assert not states_item4_conditions(Utterance("Организацию подтвердили, запрета во Flash нет, кто выдавал "
                                                 "сим-карту, вам известно — контактное лицо Орлова Нина Павловна."))
