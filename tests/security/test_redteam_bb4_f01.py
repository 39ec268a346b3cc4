"""Red team bb4 F01: a surname that is also the genitive plural of a common noun (Кулаков 'of kulaks', Тараканов,
Мешков, Колобков, Сверчков, Батонов, Шевчуков) is a surname right after "фамилия", and a capitalised word of that
shape is a surname where grammar makes it one person: a preposition governing it in a singular surname's case
("у Кулакова", "с Кулаковым") or a verb agreeing with it as its subject ("Сверчков звонил", "Мешков и Тараканов
приходили")."""
import pytest

from guard.engine import default_redactor
from guard.recognizers.person import person_spans

SURNAMES = ["Кулаков", "Тараканов", "Мешков", "Колобков", "Сверчков", "Батонов", "Шевчуков"]


@pytest.fixture(scope="module")
def redactor():
    return default_redactor()


def _hidden(redactor, text: str, value: str) -> bool:
    return value not in redactor.redact(text).text


@pytest.mark.parametrize("surname", SURNAMES)
@pytest.mark.parametrize("frame", ["Клиент сообщил: фамилия {}, просит перезвонить", "Звонил сосед, фамилия {}, "
                                   "просил передать ключи", "назовите фамилию: {}"])
def test_a_surname_shaped_word_after_familiya_is_the_surname_written(redactor, surname, frame):
    assert _hidden(redactor, frame.format(surname), surname)


@pytest.mark.parametrize("surname", [s.lower() for s in SURNAMES])
@pytest.mark.parametrize("frame", ["моя фамилия {}", "да моя фамилия {} записывайте", "фамилия {} имя пётр"])
def test_a_surname_shaped_word_after_familiya_is_the_surname_in_speech(redactor, surname, frame):
    assert _hidden(redactor, frame.format(surname), surname)


@pytest.mark.parametrize("text, value", [
    ("у Кулакова долг 500 руб", "Кулаков"),
    ("договорились с Кулаковым о встрече", "Кулаков"),
    ("передать ключи Мешкову завтра", "Мешков"),
    ("вчера Сверчков звонил по поводу счёта", "Сверчков"),
    ("Сверчков звонил, просил перезвонить", "Сверчков"),
    ("Мешков и Тараканов приходили в офис", "Мешков"),
    ("Мешков и Тараканов приходили в офис", "Тараканов"),
    ("Колобкова просила перезвонить", "Колобков"),
    ("Бобров звонил, просил перезвонить", "Бобров"),
    ("Воробьёв звонил вчера", "Воробьёв"),
])
def test_a_lone_capitalised_surname_that_grammar_makes_one_person_is_hidden(redactor, text, value):
    assert _hidden(redactor, text, value)


@pytest.mark.parametrize("text", ["Дом Романовых правил долго", "Дом Бриннеров стоит на Алеутской"])
def test_a_house_after_its_head_is_still_no_one_person(text):
    assert person_spans(text) == []


@pytest.mark.parametrize("text, value", [("Род Шереметевых владел усадьбой", "Шереметевых"),
                                         ("Купцы Морозовы строили фабрики", "Морозовы")])
def test_a_family_line_after_its_head_is_its_peoples_surname(text, value):
    """Stop 39 (fail closed): a dynasty's or a merchant family's surname is hidden, as third-party sets label it."""
    assert any(text[s:e] == value for s, e, _, _ in person_spans(text))


@pytest.mark.parametrize("text", ["Часов прошло немало", "Много Грибов в лесу"])
def test_a_plural_noun_or_a_city_is_not_made_a_surname_by_grammar(text):
    assert person_spans(text) == []


@pytest.mark.parametrize("text", ["Клиентов обслуживает прежний штат", "Мешков продаёт магазин на углу"])
def test_a_plural_nouns_genitive_before_a_transitive_verb_is_its_object_not_a_surname(text):
    assert person_spans(text) == []
