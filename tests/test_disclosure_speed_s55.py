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

