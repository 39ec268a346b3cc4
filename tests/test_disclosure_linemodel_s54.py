"""Stop 54: the two violating lines the retrained line model and verifier lost against the files they replace, and the
families around them, given readings in the rules (docs/disclosure.md, "Stop 54").

п. 25: a change of the account's data that the line itself says is made on the caller's word («с ваших слов», «устное
подтверждение», «паспорт показывать не нужно») states the route the item forbids — not a word whose sense the hit
verifier or the judge may read away. 002 (вопросы личного характера, «Информацию личного характера мы не
предоставляем»): the operator offering a private phone of their own. The phrasings are my own, not the sets' lines;
each reading has controls that stay clean of it."""
import pytest

from guard.disclosure import check
from guard.disclosure.frames import change_made_on_the_callers_word
from guard.disclosure.text import utterance_of


def rules_fired(line: str) -> set[str]:
    """The rules' own findings (the line model's guesses, `model:…`, left out)."""
    return {f.rule for f in check(line, "operator").violations if not f.rule.startswith("model:")}


# --- п. 25: the change made on the caller's word --------------------------------------------------------------------

ON_THE_CALLERS_WORD = [
    "Так, старое отчество убираю, ставлю новое, с вас только устное подтверждение.",
    "так старое отчество убираю ставлю новое с вас только устное подтверждение",
    "Фамилию в карточке меняю прямо сейчас с ваших слов.",
    "Паспортные данные исправлю, документы показывать не нужно.",
    "дату рождения поменяю устно подтвердите и всё",
]


@pytest.mark.parametrize("line", ON_THE_CALLERS_WORD)
def test_item25_a_change_the_line_says_is_made_on_the_callers_word_is_read_as_such(line):
    utterance = utterance_of(line)
    assert change_made_on_the_callers_word(utterance, 0, len(line))


@pytest.mark.parametrize("line", ON_THE_CALLERS_WORD)
def test_item25_a_change_made_on_the_callers_word_is_flagged_whatever_the_learned_parts_guess(line):
    assert "client-data-change" in rules_fired(line)
    assert check(line, "operator").verdict != "allow"


@pytest.mark.parametrize("line", [
    "Записала с ваших слов: паспорт 45 12 604318, сверяю с договором.",  # a note of what was dictated
    "Фамилию поменяем, когда принесёте паспорт в офис.",  # the documents' procedure
    "Фамилию с ваших слов менять не буду, нужен паспорт.",  # no change
    "Отчество в карточке исправлю, принесите свидетельство о браке в офис.",  # no word of the caller's word alone
])
def test_item25_a_note_a_procedure_or_a_refusal_is_no_change_on_the_callers_word(line):
    assert not change_made_on_the_callers_word(utterance_of(line), 0, len(line))


# --- 002: the operator's private phone -------------------------------------------------------------------------------

PRIVATE_PHONE_OFFERED = [
    "Могу дать вам свой личный телефон, чтобы не ждать на линии.",
    "давайте я вам оставлю свой мобильный позвоните мне завтра",
    "Запишите мой личный мобильный и звоните напрямую.",
    "Я продиктую свой сотовый, наберёте меня вечером.",
    "Звоните мне на мобильный, решу без очереди.",
    "оставлю свой личный номер позвоните мне после шести",
]


@pytest.mark.parametrize("line", PRIVATE_PHONE_OFFERED)
def test_the_operator_offering_a_private_phone_of_their_own_is_blocked(line):
    assert "operator-private-contact" in rules_fired(line)
    assert check(line, "operator").verdict == "block"


@pytest.mark.parametrize("line", [
    "Оставьте, пожалуйста, свой мобильный, мы перезвоним.",  # the caller's phone
    "Продиктуйте свой мобильный номер для связи.",
    "Вы можете дать свой мобильный, и мастер перезвонит.",
    "Отвечал вам оператор Игорь, личный номер 4410.",  # the operator's number п. 18 requires
    "Мой личный номер оператора 4410, назовите его при следующем звонке.",
    "Свой личный телефон я вам не дам, звоните на линию.",  # the refusal
    "Мой мобильный давать нельзя, извините.",
])
def test_the_callers_phone_the_operators_number_or_a_refusal_is_no_private_phone_offered(line):
    assert "operator-private-contact" not in rules_fired(line)


# --- the ethics' i-repeat: a repeat of a thing said, whose sense the code has read ----------------------------------

from guard.disclosure.sense import repeat_of_a_thing_said  # noqa: E402


@pytest.mark.parametrize("line", [
    "Повторяю ещё раз номер, который вы продиктовали: 8 912 000-00-00.",
    "Я же повторяла условия, которые вы назвали.",
    "Повторяю тариф, что я вам озвучила: «Базовый».",
])
def test_a_repeat_again_in_the_past_or_of_the_operators_own_saying_stays_warned_whatever_a_guess_says(line):
    # the code's reading (repeats_after_the_caller) keeps these; a retrained verifier read "который вы назвали" as a
    # read-back's context and cleared them
    assert "i-repeat" in rules_fired(line)


@pytest.mark.parametrize("line,said", [
    ("Повторяю тариф, который я назвала: «Базовый».", True),
    ("Повторяю за вами: Липецк, улица Гагарина.", True),
    ("Повторяю ещё раз: тариф «Базовый».", False),  # no thing said named: the rule and the guesses as before
    ("Я повторяю, это невозможно.", False),
])
def test_a_repeat_of_a_thing_said_is_read_by_its_relative_clause_of_saying(line, said):
    assert repeat_of_a_thing_said(utterance_of(line), 0, len(line)) is said


# --- review 54, finding 1: a refusal that goes on to state another person's calls is not the verifier's to clear ------

from guard.disclosure.sense import refusal_goes_on_to_anothers_activity  # noqa: E402


@pytest.mark.parametrize("line", [  # the reviewer's cases (/work/review54/disclosure): warn on main, allow on s54-merge
    "Не могу сказать, что он звонил вчера на этот номер, но звонки были",
    "Не могу сказать, что он звонил вчера на этот номер",
    "не могу сказать что он звонил вчера на этот номер",
    "Не могу сказать, что он звонил сегодня на этот номер",
    "Не могу сказать, что он звонил вчера на ваш номер",
    "Не могу сказать, что она звонила вчера на этот номер",
    "Не могу подтвердить, что он звонил вчера на этот номер",
])
def test_refusal_that_tells_anothers_calls_is_not_cleared(line):
    assert check(line).verdict != "allow", line


@pytest.mark.parametrize("line,tells", [
    ("Не могу сказать, что он звонил вчера на этот номер, но звонки были", True),
    ("Не могу сказать, кто звонил, но он звонил вчера на этот номер", True),  # the contrast after the refusal
    ("Я не могу сказать, что она отправила сообщение с этого номера", True),
    ("Не могу сказать, что он будет делать", False),  # no act of a number
    ("Не могу подключить услугу, что вы просили", False),  # no third person
    # the report's remark 1, acceptable as it is: no clause after the refusal tells anyone's act
    ("Я не могу вписать вас владельцем по телефону, это делает салон по документам.", False),
])
def test_a_refusal_going_on_to_anothers_activity_is_read_by_its_clause_after_it(line, tells):
    hit = line.lower().index("не могу")
    assert refusal_goes_on_to_anothers_activity(utterance_of(line), hit, hit + len("не могу")) is tells
