"""Stop 52: the violating lines a retrained line model showed resting on the model alone, given a reading in the rules
(docs/disclosure.md, "Stop 52").

Stop 51's retrain lost seven violating lines only the old line model flagged: п. 1 the owner named through a hyphenated
compound, п. 19 what the customer brings the company, п. 13 the customer's leaving answered with the way out, п. 14 the
number put on control, п. 15 a form of address. Each is now a rule's finding, whatever a model says; the phrasings here
are my own, not the sets' lines, and each reading has its controls that stay clean of it."""
import pytest
from hypothesis import given, strategies as st

from guard.disclosure import check
from guard.disclosure.text import compound_parts


def rules_fired(line: str) -> set[str]:
    """The rules' own findings (the line model's guesses, `model:…`, left out)."""
    return {f.rule for f in check(line, "operator").violations if not f.rule.startswith("model:")}


# --- п. 1: a compound of nouns read as each of its nouns ------------------------------------------------------------

OWNER_BY_COMPOUND = [
    "Владелец-организация — ООО «Вектор».",
    "владелец-организация техсервис плюс",
    "Компания-собственник номера — ООО «Север».",
    "Организация-владелец договора АО «Транспорт».",
    "фирма-владелец у вас ип петров",
]

COMPOUND_NOT_THE_OWNER = [
    "Назовите, пожалуйста, организацию-владельца договора.",
    "На договоре стоит организация-владелец, её название не назову.",
]


@pytest.mark.parametrize("line", OWNER_BY_COMPOUND)
def test_item1_the_owner_named_through_a_hyphenated_compound_is_blocked_by_the_owner_rule(line):
    assert "owner-name" in rules_fired(line)
    assert check(line, "operator").verdict == "block"


@pytest.mark.parametrize("line", COMPOUND_NOT_THE_OWNER)
def test_item1_a_compound_owner_asked_for_or_withheld_names_no_owner(line):
    assert "owner-name" not in rules_fired(line)


def test_a_compound_of_nouns_is_read_as_each_of_its_nouns():
    assert compound_parts("юрлицо-владелец") == {"юрлицо", "владелец"}
    assert compound_parts("организации-владельца") == {"организация", "владелец"}


@pytest.mark.parametrize("word", ["кто-то", "какая-то", "номер-то", "по-моему", "эс-эм-эс", "санкт-петербург",
                                  "вип-клиентов", "час-полтора", "владелец"])
def test_a_particle_an_adverb_a_spelled_abbreviation_or_a_place_is_no_compound_of_nouns(word):
    assert compound_parts(word) == frozenset()


def test_a_compound_reading_adds_lemmas_never_forms():
    """«девушка-консультант» is the noun «девушка» to a lemma pattern, but п. 15's form «=девушка» reads the word as
    written: the compound is no form of address."""
    assert "form-of-address" not in rules_fired("Девушка-консультант в салоне вам поможет.")


_NOUNS = ["владелец", "организация", "компания", "фирма", "клиент", "абонент", "собственник", "партнёр"]


@given(st.sampled_from(_NOUNS), st.sampled_from(_NOUNS))
def test_every_compound_of_two_dictionary_nouns_is_read_as_both(first, second):
    assert {first.replace("ё", "е"), second.replace("ё", "е")} <= compound_parts(f"{first}-{second}")


# --- п. 19: what the customer brings the company -------------------------------------------------------------------

REVENUE_TOLD = [
    "Скорость ответа зависит от того, сколько вы приносите компании.",
    "сколько ваш номер приносит столько и внимания",
    "Вы приносите компании хороший доход, поэтому вам положен персональный менеджер.",
    "Номер приносит мало, вот система и держит вас в очереди.",
    "Доход с вашего номера невелик, поэтому сначала робот.",
]

BRINGING_A_THING = [
    "Паспорт приносите в любой офис, копию сделаем там.",
    "Приносим извинения от лица компании за неудобства.",
    "Сколько документов вы приносите, столько копий и сделаем.",
]


@pytest.mark.parametrize("line", REVENUE_TOLD)
def test_item19_what_the_customer_brings_the_company_is_arpu_talk(line):
    assert "low-arpu" in rules_fired(line)


@pytest.mark.parametrize("line", BRINGING_A_THING)
def test_item19_bringing_a_thing_or_an_apology_is_no_revenue(line):
    assert not rules_fired(line) & {"low-arpu", "low-arpu-spending"}


# --- п. 14: the number put on control ------------------------------------------------------------------------------

ON_CONTROL = [
    "Ваш номер поставили под контроль из-за перерасхода.",
    "номер попал на контроль поэтому исходящие закрыты",
    "Номер сняли с контроля, исходящие работают.",
    "Платёж попал на контроль, зачислят после проверки.",
]

CONTROL_IN_ANOTHER_SENSE = [
    "Ваш вопрос я беру на контроль и перезвоню завтра.",
    "Возьму ваше обращение на личный контроль.",
    "Для контроля расходов подключите уведомления о балансе.",
]


@pytest.mark.parametrize("line", ON_CONTROL)
def test_item14_the_customers_number_put_on_control_is_an_internal_term(line):
    assert "internal-terms" in rules_fired(line)


@pytest.mark.parametrize("line", CONTROL_IN_ANOTHER_SENSE)
def test_item14_a_request_taken_on_control_or_spending_control_is_not(line):
    assert "internal-terms" not in rules_fired(line)


# --- п. 13: the customer's leaving answered by the operator's own way out -----------------------------------------

LET_GO = [
    "Собираетесь к конкуренту? Заявление пишется у них в салоне, а у нас ничего делать не надо.",
    "Решили перейти в Билайн — идите к ним в офис с паспортом, номер они перенесут сами.",
    "Хотите уйти к другому оператору? Заполните бланк в любом офисе, и всё.",
    "уходите к другому оператору ладно переключать никуда не стану не буду",
    "Для переноса номера к ним идёте в их салон с паспортом, они всё оформят.",
]

TRANSFERRED_OR_NOT_LEAVING = [
    "Хотите уйти — понимаю, сейчас соединю вас со специалистом, оставайтесь на линии.",
    "Понимаю ваше желание перейти к другому оператору, я переключу вас на специалиста.",
    "Перенос номера к другому оператору занимает до восьми дней.",
    "Если переносите номер к нам, возьмите паспорт и придите в салон.",
    "Перейдите в раздел «Услуги» и отключите подписку.",
    "Если уходите в отпуск, подключите роуминг заранее.",
    "Не уходите к другому оператору, давайте подберём тариф выгоднее.",
    "Я не буду вас переключать, сама сейчас поменяю тариф.",
]


@pytest.mark.parametrize("line", LET_GO)
def test_item13_the_customers_leaving_answered_with_the_way_out_or_a_refused_transfer_warns(line):
    assert "leaving-not-transferred" in rules_fired(line)


@pytest.mark.parametrize("line", TRANSFERRED_OR_NOT_LEAVING)
def test_item13_the_transfer_a_leaving_told_of_or_a_porting_to_us_is_not_letting_go(line):
    assert "leaving-not-transferred" not in rules_fired(line)


# --- п. 15: "в остальных случаях обращение на «Вы»" ----------------------------------------------------------------

NOT_ON_VY = [
    "Смотри, у тебя пакет минут закончился вчера.",
    "так ты сам симку менял или нет",
    "Ольга, вы не хозяйка номера, поэтому остаток по договору не скажу.",
    "хорошо марина раз номер на вашего мужа пусть он и перезвонит",
]

ADDRESSED_AS_THE_INSTRUCTION_SAYS = [
    "Если клиент спрашивает, как тебя зовут, называй своё имя.",
    "Ольга, договор оформлен на вас, всё в порядке.",
    "Хорошо, Марина, давайте проверим тариф.",
    "Вы не владелец, поэтому пусть владелец позвонит сам.",
    "Подключили мелодию «Ты у меня одна» вместо гудков.",
]


@pytest.mark.parametrize("line", NOT_ON_VY)
def test_item15_the_caller_on_thou_or_a_non_owner_by_first_name_is_a_form_of_address(line):
    assert "form-of-address" in rules_fired(line)


@pytest.mark.parametrize("line", ADDRESSED_AS_THE_INSTRUCTION_SAYS)
def test_item15_the_owner_by_name_a_colleague_or_a_quoted_thou_is_not(line):
    assert "form-of-address" not in rules_fired(line)


# --- a read-back of the caller's own values, in a call, for the model's guesses ------------------------------------

from guard.callstate import CallState  # noqa: E402
from guard.disclosure.checker import DisclosureChecker, default_checker  # noqa: E402
from guard.disclosure.classifier import Prediction  # noqa: E402
from guard.disclosure.context import CheckContext, Said  # noqa: E402


class _SureModel:
    """A line model that reads every line as п. 25's change, sure of it (what stop 51's retrain did to a spelled
    surname the caller had said)."""
    threshold, other_sense = 0.8, 0.1

    def predict(self, utterance, rules=None):
        return Prediction(0.99, "client-data-change")

    def score(self, utterance):
        return 0.99


_VIEW = {"msisdn": "79268402517", "client_type": "individual", "payment_type": "postpaid",
         "owner": {"last_name": "*****", "first_name": "Иван"}}


def _in_call(line: str, callers_lines: list[str]):
    checker = DisclosureChecker(default_checker().rules, model=_SureModel(), verifier=default_checker().verifier)
    return checker.check(line, "operator", CheckContext.of(CallState(), _VIEW, shown=True), Said.of(callers_lines))


@pytest.mark.parametrize("line", ["фамилия И-ва-нов", "Иванов", "фамилия Иванов, верно"])
def test_in_a_call_the_callers_own_value_said_back_is_not_guessed_at_by_the_model(line):
    assert _in_call(line, ["моя фамилия Иванов"]).verdict == "allow"


def test_in_a_call_a_spelled_surname_the_caller_did_not_say_is_blocked():
    result = _in_call("фамилия И-ва-нов", ["моя фамилия Петров"])
    assert result.verdict == "block" and "owner-name" in {f.rule for f in result.violations}


def test_in_a_call_what_the_line_says_beside_the_callers_value_is_still_guessed():
    result = _in_call("Иванов, сейчас всё сделаю по вашей заявке, подождите немного", ["моя фамилия Иванов"])
    assert "model:client-data-change" in {f.rule for f in result.violations}
