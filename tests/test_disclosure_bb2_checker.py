"""The black-box red team's round bb2 findings against the disclosure checker: the owner's personal data told in forms
the checker did not read (H7-H10, H11/H12, M3, M4, M9).

Each line is checked three ways, as the product checks it: alone (no call: `guard check` without a call id, the
benchmarks), in a call with the operator's view of the card (the proxy's POST /v1/check: hidden values masked, nothing
identified), and with the whole card (`guard check` / policy cases with a card). The card is Петров Иван Сергеевич,
whose DE name is another (Пётр Сергеевич), so his own first name and patronymic are not the operator's to say.
"""
from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import guard_stack, make_card
from guard.callstate import CallState
from guard.disclosure.checker import VERDICT_ORDER, default_checker
from guard.disclosure.context import CheckContext, Said
from guard.disclosure.qa import qa_call

CARD = make_card(
    owner__last_name="Петров", owner__first_name="Иван", owner__middle_name="Сергеевич",
    addresses={"registration": "г. Москва, ул. Тверская, д. 25, кв. 101", "legal": None, "billing": None,
               "delivery": None},
)
PHONE_RULES = frozenset({"subscriber-number", "contact-info", "other-personal-data", "numbers-on-contract"})


@pytest.fixture(scope="module")
def checker():
    return default_checker()


@pytest.fixture(scope="module")
def shown_context(policy) -> CheckContext:
    """What the proxy's POST /v1/check hands the checker: the card as the operator sees it, nothing identified."""
    state = CallState()
    return CheckContext.of(state, policy.apply(CARD, state, redact_text=lambda text: "").card, shown=True)


WHOLE = CheckContext.of(CallState(), CARD)


def _verdicts(checker, shown_context, line: str, said: tuple[str, ...] = ()) -> dict[str, str]:
    caller = Said.of(said)
    return {"alone": checker.check(line, "operator", None, Said.of(said) if said else None).verdict,
            "shown": checker.check(line, "operator", shown_context, caller).verdict,
            "whole": checker.check(line, "operator", WHOLE, Said.of(said)).verdict}


def _qa(turns: list[tuple[str, str]]):
    call = {"call_id": "c-bb2", "operator_id": "op1", "turns": [{"speaker": who, "text": text} for who, text in turns]}
    return qa_call(call, lambda text: text, default_checker())


# --- H8: a surname spelled by the names of its letters, or letters spelled apart ------------------------------------

SPELLED = [
    pytest.param("фамилия владельца пишется так: пэ, е, тэ, эр, о, вэ", id="letter-names-commas"),
    pytest.param("фамилия по буквам пэ е тэ эр о вэ", id="letter-names-asr"),
    pytest.param("пэ е тэ эр о вэ", id="letter-names-alone"),
    pytest.param("записано так: П-е-т-р-о-в", id="letters-hyphenated"),
    pytest.param("П. Е. Т. Р. О. В.", id="letters-dotted"),
]


@pytest.mark.parametrize("line", SPELLED)
def test_a_surname_spelled_by_letter_names_or_letters_apart_is_the_surname(checker, shown_context, line):
    assert set(_verdicts(checker, shown_context, line).values()) == {"block"}


def test_a_surname_the_caller_spelled_may_be_spelled_back(checker, shown_context):
    said = ("моя фамилия Петров",)
    assert _verdicts(checker, shown_context, "фамилия пэ е тэ эр о вэ, верно?", said)["shown"] != "block"


@pytest.mark.parametrize("line", ["серия свидетельства эм ю", "нажмите а, потом бэ", "буквы а, о и у в начале слова"])
def test_letter_names_that_spell_no_surname_are_no_surname(checker, line):
    assert not any(v.rule == "owner-name" for v in checker.check(line).violations)


def test_the_letter_names_are_one_list_for_the_checker_and_the_redactor():
    from guard.recognizers import lexicon, person
    from guard.disclosure import spelled

    assert person.LETTER_NAMES is lexicon.LETTER_NAMES
    assert spelled.letter_name_words is lexicon.letter_name_words


def test_the_redactor_hides_a_surname_spelled_by_letter_names_after_its_cue(engine):
    redacted = engine.redact("фамилия по буквам: пэ е тэ эр о вэ, записали?")
    assert "тэ эр" not in redacted.text and "PERSON" in {e.type for e in redacted.entities}


# --- M3: look-alike letters, a surname named with its cue, a surname inside a refusal -------------------------------

LOOKALIKES = [
    pytest.param("владелец Пeтров", id="latin-e"),
    pytest.param("номер оформлен на Пeтpoва", id="latin-e-p-o"),
    pytest.param("клиент Ивaнoвa Мария Петровна", id="latin-a-o"),
    pytest.param("фамилия П-e-т-p-o-в", id="spelled-with-latin-letters"),
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_latin_look_alike_letters_inside_a_surname_hide_nothing(checker, shown_context, line):
    assert _verdicts(checker, shown_context, line)["shown"] == "block"
    assert _verdicts(checker, shown_context, line)["alone"] == "block"


_TWINS = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A", "В": "B", "Е": "E", "К": "K",
          "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X"}
VIOLATING = ["владелец Петров Иван Сергеевич", "номер оформлен на Петрова", "фамилия владельца Петров",
             "прописан по адресу Тверская улица, дом 25, квартира 101"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(VIOLATING), st.lists(st.booleans(), min_size=60, max_size=60))
def test_a_look_alike_letter_never_lowers_the_verdict(line, swaps):
    """Any Cyrillic letters of a violating line swapped for their Latin twins: the verdict stays at least as strict."""
    checker = default_checker()
    twisted = "".join(_TWINS[ch] if ch in _TWINS and swap else ch for ch, swap in zip(line, swaps + [False] * len(line)))
    before, after = checker.check(line).verdict, checker.check(twisted).verdict
    assert VERDICT_ORDER[after] >= VERDICT_ORDER[before], twisted


def test_the_token_reader_reads_look_alikes_by_the_one_table():
    """guard/disclosure/text.py reads a mixed word with guard/normalize.py's table (no second table of twins)."""
    from guard.disclosure import text

    assert not hasattr(text, "_LOOKALIKES")
    assert [t.form for t in text.Utterance("ИBAHOB и Пeтpoв").tokens] == ["иванов", "и", "петров"]


NAMED_BY_CUE = [
    pytest.param("фамилия владельца Соловей", id="surname-that-is-a-noun"),
    pytest.param("у владельца фамилия Хан", id="short-surname"),
    pytest.param("фамилия у него Белый", id="surname-that-is-an-adjective"),
]


@pytest.mark.parametrize("line", NAMED_BY_CUE)
def test_a_word_named_as_the_surname_is_the_surname(checker, shown_context, line):
    verdicts = _verdicts(checker, shown_context, line)
    assert verdicts["alone"] == "block" and verdicts["shown"] == "block"


@pytest.mark.parametrize("line", ["фамилию назовите, пожалуйста", "фамилия владельца нужна для проверки",
                                  "фамилия не совпадает, к сожалению"])
def test_the_surname_cue_without_a_surname_is_no_disclosure(checker, line):
    assert not any(v.rule == "owner-name" for v in checker.check(line).violations)


@pytest.mark.parametrize("line", ["не могу сказать, что владелец Петров", "я не вправе сообщить, что номер оформлен на Петрова",
                                  "не могу сказать вам что владелец петров"])
def test_a_surname_inside_a_refusal_is_told(checker, shown_context, line):
    assert set(_verdicts(checker, shown_context, line).values()) == {"block"}


# --- H10: ordinal house and flat numbers --------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["дом двадцать пятый, квартира сто первая",
                                  "проживает в доме двадцать пятом, квартира сто первая",
                                  "дом 25, квартира 101"])
def test_house_and_flat_told_by_ordinals_are_the_address(checker, shown_context, line):
    assert set(_verdicts(checker, shown_context, line).values()) == {"block"}


@pytest.mark.parametrize("said, digits", [("дом пятый, квартира двенадцатая", "дом 5, квартира 12"),
                                           ("в доме седьмом, кв. третья", "в доме 7, кв. 3")])
def test_an_ordinal_after_a_house_or_flat_word_is_its_number(said, digits):
    from guard.normalize import normalize_numbers

    assert normalize_numbers(said).text == digits


@pytest.mark.parametrize("said", ["пятый раз звоню", "второй номер", "Дом, пятый подъезд"])
def test_an_ordinal_elsewhere_stays_a_word(said):
    from guard.normalize import normalize_numbers

    assert normalize_numbers(said).text == said


def test_house_and_flat_of_another_address_are_not_the_cards_but_a_card_clears_nothing_the_line_alone_flags(checker):
    """With the whole card, a house and flat not the card's are no value of it (the card holds д. 25, кв. 101) — but
    the line alone is the card-blind reading's «дом семь, квартира три» (red team bb26, f02: a house and flat told
    alone), and a card may add what it makes forbidden, never clear (red team bb27, f02): the same verdict."""
    result = checker.check("дом семь, квартира три", "operator", WHOLE, Said())
    assert result.verdict == checker.check("дом семь, квартира три", "operator").verdict


# --- M4: the owner's first name and patronymic told -----------------------------------------------------------------

@pytest.mark.parametrize("line", ["номер оформлен на Ивана Сергеевича", "договор заключён с Иваном Сергеевичем",
                                  "владелец номера Иван Сергеевич"])
def test_the_owners_first_name_and_patronymic_told_are_his_data(checker, shown_context, line):
    verdicts = _verdicts(checker, shown_context, line)
    assert verdicts["alone"] == "block" and verdicts["shown"] == "block" and verdicts["whole"] == "block"


def test_a_first_name_and_patronymic_the_caller_said_may_be_said_back(checker, shown_context):
    said = ("номер оформлен на меня, Иван Сергеевич",)
    assert _verdicts(checker, shown_context, "номер оформлен на Ивана Сергеевича", said)["shown"] != "block"


@pytest.mark.parametrize("line", ["Иван Сергеевич, подскажите, пожалуйста, ваш вопрос",
                                  "Спасибо за ожидание, Иван Сергеевич!",
                                  "Уважаемый Иван Сергеевич, номер оформлен на вас, всё в порядке",
                                  "давайте я оформлю заявку, Иван Сергеевич, и перезвоню вам"])
def test_addressing_the_caller_by_name_and_patronymic_is_no_disclosure(checker, line):
    """Инструкция запретов, п. 15: the caller is addressed by name and patronymic (alone: no card says otherwise)."""
    assert checker.check(line).verdict != "block"


# --- H9/M9: a surname in the operator's self-introduction -----------------------------------------------------------

def test_in_a_call_a_surname_in_the_operators_introduction_is_blocked(checker):
    """004 asks «меня зовут …» and п. 18 the operator's number; a surname given there cannot be told from the card's
    owner's or contact's without comparing with the hidden card (no oracle): in a call it is blocked (red team bb5, 26;
    it was warned before), with the advice to give the name and operator number."""
    result = checker.check("Здравствуйте, меня зовут Анна Смирнова, оператор 3078, чем могу помочь?",
                           "operator", None, Said())
    assert result.verdict == "block"
    assert [v.rule for v in result.violations] == ["operator-own-surname"]


def test_a_self_introduction_with_name_and_number_only_is_clean(checker):
    assert checker.check("Здравствуйте, меня зовут Анна, оператор 3078, чем могу помочь?", "operator", None,
                         Said()).verdict == "allow"


def test_the_owners_surname_in_a_self_introduction_is_still_the_owners(checker):
    """"с вами говорит оператор Петров" on Петров's card: an introduction is no cover for the owner's surname."""
    result = checker.check("с вами говорит оператор Петров", "operator", WHOLE, Said())
    assert result.verdict == "block"


# --- H7: a value split over the operator's consecutive lines in one call --------------------------------------------

SPLIT_NAME = [("client", "скажите, на кого оформлен номер?"), ("operator", "владелец"), ("operator", "Петров"),
              ("operator", "Иван"), ("operator", "Сергеевич")]
SPLIT_PHONE = [("client", "какой у владельца номер?"), ("operator", "номер владельца восемь девятьсот шестнадцать"),
               ("operator", "сто двадцать три сорок пять шестьдесят семь")]


def test_in_qa_a_surname_split_over_operator_lines_is_told():
    qa = _qa(SPLIT_NAME)
    blocked = {v.turn for v in qa.violations if v.rule == "owner-name" and v.verdict == "block"}
    assert {2, 3, 4} <= blocked, qa.violations  # the surname, then the first name and patronymic that follow it


def test_in_qa_a_phone_split_over_operator_lines_is_told():
    qa = _qa(SPLIT_PHONE)
    assert any(v.turn == 2 and v.rule in PHONE_RULES and v.verdict == "block" for v in qa.violations), qa.violations


def test_in_qa_a_value_the_caller_said_may_be_said_back_over_lines():
    turns = [("client", "мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"),
             ("operator", "записала: восемь девятьсот шестнадцать"), ("operator", "сто двадцать три сорок пять шестьдесят семь")]
    assert not any(v.turn == 2 and v.rule in PHONE_RULES for v in _qa(turns).violations)


def test_in_qa_ordinary_consecutive_lines_join_into_nothing():
    turns = [("operator", "Здравствуйте, меня зовут Анна, чем могу помочь?"), ("client", "какой у меня тариф?"),
             ("operator", "у вас тариф Мой безлимит, абонентская плата 500 рублей"),
             ("operator", "списывается 25 числа каждого месяца"), ("operator", "Всего доброго, до свидания!")]
    assert not any(v.verdict == "block" for v in _qa(turns).violations)


@pytest.mark.parametrize("lines, rule", [
    (["владелец", "Петров"], "owner-name"),
    (["номер владельца 8 916", "123 45 67"], "subscriber-number"),
    (["паспорт владельца 45 05", "678 901"], "passport"),
    (["прописан на Тверской", "дом двадцать пять"], "address"),
    (["фамилия владельца", "соловей"], "owner-name"),
    (["фамилия владельца пэ е тэ", "эр о вэ"], "owner-name"),
])
def test_a_value_split_over_lines_is_told_before_the_caller_said_anything(checker, lines, rule):
    """The call's memory holds the operator's lines even when the caller has said nothing yet (an empty Said)."""
    said = Said()
    for line in lines[:-1]:
        said.add_operator(line)
    result = checker.check(lines[-1], "operator", None, said)
    assert result.verdict == "block" and rule in {v.rule for v in result.violations}, result.violations


def test_a_read_back_in_the_earlier_line_still_governs_its_words(checker):
    said = Said.of(["мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"])
    said.add_operator("вы продиктовали номер восемь девятьсот шестнадцать")
    assert checker.check("сто двадцать три сорок пять шестьдесят семь, верно?", "operator", None, said).verdict != "block"


def test_the_operators_lines_kept_per_call_are_few(checker):
    """Only the last few lines are joined: a value split over more lines than kept is read as before."""
    said = Said()
    for line in ["владелец", "номер", "оформлен", "давно", "очень давно"]:
        said.add_operator(line)
    assert len(said.operator_lines) <= 3


async def _json(client: aiohttp.ClientSession, url: str, body: dict) -> Any:
    async with client.post(url, json=body) as resp:
        assert resp.status in (200, 201), resp.status
        return await resp.json(content_type=None)


def test_over_http_a_phone_split_over_operator_lines_of_a_call_is_blocked(tmp_path, engine, policy):
    async def scenario() -> list[dict]:
        async with guard_stack(tmp_path, engine, policy, cards=[CARD]) as stack, aiohttp.ClientSession() as client:
            call = await _json(client, f"{stack.guard_url}/v1/calls", {"msisdn": CARD["msisdn"], "operator_id": "op1"})
            answers = []
            for i, (speaker, text) in enumerate(SPLIT_PHONE):
                answers.append(await _json(client, f"{stack.guard_url}/v1/check",
                                           {"id": i, "text": text, "call_id": call["call_id"], "speaker": speaker}))
            return answers

    answers = asyncio.run(scenario())
    assert answers[2]["verdict"] == "block"


def test_guard_check_remembers_the_operators_lines_of_a_call(tmp_path):
    import json

    from guard.cli import main

    lines = [{"id": i, "text": text, "speaker": speaker, "call_id": "c1"} for i, (speaker, text) in enumerate(SPLIT_NAME)]
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    main(["check", str(source), "-o", str(out)])
    verdicts = [json.loads(line)["verdict"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert verdicts[2] == "block"


# --- H11/H12: numbers with unusual separators or said in chains (the redactor's readings, normalize.readings) ---------

@pytest.mark.parametrize("line", [
    "телефон владельца 8.916.123.45.67",
    "телефон владельца 8|916|123|45|67",
    "телефон владельца восемь девятьсот шестнадцать, сто двадцать три, сорок пять и шестьдесят семь",
    "его номер восемь девять один шесть и один два три и четыре пять и шесть семь",
])
def test_a_phone_with_unusual_separators_or_in_chains_is_a_phone(checker, line):
    result = checker.check(line)
    assert any(v.rule in PHONE_RULES and v.verdict == "block" for v in result.violations), result.violations
