"""The redaction engine: normalize -> detect -> merge -> transform, on guard's own analyzer.

    text ──readings──────────> entities and percent escapes decoded, plain Unicode, digits for spoken numbers, with
                               an offset map; a second reading when a correction or a base64 token makes two
         ──GuardAnalyzer─────> our recognizers (recognizers/) on the natasha NLP engine
         ──to_original───────> spans in the offsets of the ORIGINAL text
         ──merge_overlaps────> one span per overlapping group: no fragment of a value survives
         ──replace_spans─────> tag / mask_last / pseudonym / encrypt (guard/operators.py)

The analyzer and the replacement step are guard's own, with the classes and the semantics of Presidio's
AnalyzerEngine and AnonymizerEngine that guard used before (guard/analysis.py): importing Presidio (spaCy,
thinc, its predefined recognizers) cost more than natasha's NER on a whole batch. Presidio remains an
interface, in guard/presidio/.

One Redactor per process is enough (it is thread-safe for reads); loading takes
~1 s, mostly natasha's models.
"""
from __future__ import annotations

import gc
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Hashable, Iterable, Sequence

from guard.analysis import EntityRecognizer, NlpArtifacts, RecognizerResult
from guard.dialogue import (across_labelled_turns, across_turns, answers, as_transcript, asked_in_labelled_turns, asked_values,
                            corrected_values, values_taken_back,
                            echo_spans, echoed, echoed_words, in_turns, question_tail, where_nothing_is,
                            without_operators_name)
from guard.document import Document, analyzing
from guard.entities import CONTRACT_TYPES, Entity, trim_span
from guard.nlp import LANGUAGE, NatashaNlpEngine
from guard.normalize import readings
from guard.operators import OPERATOR_NAMES, Replace, replacer
from guard.recognizers import SECRET_TYPES, all_recognizers
from guard.recognizers.address import places_after_birth_dates
from guard.recognizers.holder import belongs_to_organisation
from guard.recognizers.long_number import record_numbers, values_written_again
from guard.recognizers.packed_run import settle as settle_packed_runs

# Long texts are analyzed in windows so memory stays bounded (natasha keeps every token
# of a document as an object). Windows overlap so that a value on a boundary is whole in one.
WINDOW = 20_000
OVERLAP = 400
DEFAULT_THRESHOLD = 0.5


class ContextEnhancer:
    """The lemma context boost Presidio's analyzer applied (LemmaContextAwareEnhancer, 5 words before and 2 after):
    a result whose recognizer has context words one of which is in a lemma nearby gains 0.35 (at least 0.4, at
    most 1). Only for results whose recognizer has not weighed its context already — guard's all have
    (recognizers/base.py) — so it is here for a recognizer added from outside."""

    FACTOR, MIN_SCORE, MAX_SCORE = 0.35, 0.4, 1.0

    def __init__(self, words_before: int = 5, words_after: int = 2) -> None:
        self.words_before = words_before
        self.words_after = words_after

    def enhance(self, text: str, results: list[RecognizerResult], nlp_artifacts: NlpArtifacts | None,
                recognizers: dict[str, EntityRecognizer]) -> None:
        for result in results:
            metadata = result.recognition_metadata or {}
            recognizer = recognizers.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context or nlp_artifacts is None or \
                    metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            word = self._supporting_word(self._lemmas_around(result.start, nlp_artifacts), recognizer.context)
            if word:
                result.score = min(max(result.score + self.FACTOR, self.MIN_SCORE), self.MAX_SCORE)
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(word)
                    result.analysis_explanation.set_improved_score(result.score)

    def _lemmas_around(self, start: int, artifacts: NlpArtifacts) -> list[str]:
        """The keyword lemmas nearest the token at `start`: that token and up to N keywords on each side."""
        tokens, starts = artifacts.tokens, artifacts.tokens_indices
        if not tokens:
            return []
        index = next((i for i, token in enumerate(tokens) if starts[i] == start or start < starts[i] + len(token)),
                     None)
        if index is None:
            raise ValueError("a result starts after the last token")
        keywords = set(artifacts.keywords)
        lemmas = artifacts.lemmas
        found = []
        for step, count in ((-1, self.words_before), (1, self.words_after)):
            i, remaining = index, count + 1  # the match's own token counts too (glued to a context word)
            while 0 <= i < len(lemmas) and remaining > 0:
                lemma = lemmas[i].lower()
                if lemma in keywords:
                    found.append(lemma)
                    remaining -= 1
                i += step
        return found

    @staticmethod
    def _supporting_word(lemmas: list[str], context: list[str]) -> str:
        for word in context:  # the first context word contained in any lemma nearby
            if any(word.lower() in lemma for lemma in lemmas):
                return word
        return ""


class RecognizerRegistry:
    """The recognizers an analyzer runs, in order; every entity type is one of theirs."""

    def __init__(self, recognizers: Iterable[EntityRecognizer] = ()) -> None:
        self.recognizers = list(recognizers)
        self._selections: dict[tuple[str, ...] | None, tuple[list, list, dict]] = {}  # (registry list, chosen, by id)

    def add_recognizer(self, recognizer: EntityRecognizer) -> None:
        self.recognizers.append(recognizer)

    def get_recognizers(self, entities: Iterable[str] | None = None) -> list[EntityRecognizer]:
        """The recognizers of any of `entities` (all when None)."""
        return list(self.selection(None if entities is None else tuple(entities))[0])

    def selection(self, entities: tuple[str, ...] | None) -> tuple[list[EntityRecognizer], dict[str, EntityRecognizer]]:
        """The recognizers of any of `entities` (all when None), in order, and the same by id: chosen once per list of
        entities (the engine asks for every text with the same list), again whenever the registry's list has changed
        (compared element by element with the one it was chosen from: a list replaced or edited in place is seen)."""
        entry = self._selections.get(entities)
        if entry is None or entry[0] != self.recognizers:
            if entities is None:
                chosen = list(self.recognizers)
            else:
                wanted = set(entities)
                chosen = [r for r in self.recognizers if wanted.intersection(r.supported_entities)]
            entry = self._selections[entities] = (list(self.recognizers), chosen, {r.id: r for r in chosen})
        return entry[1], entry[2]

    def supported_entities(self) -> list[str]:
        return list(dict.fromkeys(entity for r in self.recognizers for entity in r.supported_entities))


class GuardAnalyzer:
    """Every recognizer over one text, one guard Document read by all of them, then context, threshold and duplicates.

    The NLP step builds the document (guard/document.py) and natasha's NER spans on it; while the
    recognizers run, the helpers they call with the text (recognizers/base.py) read the same document.
    The result is what Presidio's AnalyzerEngine gave for the same recognizers: results at or above the
    threshold, equal ones once, one inside another of its type with no better score dropped."""

    def __init__(self, registry: RecognizerRegistry, nlp_engine: NatashaNlpEngine,
                 context_enhancer: ContextEnhancer | None = None) -> None:
        self.registry = registry
        self.nlp_engine = nlp_engine
        self.context_enhancer = context_enhancer or ContextEnhancer()
        self.supported_languages = [LANGUAGE]

    def get_supported_entities(self, language: str = LANGUAGE) -> list[str]:
        return self.registry.supported_entities()

    def analyze(self, text: str, language: str = LANGUAGE, entities: list[str] | None = None,
                score_threshold: float | None = None, return_decision_process: bool = False,
                nlp_artifacts: NlpArtifacts | None = None, document: Document | None = None
                ) -> list[RecognizerResult]:
        if language != LANGUAGE:
            raise ValueError(f"guard analyzes {LANGUAGE!r} only, not {language!r}")
        if nlp_artifacts is None:
            if document is None or document.text != text:
                document = Document(text)
            with analyzing(document):
                nlp_artifacts = self.nlp_engine.process_document(document)
                return self._analyze(document.text, entities, score_threshold, return_decision_process,
                                     nlp_artifacts)
        document = getattr(nlp_artifacts, "document", None)
        if document is None or document.text is not text:
            return self._analyze(text, entities, score_threshold, return_decision_process, nlp_artifacts)
        with analyzing(document):
            return self._analyze(text, entities, score_threshold, return_decision_process, nlp_artifacts)

    def _analyze(self, text: str, entities: list[str] | None, score_threshold: float | None,
                 return_decision_process: bool, nlp_artifacts: NlpArtifacts) -> list[RecognizerResult]:
        recognizers, by_id = self.registry.selection(tuple(entities) if entities else None)
        if not recognizers:
            raise ValueError("No matching recognizers were found to serve the request.")
        if not entities:
            entities = self.get_supported_entities()
        by_recognizer: list[list[RecognizerResult]] = []
        for recognizer in recognizers:
            results = recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts) or []
            for result in results:
                if result.recognition_metadata is None:
                    result.recognition_metadata = {}
                result.recognition_metadata.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                result.recognition_metadata.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
            by_recognizer.append(results)
        found: list[RecognizerResult] = []
        for i, (recognizer, results) in enumerate(zip(recognizers, by_recognizer)):
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context:
                others = [r for j, rs in enumerate(by_recognizer) if j != i for r in rs]
                results = recognizer.enhance_using_context(text, results, others, nlp_artifacts, None)
            found.extend(results)
        self.context_enhancer.enhance(text, found, nlp_artifacts, by_id)
        threshold = 0.0 if score_threshold is None else score_threshold
        found = settle_packed_runs([r for r in found if r.score >= threshold])
        spans = [(r.start, r.end, r.entity_type) for r in found]
        found = EntityRecognizer.remove_duplicates(
            [r for r in found if not belongs_to_organisation(text, r.start, r.end, r.entity_type, spans)])
        found += record_numbers(text, found)  # a record's uncued number beside its person's name
        found += places_after_birth_dates(text, found)  # a record's place of birth after its birth date
        found += values_written_again(text, found)  # a personal number written again, under another number's word
        if not return_decision_process:
            for result in found:
                result.analysis_explanation = None
        return found


@lru_cache(maxsize=1)
def build_analyzer() -> GuardAnalyzer:
    """guard's analyzer: our Russian NLP engine and our recognizers."""
    collecting = gc.isenabled()
    gc.disable()  # ~150k long-lived objects are created here: nothing to collect among them
    try:
        nlp_engine = NatashaNlpEngine()
        nlp_engine.load()
    finally:
        if collecting:
            gc.enable()
    # Keep the models out of every later full collection (as the proxy does at start-up): a collection
    # walking them costs ~0.1 s, several times per thousand texts.
    gc.freeze()
    return GuardAnalyzer(RecognizerRegistry(all_recognizers()), nlp_engine)


def merge_overlaps(entities: Iterable[Entity]) -> list[Entity]:
    """Overlapping spans become one span covering all of them, typed by the most confident (then longest); a secret
    (SECRET_TYPES: a code word, a PIN, a CVV) that reaches past the other span types it whatever its score, so an
    operator that masks a secret whole (mask_keep_last) masks the whole span: a code-word answer holding a date
    («ромашка 12.III.1980», «ромашка 12 марта 1980») shows none of it (review bc33 H3). A secret inside the other span
    (a spoken e-mail also read as the answer asked for) leaves the type to the scores, as before.

    Touching spans stay separate: each is replaced whole, so nothing of either survives.
    """
    merged: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if entity.end <= entity.start:
            continue
        if merged and entity.start < merged[-1].end:
            last = merged[-1]
            winner = max((last, entity), key=lambda e: (_covers_as_a_secret(e, last, entity), e.score,
                                                        e.end - e.start))
            merged[-1] = Entity(last.start, max(last.end, entity.end), winner.type, max(last.score, entity.score))
        else:
            merged.append(entity)
    return merged


def _covers_as_a_secret(span: Entity, first: Entity, second: Entity) -> bool:
    """`span`, one of two overlapping spans, is a secret that holds more than the other's value: it reaches past it
    on a side (the answer to "назовите кодовое слово" with a date in or after its word: «ромашка 12.III.1980»)."""
    other = second if span is first else first
    return span.type in SECRET_TYPES and (span.start < other.start or other.end < span.end)


def text_windows(text: str) -> Iterable[tuple[int, str]]:
    """(offset, piece) windows of at most WINDOW chars, overlapping by OVERLAP, cut at whitespace."""
    if len(text) <= WINDOW:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + WINDOW)
        if end < len(text):
            cut = text.rfind(" ", start + WINDOW - OVERLAP, end)
            end = cut if cut > start else end
        yield start, text[start:end]
        if end >= len(text):
            return
        start = max(end - OVERLAP, start + 1)
        space = text.find(" ", start, end)
        if space != -1:  # the next window begins at a word: a fragment ("ариф" of "тариф") reads as another word
            start = space + 1


@dataclass(frozen=True)
class Redaction:
    text: str
    entities: list[Entity]

    def entities_as_dicts(self) -> list[dict]:
        return [entity.as_dict() for entity in self.entities]


class Redactor:
    """Find and replace Russian personal data in written text and ASR transcripts.

    >>> Redactor().redact("Кл. Иванов П.С. просил перезвонить на 89161234567").text
    'Кл. <PERSON> просил перезвонить на <PHONE_NUMBER>'
    """

    def __init__(self, operator: str = "tag", *, keep_last: int = 4, key: bytes | str | None = None,
                 entities: Iterable[str] | None = None, threshold: float = DEFAULT_THRESHOLD,
                 keep_operators_name: bool = False) -> None:
        """`keep_operators_name`: True keeps the operator's own first name in their self-introduction, in a turn the
        contact center says ("Оператор: Здравствуйте, меня зовут Ольга") — it is no caller's data (guard/dialogue.py).
        Off by default: an employee's name is personal data too (152-FZ), so a transcript leaves with less, not more."""
        if operator not in OPERATOR_NAMES:
            raise ValueError(f"unknown operator {operator!r}; choose one of {', '.join(OPERATOR_NAMES)}")
        if operator in ("pseudonym", "encrypt") and not key:
            raise ValueError(f"the {operator} operator needs a key")
        self.operator = operator
        self.keep_last = keep_last
        self._key = key.encode() if isinstance(key, str) else key
        self.entities = list(entities) if entities is not None else list(CONTRACT_TYPES)
        self.threshold = threshold
        self.keep_operators_name = keep_operators_name
        self._replace = replacer(operator, keep_last=keep_last, key=self._key)
        self._analyzer = build_analyzer()
        self._lock = threading.Lock()  # natasha's taggers are not documented as thread-safe

    def analyze(self, text: str) -> list[Entity]:
        """Detected personal data, offsets into `text`, sorted, never overlapping."""
        if not text or not text.strip():
            return []
        found: list[Entity] = []
        for offset, piece in text_windows(text):
            found.extend(self._analyze_window(piece, offset))
        found.extend(across_labelled_turns(text, self.analyze))  # a number dictated across a transcript's lines
        found.extend(where_nothing_is(asked_in_labelled_turns(text), found, text))  # an answer read as the kind asked for
        found.extend(corrected_values(text, found))  # "соколова а нет простите соколовская": the value said instead
        found.extend(values_taken_back(text, found))  # "ольге медведь ой ольге медведевой": the value taken back
        found = merge_overlaps(found)
        return without_operators_name(text, found) if self.keep_operators_name else found

    def _analyze_window(self, piece: str, offset: int) -> list[Entity]:
        out = []
        every = readings(piece)  # one reading, two when a caller took digits back: both masked
        for index, normalized in enumerate(every):
            if any(normalized.reads_as(earlier) for earlier in every[:index]):
                continue  # the very reading again (its text and its way back the same): the same spans
            document = Document(normalized.text, normalized)
            with self._lock:
                results = self._analyzer.analyze(document.text, language=LANGUAGE, entities=self.entities,
                                                 score_threshold=self.threshold, document=document)
            for result in results:
                start, end = normalized.to_original(result.start, result.end)
                start, end = trim_span(piece, start, end)
                if end > start:
                    out.append(Entity(start + offset, end + offset, result.entity_type, float(result.score)))
        return out

    def redact(self, text: str) -> Redaction:
        return self._redaction(text, self.analyze(text))

    def redact_dialogue(self, turns: Sequence[tuple[Hashable, str]]) -> list[Redaction]:
        """Each (speaker, text) turn of a call redacted; what one speaker dictates across turns — with only back-channels
        between ("угу") — masked piece by piece in every turn it spans; and a value answering the other speaker's
        question that names it ("назовите кодовое слово" / "ромашка") masked in the answer: the question and its answer
        are read as the two-line transcript `guard redact` reads (guard/dialogue.py `answers`, `as_transcript`; red
        team bb5 05). The answer's own reading stands; the pair only adds spans that mask more than it did (reading the
        whole call as one text let one turn's cues re-type other turns' values and lose lowercase names)."""
        found = [list(self.analyze(text)) for _, text in turns]
        for index, entity in across_turns(turns, self.analyze):
            found[index].append(entity)
        for question, answer in answers(turns):
            pair = [(turns[question][0], question_tail(turns[question][1])), turns[answer]]
            transcript, starts = as_transcript(pair)
            own = found[answer]
            for entity in in_turns(pair, starts, self.analyze(transcript))[1]:
                if any(not any(e.start <= at < e.end for e in own) for at in range(entity.start, entity.end)):
                    own.append(entity)  # it masks more than the answer's own reading did
        for index, entity in asked_values(turns):  # an answer that is only a value, read as the kind asked for
            found[index] += where_nothing_is([entity], found[index], turns[index][1])
        for echo, said in echoed(turns).items():  # the listener saying back a dictated piece shows what the piece did
            digits = echo_spans(turns[said][1])
            masked = [entity for entity in found[said] if any(entity.start < end and start < entity.end
                                                               for start, end in digits)]
            found[echo] += [Entity(start, end, masked[0].type, masked[0].score)
                            for start, end in echo_spans(turns[echo][1])] if masked else []
            for (start, end), (said_start, said_end) in echoed_words(turns[echo][1], turns[said][1]):
                found[echo] += [Entity(start, end, entity.type, entity.score) for entity in found[said]
                                if entity.start < said_end and said_start < entity.end][:1]
        if self.keep_operators_name:
            found = [without_operators_name(text, entities, speaker) for (speaker, text), entities in zip(turns, found)]
        return [self._redaction(text, merge_overlaps(entities)) for (_, text), entities in zip(turns, found)]

    def _redaction(self, text: str, entities: list[Entity]) -> Redaction:
        if not entities:
            return Redaction(text, [])
        # Piece by piece, cut where no entity lies, as when Presidio's anonymizer (quadratic on a 10 MB transcript)
        # did this step: the same pieces give the same neighbours to join (see replace_spans).
        pieces = []
        for start, end, local in _pieces(text, entities):
            spans = [Entity(e.start - start, e.end - start, e.type, e.score) for e in local]
            pieces.append(replace_spans(text[start:end], spans, self._replace))
        return Redaction("".join(pieces), entities)


def replace_spans(text: str, entities: list[Entity], replace: Replace) -> str:
    """`text` with each span replaced by `replace(value, type)`; the spans are merge_overlaps' (sorted, apart).

    Two spans of one type with only spaces between are replaced as one ("<PERSON>", not "<PERSON> <PERSON>";
    one pseudonym for the whole name), as Presidio's anonymizer did."""
    joined: list[Entity] = []
    for entity in entities:
        if joined and joined[-1].type == entity.type and _SPACES.search(text[joined[-1].end:entity.start]):
            entity = Entity(joined[-1].start, entity.end, entity.type, entity.score)
            joined.pop()
        joined.append(entity)
    out, at = [], 0
    for entity in joined:
        out.append(text[at:entity.start])
        out.append(replace(text[entity.start:entity.end], entity.type))
        at = entity.end
    out.append(text[at:])
    return "".join(out)


_SPACES = re.compile(r"^( )+$")  # Presidio's test, its "$" before a final newline included


def _pieces(text: str, entities: list[Entity]) -> Iterable[tuple[int, int, list[Entity]]]:
    """(start, end, entities inside) pieces of about WINDOW chars covering `text`; entities never straddle a cut."""
    start = 0
    local: list[Entity] = []
    for entity in entities:
        if entity.start - start >= WINDOW and (not local or local[-1].end <= entity.start):
            cut = entity.start
            yield start, cut, local
            start, local = cut, []
        local.append(entity)
    yield start, len(text), local


@lru_cache(maxsize=1)
def default_redactor() -> Redactor:
    """The process-wide Redactor with default settings (tags)."""
    return Redactor()
