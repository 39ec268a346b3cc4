"""Word lists several modules read are kept once (recognizers/lexicon.py, or the owning kind's module)."""
from __future__ import annotations

import re

from guard import identification
from guard.disclosure import personal
from guard.proxy import scrub
from guard.recognizers import address, birth_date, lexicon, person


def test_month_names_in_dates_come_from_the_month_stems():
    assert all(form.startswith(stem) for stem, forms in zip(lexicon.MONTH_STEMS, lexicon.MONTH_NAMES) for form in forms)
    assert birth_date._MONTH_NUMBERS["мар"] == 3 and birth_date._MONTH_NUMBERS["май"] == 5
    assert re.fullmatch(birth_date._MONTHS, "сент.") and re.fullmatch(birth_date._MONTHS, "августа")
    assert not re.fullmatch(birth_date._MONTHS, "ма")
    assert scrub._MONTHS[2] == "марта"


def test_a_month_recased_for_ner_is_not_a_name():
    assert person._MONTH_FORM.fullmatch("марта") and person._MONTH_FORM.fullmatch("мае")


def test_company_forms_are_the_legal_forms_but_a_sole_proprietor_names_a_person():
    # "ООО «Волгатранс»" is a company; "ИП Ковалёв Иван" is a person's name and stays personal data
    assert "ооо" in person._ORG_FORMS and "гбу" in lexicon.LEGAL_FORMS
    assert person._ORG_FORMS == lexicon.LEGAL_FORMS - lexicon.SOLE_PROPRIETOR_FORMS
    assert "ип" not in person._ORG_FORMS


def test_the_words_naming_an_address_part_are_one_set_for_identification_and_the_checker():
    assert identification.ADDRESS_PART_WORDS is personal.ADDRESS_PART_WORDS is address.ADDRESS_PART_WORDS
    assert identification.address_words("г. Москва, ул. Тверская, д. 5, кв. 12") == \
        identification.address_words("Тверская 5 12 Москва")


def test_a_spelled_out_legal_form_is_dropped_from_an_organizations_name_from_the_one_lexicon_list():
    # recognizers/lexicon.py LEGAL_FORM_PHRASES: identification reads the list, it keeps no copy
    assert identification.LEGAL_FORM_PHRASES is lexicon.LEGAL_FORM_PHRASES
    assert identification.organization_words("Публичное акционерное общество «Ромашка»") == ["ромашка"]
    assert identification.organization_words("ПАО Ромашка") == ["ромашка"]
