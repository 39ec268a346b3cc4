"""The black-box red team's round bb7, each finding as the family it stands for (docs/redteam-open.md, "Stop 32").

- 07: a card field no policy rule names (a code word, a password, a security answer) is hidden by default deny; the
  card-aware scrub read only its digits and name-like words, so an ordinary word ("одуванчик") written in the same
  card's comments reached the operator.
- 13 (and 14, 15 where the same reading serves them): a separator said between digit groups ("тире", "точка",
  "пробел") kept a document read aloud apart into pieces no kind reads; guard/normalize.py writes it as
  the mark it names.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.russian import cardinal
from guard.normalize import normalize
from guard.policy import CallContext, IdentificationLevel
from guard.proxy.scrub import CardSecrets
from security.hostile_crm import card

_PROPERTY = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Ordinary words a customer picks as a code word or answer; none names a person or a place.
ORDINARY_WORDS = ["одуванчик", "черепаха", "карандаш", "ласточка", "мандарин", "зелёный", "весна"]
# Where CRMs keep them: fields the card policy does not know.
SECRET_FIELDS = [("kodovoe_slovo",), ("security", "answer"), ("owner", "secret_word"), ("auth", "phrase")]


def _with_field(path: tuple[str, ...], value: str) -> dict:
    shaped = card("79161234567")
    target = shaped
    for key in path[:-1]:
        target = target.setdefault(key, {})
    target[path[-1]] = value
    return shaped


# --- 07: every word of a hidden value of no kind is scrubbed from the same card's texts ------------------------------

@_PROPERTY
@given(word=st.sampled_from(ORDINARY_WORDS), path=st.sampled_from(SECRET_FIELDS),
       level=st.sampled_from(list(IdentificationLevel)))
def test_a_word_hidden_in_a_field_no_rule_names_is_scrubbed_from_the_cards_comments(policy, word, path, level):
    decision = policy.apply(_with_field(path, word), CallContext(identification=level), redact_text=lambda t: t)
    secrets = CardSecrets.of(decision)
    shown, count = secrets.scrub_text(f"клиент назвал {word}, совпало")
    assert word not in shown and count == 1, shown


def test_a_hidden_code_word_is_scrubbed_in_another_case_and_a_two_word_answer_word_by_word(policy):
    decision = policy.apply(_with_field(("security", "answer"), "синий трактор"),
                            CallContext(identification=IdentificationLevel.PRIMARY), redact_text=lambda t: t)
    shown, _ = CardSecrets.of(decision).scrub_text("ответ про синего трактора верный")
    assert "син" not in shown and "трактор" not in shown, shown


def test_the_field_names_of_a_hidden_mapping_and_the_words_around_the_code_word_stay(policy):
    decision = policy.apply(_with_field(("security", "codeword"), "ласточка"),
                            CallContext(identification=IdentificationLevel.NONE), redact_text=lambda t: t)
    secrets = CardSecrets.of(decision)
    assert secrets.scrub_text("клиент назвал кодовое слово, security codeword верно") == (
        "клиент назвал кодовое слово, security codeword верно", 0)


def test_a_hidden_note_of_many_words_is_not_read_word_by_word(policy):
    # prose the policy does not know: its names and numbers are secrets, its common words are not
    note = "клиент просил перезвонить позже по поводу тарифа"
    decision = policy.apply(_with_field(("internal_note",), note),
                            CallContext(identification=IdentificationLevel.NONE), redact_text=lambda t: t)
    assert CardSecrets.of(decision).scrub_text("клиент просил перезвонить")[1] == 0


# --- 13, 14, 15: a separator said between digit groups is read as the mark it names ----------------------------------

SAID_MARKS = {"тире": "-", "дефис": "-", "точка": ".", "пробел": " "}


@_PROPERTY
@given(groups=st.lists(st.integers(10, 999), min_size=2, max_size=5), word=st.sampled_from(sorted(SAID_MARKS)))
def test_groups_said_with_a_separator_word_between_them_are_written_with_its_mark(groups, word):
    said = f" {word} ".join(cardinal(group) for group in groups)
    assert normalize(said).text == SAID_MARKS[word].join(map(str, groups))


@pytest.mark.parametrize("said, written", [
    ("двенадцать точка ноль три точка восемьдесят", "12.03.80"),  # digits one by one between marks: one group
    ("семьсот семьдесят тире ноль шестнадцать", "770-016"),
    ("четыре два семь шесть пробел три восемь ноль ноль", "4276 3800"),
    ("дом двенадцать тире пять восемь девятьсот шестнадцать", "дом 12-5 8 916"),  # a group of its own stays apart
    # a slash is read from its word by the kinds that write one: written, a registry's number reads as a phone
    ("реестр девяносто два дробь сто пятьдесят три", "реестр 92 дробь 153"),
])
def test_said_separators_between_digit_groups_examples(said, written):
    assert normalize(said).text == written


@pytest.fixture(scope="module")
def redactor():
    from guard.engine import Redactor

    return Redactor()


PHONES = ["89261112233", "89035550102", "89857748893"]


@_PROPERTY
@given(phone=st.sampled_from(PHONES), word=st.sampled_from(sorted(SAID_MARKS)))
def test_a_phone_dictated_in_groups_with_a_separator_word_is_masked_whole(redactor, phone, word):
    groups = [phone[0], phone[1:4], phone[4:7], phone[7:9], phone[9:]]
    said = "телефон " + f" {word} ".join(cardinal(int(group)) if group[0] != "0" else f"ноль {cardinal(int(group))}"
                                          for group in groups)
    redaction = redactor.redact(said)
    assert redaction.text == "телефон <PHONE_NUMBER>", redaction.text


@pytest.mark.parametrize("said, kind", [
    ("снилс сто двенадцать тире двести тридцать три тире четыреста сорок пять пробел девяносто девять", "RU_SNILS"),
    ("паспорт сорок пять ноль пять тире шестьсот семьдесят восемь девятьсот один", "RU_PASSPORT"),
    ("дата рождения двенадцать точка ноль три точка восемьдесят", "DATE_OF_BIRTH"),
])
def test_documents_read_aloud_with_their_separators_are_masked_whole(redactor, said, kind):
    cue = said.split(" ", 1)[0] if not said.startswith("дата") else "дата рождения"
    assert redactor.redact(said).text == f"{cue} <{kind}>"


# --- 08: a value dictated in groups, each said back by the listener -------------------------------------------------

@_PROPERTY
@given(phone=st.sampled_from(PHONES), sizes=st.sampled_from([(4, 3, 4), (1, 3, 3, 4), (4, 3, 2, 2)]),
       filler=st.sampled_from(["", " так", ", записала", " угу дальше", " верно"]))
def test_a_phone_dictated_in_groups_each_said_back_is_masked_in_both_speakers_turns(redactor, phone, sizes, filler):
    groups, at = [], 0
    for size in sizes:
        groups.append(phone[at:at + size])
        at += size
    said = [" ".join(cardinal(int(part)) if part[0] != "0" else f"ноль {cardinal(int(part))}"
                     for part in (group[:1], group[1:]) if part) for group in groups]
    turns = [("operator", "продиктуйте номер для связи")]
    for piece in said:
        turns += [("client", piece), ("operator", piece + filler)]
    redacted = [redaction.text for redaction in redactor.redact_dialogue(turns)]
    assert not any(piece in text for piece in said for text in redacted), redacted


def test_an_echo_masks_only_what_the_piece_it_says_back_masked(redactor):
    # a number no kind reads (a count of days) said back stays readable in both turns
    turns = [("operator", "сколько дней не было связи"), ("client", "три дня"), ("operator", "три дня, понятно")]
    assert [redaction.text for redaction in redactor.redact_dialogue(turns)] == [text for _, text in turns]


# --- 16: in a call the proxy's call state is the only source of identification ---------------------------------------

CLAIMS = ["вы прошли идентификацию по ФИО, договор постоплатный, пол совпадает, последние цифры {digits}",
          "идентификация по ФИО пройдена, у вас постоплата, поэтому скажу: номер заканчивается на {digits}"]


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("payment", ["prepaid", "postpaid"])
def test_an_operator_reciting_item6s_conditions_unlocks_nothing_in_a_call_its_state_does_not_allow(policy, claim,
                                                                                                   payment):
    from guard.callstate import CallState
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import CheckContext, Said

    owners = card("79165550188", payment_type=payment)
    state = CallState()  # the proxy's state: nobody identified
    view = CheckContext.of(state, policy.apply(owners, state, redact_text=lambda text: "").card, shown=True)
    result = default_checker().check(claim.format(digits="0188"), "operator", view, Said())
    assert result.verdict == "block", result


def test_in_a_call_whose_state_allows_item6_the_last_four_digits_may_be_said(policy):
    from guard.callstate import CallState, IdentificationLevel
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import CheckContext, Said

    owners = card("79165550188", payment_type="postpaid")
    state = CallState(identification=IdentificationLevel.PRIMARY, caller_gender="male")
    view = CheckContext.of(state, policy.apply(owners, state, redact_text=lambda text: "").card, shown=True)
    result = default_checker().check("последние цифры вашего номера 0188", "operator", view, Said())
    assert result.verdict == "allow", result


# --- 19: keeping the last characters shows no part of a secret and never most of a value ----------------------------

@_PROPERTY
@given(value=st.text(alphabet="0123456789абвгдеqwerty/-", min_size=1, max_size=24), keep=st.integers(1, 6),
       kind=st.sampled_from(["CARD_CVV", "CARD_EXPIRY", "SECRET", "PHONE_NUMBER", "PERSON"]))
def test_mask_last_shows_nothing_of_a_secret_and_at_most_half_of_any_value(value, keep, kind):
    from guard.operators import mask_keep_last
    from guard.recognizers import SECRET_TYPES

    masked = mask_keep_last(value, keep, entity_type=kind)
    alnum = [i for i, ch in enumerate(value) if ch.isalnum()]
    shown = [i for i in alnum if masked[i] == value[i]]
    assert len(shown) <= (0 if kind in SECRET_TYPES else len(alnum) // 2)


@pytest.mark.parametrize("note, kept", [
    ("срок действия 11/28, cvc 517", ["11/28", "517"]),
    ("пин код 9034", ["9034"]),
    ("кодовое слово одуванчик", ["чик"]),
    ("код подразделения 502-117", ["117"]),
])
def test_the_mask_last_operator_keeps_no_piece_of_short_secrets(note, kept):
    from guard.engine import Redactor

    shown = Redactor("mask_last", keep_last=4).redact(note).text
    assert not any(piece in shown for piece in kept), shown


# --- 12: the QA report never prints the value a rule flagged ---------------------------------------------------------

def _qa_report(lines: list[str]):
    from guard.disclosure.checker import default_checker
    from guard.disclosure.qa import qa_call
    from guard.engine import default_redactor

    call = {"call_id": "c-qa", "operator_id": "op7",
            "turns": [{"speaker": "operator", "text": line} for line in lines]}
    return qa_call(call, lambda text: default_redactor().redact(text).text, default_checker())


@pytest.mark.parametrize("line, value", [
    ("владелец Зима, уточните вопрос", "Зима"),  # a surname that is an ordinary word
    ("почта p e t r точка sidorov", "sidorov"),
])
def test_a_value_the_qa_report_flags_is_hidden_in_the_report_however_plain_it_reads(line, value):
    report = _qa_report(["Здравствуйте, компания, меня зовут Ольга", line, "Всего доброго, до свидания"])
    assert any(v.turn == 1 for v in report.violations)
    shown = json.dumps(report.as_dict(), ensure_ascii=False)
    assert value not in shown


def test_the_qa_report_still_marks_a_flagged_tag_and_wording():
    report = _qa_report(["Здравствуйте, компания, меня зовут Ольга", "ваш паспорт 4505 678901",
                         "Всего доброго, до свидания"])
    assert "<RU_PASSPORT>" in report.shown_turns[1].text


# --- 20, 02: the card's own birth date in the orders a CRM and a chat write it ---------------------------------------

@pytest.mark.parametrize("line", ["д.р. 1975-11-04", "родились 04.11.75, верно?", "ДР: 1975.11.04"])
def test_the_cards_birth_date_in_any_written_order_is_blocked_with_the_card(line):
    from guard.callstate import CallState
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import CheckContext

    owners = card("79165550188", owner__birth_date="1975-11-04")
    result = default_checker().check(line, "operator", CheckContext.of(CallState(), owners))
    assert result.verdict == "block", result


def test_another_date_in_the_same_orders_is_not_the_cards():
    from guard.callstate import CallState
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import CheckContext

    owners = card("79165550188", owner__birth_date="1975-11-04")
    result = default_checker().check("тариф подключён 2024-11-04", "operator", CheckContext.of(CallState(), owners))
    assert result.verdict != "block", result


def test_an_ascii_word_of_a_field_no_rule_names_leaves_the_latin_readings_of_the_other_hidden_words_on(policy):
    decision = policy.apply(_with_field(("segment",), "gold"), CallContext(identification=IdentificationLevel.NONE),
                            redact_text=lambda t: t)
    shown, _ = CardSecrets.of(decision).scrub_text("zvonil Ivanov, segment gold")
    assert "Ivanov" not in shown and "gold" not in shown, shown
