"""A kind's hint is asked of the document being analyzed, once a text however many of its recognizers ask (issue 13,
stop 59): the employment kind's three recognizers searched its ~100 profession stems over the whole text each."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guard.document import Document, analyzing, text_holds
from guard.engine import build_analyzer
from guard.recognizers.account_number import AccountNumberRecognizer
from guard.recognizers.employment import HINT, EmployerRecognizer, IncomeRecognizer, JobTitleRecognizer
from guard.recognizers.vehicle_plate import VehiclePlateRecognizer

TEXT = "Клиент Иванов Пётр, работает кладовщиком в ООО «Ромашка», доход 70 000 руб."


def test_the_employment_kinds_hint_is_answered_by_the_document_being_analyzed():
    document = Document(TEXT)
    found = build_analyzer().analyze(TEXT, document=document)
    assert {"EMPLOYER", "JOB_TITLE", "INCOME"} & {r.entity_type for r in found}
    asked = {id(hint) for hint, _ in document._hints.values()}
    for cls in (EmployerRecognizer, JobTitleRecognizer, IncomeRecognizer, AccountNumberRecognizer,
                VehiclePlateRecognizer):
        assert id(cls.HINT) in asked, cls.__name__


def test_a_text_not_being_analyzed_is_searched_for_the_hint():
    assert text_holds(TEXT, EmployerRecognizer.HINT)
    assert not text_holds("Клиент просил перезвонить завтра", EmployerRecognizer.HINT)


_WORDS = ["работает", "Работает", "РАБОТАЕТ", "раб.", "з/п", "з. п.", "на  руки", "оклад", "пенсионер", "кладовщик",
          "токарь", "студентка", "Иванов", "перезвонить", "İ", "ß", "паспорт", "4276", ",", "\n", " ", "ё", "Ё"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12).map("".join))
def test_the_document_answers_as_the_hints_own_search(text):
    """The one answer the kind's recognizers share is the hint's search of the text, whatever the text."""
    hint = EmployerRecognizer.HINT
    document = Document(text)
    with analyzing(document):
        assert text_holds(document.text, hint) == (hint.search(text) is not None)
    assert hint.pattern.startswith(HINT[:10])
