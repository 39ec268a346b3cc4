"""Stop 35: the line model reads each word's class of near meaning (navec's vectors in classes) beside its lemma."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.train_word_classes import centred, spherical_kmeans
from guard.disclosure.classifier import DisclosureModel, class_features, feature_id, features, word_classes
from guard.disclosure.embedding import WORD_CLASSES_PATH
from guard.disclosure.text import Utterance


def _classes(text: str) -> list:
    return word_classes(Utterance(text).content_tokens)


def test_the_word_classes_ship_inside_the_package():
    assert WORD_CLASSES_PATH.exists()


def test_a_verb_and_its_noun_share_a_fine_class_where_their_lemmas_differ():
    [verb], [noun] = _classes("расторгнуть"), _classes("расторжение")
    assert len(verb) == 2 and verb[1] == noun[1]  # coarse, fine


def test_a_digit_and_a_word_navec_lacks_have_no_class():
    assert _classes("4510 ыщшгнрк") == [None, None]


def test_two_lines_in_near_words_share_class_features_their_lemmas_do_not_share():
    one = features(Utterance("пишите заявление на расторжение"), with_classes=True)
    other = features(Utterance("пишите заявление расторгнуть"), with_classes=True)
    shared = set(one) & set(other)
    [verb], [noun] = _classes("расторгнуть"), _classes("расторжение")
    assert noun[1] == verb[1] and feature_id(f"k1:{verb[1]}") in shared


def test_class_bigrams_start_again_at_a_clause_break():
    tokens = Utterance("номер не скажу. пишите заявление").content_tokens
    found = class_features(tokens, word_classes(tokens))
    starts = [name for name in found if name.startswith("kb0:^ ")]
    assert len(starts) == 2


def test_the_classes_are_built_the_same_on_every_run():
    vectors = centred(np.random.default_rng(7).normal(size=(300, 12)).astype(np.float32), np.zeros(12, np.float32))
    assert np.array_equal(spherical_kmeans(vectors, 8, 5), spherical_kmeans(vectors, 8, 5))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["номер", "не", "скажу", "оператора", "пишите", "расторжение", "7", "сбой",
                                 "начальство", "ыщшгнрк"]), min_size=1, max_size=8))
def test_a_words_class_does_not_depend_on_its_neighbours(words):
    classes = _classes(" ".join(words))
    alone = [_classes(word)[0] for word in words]
    assert classes == alone


def _one_feature_model(path, feature: str, word_classes: bool) -> DisclosureModel:
    np.savez(path, ids=np.array([feature_id(feature)], dtype=np.int64), binary=np.array([8.0], np.float16),
             rules=np.zeros((1, 1), np.float16), rule_bias=np.zeros(1, np.float32), rule_ids=np.array(["owner-name"]),
             threshold=np.float64(0.8), bias=np.float64(-4.0), word_classes=np.bool_(word_classes))
    return DisclosureModel(path)


def test_a_model_reads_the_word_classes_only_when_its_file_says_it_was_trained_with_them(tmp_path):
    [fine] = [c[1] for c in _classes("расторжение")]
    line = Utterance("пишите расторжение")
    assert _one_feature_model(tmp_path / "with.npz", f"k1:{fine}", True).score(line) > 0.9
    assert _one_feature_model(tmp_path / "without.npz", f"k1:{fine}", False).score(line) < 0.1


def test_features_without_classes_are_the_features_models_before_stop_35_were_trained_on():
    line = Utterance("Свой номер оператора я не назову, пишите заявление")
    plain, with_classes = set(features(line)), set(features(line, with_classes=True))
    assert plain < with_classes
