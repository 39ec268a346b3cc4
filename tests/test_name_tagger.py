"""The lowercase name tagger: shipped in the package, finds names natasha misses in ASR text, silent elsewhere."""
from __future__ import annotations

import numpy as np

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
