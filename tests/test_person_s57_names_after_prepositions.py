"""Review of stop 57 (H1, H2): a name right after a preposition stays masked, in every case the preposition governs,
declined or said undeclined (recognizers/person.py: person_spans; recognizers/person_tagger.py: lowercase_name_spans).

Stop 57 first dropped a one-word lowercase name after a preposition when a thing's noun read it in the preposition's
case («стрельба из лука»). It let through names the base masked: the accusative («номер оформлен на свету» — Света;
свет's loc2), the instrumental-looking accusative («за марью»), and names said undeclined, as speakers and
speech-to-text leave them («от лука», «у рома», «для белов»: an -ов surname reads as a plural genitive). That reading
is taken out (fail closed: «стрельба из лука» may be masked, a customer's name may not be shown). These cases are the
reviewer's (/work/reviews57/test_names.py) with variants: other prepositions, word order, capitals.
"""
from __future__ import annotations

import pytest

from conftest import value_hidden


@pytest.mark.parametrize("text, value", [
    ("номер оформлен на свету а не на меня", "свету"),          # Света, accusative; свет's loc2
    ("я хочу переоформить договор на свету", "свету"),
    ("договор оформлен на раю с прошлого года", "раю"),          # Рая, accusative; рай's loc2
    ("номер записан на раю это моя мама", "раю"),
    ("сим карта оформлена на ладу это дочь", "ладу"),            # Лада, accusative; лад's loc2
    ("я заплатил за марью в прошлый раз", "марью"),              # Марья, accusative; марь's instrumental
    ("проголосовали за марью на собрании", "марью"),
    # variants: word order, other prepositions, a capital
    ("Номер оформлен на Свету, а не на меня.", "Свету"),
])
def test_a_name_in_the_accusative_after_its_preposition_stays_masked(redactor, text, value):
    assert value_hidden(redactor, text, value), redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("звонок от лука вчера был по поводу тарифа", "лука"),
    ("мы ждем ответа от лука", "лука"),
    ("у рома есть второй номер", "рома"),
    ("перезвоните для гена по номеру", "гена"),
    ("передайте от белов что мы перезвоним", "белов"),            # an -ов surname read as a plural genitive
    ("номер оформлен после громов по паспорту", "громов"),
    # variants
    ("от лука звонок был вчера", "лука"),
    ("номер оформлен у громов по паспорту", "громов"),
])
def test_an_undeclined_name_after_a_preposition_stays_masked(redactor, text, value):
    assert value_hidden(redactor, text, value), redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("мы у луки были вчера", "луки"),                         # the name's own genitive after «у»
    ("подарок для луки купили", "луки"),
    ("передайте луке что звонили", "луке"),                   # no preposition
    ("договор переоформлен на луку петрова", "луку"),         # two words: a full name
    ("сменил фамилию на пастернак", "пастернак"),              # the accusative: a record's nominative
    ("звонил лука из кижинги", "лука"),                       # the subject, no preposition before it
])
def test_a_name_the_preposition_may_govern_stays_masked(redactor, text, value):
    assert value_hidden(redactor, text, value), redactor.redact(text).text
