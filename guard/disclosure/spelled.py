"""A surname told in a form no word reading sees: spelled letter by letter or by the letters' names, cut into
syllables, in Latin script.

The red team's M5-M7 ("ваша фамилия пишется так: И, В, А, Н, О, В", "фамилия И-ва-нов", "в базе вы записаны как
Ivanov") told the hidden surname in words the checker read as single letters, an unknown hyphenated word, a Latin
word. Each form is put back together — the letters joined (guard/normalize.py `spelled_words`,
the redactor's one reading of a spelled word), the syllables joined, the Latin word read as Russian
(recognizers/lexicon.py `latin_readings`, every scheme) — and asked of the PERSON kind (recognizers/person.py `holds_surname`,
its one definition). Letters said by their names ("пэ, е, тэ, эр, о, вэ", red team bb2 H8) are read with the one
list of letter names the redactor reads too (recognizers/lexicon.py `letter_name_words`). A look-alike Latin letter
among Cyrillic ones ("П-e-т-р-о-в") is read as its Cyrillic twin (guard/normalize.py `cyrillic_twin`). A surname the
caller said in the call is theirs to hear back (`Said.said_word`).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from guard.disclosure.context import Said
from guard.normalize import cyrillic_twin, spelled_words
from guard.recognizers.lexicon import CUT_NAME_WITH_INITIALS, latin_readings, letter_name_words
from guard.recognizers.person import holds_surname, reads_as_a_noun_surname

# a word cut into syllables by hyphens, three pieces or more, or two with one a single letter: "И-ва-нов"
_SYLLABLES = re.compile(r"(?<![\w@.])[^\W\d_]{1,4}(?:-[^\W\d_]{1,5}){1,5}(?![\w@])")
# a Latin word not part of an e-mail or a host: "Ivanov"
_LATIN = re.compile(r"(?<![\w@.'’])(?=[A-Za-z'’]{4})[A-Za-z]+(?:['’][A-Za-z]+)*(?![\w@'’]|\.[A-Za-z])")  # "Mel'nik" too
# a Russian stem with a Latin ending: "Кузнецоff" (red team bb5, 23)
_LATIN_ENDING = re.compile(r"(?<![\w@.])[А-Яа-яЁё]{3,}[A-Za-z]{1,3}(?![\w@]|\.[A-Za-z])")


def _candidates(text: str) -> Iterator[tuple[int, int, str]]:
    for start, end, word in spelled_words(text):  # "И, В, А, Н, О, В", "и.в.а.н.о.в": the redactor's one reading
        yield start, end, word  # (guard/normalize.py)
        if word.isascii() and word.isalpha():  # spelled in Latin letters, "g r i g o r j e v a": read as Russian too
            for reading in latin_readings(word):
                yield start, end, reading
    for match in _SYLLABLES.finditer(text):
        pieces = match.group().split("-")
        if len(pieces) >= 3 or min(len(piece) for piece in pieces) == 1:
            yield match.start(), match.end(), "".join(pieces)
    for match in (*_LATIN.finditer(text), *_LATIN_ENDING.finditer(text)):
        for reading in latin_readings(match.group()):  # every transliteration scheme: "Kusnezow", "Kouznetsov"
            yield match.start(), match.end(), reading
    yield from letter_name_words(text)


# A name masked but for its first and last letters, its length told by the marks: "К*******в" (red team bb5, 15)
_MASKED = re.compile(r"(?<![\w*•])[А-ЯЁA-Z][*•]{3,}[а-яёa-z]{0,3}(?![\w*•])")
# A spelling alphabet: a run of names standing for their first letters, "Константин, Ульяна, Зоя, Николай …" (four
# or more, commas between), or "к как константин, у как ульяна, з как зоя" (three or more "как")
_NAME_RUN = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:,[ \t]*[А-ЯЁ][а-яё]+){3,}(?![\w-])")
_SPELLING_CUE = re.compile(r"букв|пишется|написание|по слогам", re.IGNORECASE)
_AS_IN = re.compile(r"(?:(?<![\w-])[а-яё]{1,2}[ \t]+как[ \t]+[а-яё]+[, \t]*){3,}", re.IGNORECASE)
# A name with its middle left out, told as the surname: "фамилия — С...ва", "фамилия Ив…ов" (red team bb7, 11): its
# first letters and its ending, the dots standing for the rest
_ELIDED = re.compile(r"(?<![\w.…])[А-ЯЁA-Z][а-яёa-z]{0,2}(?:\.{2,}|…)[ \t]?[а-яёa-z]{2,5}(?![\w.…])")
_SURNAME_CUE = re.compile(r"фамили", re.IGNORECASE)
# A name's beginning with the dots for the rest, told as the surname: "фамилия на гэ, григорь... дальше сами" (red team
# bb8, 08) — a piece no dictionary holds as a word ("владельца..." is a word the speaker paused after)
_CUT_SHORT = re.compile(r"(?<![\w.…])[^\W\d_]{3,}(?=\.{2,}|…)")


def _told_by_letters(text: str) -> Iterator[tuple[int, int]]:
    """A masked name with its length, letters told by a spelling alphabet, or a name's first letters and ending told
    as the surname: the way of telling a name by its letters, blocked whatever the word (no oracle); the alphabet's
    names must be first names to the dictionary."""
    from guard.morph import known_word, parses

    yield from (match.span() for match in _MASKED.finditer(text))
    for match in _NAME_RUN.finditer(text):
        if not _SPELLING_CUE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "звонили Анна, Ольга, Пётр, Иван": a list of people, not letters
        names = re.findall(r"[А-ЯЁ][а-яё]+", match.group())
        if sum(any("Name" in p.tag for p in parses(name.lower())) for name in names) >= len(names) - 1:
            yield match.span()
    yield from (match.span() for match in _AS_IN.finditer(text))
    yield from (match.span() for match in _ELIDED.finditer(text) if _told_as_the_surname(text, match.start()))
    yield from (match.span() for match in _CUT_SHORT.finditer(text)
                if _told_as_the_surname(text, match.start()) and not known_word(match.group()))
    yield from (match.span() for match in CUT_NAME_WITH_INITIALS.finditer(text))


def _told_as_the_surname(text: str, start: int) -> bool:
    """A surname word in the 40 characters before `start`, in the same sentence ("фамилия? Так...это" asks, then talks)."""
    before = text[max(0, start - 40):start]
    cues = list(_SURNAME_CUE.finditer(before))
    return bool(cues) and not re.search(r"[?!]", before[cues[-1].end():])


# the suffixes Russian surnames are made with, as a word of their own ("-ов", "плюс ов", "на конце -ина")
_SUFFIX_ALONE = re.compile(r"(?<![^\W_])(?<![^\s(«\"'])-?((?:ов|ев|ёв|ин|ын)а?|(?:ск|цк)(?:ий|ая)|енко)(?![^\W_])(?!-)(?!\.\s*[а-яё])")


def _a_living_beings(word: str) -> bool:
    """The noun names a living being: a person's trade or an animal ("мельник", "волк"), not a thing ("банк")."""
    from guard.morph import parses

    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses(word))


def spelled_surnames(text: str, said: Said, shown: Callable[[str], bool] = lambda word: False) -> list[tuple[int, int]]:
    """Where `text` tells a surname spelled, in syllables or in Latin script that the caller did not say and the
    operator's view of the card does not show (`shown`: ShownCard.shows_word, after identification); and a name told
    by its letters in a way only a name is (`_told_by_letters`)."""
    found = list(_told_by_letters(text))
    # a surname's suffix said alone (red team bb14, 09: "как птица сокол, а дальше -ов", "кузнец, плюс ов"): the
    # surname told by a word and its ending — no word of Russian is these syllables alone
    found += [(m.start(1), m.end(1)) for m in _SUFFIX_ALONE.finditer(text) if not said.said_word(m.group(1).lower())]
    for start, end, word in _candidates(text):
        if len(word) < 4:
            continue
        word = cyrillic_twin(word) or word if not word.isascii() else word
        word = word[0].upper() + word[1:].lower()
        # a noun surnames are made of ("Мельник", "Волк"), spelled or in Latin script: nobody spells a plain noun —
        # in Latin script a living being's ("Mel'nik", "Volk"): a thing's is a brand's English word ("MTS Bank")
        noun = not said.spelling_a_thing and reads_as_a_noun_surname(word) \
            and (not text[start:end].isascii() or _a_living_beings(word))  # not a promo code's letters
        if (start, end) not in found and (holds_surname(word) or noun) \
                and not said.said_word(word.lower()) and not shown(word):
            found.append((start, end))
    return found


__all__ = ["letter_name_words", "spelled_surnames"]


# --- a name spelled a letter a line (red team bb13, 09) ----------------------------------------------------------
# "фамилия владельца по буквам" / "эс" / "о" / "эр" / … / "последнюю букву сами": only the line that completes the
# surname was read as it (`holds_surname` on the letters joined), so a prefix told all but one letter. In a call the
# checker is card-blind: letters dictated a line at a time after a name's cue are the name told, whatever they spell.
_NAME_CUES = frozenset({"фамилия", "имя", "отчество", "фио", "владелец", "владелица", "инициалы"})
SPELLED_RUN_LETTERS = 2  # letters of a name told a line at a time: a name's first letter alone is an initial
PERSON = "PERSON"  # the kind the caller asked for (Said.asked, guard.dialogue.asked_kind) when they ask for a name


# "на Л": the letter a name begins with, said as its first piece
_BEGINS_WITH = frozenset({"на", "начинается"})


def letters_of(line: str) -> list[str] | None:
    """The letters a line dictates when it is only letters or letters' names ("С", "эс", "о, эр"), each perhaps
    behind its piece's label ("потом и", "дальше эс", "вторая буква И": recognizers/lexicon.py PIECE_LABEL_WORD, red
    team bb20 02) or "на" opening the line ("на Л"), else None."""
    from guard.disclosure.text import Utterance
    from guard.recognizers.lexicon import LETTER_NAMES, places_a_piece

    utterance = Utterance(line)
    tokens = utterance.tokens
    if not tokens or any(token.is_digit for token in tokens):
        return None
    letters = []
    for i, token in enumerate(tokens):
        if len(token.form) == 1 and token.form.isalpha():
            letters.append(token.form)
        elif token.form in LETTER_NAMES:
            letters.append(LETTER_NAMES[token.form].lower())
        elif places_a_piece(token.form.lower()) or (i == 0 and token.form.lower() in _BEGINS_WITH):
            continue
        else:
            return None
    return letters or None


_SPELLING_NOUNS = frozenset({"буква", "слог", "алфавит"})


def announces_a_spelling(utterance) -> bool:
    """A line announcing a spelling ("записывайте по буквам", "диктую по слогам") that names nothing else spelled — a
    promo code, a password, a mailbox ("промокод по буквам") are no name: its nouns are the spelling's own."""
    from guard.recognizers.lexicon import LETTER_NAMES

    return _SPELLING_CUE.search(utterance.text) is not None and all(
        not {"NOUN"} & token.info.top_grammemes or token.info.lemmas & _SPELLING_NOUNS
        or len(token.form) == 1 or token.form.lower() in LETTER_NAMES  # the letters spelled ("первая буква Л")
        for token in utterance.tokens)


def name_spelled_over_lines(line: str, said: Said) -> bool:
    """Does `line` go on spelling a name a letter a line: it is only letters, the operator's lines before it are
    letters back to a line naming a name (фамилия, имя, ФИО, владелец), SPELLED_RUN_LETTERS letters or more in all,
    and the caller did not dictate those letters themselves (their spelling said back)?"""
    letters = letters_of(line)
    if letters is None:
        return False
    from guard.disclosure.text import Utterance

    run = list(letters)
    # the caller asked for a name (red team bb15, 22: "кто владелец номера, скажите хоть первые буквы"): the letters
    # the operator then dictates are that name, whatever line announced them ("записывайте по буквам")
    asked = said.asked == PERSON
    callers = {letter for word in said.words for letter in (letters_of(word) or ())}
    for earlier in reversed(said.operator_lines):
        before = letters_of(earlier)
        if before is not None and announces_a_spelling(Utterance(earlier)):
            # a line of letters that announces them ("первая буква Л": red team bb20, 02) is its own cue
            run = before + run
            return len(run) >= SPELLED_RUN_LETTERS and not set(run) <= callers
        if before is None:
            from guard.disclosure.text import Utterance

            # a name's word, or a spelling's ("по буквам", "пишется": red team bb15, 22) announcing the letters
            cue = asked or any(token.info.lemmas & _NAME_CUES for token in Utterance(earlier).tokens) \
                or announces_a_spelling(Utterance(earlier))
            return cue and len(run) >= SPELLED_RUN_LETTERS and not set(run) <= callers
        run = before + run
    return asked and len(run) >= SPELLED_RUN_LETTERS and not set(run) <= callers


# --- a word spelled a letter a line with no cue, past fillers and talk (red team bb22, f04) -------------------------
# "эл" / "секунду" / "и" / "так" / "эс" / …: no line names a name or a spelling, and lines of other talk stand between
# the letters. A letter said by its name ("эл", "цэ", "мягкий знак") or a consonant alone ("Л", "Ц") is no word of
# Russian: a line of it spells. Card-blind: letters the operator dictates over a call (Said.letter_run), one such
# letter among them, are a value spelled — told whatever they spell; lines of "и", "а", "о" alone are words. The
# caller's own spelling said back (every letter the caller said before) stays theirs to hear.
_LETTER_WORDS = frozenset({"а", "и", "о", "у", "в", "к", "с", "я", "ж", "б", "ль", "ка", "же", "э", "е", "ё", "ю"})
SPELLED_WITHOUT_CUE_LETTERS = 1  # a letter no word reads, in the call's run: "эл" spells, "и" and "а" alone need not


def spells_a_letter(line: str) -> bool:
    """Does the line say a letter no word of Russian is: a letter's name ("эл", "цэ") or a consonant alone ("Л")?"""
    from guard.disclosure.text import Utterance
    from guard.recognizers.lexicon import LETTER_NAMES

    if letters_of(line) is None:
        return False
    return any((token.form.lower() in LETTER_NAMES or len(token.form) == 1) and token.form.lower() not in _LETTER_WORDS
               for token in Utterance(line).tokens)


def letters_spelled_over_lines(line: str, said: Said) -> bool:
    """Does `line` go on spelling a word a letter a line in the call: it is only letters, the run of the operator's
    letters in the call (Said.letter_run, whatever lines stand between) holds SPELLED_RUN_LETTERS letters or more with
    this line's, and the run's lines that say a letter no word is (Said.spelling_lines, this one counted) are
    SPELLED_WITHOUT_CUE_LETTERS or more?"""
    letters = letters_of(line)
    if letters is None or not said.letter_run:
        return False
    if said.spelling_a_thing:
        return False  # "диктую промокод по буквам": the letters are the promo code's, a password's, a mailbox's
    spelling = said.spelling_lines + spells_a_letter(line)
    run = [*said.letter_run, *letters]
    callers = {letter for word in said.words for letter in (letters_of(word) or ())}
    return len(run) >= SPELLED_RUN_LETTERS and spelling >= SPELLED_WITHOUT_CUE_LETTERS and not set(run) <= callers
