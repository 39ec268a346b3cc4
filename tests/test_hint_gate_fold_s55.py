"""A kind's hint gate never answers "no" where the hint's own search finds a match, also in a text whose case fold
changes its length (a dotted capital «İ» folds to two characters; review of stop 55's hint branches)."""
import pytest

from guard import recognizers
from guard.document import Document


def _id_document_hint():
    return next(h for h in recognizers._COMPILED_HINTS.values() if "шиноснома" in h.pattern)


@pytest.mark.parametrize("text", ["ŞƏXSİYYƏT VƏSİQƏSİ AA1234567", "İKAMET İZNİ 99123456", "PİNFL 31234567890"])
def test_a_hint_gate_agrees_with_the_hints_search_where_the_fold_changes_the_length(text):
    hint = _id_document_hint()
    assert hint.search(text) is not None
    assert Document(text).holds(hint)
