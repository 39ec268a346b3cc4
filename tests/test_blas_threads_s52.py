"""guard's model calls run one BLAS thread in a library user's process, and the host's own count is back between them
(guard/threads.py; issue 13, stop 52)."""
from __future__ import annotations

import threading

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from guard import name_tagger, threads
from guard.threads import blas_threads, one_blas_thread


@pytest.fixture
def host_with_two_blas_threads():
    """A library user's process: its BLAS at two threads (the default on a 2-core machine), whatever the tests'
    environment set; skipped where the library cannot run two."""
    with threadpool_limits(limits=2, user_api="blas"):
        if not blas_threads() or min(blas_threads()) < 2:
            pytest.skip("this BLAS runs one thread here")
        yield
    # threadpool_limits gives the process back its count


def _threads_inside(call, numpy_function: str = "matmul") -> list[list[int]]:
    """The BLAS thread counts seen by one of numpy's functions each time it is called while `call` runs."""
    seen: list[list[int]] = []
    original = getattr(np, numpy_function)

    def watched(*args, **kwargs):
        seen.append(blas_threads())
        return original(*args, **kwargs)

    setattr(np, numpy_function, watched)
    try:
        call()
    finally:
        setattr(np, numpy_function, original)
    return seen


def test_the_ner_network_runs_one_blas_thread_in_a_host_that_runs_two(host_with_two_blas_threads):
    from natasha import NewsEmbedding, NewsNERTagger

    from guard.nlp import SlovnetNer

    ner = SlovnetNer.from_tagger(NewsNERTagger(NewsEmbedding()))
    seen = _threads_inside(lambda: ner.spans(["Иван Петров позвонил в Москву вчера вечером."]))
    assert seen and all(counts == [1] * len(counts) for counts in seen)
    assert min(blas_threads()) == 2  # the host's count is back


def test_the_redactor_leaves_the_hosts_blas_threads_as_they_were(host_with_two_blas_threads):
    from guard import Redactor

    before = blas_threads()
    Redactor().redact("меня зовут иван петров, номер 89161234567")
    assert blas_threads() == before


def test_the_name_tagger_runs_one_blas_thread(host_with_two_blas_threads):
    tagger = name_tagger.get_tagger()
    text = "меня зовут иван петров"
    # np.exp is the softmax after the network's matrix products, in both of the tagger's calls
    seen = _threads_inside(lambda: tagger.probabilities(["меня", "зовут", "иван", "петров"]), "exp")
    seen += _threads_inside(lambda: name_tagger.name_probability(text, text.index("иван"), 0.0), "exp")
    assert len(seen) == 2 and all(counts == [1] * len(counts) for counts in seen)
    assert min(blas_threads()) == 2


def test_nested_scopes_give_the_count_back_only_when_the_outer_one_leaves(host_with_two_blas_threads):
    with one_blas_thread():
        with one_blas_thread():
            assert min(blas_threads()) == max(blas_threads()) == 1
        assert max(blas_threads()) == 1  # the outer call is still running
    assert min(blas_threads()) == 2


def _overlap_two_calls(read) -> dict[str, object]:
    """Two threads' guard model calls overlapping: A enters, B enters, A leaves, B reads, B leaves."""
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def first():
        with one_blas_thread():
            first_in.set()
            second_in.wait(10)
        first_out.set()

    def second():
        first_in.wait(10)
        with one_blas_thread():
            second_in.set()
            first_out.wait(10)
            seen["after the first left"] = read()

    workers = [threading.Thread(target=first), threading.Thread(target=second)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(20)
    return seen


def test_overlapping_calls_from_two_threads_leave_the_host_its_count_not_one(host_with_two_blas_threads):
    seen = _overlap_two_calls(blas_threads)
    assert set(seen["after the first left"]) == {1}  # the second call still runs one thread
    assert min(blas_threads()) == 2


def test_the_count_is_given_back_once_when_the_last_overlapping_call_leaves(monkeypatch):
    library = {"count": 4, "sets": []}

    def set_count(count: int) -> int:
        old, library["count"] = library["count"], count
        library["sets"].append(count)
        return old

    monkeypatch.setattr(threads, "_libraries", threads._BlasLibraries(setters=[set_count]))
    seen = _overlap_two_calls(lambda: library["count"])
    assert seen["after the first left"] == 1
    assert library["count"] == 4 and library["sets"] == [1, 1, 4]
    with one_blas_thread(), one_blas_thread():  # nested in one thread: the count given back once, when both left
        assert library["count"] == 1
    assert library["count"] == 4 and library["sets"] == [1, 1, 4, 1, 1, 4]


def test_an_error_in_a_model_call_still_gives_the_count_back(host_with_two_blas_threads):
    @one_blas_thread
    def failing():
        raise ValueError("model failed")

    with pytest.raises(ValueError):
        failing()
    assert min(blas_threads()) == 2


def test_the_bench_workers_set_one_thread_unless_asked_for_a_library_users_default():
    from benchmarks.bench_redactor_vs_ner import LIBRARY_THREADS, set_worker_threads

    commands = {"OPENBLAS_NUM_THREADS": "8"}
    set_worker_threads(commands)
    assert commands == {"OPENBLAS_NUM_THREADS": "8", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    library_user = {LIBRARY_THREADS: "1", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    set_worker_threads(library_user)
    assert library_user == {LIBRARY_THREADS: "1"}


def test_one_thread_gives_the_ner_the_same_tags_as_two(host_with_two_blas_threads):
    # the products' last bits differ between one thread and two (OpenBLAS splits them differently); the tags decoded
    # from them, which the spans are cut from, do not (all 1,767 batches of the training sets: docs/redactor-speed.md)
    from natasha import NewsEmbedding, NewsNERTagger
    from razdel import tokenize

    from guard.nlp import SlovnetNer

    ner = SlovnetNer.from_tagger(NewsNERTagger(NewsEmbedding()))
    texts = ["Иван Петров позвонил в Москву вчера вечером.", "меня зовут Анна Сергеевна Смирнова, я из Твери",
             "Договор на имя Кузнецова О. В. расторгнут 12.03.2021"]
    batch = [list(tokenize(text)) for text in texts]
    size = max(map(len, batch))
    word_id = np.full((len(batch), size), ner._padding_word)
    shape_id = np.full((len(batch), size), ner._shapes.pad_id)
    for row, tokens in enumerate(batch):
        ids = np.array([ner._encode(token.text) for token in tokens])
        word_id[row, :len(tokens)], shape_id[row, :len(tokens)] = ids[:, 0], ids[:, 1]
    mask = word_id == ner._padding_word
    two = ner._emissions.__wrapped__(ner, word_id, shape_id, mask)  # the host's two threads
    one = ner._emissions(word_id, shape_id, mask)
    assert ner._viterbi(one, ~mask) == ner._viterbi(two, ~mask)
