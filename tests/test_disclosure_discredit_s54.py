"""Stop 54: п. 12 read where its decision lives — a negative evaluation predicated of the company's side, in the
operator's own voice (guard/disclosure/evaluation.py; docs/disclosure.md, "Stop 54 (s54-discredit)").

The phrasings are my own, not the sets' lines. Each judging word is one of the lexicon's stems in a derivation no
phrase of policies/disclosure.yaml lists, said of the company, its management, its products or "у нас"; each control
says the same words of something else, denies, asks, supposes, reports the caller, or acknowledges a fault neutrally as
the instruction recommends."""
import pytest

from guard.disclosure import check
from guard.disclosure.evaluation import EVALUATIVE_STEMS, is_evaluative, judges_the_company
from guard.disclosure.text import Utterance, word_info


def rules_fired(line: str) -> set[str]:
    """The rules' own findings (the line model's guesses, `model:…`, left out)."""
    return {f.rule for f in check(line, "operator").violations if not f.rule.startswith("model:")}


def judged(line: str) -> str | None:
    """The words the reading found, or None."""
    utterance = Utterance(line)
    found = judges_the_company(utterance)
    return None if found is None else line[slice(*utterance.char_span(*found))]


# --- the company's side judged --------------------------------------------------------------------------------------

JUDGEMENTS = [
    "Биллинг у нас кривой, вечно путает начисления.",                     # an adjective of the stem «крив-»
    "Сайт наш вечно виснет, пользуйтесь лучше приложением.",               # a fault as a habit
    "Начальство на абонентах экономит, отсюда и скорость.",                # a verb of greed, the company its subject
    "Руководство о пенсионерах совсем не заботится.",                      # caring denied, people its object
    "Эта опция — полное надувательство, отключайте.",                      # a noun predicate after a dash
    "Поддержка у нас бестолковая, вы сами видите.",                        # «бестолк-»
    "Наш тарифный отдел совсем скатился.",                                 # a verb of decline
    "Роуминговые пакеты у нас жуткие по цене.",                           # «жутк-»
    "Компания опять намудрила с пакетами.",                               # «намудр-»
    "Эти пакеты придумали, чтобы содрать с людей побольше.",               # a greed as the purpose of what was made
    "Честно, на эту опцию я бы не переходила, она отвратная.",             # a pronoun read back to its noun
    "Тарифы, если честно, убогие.",                                       # «если честно» is no condition
    "мы вечно косячим с перерасчётами",                                    # ASR: «мы» the company's
    "руководству на регионы плевать сами понимаете",                       # ASR: an impersonal predicate
]


@pytest.mark.parametrize("line", JUDGEMENTS)
def test_item12_a_negative_evaluation_predicated_of_the_companys_side_is_found(line):
    assert judged(line) is not None
    assert "discrediting-company" in rules_fired(line)


def test_item12_the_finding_spans_the_judged_and_the_judging_word():
    assert judged("Биллинг у нас кривой, вечно путает начисления.") == "Биллинг у нас кривой"


# --- not the operator's judgement of the company ---------------------------------------------------------------------

NOT_JUDGEMENTS = [
    # the instruction's own answers: a fault acknowledged, an apology
    "Приносим извинения за временные неудобства, мы уже разбираемся.",
    "Да, сбой был, уже устранён, проверьте, пожалуйста.",
    "Сайт сейчас виснет, подождите пару минут.",                           # a fault once, not a habit
    # denied, asked, supposed
    "Тарифная сетка у нас вовсе не убогая, давайте подберём вариант.",
    "Биллинг у нас кривой?",
    "Если сайт вечно виснет, почистите кэш браузера.",
    # the caller's words said back
    "Вы пишете, что поддержка у нас бестолковая, я передам ваш отзыв.",
    # a rival, the caller's own thing, nature blamed for the reach
    "У Мегафона пакеты жуткие по цене, а у нас всё прозрачно.",
    "Ваш ноутбук вечно виснет, проверьте антивирус.",
    "Связь в горах отвратная, там рельеф, вышки не добивают.",
    # the caller's saving, the caller advised, a participle whose doer is not said
    "Подключите пакет, чтобы сэкономить на звонках.",
    "Опцию придумали, чтобы вы экономили на звонках.",
    "По навязанной опции офис разберётся и вернёт деньги.",
    # the judging word said of something else
    "Клиент у нас сегодня жадный попался, три раза переспросил.",
    "комиссии никакой не будет пополняйте спокойно",
    "Эта дорога — тупик, объезжайте по трассе.",
    # the operator's own state, not the company's
    "Мы не понимаем, о каком списании речь, уточните дату.",
]


@pytest.mark.parametrize("line", NOT_JUDGEMENTS)
def test_item12_a_line_that_judges_nothing_of_the_company_is_not_read_as_discrediting(line):
    assert judged(line) is None


# --- the lexicon ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["грабительские", "грабёж", "позорище", "позорный", "убожество", "халтурно",
                                  "бестолковая", "жадность", "кривой", "наплевать", "надувательство"])
def test_an_evaluative_stem_reads_its_derivations(form):
    assert is_evaluative(word_info(form).lemmas)


@pytest.mark.parametrize("form", ["тупик", "экономичный", "тариф", "быстрый", "хороший", "сбой"])
def test_a_neutral_word_is_not_evaluative(form):
    assert not is_evaluative(word_info(form).lemmas)


def test_the_lexicon_is_stems_not_phrases():
    assert all(" " not in stem for stem in EVALUATIVE_STEMS)
