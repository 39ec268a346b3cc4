"""An employee's identity and record documents in an HR office's notes (issue 15, stop 50): a military ID and the
draftee's certificate, the personal medical book, the paper employment record, a criminal-record certificate, a diploma
or a school certificate — one kind, ID_DOCUMENT, by their cue words in any case and one value shape
(recognizers/id_document.py: EMPLOYEE_DOCUMENT_WORDS, EMPLOYEE_DOCUMENT_VALUE, EMPLOYMENT_RECORD_SHAPE). Hard negatives of
the same notes stay: hiring and order dates, shop codes, vacancy ids, Labour Code articles, ВУС codes, register
numbers, form codes, salaries."""
import pytest

from guard import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _types(redactor, text, value):
    return {e.type for e in redactor.analyze(text) if e.start <= text.index(value) and text.index(value) + len(value) <= e.end}


@pytest.mark.parametrize("text, value", [
    ("Кандидат, 12.04.2003 г.р., приписное свидетельство ПМ 0461728, прописка в Кизеле", "ПМ 0461728"),
    ("приписному свидетельству КЕ 0823346 уже три года", "КЕ 0823346"),
    ("потерял военный билет, выдали временное удостоверение ВУ-59 №007219.", "ВУ-59 №007219"),
    ("новенькая медкнижку принесла, номер 5902-3318842, но без флюорографии", "5902-3318842"),
    ("личная медицинская книжка № 59-СЛ 0041177 выдана в мае", "59-СЛ 0041177"),
    ("медкнижки? Номер в личном деле 59-0824471", "59-0824471"),
    ("Трудовую выдали на руки, серия ТК-III № 5527104.", "ТК-III № 5527104"),
    ("трудовой книжки АТ-VI № 3318260 нет в деле", "АТ-VI № 3318260"),
    ("Справка о несудимости пришла, номер 059/21-0934/2024, судимостей нет.", "059/21-0934/2024"),
    ("справку об отсутствии судимости 059/11-2207/2023 приложили", "059/11-2207/2023"),
    ("колледж связи, диплом 115927 0233408, рег. № 1188.", "115927 0233408"),
    ("диплом ВО ВСГ 4471820 (экономика)", "ВСГ 4471820"),
    ("аттестат 05 СПА 0061349 сдан", "05 СПА 0061349"),
])
def test_an_employees_document_after_its_cue_is_masked(redactor, text, value):
    assert value not in redactor.redact(text).text
    assert "ID_DOCUMENT" in _types(redactor, text, value)


def test_a_paper_employment_records_number_is_masked_without_its_cue(redactor):
    text = "К выдаче (по заявлениям):\nКлепикова М. Л. — ТК-II № 0719354\nГуляев Р. В. — АТ-IX № 4420187"
    out = redactor.redact(text).text
    assert "0719354" not in out and "4420187" not in out


@pytest.mark.parametrize("text, kept", [
    ("военный билет АК 0551209, ВУС 837037", "837037"),
    ("военный билет не принёс, ВУС 113037", "113037"),
    ("медкнижку принесла 12.03.2024, продавец салона PRM-0147, оклад 39 500", "PRM-0147"),
    ("медкнижку принесла 12.03.2024, продавец салона PRM-0147, оклад 39 500", "12.03.2024"),
    ("диплом 115927 0233408, рег. № 1188.", "1188"),
    ("уволена 30.04.2024 по ст. 81 ТК РФ, трудовую забрала", "30.04.2024"),
    ("уволена 30.04.2024 по ст. 81 ТК РФ, трудовую забрала", "ст. 81 ТК РФ"),
    ("справка о несудимости нужна по вакансии ВК-2331, форма Т-2", "ВК-2331"),
    ("трудовой договор № 204-лс от 12.03.2024", "204-лс"),
])
def test_the_hr_notes_hard_negatives_stay_visible(redactor, text, kept):
    assert kept in redactor.redact(text).text
