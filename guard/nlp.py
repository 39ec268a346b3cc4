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

import operator
import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import islice
from typing import Iterable, Iterator

import numpy as np
from navec.pq import PQ
from navec.vocab import Vocab
from razdel import sentenize, tokenize

from guard.analysis import NlpArtifacts, NlpEngine
from guard.document import Document, document_for
from guard.morph import get_morph, normalize_word, parses
from guard.threads import one_blas_thread

LANGUAGE = "ru"

# pymorphy2 grammemes of proper names: first name, surname, patronymic, place, organization, trademark.
PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})

_WORD = re.compile(r"[а-яёa-z]+(?:-[а-яёa-z]+)?", re.IGNORECASE)
_CYRILLIC_UPPER = re.compile(r"[А-ЯЁ]")


@lru_cache(maxsize=1)
def _speaker_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line's speaker label and a speaker's role (the lexicon's one definition), compiled on first use: the
    recognizers import this module, so the lexicon is not imported while it loads."""
    from guard.recognizers.lexicon import LINE_SPEAKER, SPEAKER

    return re.compile(r"^[ \t]*+" + LINE_SPEAKER, re.MULTILINE), re.compile(SPEAKER, re.IGNORECASE)

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
    """Presidio's NlpArtifacts over guard's Document: tokens, lemmas and keywords read from it on first use
    (only Presidio's own context enhancer reads them, and only for recognizers that are not ours), plus
    natasha's NER spans (offsets of the analyzed text)."""

    def __init__(self, *, document: Document, nlp_engine: "NatashaNlpEngine",
                 ner_spans: list[NerSpan] | None = None):
        # Presidio's __init__ would lemmatize every token and derive keywords at once: ours wait until asked
        self.document = document
        if ner_spans is not None:
            document.ner_spans = ner_spans
        self.entities = []
        self.scores = []
        self.nlp_engine = nlp_engine

    @property
    def ner_spans(self) -> list[NerSpan]:
        return self.document.ner_spans or []

    @cached_property
    def tokens(self) -> list[str]:
        return [token for _, token in self.document.tokens]

    @cached_property
    def tokens_indices(self) -> list[int]:
        return [start for start, _ in self.document.tokens]

    @cached_property
    def lemmas(self) -> list[str]:
        return self.document.lemmas

    @cached_property
    def keywords(self) -> list[str]:
        return self.set_keywords(self.nlp_engine, self.lemmas, LANGUAGE)

    def to_json(self) -> str:
        import json

        return json.dumps({"tokens": self.tokens, "tokens_indices": self.tokens_indices, "lemmas": self.lemmas,
                           "ner_spans": [vars(span) for span in self.ner_spans]}, ensure_ascii=False)


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


def is_known(word: str) -> bool:
    """Is the word in pymorphy2's dictionary? Asked once per folded form (see guard.morph.parses)."""
    return _is_known(normalize_word(word))


@lru_cache(maxsize=200_000)
def _is_known(folded: str) -> bool:
    try:
        return get_morph().word_is_known(folded)
    except (KeyError, ValueError):
        return False


# Call-center words the dictionary does not know; capitalised, NER would take them for surnames.
DOMAIN_WORDS = frozenset(
    "инн снилс огрн огрнип кпп бик омс дмс осаго каско птс стс сим симка симки симку симкой симкарта симкарты симкарту "
    "симкартой симкарте симкарт имейл емейл имэйл мейл мэйл майл безлимит безлимитный "
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
    """Lowercase (ASR-like) text: letters but almost no capitals (decided once per document)."""
    doc = document_for(text)
    return doc.derived("lowercase", _needs_recasing) if doc is not None else _needs_recasing(text)


def _needs_recasing(text: str) -> bool:
    # A line's speaker label ("Клиент:", "[12:01] Вера:", "Бот:") is the transcript's layout, not its writing: a capital
    # there says nothing of how the speech after it is written ("Клиент: кузнецова алла викторовна" is ASR text; red
    # team bb15, 10). The labels are the lexicon's one definition of a line's speaker (LINE_SPEAKER).
    sample = text[:2000]
    if ":" in sample or ">" in sample or "]" in sample:
        line_label, role = _speaker_labels()
        labels = list(line_label.finditer(sample))
        # a conversation's layout (two labelled lines at least), or one line a speaker's role opens ("Клиент: …");
        # not one note's heading ("ЛК: смена e-mail …", "Тема: …"), which is the note's own writing
        if len(labels) >= 2 or (labels and role.fullmatch(labels[0].group(1))):
            for label in reversed(labels):
                sample = sample[:label.start()] + " " * (label.end() - label.start()) + sample[label.end():]
    letters = sum(map(str.isalpha, sample))
    if letters < 20:
        return not _CYRILLIC_UPPER.search(sample) and letters > 0
    capitals = len(_CYRILLIC_UPPER.findall(sample))
    return capitals * 100 < letters  # under 1% capitals: nobody writes Russian like that


def recase(text: str) -> str:
    """Capitalise the words that could be names; same length, so offsets do not move."""
    chars = list(text)
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if should_capitalise(word):
            chars[match.start()] = chars[match.start()].upper()
    return "".join(chars)


class SlovnetNer:
    """natasha's news NER model (slovnet) run on our sentences without slovnet's per-call scaffolding.

    Same tokens (razdel), same ids, same batches of 8 in the same order, same network and the same
    Viterbi decoding, so the same spans; what goes is what a short call-center sentence paid for
    around the network: a Record per token and per tag, a second pass to find the tokens again in the
    text, the vocabulary and shape lookups of every word (cached here per word form), and numpy's
    index grids in the CRF (the best score is the max; its position, the argmax).
    """

    BATCH = 8  # natasha's NER batch size (slovnet's NER.load and its TagEncoder)

    def __init__(self, model, word_ids: dict[str, int], unknown_word: int, padding_word: int, shapes, tags) -> None:
        self._model = model
        self._word_ids, self._unknown_word, self._padding_word = word_ids, unknown_word, padding_word
        self._shapes = shapes
        self._tags = tags
        self._batch = self.BATCH
        self._transitions = self._model.head.crf.transitions.array
        # each convolution's kernel as one (inputs x kernel) x filters matrix, laid out for the product: multiplying
        # by slovnet's transposed view made BLAS take a slower path (0.33 -> 0.19 ms for a 15-word sentence)
        self._kernels = [np.ascontiguousarray(layer.conv.weight.array.reshape(layer.conv.weight.array.shape[0], -1).T)
                         for layer in self._model.encoder.layers]
        self._ids: dict[str, tuple[int, int]] = {}

    @classmethod
    def from_tagger(cls, tagger) -> "SlovnetNer":
        """The model of a natasha NERTagger as it stands (its own vocabularies)."""
        infer = tagger.infer
        words = infer.encoder.words_vocab
        return cls(infer.model, words.item_ids, words.unk_id, words.pad_id, infer.encoder.shapes_vocab,
                   infer.decoder.tags_vocab)

    @classmethod
    def load(cls, navec, path: str | None = None) -> "SlovnetNer":
        """natasha's news NER read from its package, as slovnet's NER.load reads it, but its word vocabulary is
        navec's own: the model's word ids index navec's vectors, so the two lists are one (250,002 words, checked in
        tests/test_document.py) and building a second dictionary of them cost ~0.1 s at every start."""
        from slovnet.const import SHAPE, TAG
        from slovnet.exec.model import NER as NERModel
        from slovnet.exec.pack import Pack

        if path is None:
            from natasha.data import NEWS_NER as path
        with Pack(path) as pack:
            pack.load_meta().check_protocol()
            model = pack.load_model(NERModel)
            arrays = dict(pack.load_arrays(model.weights))
            shapes, tags = pack.load_vocab(SHAPE), pack.load_vocab(TAG)
        model = model.inject_arrays(arrays).inject_navec(navec)  # raises unless navec is the model's own (its id)
        vocab = navec.vocab
        return cls(model, vocab.word_ids, vocab.unk_id, vocab.pad_id, shapes, tags)

    def _encode(self, word: str) -> tuple[int, int]:
        ids = self._ids.get(word)
        if ids is None:
            from slovnet.shape import word_shape

            ids = (self._word_ids.get(word.lower(), self._unknown_word), self._shapes.encode(word_shape(word)))
            if len(self._ids) < 200_000:
                self._ids[word] = ids
        return ids

    def spans(self, texts: list[str]) -> list[list[NerSpan]]:
        """natasha's NER spans of each text, offsets in that text."""
        return self.token_spans([list(tokenize(text)) for text in texts])

    def token_spans(self, pieces: list[list]) -> list[list[NerSpan]]:
        """NER spans of each piece, a list of razdel tokens (offsets as the tokens have them)."""
        out: list[list[NerSpan]] = []
        for at in range(0, len(pieces), self._batch):
            out.extend(self._tag(pieces[at:at + self._batch]))
        return out

    def _tag(self, batch: list[list]) -> list[list[NerSpan]]:
        size = max(len(tokens) for tokens in batch)
        if size == 0:
            return [[] for _ in batch]
        word_id = np.full((len(batch), size), self._padding_word)
        shape_id = np.full((len(batch), size), self._shapes.pad_id)
        for row, tokens in enumerate(batch):
            if tokens:
                ids = np.array([self._encode(token.text) for token in tokens])
                word_id[row, :len(tokens)] = ids[:, 0]
                shape_id[row, :len(tokens)] = ids[:, 1]
        pad_mask = word_id == self._padding_word
        emissions = self._emissions(word_id, shape_id, pad_mask)
        out = []
        for tokens, tag_ids in zip(batch, self._viterbi(emissions, ~pad_mask)):
            out.append(_bio_spans(tokens, [self._tags.decode(tag) for tag in tag_ids]))
        return out

    @one_blas_thread
    def _emissions(self, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
        """slovnet's NER network (embeddings, CNN encoder, projection), layer for layer and operation for operation,
        kept as batch x words x features throughout (slovnet turns each layer's output around twice, copying it):
        the same numbers in the same order, so the same emissions, bit for bit. ReLU and batch norm work in place;
        padding is zeroed only in a batch that has some."""
        model = self._model
        x = model.emb(word_id, shape_id)
        padded = pad_mask.any()
        for layer, kernel in zip(model.encoder.layers, self._kernels):
            x = _conv1d(layer.conv, kernel, x)
            x.clip(0, out=x)  # ReLU
            norm = layer.norm  # BatchNorm1d: (x - mean) / std * weight + bias
            x -= norm.mean.array
            x /= norm.std.array
            x *= norm.weight.array
            x += norm.bias.array
            if padded:
                x[pad_mask] = 0
        return model.head(x)

    def _viterbi(self, emissions: np.ndarray, mask: np.ndarray) -> list[list[int]]:
        """slovnet's CRF.decode, step for step."""
        batch_size, seq_len, tags_num = emissions.shape
        emissions = emissions.swapaxes(1, 0)
        mask = mask.swapaxes(1, 0)
        history = []
        score = emissions[0]
        for index in range(1, seq_len):
            step = score.reshape(batch_size, tags_num, 1) + self._transitions \
                + emissions[index].reshape(batch_size, 1, tags_num)
            history.append(step.argmax(-2))
            score = np.where(mask[index].reshape(batch_size, 1), step.max(-2), score)
        sizes = mask.sum(0) - 1
        decoded = []
        for row in range(batch_size):
            best = score[row].argmax()
            tags = [best]
            for indexes in reversed(history[:sizes[row]]):
                best = indexes[row][best]
                tags.append(best)
            tags.reverse()
            decoded.append([int(tag) for tag in tags])
        return decoded


def _conv1d(conv, kernel: np.ndarray, x: np.ndarray) -> np.ndarray:
    """slovnet.exec.model.Conv1d on batch x words x inputs: zero-pad the words, take every kernel-wide window (inputs
    by kernel position, slovnet's order), one matmul by `kernel` (conv's weight as a contiguous (inputs x kernel
    width) x filters matrix). Returns batch x windows x filters."""
    batch_size, length, in_dim = x.shape
    padded = np.zeros((batch_size, length + 2 * conv.padding, in_dim), dtype=x.dtype)
    padded[:, conv.padding:conv.padding + length] = x
    batch_stride, seq_stride, in_stride = padded.strides
    filters_count, _, kernel_size = conv.weight.shape
    windows_count = padded.shape[1] - kernel_size + 1
    windows = np.ndarray((batch_size, windows_count, in_dim, kernel_size), dtype=padded.dtype, buffer=padded.data,
                         strides=(batch_stride, seq_stride, in_stride, seq_stride))
    windows = windows.reshape(batch_size * windows_count, in_dim * kernel_size)
    output = np.matmul(windows, kernel) + conv.bias.array
    return output.reshape(batch_size, windows_count, filters_count)


def _bio_spans(tokens: list, tags: list[str]) -> list[NerSpan]:
    """slovnet.bio.bio_spans, rule for rule: O ends a span, B opens one, I stretches the open one."""
    spans: list[NerSpan] = []
    previous = start = stop = None
    for token, tag in zip(tokens, tags):
        part, _, kind = tag.partition("-")
        if part == "O":
            if previous:
                spans.append(NerSpan(start, stop, previous))
                previous = None
        elif part == "B":
            if previous:
                spans.append(NerSpan(start, stop, previous))
            previous, start, stop = kind or None, token.start, token.stop
        elif part == "I":
            stop = token.stop
    if previous:
        spans.append(NerSpan(start, stop, previous))
    return spans


def _could_name_someone(text: str) -> bool:
    """Has a capitalised word that could be part of a name: the only text NER is run on (see NatashaNlpEngine.ner)."""
    return any(word[0].isupper() and could_be_person_word(word) for word in _WORD.findall(text))


# Tokens NER reads on each side of a word that could be a name. natasha's network sees three tokens on each side of a
# word (three convolutions of width 3), so a name's own tags and those of the words next to it come out as over the
# whole sentence; the rest of the margin keeps the window's cut edges away from the name in the CRF's decoding.
NAME_MARGIN = 8


def _around_names(sentence: str) -> list[list]:
    """The razdel tokens of `sentence` within NAME_MARGIN tokens of a capitalised word that could be part of a name,
    one list per stretch (overlapping windows joined), offsets in the sentence."""
    tokens = list(tokenize(sentence))
    starts = [token.start for token in tokens]
    windows: list[list[int]] = []
    for word in _WORD.finditer(sentence):
        if not (word.group()[0].isupper() and could_be_person_word(word.group())):
            continue
        at = max(bisect_left(starts, word.start() + 1) - 1, 0)  # the token the word begins in
        first, last = max(0, at - NAME_MARGIN), at + NAME_MARGIN + 1
        if windows and first <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], last)
        else:
            windows.append([first, last])
    return [tokens[first:last] for first, last in windows]


@lru_cache(maxsize=1)
def news_embedding():
    """natasha's navec news vectors, loaded once per process and shared by the NER, the name tagger
    (guard/name_tagger.py) and the disclosure model (guard/disclosure/embedding.py): one copy in memory.

    The file natasha.NewsEmbedding reads, read as navec.Navec.load reads it, except that the product quantizer's
    tables for navec's `sim` (every word's norm, every centroid pair's product) wait until `sim` is called:
    nothing in guard calls it, and computing them was a third of the redactor's start-up (~0.35 s)."""
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec
    from navec.meta import Meta
    from navec.navec import META, PQ_, VOCAB
    from navec.tar import Tar

    with Tar(NEWS_EMBEDDING) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        vocab = _Vocabulary.from_file(tar.load(VOCAB))
        pq = _Codebook.from_file(tar.load(PQ_))
    return Navec(meta, vocab, pq)


class _WordRows(Mapping):
    """navec's word -> row, without building a dictionary of its 250,000 words at every start (0.1 s): the list is
    sorted (navec appends <unk> and <pad> after it), so a word is found by bisection and kept once found (dictionary
    speed for the forms a process meets again; at most the vocabulary's size). A list that is not sorted gets the
    plain dictionary."""

    def __init__(self, words: list[str]) -> None:
        self._words = words
        self._sorted = len(words) - 2 if words[-2:] == ["<unk>", "<pad>"] else len(words)
        self._found: dict[str, int] = {word: i for i, word in enumerate(words[self._sorted:], self._sorted)}
        if not all(map(operator.lt, words[:self._sorted - 1], islice(words, 1, self._sorted))):
            self._found, self._sorted = {word: i for i, word in enumerate(words)}, 0

    def get(self, word: str, default=None):
        row = self._found.get(word)
        if row is not None:
            return row
        row = bisect_left(self._words, word, 0, self._sorted)
        if row < self._sorted and self._words[row] == word:
            self._found[word] = row
            return row
        return default

    def __getitem__(self, word: str) -> int:
        row = self.get(word)
        if row is None:
            raise KeyError(word)
        return row

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


class _Vocabulary(Vocab):
    """navec's Vocab with its word -> row mapping a _WordRows."""

    def __init__(self, words: list[str], counts: list[int]) -> None:  # Vocab.from_file calls it
        self.words = words
        self.counts = counts
        self.word_ids = _WordRows(words)
        self.unk_id = self.word_ids.get("<unk>")
        self.pad_id = self.word_ids.get("<pad>")


class _Codebook(PQ):
    """navec's PQ with `norm` and `ab` (what `sim` reads) computed on first use instead of at load."""

    def precompute(self) -> None:  # PQ.__init__ calls it
        self.qdims = np.arange(self.qdim)

    def __getattr__(self, name: str):
        if name in ("norm", "ab"):
            PQ.precompute(self)
            return self.__dict__[name]
        raise AttributeError(name)


class NatashaNlpEngine(NlpEngine):
    """razdel tokens, pymorphy2 lemmas and natasha NER, behind Presidio's NlpEngine interface."""

    def __init__(self) -> None:
        self._ner = None

    def load(self) -> None:
        self._ner = SlovnetNer.load(news_embedding())
        get_morph()

    def is_loaded(self) -> bool:
        return self._ner is not None

    def ner(self, text: str) -> list[NerSpan]:
        """natasha NER over the sentences of `text` that could name a person, recasing lowercase (ASR) text first.

        NER is most of the engine's cost, so a sentence goes to it only when it has a
        capitalised word that could be part of a name (a first name, surname or patronymic
        reading, or a word the dictionary does not know). Sentences without one cannot give
        a PER span we would keep (see recognizers/person.py), so skipping them loses nothing.
        Lowercase speech has no sentences to speak of (razdel reads a whole unpunctuated turn as one), so
        there only the tokens within NAME_MARGIN of such a word go. Written text keeps whole sentences:
        there natasha's places and organisations trim names found by other signals, and its names run
        on through initials ("Н.П. Соколовскую") past any margin a window could keep.
        """
        if not self.is_loaded():
            self.load()
        lowercase = needs_recasing(text)
        tagged = recase(text) if lowercase else text
        if not _could_name_someone(tagged):
            return []  # no sentence could name anyone: razdel need not cut the text at all
        sentences = [sentence for sentence in sentenize(tagged) if _could_name_someone(sentence.text)]
        # (offset, tokens) pieces: a sentence, or in unpunctuated speech (one long "sentence") the words around each
        # word that could be a name
        pieces = [(sentence.start, tokens) for sentence in sentences
                  for tokens in (_around_names(sentence.text) if lowercase else [list(tokenize(sentence.text))])]
        # batched through the network 8 pieces at a time, as natasha does
        spans: list[NerSpan] = []
        for (start, _), found in zip(pieces, self._ner.token_spans([tokens for _, tokens in pieces])):
            spans.extend(NerSpan(start + s.start, start + s.end, s.type) for s in found)
        return spans

    def process_text(self, text: str, language: str = LANGUAGE) -> RussianNlpArtifacts:
        return self.process_document(Document(text))

    def process_document(self, document: Document) -> RussianNlpArtifacts:
        """The tag_ner step on `document`, wrapped as Presidio's NlpArtifacts (tokens and lemmas on first use)."""
        if document.ner_spans is None:
            document.ner_spans = self.ner(document.text)
        return RussianNlpArtifacts(document=document, nlp_engine=self)

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
