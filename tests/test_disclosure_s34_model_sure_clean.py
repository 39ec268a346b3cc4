"""Stop 34: a personal-data rule's hit in a line with no card is read away when the line model is sure the line is
clean (checker.MODEL_SURE_CLEAN, the mirror of MODEL_SURE): a quantity read as a passport piece, a tower near the
caller's office read as a base station's location. With a card the card decides; a number's digits beyond the last
four are the rule's count, not the model's guess. Lines of my own; the authors' lines stay their sets'."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.disclosure import CheckContext, default_checker
from guard.disclosure.checker import MODEL_SURE_CLEAN, DisclosureChecker
from guard.disclosure.classifier import Prediction

# A quantity after the passport's word ("с его паспортом, займёт минут двадцать") reads as a passport piece.
QUANTITY = "Оформить номер на ребёнка можно в салоне с его паспортом, займёт минут двадцать."
TOWER = "Если вышка рядом с офисом вас беспокоит, отправьте письменный запрос, ответим в течение месяца."
SIX_DIGITS = "Идентификация пройдена, договор постоплатный. Самый дорогой номер за месяц оканчивается на 12-34-56."
PASSPORT = "Ваш паспорт 4505 678901, записывайте."
CARD = {"owner": {"last_name": "Иванов", "first_name": "Пётр", "middle_name": "Сергеевич",
                  "passport": {"series": "4505", "number": "678901"}}}


class _Model:
    """A line model that gives every line the same P(violating) and names no rule."""
    threshold, other_sense = 0.8, 0.1

    def __init__(self, p: float) -> None:
        self.p = p

    def predict(self, utterance, rules=None):
        return Prediction(self.p, None)

    def score(self, utterance):
        return self.p


def _checker(p: float) -> DisclosureChecker:
    return DisclosureChecker(default_checker().rules, model=_Model(p))


def _block_rules(checker: DisclosureChecker, text: str, context: CheckContext | None = None) -> set[str]:
    return {f.rule for f in checker.check(text, "operator", context).violations if f.verdict == "block"}


def test_a_personal_data_hit_is_read_away_where_the_model_is_sure_the_line_is_clean():
    assert _block_rules(DisclosureChecker(default_checker().rules), QUANTITY) == {"passport"}  # the rules alone
    assert _checker(MODEL_SURE_CLEAN / 10).check(QUANTITY).verdict == "allow"


def test_the_shipped_model_reads_a_quantity_after_the_passport_word_as_clean():
    assert default_checker().check(QUANTITY).verdict == "allow"
    assert default_checker().check(TOWER).verdict == "allow"


def test_a_personal_data_hit_stays_where_the_model_is_not_that_sure():
    assert _block_rules(_checker(MODEL_SURE_CLEAN), QUANTITY) == {"passport"}
    assert _block_rules(_checker(0.5), TOWER) == {"number-location"}


def test_a_value_told_plainly_stays_blocked_with_the_shipped_model():
    assert default_checker().check(PASSPORT).verdict == "block"


def test_with_a_card_the_card_decides_not_the_model():
    context = CheckContext(card=CARD)
    assert "passport" in _block_rules(_checker(0.0), PASSPORT, context)


def test_more_than_four_digits_of_a_number_are_the_rules_count_not_the_models_guess():
    # п. 6: the last four digits may be told; six are counted by the rule, which the model cannot do
    assert "subscriber-number" in _block_rules(_checker(0.0), SIX_DIGITS)


def test_in_a_call_a_value_split_over_the_operators_lines_is_not_doubted():
    from guard.disclosure import Said

    said = Said(operator_lines=["номер владельца восемь девятьсот шестнадцать"])
    result = _checker(0.0).check("сто двадцать три сорок пять шестьдесят семь", "operator", None, said)
    assert result.verdict == "block"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([QUANTITY, TOWER, SIX_DIGITS, PASSPORT,
                        "Звонок был на номер 8 916 555-44-33, это мобильный.",
                        "Номер вашего договора оканчивается на 4521, верно?"]),
       st.floats(min_value=0.0, max_value=1.0))
def test_a_sure_clean_model_only_takes_hits_away_never_adds_one(text, p):
    rules_alone = _block_rules(DisclosureChecker(default_checker().rules), text)
    assert _block_rules(_checker(p), text) <= rules_alone
