"""The lowercase name tagger: shipped in the package, finds names natasha misses in ASR text, silent elsewhere."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings, strategies as st

from guard.name_tagger import MODEL_PATH, get_tagger
from guard.recognizers.person_tagger import LowercaseNameRecognizer


def _names(text: str) -> list[str]:
    return [text[r.start:r.end] for r in LowercaseNameRecognizer().analyze(text, ["PERSON"])]


def test_the_model_ships_inside_the_package_and_is_small():
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size < 3_000_000
    tagger = get_tagger()
    assert get_tagger() is tagger  # loaded once
    assert 0.0 < tagger.threshold < 1.0


# Sentences below are in no training text (benchmarks/train_name_tagger.py's sources).

def test_a_lowercase_name_in_an_oblique_case_is_a_person_whole():
    text = "будьте добры передайте трубку кузнецовой ирине сергеевне"
    assert _names(text) == ["кузнецовой ирине сергеевне"]


def test_a_short_foreign_surname_is_covered_with_the_first_name():
    assert _names("звонила вашему сотруднику ли дмитрию") == ["ли дмитрию"]


def test_a_lowercase_sentence_without_names_is_left_alone():
    assert _names("у меня интернет не работает уже третий день и деньги со счета списали") == []


def test_written_text_is_not_the_taggers_business():
    assert _names("Добрый день, можно спросить Зиму Ларису? Она у вас работает.") == []


def test_the_recognizer_answers_only_for_person():
    assert LowercaseNameRecognizer().analyze("можно спросить зиму ларису", ["PHONE_NUMBER"]) == []


def test_the_training_script_runs_and_gives_the_same_weights_twice(tmp_path):
    from benchmarks import train_name_tagger

    args = ["--limit", "2", "--corpus-items", "10", "--epochs", "1", "--tagger-alone"]
    for name in ("a", "b"):
        assert train_name_tagger.main([*args, "--out", str(tmp_path / f"{name}.npz")]) == 0
    with np.load(tmp_path / "a.npz") as a, np.load(tmp_path / "b.npz") as b:
        assert set(a.files) == set(b.files)
        assert all(np.array_equal(a[key], b[key]) for key in a.files)


def test_latin_words_and_text_without_cyrillic_are_not_names():
    assert _names('{"error": "body is not valid json"}') == []
    assert _names("оплатил через spacex и ryanair вчера вечером") == []


_SPOKEN = ["меня зовут анна сергеевна петрова звоню по поводу json выгрузки",
           "да это мой номер а фамилия кузнецова", "ну skype не работает у марии ивановны"]


def test_the_network_reads_a_text_once_for_the_recognizer_and_the_person_rules(monkeypatch):
    """tag() (the lowercase recognizer) and name_probabilities() (the PERSON rules) ask about the same transcript in
    one analysis: one run of the network answers both."""
    import guard.name_tagger as name_tagger

    tagger = name_tagger.NameTagger.load()
    monkeypatch.setattr(name_tagger, "_tagger", tagger)
    name_tagger.name_probabilities.cache_clear()
    runs = []
    network = tagger.probabilities
    monkeypatch.setattr(tagger, "probabilities", lambda words: runs.append(words) or network(words))
    text = _SPOKEN[0] + " второй раз"
    tagger.tag(text)
    name_tagger.name_probabilities(text)
    tagger.tag(text, threshold=0.3)
    assert len(runs) == 1
    name_tagger.name_probabilities.cache_clear()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_SPOKEN[0].split() + _SPOKEN[1].split() + _SPOKEN[2].split() + ["ivan", "x1"]),
                min_size=0, max_size=14), st.floats(0.05, 0.95))
def test_shared_probabilities_give_what_a_fresh_run_gives(words, threshold):
    """Whatever was asked before, tag() and name_probabilities() give what the network gives the text afresh; tag()'s
    override of Latin words never reaches the PERSON rules' probabilities."""
    import guard.name_tagger as name_tagger

    tagger = name_tagger.get_tagger()
    text = " ".join(words)
    tagger.tag(text, threshold)  # first: its override must not leak into what is shared
    found = name_tagger.words_of(text)
    fresh = tagger.probabilities([w for w, _, _ in found]) if found else np.zeros((0, 3))
    expected = {start: float(p_begin + p_inside) for (_, start, _), (_, p_begin, p_inside) in zip(found, fresh)}
    name_tagger.name_probabilities.cache_clear()
    assert name_tagger.name_probabilities(text) == expected
    overridden = fresh.copy()
    overridden[[not name_tagger._CYRILLIC.search(w) for w, _, _ in found]] = (1.0, 0.0, 0.0)
    assert tagger.tag(text, threshold) == (name_tagger.decode(found, overridden, threshold) if found else [])
