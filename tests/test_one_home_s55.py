"""Stop 55 (branch s55-dups): the word lists and code the tree held twice, one home each.

Each test states what a reader now reads from the one home, and that the copy is gone: a list written again in a
second module fails here before it drifts (docs/one-home.md, "Stop 55: lists held twice").
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from guard.disclosure.text import Utterance
from guard.recognizers.lexicon import CARRIERS

ROOT = Path(__file__).resolve().parents[1]


def _modules_spelling(pattern: str) -> list[str]:
    found = re.compile(pattern)
    return sorted(str(path.relative_to(ROOT)) for folder in ("guard", "recognizers")
                  for path in (ROOT / folder).rglob("*.py") if found.search(path.read_text(encoding="utf-8")))


# --- the other carriers: recognizers/lexicon.CARRIERS ------------------------------------------------------------

def test_only_the_lexicon_spells_the_carriers_names():
    # frames._RIVALS was an older subset of CARRIERS ("ростелеком", "мотив", "миранда", "beeline", "вымпелком" missing)
    assert _modules_spelling(r'"сбермобайл"') == ["recognizers/lexicon.py"]


@pytest.mark.parametrize("carrier", ["Ростелеком", "Мотив", "Миранда"])
def test_items_12_13_advising_to_leave_for_any_carrier_of_the_lexicon_is_walking_the_customer_out(carrier):
    from guard.disclosure.frames import walks_the_customer_out

    assert carrier.lower() in CARRIERS
    assert walks_the_customer_out(Utterance(f"Вам выгоднее уйти в {carrier}, там дешевле.")) is not None


def test_item_12_a_rival_of_the_lexicon_praised_over_the_company_is_preferring_a_rival():
    from guard.disclosure.frames import prefers_a_rival

    assert prefers_a_rival(Utterance("У Ростелекома связь лучше, честно говоря.")) is not None


def test_item_12_judgements_leave_the_companys_own_names_out_of_the_rivals():
    # the difference kept on purpose: п. 12's judgement of the company reads «билайн» as the company itself
    from guard.disclosure.evaluation import RIVALS

    assert RIVALS - CARRIERS == {"т2", "конкурент", "конкурентка"}
    assert CARRIERS - RIVALS == {"билайн", "beeline", "вымпелком"}


# --- the verbs of telling: recognizers/lexicon.TELLING_VERBS -----------------------------------------------------

def test_the_verbs_of_telling_are_spelled_once():
    # sense._TELL, frames._WITHHOLD and frames._GIVE spelled them three times beside the lexicon's TELLING_LEMMAS
    assert _modules_spelling(r'"подсказывать", "дать", "давать"') == ["recognizers/lexicon.py"]


def test_a_flash_bans_acts_are_the_verbs_of_telling_and_more():
    from guard.recognizers.lexicon import TELLING_LEMMAS, TELLING_VERBS

    assert TELLING_VERBS < TELLING_LEMMAS
    assert {"передать", "упомянуть", "разглашение", "передача"} <= TELLING_LEMMAS - TELLING_VERBS


def test_a_refusal_reads_every_verb_of_telling_but_hearsay():
    # the clearing reading keeps the narrower list: «говорят, что …» is no refusal of a value
    from guard.disclosure import sense
    from guard.recognizers.lexicon import TELLING_VERBS

    assert sense._TELL == TELLING_VERBS - {"говорить"}


def test_item_18_withholding_reads_the_verbs_of_telling_but_those_of_helping_along():
    # the difference kept: «подскажу» after a negation of something else is help offered, no refusal
    from guard.disclosure.frames import _WITHHOLD, withholds_own_identity
    from guard.recognizers.lexicon import TELLING_VERBS

    assert TELLING_VERBS - _WITHHOLD == {"подсказать", "подсказывать", "показать", "показывать"}
    assert withholds_own_identity(Utterance("не помните свой номер не страшно подскажу восемь девятьсот")) is None
    assert withholds_own_identity(Utterance("Номерок свой называть не стану.")) is not None


def test_item_18_giving_a_colleagues_number_by_any_verb_of_telling():
    from guard.disclosure.frames import gives_a_colleagues_number

    assert gives_a_colleagues_number(Utterance("Давайте я вам номер коллеги подскажу, какая разница.")) is not None


def test_a_colleagues_number_refused_is_not_given():
    from guard.disclosure.frames import gives_a_colleagues_number

    assert gives_a_colleagues_number(Utterance("Номер коллеги я вам не подскажу.")) is None


# --- a table's column labels: the kinds' key names (lexicon.LATIN_KEY_NAMES, SHORT_KEY_NAMES) -----------------------

def test_every_kinds_key_name_is_a_column_label():
    from guard.recognizers.lexicon import LATIN_KEY_NAMES, SHORT_KEY_NAMES
    from guard.recognizers.person import _a_column_label

    for cue in (*LATIN_KEY_NAMES, *SHORT_KEY_NAMES):
        assert _a_column_label(cue.upper()), cue


@pytest.mark.parametrize("header", ["ФИО\tКОД ПОДРАЗДЕЛЕНИЯ\tСНИЛС", "ФИО\tПАРОЛЬ\tСТАТУС",
                                    "ФИО\tСРОК ДЕЙСТВИЯ\tСТАТУС", "ФИО\tДР\tПолис ОМС"])
def test_a_header_row_of_the_kinds_key_names_names_no_person(header):
    # before stop 55 the person's column labels were a list of their own, and a key name it lacked ("КОД
    # ПОДРАЗДЕЛЕНИЯ") made the header a key-value row: its first word read as the name after "ФИО⇥"
    from guard.recognizers.person import _lone_naming_fields

    assert _lone_naming_fields(header + "\nИванов Иван\t770-001\t112-233-445 95") == []


def test_a_key_value_row_still_names_its_person():
    from guard.recognizers.person import _lone_naming_fields

    assert _lone_naming_fields("ФИО\tВОЛК\tСТАТУС\tАКТИВЕН") != []


# --- the speech checker's frames: one table of (reading, rule) --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Вам выгоднее уйти в МТС.",
    "Давайте я вам номер коллеги подскажу, какая разница.",
    "Девушка, вы меня слышите?",
    "Честно говоря, у Ростелекома связь лучше.",
])
def test_each_frame_of_the_tables_that_holds_is_a_finding_of_its_rule(text):
    # frames._frame_spans read twenty frames by twenty copies of one block; the tables list each with its rule
    from guard.disclosure import frames

    utterance = Utterance(text)
    found = frames.frame_spans(utterance)
    held = [(rule, *utterance.char_span(*span)) for frame, rule in
            (*frames._FRAMES_BEFORE, *frames._UNVERIFIED_FRAMES, *frames._FRAMES_AFTER)
            if (span := frame(utterance)) is not None]
    assert held and all(finding in found for finding in held)


# --- the commands: an input that does not open, rules that do not load, said one way --------------------------------

@pytest.mark.parametrize("command", ["check", "redact", "qa"])
def test_a_commands_input_that_does_not_open_is_named_on_stderr_with_the_command(command, tmp_path, capsys):
    import argparse

    from guard.commands import check, qa, redact

    run = {"check": check.run, "redact": redact.run, "qa": qa.run}[command]
    missing = str(tmp_path / "absent.jsonl")
    args = {"check": dict(input=missing, output="-", rules=None),
            "qa": dict(input=missing, report=str(tmp_path / "r.html"), json_path=None, rules=None)}.get(command)
    if args is None:
        parser = argparse.ArgumentParser()
        redact.add_arguments(parser)
        namespace = parser.parse_args([missing, "-o", "-"])
    else:
        namespace = argparse.Namespace(**args)
    assert run(namespace) == 2
    assert capsys.readouterr().err.strip() == f"guard {command}: cannot open {missing}: No such file or directory"


def test_rules_that_do_not_load_are_said_with_the_command(tmp_path, capsys):
    from guard.commands import rules_checker

    broken = tmp_path / "rules.yaml"
    broken.write_text("rules: [\n", encoding="utf-8")
    assert rules_checker(str(broken), "qa") is None
    assert capsys.readouterr().err.startswith("guard qa: ")


# --- Presidio's listing routes: one answer for /recognizers and /supportedentities -----------------------------------

class _Request:
    def __init__(self, analyzer, language):
        from guard.presidio import http

        self.app = {http.ENGINES: type("Engines", (), {"analyzer": analyzer})()}
        self.query = {"language": language}


def test_a_listing_is_sorted_for_the_language_asked():
    from guard.presidio import http

    response = http._sorted_listing(_Request("engine", "ru"), "/supportedentities",
                                    lambda engine, language: [language, "PHONE_NUMBER", "ADDRESS"])
    assert response.status == 200 and response.body == b'["ADDRESS","PHONE_NUMBER","ru"]\n'


def test_a_listings_failure_is_presidios_500_with_its_message():
    from guard.presidio import http

    def failing(engine, language):
        raise ValueError("No matching recognizers were found to serve the request.")

    response = http._sorted_listing(_Request("engine", "xx"), "/recognizers", failing)
    assert response.status == 500
    assert response.body == b'{"error":"No matching recognizers were found to serve the request."}\n'


# --- the proxy: identify and confirm take a guess one way (reserve, then compare) --------------------------------------

def test_identify_and_confirm_take_their_guess_through_one_reservation(tmp_path, engine, policy, monkeypatch):
    # both routes opened with the same six lines (the card, the budgets' slots, the call's attempt); a spent budget
    # answers either 429 before anything is compared
    import asyncio

    import aiohttp

    from conftest import SAMPLE_CARD, guard_stack
    from guard.proxy import calls
    from guard.proxy.limits import GuessingLocked

    asked = []

    async def locked(state, guess, attempt, session, max_attempts):
        asked.append((guess, attempt))
        raise GuessingLocked("number", guess, 60.0)

    monkeypatch.setattr(calls, "_reserve_a_guess", locked)

    async def scenario() -> list[int]:
        async with guard_stack(tmp_path, engine, policy) as stack, aiohttp.ClientSession() as client:
            async with client.post(f"{stack.guard_url}/v1/calls",
                                   json={"msisdn": SAMPLE_CARD["msisdn"], "operator_id": "op1021"}) as resp:
                call_id = (await resp.json())["call_id"]
            statuses = []
            for path, body in (("identify", {"method": "primary", "caller_gender": "male", "full_name": "Иванов Пётр"}),
                               ("confirm", {"field": "contract.number", "value": "0123456789"})):
                async with client.post(f"{stack.guard_url}/v1/calls/{call_id}/{path}", json=body) as resp:
                    statuses.append(resp.status)
            return statuses

    assert asyncio.run(scenario()) == [429, 429]
    assert [guess for guess, _ in asked] == ["identify", "confirm"]


# --- the checker's memory of calls: one way to keep a call as the most recent ---------------------------------------

@pytest.mark.parametrize("record", ["record", "record_heard", "record_operator"])
def test_a_call_any_record_touches_is_the_most_recent_and_the_oldest_is_forgotten(record):
    # record, record_heard and record_operator each put the call back and evicted by hand; SaidMemory._keep does it
    # for all three (a behaviour pinned: it held before the change as after)
    from guard.disclosure.context import SaidMemory

    memory = SaidMemory(max_calls=2)
    memory.record("a", "алло")
    memory.record("b", "алло")
    getattr(memory, record)("a", "да, слушаю")
    memory.record("c", "алло")
    assert len(memory) == 2
    assert list(memory._calls) == ["a", "c"]


# --- the disclosure checker's two logistic judges: one shape of weights ----------------------------------------------

def test_the_hit_verifier_and_the_decision_model_read_one_shape_of_weights():
    # both loaded ids, weights, dense, bias and threshold with the same six lines and scored with the same formula
    from guard.disclosure.classifier import SparseDenseWeights
    from guard.disclosure.decision import DecisionModel
    from guard.disclosure.verifier import HitVerifier

    assert issubclass(HitVerifier, SparseDenseWeights) and issubclass(DecisionModel, SparseDenseWeights)


def test_a_judges_score_is_its_known_features_rows_its_dense_term_and_its_bias():
    import numpy as np

    from guard.disclosure.classifier import SparseDenseWeights, sigmoid

    judge = SparseDenseWeights({"ids": np.array([3, 7, 11]), "weights": np.array([0.5, -1.0, 2.0]),
                                "dense": np.array([1.0, 0.0]), "bias": np.array(-0.5), "threshold": np.array(0.5)})
    # 99 was never seen in training: no row
    assert judge.score([7, 11, 99], np.array([0.25, 3.0], dtype=np.float32)) == pytest.approx(sigmoid(-0.5 + 1.0 + 0.25))
    assert judge.threshold == 0.5


# --- spans replaced by a mark: the card scrub's and the QA report's one joining ---------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=8)


@settings(max_examples=300, deadline=None)
@given(_SPANS)
def test_joined_spans_cover_every_position_of_the_spans_and_stand_apart(spans):
    # proxy/scrub._masked and disclosure/qa._hide each joined overlapping or touching spans with the same loop
    from guard.policy.operators import joined_spans

    joined = joined_spans(spans)
    covered = {i for start, end in spans for i in range(start, end)}
    assert covered <= {i for start, end in joined for i in range(start, end)}
    assert all(a_end < b_start for (_, a_end), (b_start, _) in zip(joined, joined[1:]))


@settings(max_examples=300, deadline=None)
@given(_SPANS)
def test_no_character_of_a_hidden_span_survives_the_mark(spans):
    from guard.policy.operators import joined_spans, spans_hidden

    text = "".join(chr(ord("а") + i % 32) for i in range(60))
    shown = spans_hidden(text, joined_spans(spans), "#")
    kept = [text[i] for i in range(len(text)) if not any(start <= i < end for start, end in spans)]
    assert shown.replace("#", "") == "".join(kept)


def test_a_split_values_piece_that_starts_inside_another_is_hidden_to_its_end():
    # proxy/split_pieces._masked, a third copy of the joining, skipped a span that began inside the one before it:
    # "ivan1234x" with (0, 6) and (4, 8) showed "34" (fail open); it now joins them as the card scrub does
    from guard.proxy.split_pieces import _masked

    shown, count = _masked("ivan1234x", [(0, 6), (4, 8)])
    assert shown == "***x" and count == 1
