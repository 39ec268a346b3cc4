"""Stop 33: causes read in the misses and false alarms of two authors who never saw the rules (disc_y32, disc_z32),
mended in general readings. Each test uses lines of my own; the authors' lines stay their sets'."""
from __future__ import annotations

from guard.disclosure import default_checker
from guard.disclosure.checker import MODEL_SURE, DisclosureChecker
from guard.disclosure.classifier import Prediction
from guard.disclosure.sense import other_sense
from guard.disclosure.text import Utterance


class _Model:
    """A model that reads every line as the same rule at the same P(violating)."""
    threshold, other_sense = 0.8, 0.1

    def __init__(self, p: float, rule: str) -> None:
        self.p, self.rule = p, rule

    def predict(self, utterance, rules=None):
        return Prediction(self.p, self.rule)

    def score(self, utterance):
        return self.p


def _checker(p: float, rule: str) -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, model=_Model(p, rule))


def _reads_away(checker: DisclosureChecker, text: str) -> bool:
    """The rules alone (no model, no verifier) find nothing in `text`: their hit was read away."""
    return DisclosureChecker(checker.rules).check(text).verdict == "allow"


class _DoubtingVerifier:
    """A hit verifier that reads every wording hit it is asked about in its allowed sense."""

    def keep(self, utterance, findings):
        return []


def test_a_wording_hit_the_verifier_doubts_is_warned_when_the_model_is_sure():
    # a hit whose phrase names nothing the carrier runs: "авария на линии" is not the verifier's to doubt (stop 48,
    # tests/test_disclosure_falsealarms_s48.py)
    text = "Да, у вас на улице авария, бригада выехала, роутер не трогайте."
    sure = DisclosureChecker(default_checker().rules, model=_Model(MODEL_SURE, "service-failure-words"),
                             verifier=_DoubtingVerifier())
    assert sure.check(text).verdict == "warn"
    in_doubt = DisclosureChecker(default_checker().rules, model=_Model(0.9, "service-failure-words"),
                                 verifier=_DoubtingVerifier())
    assert in_doubt.check(text).verdict == "allow"


def test_a_word_read_in_another_sense_stays_away_unless_the_model_is_sure():
    text = "Брат вчера попал в аварию на трассе, поэтому я звоню за него."
    assert _reads_away(_checker(1.0, "service-failure-words"), text)
    assert _checker(0.5, "service-failure-words").check(text).verdict == "allow"
    assert _checker(1.0, "service-failure-words").check(text).verdict == "warn"


def test_what_a_rules_own_exception_clears_is_not_re_guessed():
    # "у =вас * проблема": the caller's own trouble, the policy's word — whatever the model says
    text = "У вас проблема с роутером, давайте перезагрузим."
    assert _reads_away(_checker(1.0, "problem-word"), text)
    assert _checker(1.0, "problem-word").check(text).verdict == "allow"


def _address_read_away(text: str) -> bool:
    return other_sense(Utterance(text), 0, len(text.split()[0]))


def test_the_address_word_before_an_imperative_or_the_speakers_own_subject_is_the_caller_addressed():
    # a past singular verb further on ("прервалась", "объяснила") is no longer read as the word's predicate
    assert not _address_read_away("женщина подождите секунду связь прервалась")
    assert not _address_read_away("мужчина я уже всё объяснила")
    assert not _address_read_away("женщина я ещё не закончила объяснять")


def test_the_address_word_as_a_third_persons_subject_is_still_someone_spoken_of():
    assert _address_read_away("девушка в салоне оформила вам договор неправильно")
    assert _address_read_away("мужчина который звонил вчера оставил заявку")
    # "мне" is no subject: the girl told the operator
    assert _address_read_away("девушка мне сказала что заявка уже закрыта")


def test_wondering_whether_the_caller_heard_is_no_i_dont_know():
    rules_only = DisclosureChecker(default_checker().rules)
    assert "i-dont-know" not in rules_only.check("Не знаю, видели ли вы новость, но абонентская плата снизится.").rules
    # the operator's own ignorance of the matter stays п. 16
    assert "i-dont-know" in rules_only.check("Не знаю, есть ли у нас такая услуга.").rules
    assert "i-dont-know" in rules_only.check("Я не знаю, когда дадут связь.").rules


def test_item6_the_full_name_spelled_out_is_the_main_identification():
    from guard.disclosure.sense import states_item6_conditions

    assert states_item6_conditions(Utterance("Фамилию, имя и отчество вы назвали полностью, договор постоплатный: "
                                             "больше всего потратил номер на 4417."))
    assert not states_item6_conditions(Utterance("Фамилию вы назвали полностью, договор постоплатный: больше всего "
                                                 "потратил номер на 4417."))
    assert not states_item6_conditions(Utterance("Фамилию, имя и отчество вы назвали не полностью, договор "
                                                 "постоплатный: больше всего потратил номер на 4417."))


def test_the_instructions_own_exception_stated_is_never_re_guessed():
    # п. 5: the caller knows the federal number, the city one may be told — whatever the model says
    text = "Раз вы знаете федеральный номер, подскажу городской, привязанный к нему: 8 3812 44-19-07."
    assert "subscriber-number" in DisclosureChecker(default_checker().rules).check(
        "Подскажу городской, привязанный к нему: 8 3812 44-19-07.").rules
    assert _checker(1.0, "subscriber-number").check(text).verdict == "allow"


def test_a_whole_line_read_as_a_read_back_is_re_guessed_when_the_model_is_sure():
    # speech to text: no break ends the read-back, so "вы же говорили" at the end governs the whole line
    text = "счета у вас приходят на улицу гоголя двенадцать квартира сорок вы же говорили что переезжали"
    assert _reads_away(_checker(1.0, "address"), text)
    assert _checker(MODEL_SURE, "address").check(text).verdict != "allow"
    assert _checker(0.9, "address").check(text).verdict == "allow"


def test_in_a_call_what_the_caller_said_decides_a_read_back_whatever_the_model():
    from guard.disclosure.context import Said

    text = "вы сказали адрес гоголя двенадцать квартира сорок всё верно"
    said = Said()
    said.add("адрес гоголя двенадцать квартира сорок")
    assert _checker(1.0, "address").check(text, said=said).verdict == "allow"


def test_a_speech_to_text_read_back_with_fillers_is_still_a_line_without_punctuation():
    # "ну", "ой" open a clause for the stretch reader, yet no writer marked where the read-back ends
    text = "счета у вас приходят на улицу гоголя двенадцать квартира сорок ну вы же говорили что переезжали"
    assert _checker(1.0, "address").check(text).verdict != "allow"
    # written, the writer's full stop ends the address's sentence before the read-back: the rules decide
    written = "Вы сказали, что переезжали: адрес Гоголя, 12, кв. 40, верно?"
    assert _checker(1.0, "address").check(written).verdict == "allow"


def test_a_form_of_address_quoted_as_a_text_is_not_re_guessed_by_a_sure_model():
    text = "Вам придёт письмо, оно начинается словами «Дорогой абонент, ваш договор продлён» — это от нас."
    assert _reads_away(_checker(1.0, "form-of-address"), text)
    assert _checker(1.0, "form-of-address").check(text).verdict == "allow"


def test_a_negated_blame_is_marked_by_the_line_and_not_re_guessed():
    text = "вы не ошиблись платёж действительно ушёл дважды сейчас вернём"
    assert _reads_away(_checker(1.0, "you-are-wrong"), text)
    assert _checker(1.0, "you-are-wrong").check(text).verdict == "allow"
