"""A capitalised word that is also a common noun or adjective is a person's surname where it stands (stop 40, issue 15;
red team bb14 04 and 05): one reading, `person.word_surname_here`, asked by the redactor, the speech checker's bare word
and the answers told by likeness. The surnames here are our own (not the red team's words), in every case and position,
with look-alikes that must stay: a capitalised noun opening a sentence, places, organisations and products."""
import pytest
from hypothesis import given, settings, strategies as st

from guard.dialogue import answer_value
from guard.disclosure import default_checker
from guard.disclosure.bare_value import word_names
from guard.engine import Redactor
from guard.recognizers import person
from guard.recognizers.person import LIKENESS_WORDS, told_by_likeness, word_surname_here

_REDACTOR = Redactor()

# Word surnames of several genders and animacies, each in its six cases (nominative … locative).
_FORMS = {
    "Щука": ("Щука", "Щуки", "Щуке", "Щуку", "Щукой", "Щуке"),
    "Ёрш": ("Ёрш", "Ерша", "Ершу", "Ерша", "Ершом", "Ерше"),
    "Гвоздь": ("Гвоздь", "Гвоздя", "Гвоздю", "Гвоздь", "Гвоздём", "Гвозде"),
    "Берёза": ("Берёза", "Берёзы", "Берёзе", "Берёзу", "Берёзой", "Берёзе"),
    "Журавль": ("Журавль", "Журавля", "Журавлю", "Журавля", "Журавлём", "Журавле"),
    "Кочерга": ("Кочерга", "Кочерги", "Кочерге", "Кочергу", "Кочергой", "Кочерге"),
    "Дрозд": ("Дрозд", "Дрозда", "Дрозду", "Дрозда", "Дроздом", "Дрозде"),
}
_NOMN, _GENT, _DATV, _ACCS, _ABLT, _LOCT = range(6)

# Where a person stands, by the case the place wants: a verb's animate slot, a cue's apposition, a naming word.
_SLOTS = [
    (_DATV, "отправили смс {} по поводу долга"),
    (_DATV, "нужно перезвонить {} в понедельник"),
    (_DATV, "письмо {} выслали вчера"),
    (_ABLT, "с {} договорились на завтра"),
    (_ABLT, "вчера созвонились с {}, всё решили"),
    (_ACCS, "договор оформлен на {} с прошлого года"),
    (_ACCS, "номер переоформили на {}"),
    (_LOCT, "на {} висит долг за два месяца"),
    (_LOCT, "по базе на {} числится задолженность"),
    (_GENT, "у {} долг 500 рублей"),
    (_GENT, "поступила жалоба от {} по роумингу"),
    (_NOMN, "сегодня звонил абонент {}, просил детализацию"),
    (_NOMN, "владелец договора {}, имя не назвал"),
    (_NOMN, "это {} беспокоит по поводу счёта"),
    (_DATV, "клиенту {} отправили код"),
]


def _masked(text: str, word: str) -> bool:
    return word not in _REDACTOR.redact(text).text


def _person_over(text: str, word: str) -> bool:
    at = text.index(word)
    return any(e.type == "PERSON" and e.start <= at and at + len(word) <= e.end for e in _REDACTOR.analyze(text))


@pytest.mark.parametrize("case, template", _SLOTS)
@pytest.mark.parametrize("surname", ["Щука", "Ёрш", "Гвоздь", "Журавль"])
def test_a_word_surname_in_a_person_slot_is_masked_in_the_case_the_slot_governs(surname, case, template):
    form = _FORMS[surname][case]
    text = template.format(form)
    assert _person_over(text, form), text


@given(surname=st.sampled_from(sorted(_FORMS)), slot=st.sampled_from(_SLOTS))
@settings(max_examples=60, deadline=None)
def test_property_any_word_surname_in_any_person_slot_leaves_no_trace(surname, slot):
    case, template = slot
    form = _FORMS[surname][case]
    text = template.format(form)
    assert _masked(text, form), text


@pytest.mark.parametrize("text, surname", [
    ("Щука Анна просила перезвонить", "Щука"),
    ("Гвоздь Пётр оформил договор", "Гвоздь"),
    ("Берёза Ольга Ивановна подала заявление", "Берёза"),
    ("Звонок от: Кочерга Игорь, 12.11", "Кочерга"),
    ("ФИО: Журавль Денис", "Журавль"),
    ("Договор подписал Дрозд Олег", "Дрозд"),
])
def test_a_word_surname_before_a_first_name_is_the_names_surname_even_opening_a_sentence(text, surname):
    assert _masked(text, surname), text


@pytest.mark.parametrize("text, surname", [
    ("отправили смс Ольге Щуке", "Щуке"),
    ("договорились с Игорем Ершом о встрече", "Ершом"),
    ("перезвонить Денису Гвоздю завтра", "Гвоздю"),
])
def test_a_word_surname_after_a_first_name_in_the_same_case_is_masked(text, surname):
    assert _masked(text, surname), text


@pytest.mark.parametrize("text", [
    "Роутер Иван забрал вчера",  # the noun is the object the verb after the name wants
    "Счёт Иван оплатил в понедельник",
])
def test_a_sentence_opening_noun_the_verb_may_take_as_its_object_is_no_surname(text):
    first = text.split()[0]
    assert first in _REDACTOR.redact(text).text


@pytest.mark.parametrize("text", [
    "Архитектор Лев Гурвич предложил сохранить башню",
    "Синоптик Тамара Ковальчук с этим не согласна",
])
def test_a_noun_before_a_first_name_and_surname_is_no_second_surname(text):
    first = text.split()[0]
    assert first in _REDACTOR.redact(text).text


@pytest.mark.parametrize("text, word", [
    ("Щука плавала в пруду у дома", "Щука"),  # a capitalised noun opening a sentence: the capital is the sentence's
    ("Гвоздь торчал из стены.", "Гвоздь"),
    ("Берёза упала на провода, связи нет", "Берёза"),
    ("встретились на Камне у реки", "Камне"),  # "на Камне" with no debt or registration near: a place
    ("отдыхали на Кургане, связь плохая", "Кургане"),
    ("живём в Орле, интернет не работает", "Орле"),
    ("договор с Ростелекомом расторгнут", "Ростелекомом"),
    ("позвонили из Сбербанка", "Сбербанка"),
    ("подключили тариф «Журавль»", "Журавль"),
    ("подключили опцию Кочерга", "Кочерга"),
    ("поздравили с Новым годом", "Новым"),
    ("договорились с Москвой о поставках", "Москвой"),
    ("Бывший заместитель главы Городецкого округа", "Городецкого"),  # an adjective of the noun after it
    ("Поддержка (Арсений): всё верно, блокирую", "Поддержка"),  # a role and its person in brackets, a label
])
def test_look_alikes_of_word_surnames_stay(text, word):
    assert word in _REDACTOR.redact(text).text, text


def test_the_evidence_is_named_by_the_one_reading():
    text = "с Дроздом договорились на завтра"
    start = text.index("Дроздом")
    found = word_surname_here(text, start, start + len("Дроздом"))
    assert found is not None and "slot" in found[2]
    assert word_surname_here("Дрозд сидел на ветке", 0, 5) is None
    text = "встретили настоящего Деда Мороза во дворе"  # a capitalised cue is a name's own word, no role
    assert word_surname_here(text, text.index("Мороза"), text.index("Мороза") + 6) is None


@pytest.mark.parametrize("line, word, surname", [
    ("это Щука, верно?", "Щука", True), ("ну Дрозд, да", "Дрозд", True), ("ну Берёза, да", "Берёза", True),
    ("да, Москва", "Москва", False), ("ну Тариф, да", "Тариф", False), ("Щука, да", "Щука", False),
    ("это Мама, верно?", "Мама", False)])
def test_the_checkers_bare_word_is_the_person_kinds_reading(line, word, surname):
    a = line.index(word)
    b = a + len(word)  # the checker hands its bare value's span; the PERSON kind's reading decides
    assert (word_surname_here(line, a, b, bare=True) is not None) == surname
    assert list(word_names(line, a, b)) == ([(a, b)] if surname else [])


@pytest.mark.parametrize("line", ["это Щука, верно?", "ну Дрозд, да", "владелец у нас Гвоздь"])
def test_a_word_surname_said_bare_in_a_call_line_is_the_owners_name_to_the_checker(line):
    assert default_checker().check(line, "operator").verdict != "allow", line


@pytest.mark.parametrize("line", ["ну да, Москва", "это Мегафон, верно?", "Щука, да"])
def test_a_place_an_organisation_or_a_line_opening_word_said_bare_is_no_surname_to_the_checker(line):
    text = line
    assert all(text[a:b] not in ("Москва", "Мегафон", "Щука") for a, b in word_names(text, 0, len(text)))


@pytest.mark.parametrize("answer, value", [("ну как щука", "щука"), ("вроде дрозд", "дрозд"), ("типа ёрш", "ёрш")])
def test_an_answer_told_by_likeness_is_the_word_after_the_likeness(answer, value):
    span = answer_value(answer)
    assert span is not None and answer[span[0]:span[1]] == value


def test_the_likeness_words_are_one_set_for_the_dialogue_and_the_checkers_riddle():
    from guard.disclosure import frames
    assert frames.LIKENESS_WORDS is LIKENESS_WORDS
    assert told_by_likeness("Как") and told_by_likeness("похожа") and not told_by_likeness("щука")
