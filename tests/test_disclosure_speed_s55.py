"""The disclosure check's speed, stop 55 (issue 12): how things are computed, never what they decide.

The syntax parse (guard/disclosure/about.py, read by п. 7's and п. 12's readings) is a model call like the NER's and
the name tagger's: it runs one BLAS thread in a library user's process whose BLAS runs more, and gives the host its
count back (guard/threads.py). With the host's two threads the parse's products spun a second thread that went on
burning the process's CPU after it (disc_aq53, warm, no thread variables set: p99 ~9 ms -> ~90 ms once stop 54's п. 12
reading parsed four times as many lines)."""
from __future__ import annotations

from guard.disclosure import about
from guard.threads import blas_threads
from tests.test_blas_threads_s52 import _threads_inside, host_with_two_blas_threads  # noqa: F401 — the fixture


def test_the_syntax_parse_runs_one_blas_thread_in_a_host_that_runs_two(host_with_two_blas_threads):  # noqa: F811
    text = "Тарифы у нас грабительские, а приложение вечно глючит."
    about._parser()  # loaded outside the watch: only the parse's own products are counted
    seen = _threads_inside(lambda: about._parse(text))
    assert seen and all(counts == [1] * len(counts) for counts in seen)
    assert min(blas_threads()) == 2  # the host's count is back


# --- п. 12's gate: a line is parsed only when a judgement can come of its words ----------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from guard.disclosure import evaluation  # noqa: E402
from guard.disclosure.text import Utterance  # noqa: E402


def _parsed(monkeypatch, line: str) -> bool:
    """Does п. 12's reading ask for the line's parse?"""
    asked = []
    real = about._parse_or_nothing
    monkeypatch.setattr(about, "_parse_or_nothing", lambda text: asked.append(text) or real(text))
    evaluation.judges_the_company(Utterance(line))
    return bool(asked)


def test_a_fault_said_once_of_the_company_is_not_parsed(monkeypatch):
    # a fault judges only as a habit (_judgement): no word of habit in the line, no judgement for the parse to find
    assert not _parsed(monkeypatch, "Приложение у нас сегодня глючит, перезагрузите телефон.")


def test_caring_not_denied_is_not_parsed(monkeypatch):
    assert not _parsed(monkeypatch, "Мы думаем о клиентах и поэтому сделали тариф дешевле.")


def test_a_fault_as_a_habit_and_caring_denied_are_parsed(monkeypatch):
    assert _parsed(monkeypatch, "Приложение у нас вечно глючит.")
    assert _parsed(monkeypatch, "Руководство о клиентах не думает.")
    assert _parsed(monkeypatch, "Тариф у нас грабительский.")


def _gate_of_stop_54(utterance: Utterance) -> bool:
    """The gate as stop 54 wrote it: a judging word and a company word among the tokens."""
    tokens = utterance.tokens
    judging = any(evaluation.is_evaluative(t.info.lemmas) or evaluation._is_fault(t.info.lemmas)
                  or t.info.lemmas & evaluation.CARING for t in tokens)
    return judging and any(t.info.lemmas & (evaluation.COMPANY_ITSELF | evaluation.COMPANY_THINGS | evaluation._OURS | evaluation._WE) for t in tokens)


_WORDS = ["тариф", "у нас", "наш", "мы", "руководство", "приложение", "связь", "вечно", "постоянно", "не", "никогда",
          "глючит", "тормозит", "виснет", "думает", "заботится", "понимает", "о клиентах", "грабительский", "жадные",
          "развод", "экономит", "зря", "никакая", "сегодня", "опять", "ваш", "роутер", "МТС", "если", ",", "—", "и"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=9))
def test_the_gate_finds_whatever_the_gate_of_stop_54_found(words):
    # the narrower gate skips only lines where the reading finds nothing: same span, or None, on any line
    line = " ".join(words).replace(" ,", ",")
    now = evaluation.judges_the_company(Utterance(line))
    real = evaluation._may_judge
    evaluation._may_judge = _gate_of_stop_54
    try:
        before = evaluation.judges_the_company(Utterance(line))
    finally:
        evaluation._may_judge = real
    assert now == before
