"""Stop 51: the п. 13 rule a retrained line model showed leaning on the model alone (docs/disclosure.md, "Stop 51
(lead)"; the retrained files were not shipped).

«…а текст я сейчас продиктую» (the object before the verb) was flagged by the line model only; a line model retrained
with the authors up to disc_am51 let it through (tests/test_disclosure_precision_s42.py's attack). The rule now reads the dictated text with the object
either side of the verb, so the line is blocked by the rule whatever the model says."""
import pytest

from guard.disclosure import check

OPERATOR_DICTATES = [
    "Сменить тариф можно через расторжение: вы пишете отказ от номера, а текст я сейчас продиктую.",
    "Текст письма я вам сейчас продиктую, берите ручку.",
    "образец заявления я вам продиктую записывайте",
    "шаблон я вам сейчас надиктую",
]

SPECIALIST_DICTATES = [
    "Текст письма вам продиктует специалист группы сохранения, я переключаю.",
    "текст заявления вам продиктуют на следующей линии",
]


@pytest.mark.parametrize("line", OPERATOR_DICTATES)
def test_item13_operator_dictating_the_termination_letter_is_blocked_with_the_object_first(line):
    result = check(line, "operator")
    assert result.verdict == "block"
    assert "termination-letter-text" in {f.rule for f in result.violations}


@pytest.mark.parametrize("line", SPECIALIST_DICTATES)
def test_item13_the_specialist_dictating_it_is_the_recommended_phrase(line):
    assert "termination-letter-text" not in {f.rule for f in check(line, "operator").violations}
