"""A Presidio NLP engine for Russian built on natasha, working fully offline.

Why natasha and not spaCy: Presidio's default engine downloads a spaCy model at
run time, and there is no Russian spaCy model we may fetch here. natasha ships
its models inside its pip packages (navec embeddings, slovnet NER, ~30 MB),
tokenizes Russian properly (razdel), and pymorphy2 gives lemmas, so Presidio's
context words ("телефон", "паспорт", "звать") match every word form.

ASR transcripts are lowercase, and natasha's NER relies on capitalisation: on
lowercased news it finds almost no names. So before NER we *recase* lowercase
text: a word is capitalised when pymorphy2 knows it as a first name, surname,
patronymic, place or organization, or does not know it at all (foreign names).
NER then decides from context which of them are people. Measured on the
factRuEval-2016 dev set: PER recall 0.004 on lowercased text without recasing,
0.89 with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from razdel import sentenize

from guard.morph import get_morph, lemma, normalize_word, parses

LANGUAGE = "ru"

# pymorphy2 grammemes of proper names: first name, surname, patronymic, place, organization, trademark.
PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})

_WORD = re.compile(r"[а-яёa-z]+(?:-[а-яёa-z]+)?", re.IGNORECASE)
_CYRILLIC_UPPER = re.compile(r"[А-ЯЁ]")
_TOKEN = re.compile(r"\w+|[^\w\s]")

STOPWORDS = frozenset(
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот "
    "от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять "
    "уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без "
    "будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один "
    "почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над "
    "больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда "
    "лучше чуть том нельзя такой им более всегда конечно всю между".split()
)


@dataclass(frozen=True)
class NerSpan:
    start: int
    end: int
    type: str  # natasha's PER / LOC / ORG


class RussianNlpArtifacts(NlpArtifacts):
    """Presidio's NlpArtifacts plus natasha's NER spans (offsets of the analyzed text)."""

    def __init__(self, *, tokens: list[str], tokens_indices: list[int], lemmas: list[str],
                 nlp_engine: "NatashaNlpEngine", ner_spans: list[NerSpan]):
        super().__init__(entities=[], tokens=tokens, tokens_indices=tokens_indices, lemmas=lemmas,
                         nlp_engine=nlp_engine, language=LANGUAGE)
        self.ner_spans = ner_spans


@lru_cache(maxsize=200_000)
def word_grammemes(word: str) -> frozenset[str]:
    """Grammemes of the likely parses of a word (those within 1/3 of the best score)."""
    found = parses(word)
    if not found:
        return frozenset()
    best = found[0].score
    out: set[str] = set()
    for parse in found:
        if parse.score >= best / 3:
            out |= set(parse.tag.grammemes)
    return frozenset(out)


@lru_cache(maxsize=200_000)
def any_grammemes(word: str) -> frozenset[str]:
    """Grammemes of every parse, however unlikely ("комаров" is mostly mosquitoes, but also a surname)."""
    out: set[str] = set()
    for parse in parses(word):
        out |= set(parse.tag.grammemes)
    return frozenset(out)


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    try:
        return get_morph().word_is_known(normalize_word(word))
    except (KeyError, ValueError):
        return False


# Call-center words the dictionary does not know; capitalised, NER would take them for surnames.
DOMAIN_WORDS = frozenset(
    "инн снилс огрн кпп бик сим симка симки симку симкой имейл емейл имэйл мейл мэйл майл безлимит безлимитный "
    "безлимитка тарифище смс эсэмэс эсэмэску ммс гб мб гигабайт гигабайта гигабайтов мегабайт интернет роуминг "
    "роуминге вайфай вайфая модем роутер роутера пин пук пин-код пук-код ussd юссд мтс билайн мегафон теле "
    "йота ростелеком госуслуги госуслугах вотсап ватсап вацап вайбер телеграм телеграмм ютуб тинькофф сбер "
    "сбербанк втб альфа киви юмани ок окей алло ало ага угу эм эн пи эс ка бэ вэ гэ дэ тэ эр эф ха цэ "
    "лк личный кабинет приложение апп эппл айфон андроид самсунг сяоми хуавей электронка электронку гмейл "
    "джимейл яндекс рамблер мейлру джи лте 4g 5g вольте esim есим карта карту картой якобы тикет тикета "
    "crm срм физлицо юрлицо антиопределитель автоответчик автоплатеж автоплатёж".split()
)


@lru_cache(maxsize=200_000)
def could_be_person_word(word: str) -> bool:
    """Has a first-name, surname or patronymic reading, or is unknown to the dictionary (foreign names)."""
    lower = normalize_word(word)
    if len(lower) < 2 or lower in STOPWORDS or lower in DOMAIN_WORDS:
        return False
    return not is_known(lower) or bool(any_grammemes(lower) & PERSON_GRAMMEMES)


@lru_cache(maxsize=200_000)
def should_capitalise(word: str) -> bool:
    """Could this lowercase word be (part of) a proper name? Then NER gets to see it capitalised."""
    if len(word) < 2 or word in STOPWORDS or word in DOMAIN_WORDS:
        return False
    if not is_known(word):
        return True
    return bool(word_grammemes(word) & PROPER_GRAMMEMES)


def needs_recasing(text: str) -> bool:
    """Lowercase (ASR-like) text: letters but almost no capitals."""
    letters = sum(1 for ch in text[:2000] if ch.isalpha())
    if letters < 20:
        return not _CYRILLIC_UPPER.search(text) and letters > 0
    capitals = len(_CYRILLIC_UPPER.findall(text[:2000]))
    return capitals * 100 < letters  # under 1% capitals: nobody writes Russian like that


def recase(text: str) -> str:
    """Capitalise the words that could be names; same length, so offsets do not move."""
    chars = list(text)
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if should_capitalise(word):
            chars[match.start()] = chars[match.start()].upper()
    return "".join(chars)


class NatashaNlpEngine(NlpEngine):
    """razdel tokens, pymorphy2 lemmas and natasha NER, behind Presidio's NlpEngine interface."""

    def __init__(self) -> None:
        self._ner = None

    def load(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger

        self._ner = NewsNERTagger(NewsEmbedding())
        get_morph()

    def is_loaded(self) -> bool:
        return self._ner is not None

    def ner(self, text: str) -> list[NerSpan]:
        """natasha NER over the sentences of `text` that could name a person, recasing lowercase (ASR) text first.

        NER is most of the engine's cost, so a sentence goes to it only when it has a
        capitalised word that could be part of a name (a first name, surname or patronymic
        reading, or a word the dictionary does not know). Sentences without one cannot give
        a PER span we would keep (see recognizers/person.py), so skipping them loses nothing.
        """
        if not self.is_loaded():
            self.load()
        tagged = recase(text) if needs_recasing(text) else text
        sentences = [sentence for sentence in sentenize(tagged)
                     if any(word[0].isupper() and could_be_person_word(word) for word in _WORD.findall(sentence.text))]
        if not sentences:
            return []
        # slovnet tokenizes by itself and batches the sentences through its network in one go
        spans: list[NerSpan] = []
        for sentence, markup in zip(sentences, self._ner.map([s.text for s in sentences])):
            spans.extend(NerSpan(sentence.start + s.start, sentence.start + s.stop, s.type) for s in markup.spans)
        return spans

    def process_text(self, text: str, language: str = LANGUAGE) -> RussianNlpArtifacts:
        # Presidio reads tokens and lemmas only for its context words: a regex tokenizer is enough there.
        tokens: list[str] = []
        starts: list[int] = []
        lemmas: list[str] = []
        for token in _TOKEN.finditer(text):
            word = token.group()
            tokens.append(word)
            starts.append(token.start())
            lemmas.append(lemma(word) if word.isalpha() else word.lower())
        return RussianNlpArtifacts(tokens=tokens, tokens_indices=starts, lemmas=lemmas,
                                   nlp_engine=self, ner_spans=self.ner(text))

    def process_batch(self, texts: Iterable[str], language: str = LANGUAGE, batch_size: int = 1,
                      n_process: int = 1, **kwargs) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str = LANGUAGE) -> bool:
        return word.lower() in STOPWORDS

    def is_punct(self, word: str, language: str = LANGUAGE) -> bool:
        return bool(word) and not any(ch.isalnum() for ch in word)

    def get_supported_entities(self) -> list[str]:
        return ["PERSON"]

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]
