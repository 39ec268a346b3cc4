"""The trained model beside the rules: paraphrases no pattern covers, read-backs, words in another sense."""
from __future__ import annotations

from guard.disclosure import check
from guard.disclosure.classifier import MODEL_PATH, default_model, features
from guard.disclosure.sense import is_read_back
from guard.disclosure.text import Utterance


def test_the_model_ships_inside_the_package():
    assert MODEL_PATH.exists()
    model = default_model()
    assert model is not None and 0.0 < model.threshold < 1.0


def test_features_are_the_same_on_every_run_and_ignore_case():
    assert features(Utterance("Компания экономит на абонентах")) == features(Utterance("компания экономит на абонентах"))


def test_a_paraphrase_no_rule_covers_is_told_with_the_item_and_recommended_phrase():
    # п. 12, in words no pattern of the rule has (stop 54's reading of a negative evaluation of the company's side now
    # reads "компания на абонентах экономит", the issue's own example, as the rule: another paraphrase stands here)
    result = check("руководство придумает, а мы разгребаем")
    assert result.verdict == "warn"
    [finding] = result.violations
    assert finding.rule == "model:discrediting-company"
    assert finding.item == "Инструкция запретов, п. 12" and finding.message.startswith("Похоже на нарушение")


def test_a_rule_that_fires_is_told_as_the_rule_not_as_the_model():
    assert check("У нас авария на сети, связи нет").rules == ["service-failure-words"]


def test_reading_back_what_the_caller_dictated_is_not_a_disclosure():
    assert check("вы продиктовали почту ivanov@mail.ru, верно?").verdict == "allow"
    assert check("вы назвали последние цифры 5566").verdict == "allow"
    assert check("повторю, что вы продиктовали: улица Ленина, дом 5").verdict == "allow"


def test_telling_data_the_caller_did_not_say_still_blocks():
    assert check("Паспорт владельца 4510 123456").verdict == "block"


def test_read_back_cues():
    assert is_read_back(Utterance("как вы сказали, номер заканчивается на 12"))
    assert is_read_back(Utterance("с ваших слов записала адрес"))
    assert not is_read_back(Utterance("ваш номер заканчивается на 12"))


def test_the_operator_giving_their_own_name_and_number_is_what_item_18_asks():
    assert check("оператор Сергей, номер 3078").verdict == "allow"


def test_a_car_accident_a_flight_delay_and_a_late_payer_are_not_network_failures():
    assert check("если вы попали в аварию на дороге, страховка покрывает роуминг").verdict == "allow"
    assert check("если у вас задержка рейса, роуминг продлится автоматически").verdict == "allow"
    assert check("если вы задерживаетесь с оплатой, можно подключить обещанный платёж").verdict == "allow"
    assert check("у нас авария на сети").verdict == "warn"
    assert check("Возможны задержки зачисления платежей").verdict == "warn"


def test_a_girl_in_the_shop_spoken_of_is_not_a_form_of_address():
    assert check("девушка в салоне должна была выдать договор").verdict == "allow"
    assert check("Девушка, подождите").verdict == "warn"


def test_denying_the_callers_fault_is_not_blaming_them_item16():
    assert check("Вашей вины тут нет, опция не продлилась из-за настроек тарифа").verdict == "allow"
    assert check("вы не ошиблись списание правда прошло два раза сейчас вернём").verdict == "allow"
    assert check("Вы сами виноваты").verdict == "warn"
    assert check("ваша ошибка, вы не тот номер пополнили").verdict == "warn"


def test_a_young_man_spoken_of_is_not_a_form_of_address_item15():
    assert check("Вы говорите, молодой человек в офисе продал вам тариф без спроса, давайте проверим").verdict == "allow"
    assert check("Девушка, о которой вы говорите, работает в другом салоне").verdict == "allow"
    assert check("девушка вы не так поняли").verdict == "warn"
    assert check("Молодой человек, подождите").verdict == "warn"


def test_the_operator_dictating_their_own_name_and_number_is_what_item18_asks():
    assert check("Да, запишите: оператор Дмитрий, номер 2291.").verdict == "allow"
    assert check("да запишите оператор дмитрий номер двадцать два девяносто один").verdict == "allow"
    # only the operator's own: a caller's full number after "номер" is still a disclosure
    assert check("оператор Анна, номер клиента 89161234567").verdict == "block"


def test_a_broken_car_insurance_and_a_late_payment_are_not_network_failures_item7():
    assert check("Если в пути случится авария или поломка машины, 112 работает всегда").verdict == "allow"
    assert check("Выплата страховки после аварии — вопрос к страховой компании").verdict == "allow"
    assert check("при задержке оплаты счёта номер могут приостановить").verdict == "allow"
    assert check("у нас задержка зачисления оплаты").verdict == "warn"
    assert check("поломка на вышке, чиним").verdict == "warn"


class _AlwaysViolating:
    """A stand-in model sure that every line is the named rule's violation."""

    threshold, other_sense = 0.5, 0.0

    def __init__(self, rule: str) -> None:
        self.rule = rule

    def predict(self, utterance, rules=None):
        from guard.disclosure.classifier import Prediction

        return Prediction(0.99, self.rule)


def test_the_model_does_not_re_raise_a_rule_whose_own_exception_cleared_the_line():
    from guard.disclosure import DisclosureChecker, default_checker

    checker = DisclosureChecker(default_checker().rules, use_engine=False, model=_AlwaysViolating("your-fault"))
    # "=не =ваша =вина" is your-fault's exception: the rule read the line and cleared it
    assert checker.check("Это не ваша вина, деньги вернём сегодня").verdict == "allow"
    # a line the rule never matched is still the model's to judge
    assert checker.check("Это всё из-за того, что вы сами так сделали").rules == ["model:your-fault"]


def _cosine(a: str, b: str) -> float:
    import numpy as np

    from guard.disclosure.embedding import sentence_embedding

    embedding = sentence_embedding()
    x, y = embedding.vector(Utterance(a)), embedding.vector(Utterance(b))
    return float(np.dot(x, y) / (np.linalg.norm(x) * np.linalg.norm(y)))


def test_the_sentence_vector_puts_a_paraphrase_in_other_words_near_the_original():
    # no word in common: hashed lemmas see nothing alike, navec's vectors do
    near = _cosine("начальство экономит на клиентах", "руководство жадничает на абонентах")
    far = _cosine("начальство экономит на клиентах", "подключите роуминг перед поездкой")
    assert near > far + 0.1


def test_the_sentence_vector_reads_written_and_asr_text_alike():
    assert _cosine("Компания экономит на абонентах.", "компания экономит на абонентах") > 0.999


def test_a_line_without_a_known_word_has_a_zero_sentence_vector():
    from guard.disclosure.embedding import DIMENSIONS, sentence_embedding

    vector = sentence_embedding().vector(Utterance("4510 123456"))
    assert vector.shape == (DIMENSIONS,) and not vector.any()


def test_the_shipped_model_reads_the_sentence_vector():
    model = default_model()
    assert model is not None and model.dense is not None and model.dense.shape == (600,)


def test_repeating_for_the_caller_to_confirm_is_a_read_back():
    assert check("Повторю: почта sidorov@yandex.ru, правильно?").verdict == "allow"
    assert check("повторю почта сидоров собака яндекс точка ру верно").verdict == "allow"
    # without a confirmation asked, the same words are a disclosure
    assert check("Почта владельца sidorov@yandex.ru").verdict == "block"


def test_fillers_at_a_clause_start_are_not_what_the_model_reads():
    spoken = Utterance("так э ну вот значит ваш номер заканчивается на двенадцать")
    assert [t.form for t in spoken.content_tokens][:2] == ["ваш", "номер"]
    assert features(spoken) == features(Utterance("ваш номер заканчивается на двенадцать"))


def test_a_filler_word_inside_a_clause_keeps_its_meaning():
    assert [t.form for t in Utterance("связь у нас так себе").content_tokens] == ["связь", "у", "нас", "так", "себе"]
    assert [t.form for t in Utterance("так что не знаю").content_tokens][:2] == ["так", "что"]
    assert [t.form for t in Utterance("это ваша вина").content_tokens] == ["это", "ваша", "вина"]


def test_a_number_told_in_groups_is_one_run_of_its_digits():
    from guard.disclosure.classifier import digit_runs

    assert digit_runs(Utterance("с номера девятьсот двадцать пять, триста, сорок, пятьдесят")) == [10]
    assert digit_runs(Utterance("сумма 1 250 рублей, срок до 25 числа")) == [4, 2]  # words between: two numbers


def test_a_long_line_is_cut_into_clauses_at_punctuation_and_conjunctions():
    from guard.disclosure.text import clauses

    said = Utterance("руководство придумает очередную акцию а мы потом разгребаем жалобы")
    assert [[t.form for t in clause] for clause in clauses(said.content_tokens)] == [
        ["руководство", "придумает", "очередную", "акцию"], ["а", "мы", "потом", "разгребаем", "жалобы"]]
    assert len(clauses(Utterance("ваша ошибка").content_tokens)) == 1


def test_each_clause_has_its_own_mean_vector():
    from guard.disclosure.embedding import sentence_embedding

    vectors = sentence_embedding().clause_vectors(Utterance("Спасибо за ожидание, а руководство опять всё поменяло."))
    assert vectors.shape == (2, 300) and float(vectors[0] @ vectors[1]) < 0.99


def test_the_shipped_model_scores_the_best_clause():
    model = default_model()
    assert model is not None and model.clause_dense is not None and model.clause_dense.shape == (300,)


def test_a_model_rule_the_policy_lacks_gives_way_to_the_nearest_rule_it_has():
    from guard.disclosure.classifier import default_model
    from guard.disclosure.text import Utterance

    model = default_model()
    line = Utterance("Во Flash: абонент тупит, объяснял пять раз, ну короче достал.")
    full = model.predict(line)
    assert full.rule is not None
    other = model.predict(line, frozenset(model.rule_ids) - {full.rule})
    assert other.violating == full.violating and other.rule not in (None, full.rule)
    assert model.predict(line, frozenset()).rule is None  # no rule to name: nothing the checker can report


def test_a_hedge_at_a_clause_start_is_not_what_the_model_reads():
    # the compliance auditor's register (issue 12, stop 29): the hedge says how sure, the rest what is told
    plain = Utterance("номер оформлен на Иванова")
    for hedged in ("Не исключено, что номер оформлен на Иванова", "По имеющейся у меня информации, номер оформлен на "
                   "Иванова", "я могу предположить что номер оформлен на Иванова"):
        assert [t.form for t in Utterance(hedged).content_tokens] == [t.form for t in plain.content_tokens]
    assert [t.form for t in Utterance("Номер, не исключено, оформлен на Иванова").content_tokens] == [
        "номер", "оформлен", "на", "иванова"]


def test_the_hedges_the_ethics_rules_forbid_and_a_lone_hedge_stay_in_the_model_line():
    assert [t.form for t in Utterance("может быть, это сбой").content_tokens][:2] == ["может", "быть"]
    assert [t.form for t in Utterance("полагаю").content_tokens] == ["полагаю"]
    assert [t.form for t in Utterance("это вероятно сбой").content_tokens] == ["это", "вероятно", "сбой"]
