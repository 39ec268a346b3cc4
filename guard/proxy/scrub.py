"""Card-aware scrubbing: a value the policy hid from a card is masked wherever else it turns up in the same response.

The free-text detector looks for what personal data looks like; it can miss a number written an unusual way or a
surname it does not know. The proxy knows more: it has just hidden the card's passport, contact phone and the
owner's surname, so any of them quoted in a comment, a note or a field the policy shows is a leak it can see
(issue 10, "Card-aware scrubbing"). This is a second, fail-closed layer after the detector:

- numbers (phones, passport, contract, cell ids, dates) match as digit groups with any separators between them,
  spoken numbers included (guard/normalize.py turns them into digits, with offsets back); a phone matches with
  any of its prefixes (+7, 7, 8) and by its 7 subscriber digits alone; a date in its common written orders, with
  the month as a word in Russian or English ("March 12, 1980"), and by its day and month alone ("12.03", "12 марта",
  spoken "двенадцатого третьего");
- words (names, streets, organizations) match in any grammatical case, by their lemmas (guard/morph.py), and as a
  reader still reads them: spelled out, in Latin letters, typed in the Latin keyboard layout ("Bdfyjd"), with Latin
  look-alike letters ("Ивaнов", guard/normalize.cyrillic_lookalikes), backwards ("вонавИ"), in any transliteration
  by one loose phonetic key ("Ševčukov", "Schewtschukow", "Twerskaja": guard/normalize.phonetic_key); a street's house and
  flat numbers after it go with it; numbers match backwards too ("109876 5054");
- a hidden word one slip off still reads as itself (red team bb8): one letter wrong, missing or extra in a word of 5
  letters or more the dictionary does not know ("рамашка", "ромашкаа", "воранцов"), a digit for a look-alike letter
  ("Р0машка", "R0mashka"), the word cut by spaces or hyphens ("РОМАШ КА", "ro-mash-ka"); and a hidden number in
  halves a few words apart ("семь три пять один, потом девять два шесть четыре");
- a hidden word one derivation away (red team bb9): a word holding its stem of 5 letters or more ("ромашечка",
  "ромашковый", "мамаромашка", "вершининского"), with vowels heard alike ("рамошка"), in Latin letters with "y" read as
  "и" ("vershynyn"), spelled (by the letters' names too), glued to other letters, its opening cut with a full stop
  ("ВЕРШИН."), or its consonants alone ("РМШК");
- e-mail addresses match literally, and by their local part;
- a hidden number or e-mail cut into pieces down a column — one piece per comment, per flash restriction ("461" |
  "258" | "392" | "0") — is read top to bottom and masked in every cell (guard/proxy/split_pieces.py, red team bb15);
- text no layer reads — base64, base32, hex or quoted-printable that decodes to text, percent-encoding, digits dictated in
  English words — is masked whole whatever it holds (so an encoded guess is no oracle).

What the policy shows somewhere in the same response (the DE name, a region) is public there and never scrubbed.
"""
from __future__ import annotations

import base64
import copy
import os
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable, NamedTuple

from guard.document import DIGITS, NAME_WORD
from guard.morph import known_word, lemmas, lexeme_forms, normalize_word, parses
from guard.normalize import (
    AS_DIGITS,
    COMBINING,
    DIGIT_LOOKALIKES,
    NormalizedText,
    ascii_digits,
    cyrillic_lookalikes,
    digits_as_letters,
    latin_lookalikes,
    layout_reading,
    lookalikes_as_digits,
    may_hold_ascii_number_words,
    normalize_numbers,
    phonetic_key,
    plain_styled,
    roman_numbers,
    spelled_words,
    without_marks,
    without_unseen,
)
from guard.policy import HIDDEN, PolicyDecision
from guard.policy.operators import joined_spans, spans_hidden
from guard.policy.conditions import parse_date
from guard.policy.evaluator import DEFAULT_DENY_RULE, REVEALING_ACTIONS
from guard.proxy.split_pieces import mask_split_values
from guard.proxy.textcache import RedactedTextCache
from guard.proxy.marked_pieces import WordPieces, number_piece_spans
from guard.recognizers.address import ADDRESS_PART_WORDS, HOUSE_WORDS, STREET_WORDS
from guard.recognizers.birth_date import A_BIRTH_CUE, date_forms as _date_forms, dates_after_a_birth_cue, month_number
from guard.recognizers.email import says_a_symbol, symbols_written
from guard.recognizers.lexicon import LEGAL_FORMS, MONTH_NAMES, ROMAN_MONTHS, latin_to_cyrillic, letter_name_words
from guard.recognizers.phone import is_phone_digits, national

MASK = HIDDEN
_SEPARATOR = "\x00"  # between the texts of one response scrubbed in one pass (CardSecrets.scrub_texts)
_MIN_NUMBER_DIGITS = 4
_MEMO_CHARS = 200_000  # characters of texts one CardSecrets remembers the scrubbing of (a card's: a few thousand)
_REMEMBER_FROM_CHARS = 4  # a text shorter than this ("***", "out") is read word by word again, not looked up in ScrubSpans
_MIN_STREET_HEAD = 5  # letters of a hidden street's head that name it cut short ("Тверск.")
_SAID_HOUSE_CHARS = 60  # characters after a hidden street read for a house and flat said in words
_HALVES_GAP = 40  # characters at most between two halves of one number (CardSecrets._halves), of _HALVES_WORDS words
_HALVES_WORDS = 3
_SHARED = 6  # digits a group shares with a hidden number to be read as that number (and the shortest such number)
MIN_WORD = 3
_SECRET_WORDS = 4  # words at most in a hidden value of no kind read word by word (a code word, an answer); more: prose
# Starts only where a token starts, possessive runs: linear on any input (tests/test_redos.py).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")
# Digits and the separators people put between digit groups; a group ends at anything else.
# Any non-word character (or "_") between the groups: "8_903_123_45_67", "8·903·123", "4505|678901" are one number
# to a reader. Never NUL: it separates the texts of one response (scrub_texts). Blanks alone join digits however
# many there are: "4    5    0    5" (a number read down a column, one digit a line) is one number to a reader; and so
# does a run of up to 8 other non-word characters: "8.....903.....123", "8 -- 903 -- 123" (red team round 27).
_DIGIT_GROUP = re.compile(r"\d(?:(?:\s++|(?:_|[^\w\x00]){0,8})\d)*")
# Read as a reader reads, one character for one (offsets do not move): other scripts' digits as 0-9
# (guard/normalize.ascii_digits), a control character between digit groups as a space.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
# A mark combining with the letter before it, and a word with marks inside (guard/normalize.COMBINING). Starts only where a
# word starts, possessive runs of letters and of marks that never overlap: linear on any input.
_MARK = re.compile(f"[{COMBINING}]")
_MARKED_WORD = re.compile(rf"(?<![^\W\d_])[^\W\d_]++(?:[{COMBINING}]++[^\W\d_]*+)++")
# Marks a writer puts in place of a letter, or inside a word to split it ("И*анов", "Ив-нов", "Ива_нов", "Ив…нов"), and
# a word with them inside (letters on both sides). Starts only where a word starts, possessive runs: linear.
_HIDING_MARKS = r"*_?#•·…\-"
_HIDING_MARK = re.compile(rf"[{_HIDING_MARKS}]")
# A run of marks may stand for one letter or two ("Ива**ов"), or end the word ("Ивано*", "Иван…": its last letters).
_MARKED_OFF_WORD = re.compile(rf"(?<![^\W\d_])[^\W\d_]++(?:[{_HIDING_MARKS}]{{1,3}}+[^\W\d_]*+)++")
_HIDING_RUN = re.compile(rf"[{_HIDING_MARKS}]+")
_RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_RUSSIAN_HEADS = frozenset(_RUSSIAN_LETTERS + _RUSSIAN_LETTERS.upper())  # _near_spans: a word read as written
# What a detector put in place of a value ("<EMAIL_ADDRESS>", "***", "[скрыто]"): what is right before it may be
# the rest of a value it masked only in part.
_MASK_TOKEN = re.compile(r"<[A-Z_]+>|\*\*\*|\[скрыто\]")
_BEFORE_MASK = r"(?=\s*(?:<[A-Z_]+>|\*\*\*|\[скрыто\]))"
_ROMAN = re.compile(r"(?<![A-Za-z])[IVXivx]{1,4}(?![A-Za-z])")
# A run of base64 (standard or URL-safe) long enough to hold a word and a number: "0JjQstCw0L3QvtCy" is "Иванов" to
# anyone who pastes it into a decoder. Mixed case and a digit or "+"/"/", as encoded text has and a word or a key
# ("flash_restrictions", "2026-11-01T10") has not.
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{12,}+={0,2}")
# The same text as hexadecimal bytes ("d098d0b2..." is "Ив...") or quoted-printable ("=D0=98=D0=B2", an e-mail's body).
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){6,}+(?![0-9A-Fa-f])")
_QUOTED_PRINTABLE = re.compile(r"(?:=[0-9A-Fa-f]{2}){2,}+")
# The same text as base32 (RFC 4648, one case throughout: "3CIN3IDQ2C7NBAGRQDILDUGQVY..." is "Вороб..." to a decoder;
# red team bb18, f07): 16 characters of its alphabet or more, its padding, no letter or digit of another alphabet around.
_BASE32 = re.compile(r"(?<![A-Za-z0-9+/])(?:[A-Z2-7]{16,}+|[a-z2-7]{16,}+)={0,6}+(?![A-Za-z0-9+/=])")
# Percent-encoding, as a URL carries text ("%D0%98%D0%B2..." is "Ив..."): two escapes or more in a row are masked
# whatever they decode to (a run cut inside a letter decodes to no text, and still reads to a decoder).
_PERCENT_ENCODED = re.compile(r"(?:%[0-9A-Fa-f]{2}){2,}+")
# Digits dictated in English ("eight nine oh three, one two three"): four or more digit words in a row are a number a
# listener writes down — read by no other layer (guard/normalize.py reads Russian number words), masked whole.
_ENGLISH_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_ENGLISH_DIGITS = re.compile(rf"(?<![A-Za-z]){_ENGLISH_DIGIT}(?:[\s,.\-]{{1,3}}{_ENGLISH_DIGIT}){{3,}}+(?![A-Za-z])",
                             re.IGNORECASE)

_NOT_DIGIT = re.compile(r"\D")
_ISO_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}")
# Name-like grammemes: a hidden value's word that is one of these (or unknown to the dictionary) is matched.
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
# Words of addresses, documents and legal forms: part of hidden values, but common everywhere else. Address words
# and legal forms are the shared lists (recognizers/address.py, recognizers/lexicon.py); the passport's issuing
# words are the proxy's own.
_DOCUMENT_WORDS = frozenset({
    "деревня", "отдел", "отделение", "овд", "уфмс", "фмс", "мвд", "увд", "гу", "россии", "по", "паспорт", "выдан",
    "код", "подразделения",
})
_COMMON_WORDS = frozenset(ADDRESS_PART_WORDS | STREET_WORDS | LEGAL_FORMS | _DOCUMENT_WORDS)
_HAS_DIGIT = re.compile(r"\d")
_HAS_LETTER = re.compile(r"[^\W\d_]")  # what str.isalpha() calls a letter
_MONTHS = tuple(genitive for genitive, _ in MONTH_NAMES)  # "января" ... (recognizers/lexicon.py)
# A month's genitive or Roman numeral, lowercase -> its number.
_MONTH_NUMBER = {name.lower(): number for names in (_MONTHS, ROMAN_MONTHS)
                 for number, name in enumerate(names, start=1)}
_MONTH_STEM = re.compile("|".join(month[:3] for month in _MONTHS), re.IGNORECASE)  # a month named in words


class _NumberSecret(NamedTuple):  # a tuple: made dozens of times per card, cheaply
    digits: str
    phone: bool  # 10 national digits: may follow 7 / 8 / +7
    # A phone's last 7 digits or one written form of a date: matched as they stand, never by a part of them (a
    # shown number may share a phone's last digits; the forms of a date share digits with other dates).
    form: bool = False


@dataclass(frozen=True)
class CardSecrets:
    """What one response must not show anywhere: the hidden values of its card, in matchable forms."""

    numbers: tuple[_NumberSecret, ...] = ()
    words: frozenset[str] = frozenset()  # lemmas
    literals: tuple[str, ...] = ()  # lowercased e-mail addresses and their local parts
    dates: tuple[date, ...] = ()  # also matched with the month as a word: "21 декабря 1999"
    # National digits of the phone numbers the response shows (the caller's own number, the city number): a digit
    # group that reads as one of them is that shown number, whatever digits it shares with a hidden one.
    shown_phones: frozenset[str] = frozenset()
    # Lemmas of the hidden words that name a street (_street_lemmas): the house and flat numbers after one go with it.
    streets: frozenset[str] = frozenset()
    # The digits the policy itself shows of a number it masks to a prefix or last 4 ("7903", "4567"), when no field
    # hides that number whole: a run of them is not a piece of a hidden number (_pieces).
    shown_parts: frozenset[str] = frozenset()
    # The digits the policy shows of a number it masks to a prefix or last 4 when another field hides that number
    # whole ("7985" of a call to the contact phone): masked wherever they are a run of digits.
    cut_parts: frozenset[str] = frozenset()
    # Worked out once from the above, so each of a response's texts is checked by set lookups, and a text that
    # cannot hold any secret (an ASCII key when every hidden word is Cyrillic) is passed over without a regex.
    _digits: frozenset[str] = field(init=False, repr=False, compare=False)
    # Every run of _SHARED digits of a hidden number (its whole, not a form of it): a digit group sharing one with
    # a hidden number is that number padded, cut or glued to another ("45056789019" for "4505 678901").
    _grams: frozenset[str] = field(init=False, repr=False, compare=False)
    # Every run of _MIN_NUMBER_DIGITS or more digits of a hidden number (a phone's with its 7/8 prefix too), but the
    # shown parts: a run of digits that is one of them is a piece of that number ("код 6789" for passport 678901).
    _pieces: frozenset[str] = field(init=False, repr=False, compare=False)
    _quads: frozenset[str] = field(init=False, repr=False, compare=False)  # their first _MIN_NUMBER_DIGITS digits
    _whole: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _longest: int = field(init=False, repr=False, compare=False)
    _phones: frozenset[str] = field(init=False, repr=False, compare=False)
    _ascii_words: bool = field(init=False, repr=False, compare=False)
    # A hidden word is Cyrillic: Latin words are read for it (transliterated, typed in the Latin layout). Not "no ASCII
    # word": one hidden ASCII word ("male" of a field no rule names) must not turn those readings off for the others.
    _cyrillic_words: bool = field(init=False, repr=False, compare=False)
    _layout_heads: frozenset[str] = field(init=False, repr=False, compare=False)
    _word_heads: frozenset[str] = field(init=False, repr=False, compare=False)  # each hidden lemma's first 2 letters
    _shortest_literal: int = field(init=False, repr=False, compare=False)
    # The e-mails with spaces allowed anywhere inside, and what may be left of an e-mail before a mask: patterns
    # made from these secrets (they live as long as the secrets: one response, or one card's entry in the proxy's
    # CardSecretsCache), and only when a text could hold the e-mail (compiling them is most of a new customer's
    # scrubbing otherwise).
    _patterns: dict[tuple[str, str], re.Pattern[str]] = field(init=False, repr=False, compare=False)
    # Latin word -> whether a Cyrillic reading of it is a hidden word: a card's keys repeat their words ("last_name",
    # "first_name"). Per response, as _patterns.
    _latin: dict[str, bool] = field(init=False, repr=False, compare=False)
    _word_forms: frozenset[str] | None = field(init=False, repr=False, compare=False)  # _forms, per response
    _near: "_NearForms | None" = field(init=False, repr=False, compare=False)  # _near_forms, per response
    _pieces_of_words: "WordPieces | None" = field(init=False, repr=False, compare=False)  # _piece_spans, per response
    _word_stems: frozenset[str] | None = field(init=False, repr=False, compare=False)  # _stems, per response
    # _stems filed by their heads (_stem_search), per response: a word is looked up once, not once per stem
    _stem_finder: Callable[[str], bool] | None = field(init=False, repr=False, compare=False)
    _word_skeletons: frozenset[str] | None = field(init=False, repr=False, compare=False)  # _skeletons, per response
    _stem_seen: dict[str, bool] = field(init=False, repr=False, compare=False)  # word -> holds a stem, per response
    # The phonetic keys of every form of the hidden words -> whether the word names a street (_phonetic_keys), and each
    # Latin word's key looked up once (per response, as _patterns).
    _phonetic: dict[str, bool] | None = field(init=False, repr=False, compare=False)
    _phonetic_seen: dict[str, bool] = field(init=False, repr=False, compare=False)
    # A phone's first digits ending a text and its last digits opening one: the halves of a number split over two
    # comments ("перезвоните на 8 903 123" | "45 67"), each of which the text cache may answer alone.
    _heads: frozenset[str] = field(init=False, repr=False, compare=False)
    _tails: frozenset[str] = field(init=False, repr=False, compare=False)
    # Each text scrubbed so far -> its result, for the field names it was scrubbed with (scrub_texts): a text's
    # result depends only on these secrets and the text, so a card fetched again (guard/proxy/filtering.py,
    # CardSecretsCache keeps its secrets) scans only what it did not show before. At most _MEMO_CHARS characters
    # of texts: a CRM's huge card is scrubbed as ever, only not remembered.
    _scrubbed: dict[str, tuple[str, int]] = field(init=False, repr=False, compare=False)
    _scrubbed_with: list[Any] = field(init=False, repr=False, compare=False)  # [field names, characters held]
    # The proxy's process-wide memo of the word pass and of the column reading (ScrubSpans; None: each runs on every text
    # and column it is asked about) and these secrets' key in it (a keyed digest of the words and streets: the only
    # values the word pass reads).
    _spans_memo: "ScrubSpans | None" = field(init=False, repr=False, compare=False)
    _word_key: bytes | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_digits", frozenset(secret.digits for secret in self.numbers))
        whole = tuple(secret.digits for secret in self.numbers if not secret.form and len(secret.digits) >= _SHARED)
        object.__setattr__(self, "_whole", whole)
        object.__setattr__(self, "_grams", frozenset(number[i:i + _SHARED] for number in whole
                                                     for i in range(len(number) - _SHARED + 1)))
        object.__setattr__(self, "_longest", max(map(len, self._digits), default=0))
        pieces = set(self.cut_parts)
        object.__setattr__(self, "_pieces", frozenset(pieces - self.shown_parts))
        object.__setattr__(self, "_quads", frozenset(piece[:_MIN_NUMBER_DIGITS] for piece in self._pieces))
        object.__setattr__(self, "_phones", frozenset(secret.digits for secret in self.numbers if secret.phone))
        object.__setattr__(self, "_ascii_words", any(word.isascii() for word in self.words))
        object.__setattr__(self, "_cyrillic_words", any(not word.isascii() for word in self.words))
        # The Latin keys of each hidden word's first two letters: a word typed in the Latin layout starts with one.
        object.__setattr__(self, "_layout_heads", frozenset(
            head.translate(_CYRILLIC_KEYS) for word in self.words
            for head in {word[:2], word[:2].replace("е", "ё"), word[:2].replace("ё", "е")}))
        object.__setattr__(self, "_word_heads", frozenset(word[:2] for word in self.words))
        object.__setattr__(self, "_shortest_literal", min((len(literal) for literal in self.literals), default=0))
        object.__setattr__(self, "_patterns", {})
        object.__setattr__(self, "_latin", {})
        object.__setattr__(self, "_word_forms", None)
        object.__setattr__(self, "_near", None)
        object.__setattr__(self, "_pieces_of_words", None)
        object.__setattr__(self, "_word_stems", None)
        object.__setattr__(self, "_stem_finder", None)
        object.__setattr__(self, "_word_skeletons", None)
        object.__setattr__(self, "_stem_seen", {})
        object.__setattr__(self, "_phonetic", None)
        object.__setattr__(self, "_phonetic_seen", {})
        object.__setattr__(self, "_scrubbed", {})
        object.__setattr__(self, "_scrubbed_with", [])
        object.__setattr__(self, "_spans_memo", None)
        object.__setattr__(self, "_word_key", None)
        phones = [secret.digits for secret in self.numbers if secret.phone]
        object.__setattr__(self, "_heads", frozenset(phone[:size] for phone in phones
                                                     for size in range(_MIN_HEAD, len(phone))))
        object.__setattr__(self, "_tails", frozenset(phone[-size:] for phone in phones
                                                     for size in range(_MIN_NUMBER_DIGITS, len(phone))))

    def read_afresh(self) -> "CardSecrets":
        """These secrets for one more reading that must start from nothing (the disclosure checker's line of one call,
        guard/disclosure/personal.py, which keeps a card value's secrets between checks): what the secrets derive from
        themselves alone is built here once and shared (stems, their search, skeletons, near forms; forms, phonetic
        keys and e-mail patterns when built), the memos of what texts said are empty (_latin, _stem_seen,
        _phonetic_seen, _scrubbed) — a word one line held stays with that reading, never reaching another card's or
        another call's, whichever customers share a value."""
        self._stems(), self._stem_search(), self._skeletons(), self._near_forms()
        fresh = copy.copy(self)
        for memo in ("_latin", "_stem_seen", "_phonetic_seen", "_scrubbed"):
            object.__setattr__(fresh, memo, {})
        object.__setattr__(fresh, "_scrubbed_with", [])
        return fresh

    # What these secrets work out from their hidden words and streets alone (each a pure function of them: the words'
    # forms, near forms, stems and their search, skeletons, phonetic keys, marked pieces), and the two memos of a text's
    # word asked against those tables (a word -> whether it holds a stem / names a hidden word by its phonetic key).
    _WORD_TABLES = ("_word_forms", "_near", "_pieces_of_words", "_word_stems", "_stem_finder", "_word_skeletons",
                    "_phonetic", "_stem_seen", "_phonetic_seen")

    def share_word_tables(self, other: "CardSecrets") -> bool:
        """Take what `other` has already worked out from its hidden words and streets (`_WORD_TABLES`), when they are
        these secrets' words and streets: the same card decided at another identification level hides the same words
        (a call's open and its refreshes) and other numbers, and its stems, forms and keys were built for every level
        again. Nothing else is taken (numbers, literals, dates, what texts were scrubbed to: those differ by level).
        Returns whether the tables were shared. Called before these secrets read any text (CardSecretsCache.of)."""
        if other is self or other.words != self.words or other.streets != self.streets:
            return False
        for name in self._WORD_TABLES:
            # a table `other` has not built yet is built by whichever needs it first, for itself
            value = getattr(other, name)
            if value is not None:
                object.__setattr__(self, name, value)
        return True

    def with_parts(self, shown_parts: frozenset[str], cut_parts: frozenset[str]) -> "CardSecrets":
        """These secrets for a decision of the same card that hid and showed the same values whole and differs, if at
        all, in what it showed in part (a call's open and its refresh after identification: a number's prefix at one
        level, its last 4 at the other — `shown_parts_of`). Everything `of` reads from the values hidden and shown is
        taken as it stands, with what was worked out from it (the words' tables, the numbers' grams, heads and tails);
        only the parts and the pieces they leave are set anew. Equal parts: these very secrets, with what they scrubbed
        (`of` would have built equal ones, and a text's scrub depends on the secrets and the text alone); other parts:
        a copy whose memo of scrubbed texts starts empty (a piece of a number is masked or not by the parts)."""
        if shown_parts == self.shown_parts and cut_parts == self.cut_parts:
            return self
        other = copy.copy(self)
        object.__setattr__(other, "shown_parts", shown_parts)
        object.__setattr__(other, "cut_parts", cut_parts)
        object.__setattr__(other, "_pieces", frozenset(cut_parts - shown_parts))
        object.__setattr__(other, "_quads", frozenset(piece[:_MIN_NUMBER_DIGITS] for piece in other._pieces))
        object.__setattr__(other, "_scrubbed", {})
        object.__setattr__(other, "_scrubbed_with", [])
        return other

    def __or__(self, other: "CardSecrets") -> "CardSecrets":
        return CardSecrets(self.numbers + other.numbers, self.words | other.words, self.literals + other.literals,
                           self.dates + other.dates, self.shown_phones | other.shown_phones,
                           self.streets | other.streets, self.shown_parts & other.shown_parts,
                           self.cut_parts | other.cut_parts)

    def __bool__(self) -> bool:
        return bool(self.numbers or self.words or self.literals or self.dates)

    @classmethod
    def of(cls, decision: PolicyDecision) -> "CardSecrets":
        """The values `decision` hid (hide, refuse, drop, default deny; the whole of a last4/prefix value), as the
        policy met them while deciding (PolicyDecision.hidden / .shown: path and value), minus what it showed of
        the same kind of field: the DE's first name shown is the owner's hidden one, a federal number shown after
        the caller named the city number is the one hidden in the list of numbers. A place's name shown anywhere
        (the region of a call: "Москва") is public wherever else it appears, addresses included.

        A value shown in a field of another kind exempts nothing: a CRM that writes the owner's surname into
        `region` or the passport into `network` does not make them public; they are masked there and everywhere."""
        hidden: dict[str, list[Any]] = {}
        shown: dict[str, list[Any]] = {}
        # A field no rule names (default deny: a code word, a password, a security answer) has no kind to read its
        # value by: every word of it is the secret, not only the name-like ones (red team bb7, 07).
        unnamed = unnamed_paths(decision)
        kindless: list[str] = []
        for path, value in decision.hidden:
            hidden.setdefault(_field_kind(path), []).append(value)
            if any(path[:size] in unnamed for size in range(len(path) + 1)):
                kindless.extend(_texts_of(value))
        for path, value in decision.shown:
            shown.setdefault(_field_kind(path), []).append(value)
        # One pass over the response's values: the place names shown anywhere are read once (not once per kind
        # of field), and the secrets are put together once, at the end.
        shown_values = list(_leaves([value for values in shown.values() for value in values]))
        public = _place_lemmas(shown_values)
        found = _Found(_phones_of(shown_values))
        for kind, values in hidden.items():
            leaves = list(_leaves(values))
            streets = _street_lemmas(leaves)
            found.streets |= streets
            found.add(leaves, _leaves(shown.get(kind, ())), public - streets)
        found.add_every_word(kindless, public)
        found.shown_parts, found.cut_parts = shown_parts_of(decision)
        return found.secrets()

    @classmethod
    def from_values(cls, hidden: Iterable[str], shown: Iterable[str] = (), public: Iterable[str] = (),
                    unnamed: Iterable[str] = ()) -> "CardSecrets":
        """Secrets of the hidden values, less the numbers and words of `shown` (values shown of the same kind of
        field), and less the place names of `public` (every value shown); `unnamed`: hidden values of fields no rule
        names, every word of them a secret (as `of` reads default deny)."""
        public, hidden = list(public), list(hidden)
        streets = _street_lemmas(hidden)
        found = _Found(_phones_of(public), set(streets))
        places = _place_lemmas(public)
        found.add(hidden, shown, places - streets)
        found.add_every_word(unnamed, places)
        return found.secrets()

    def _spans(self, plain: str, read: str, field_words: dict[str, frozenset[str]] | None = None,
               alone: bool = False, any_birth_date: bool = True, pieces: bool = False,
               words: bool = True) -> list[tuple[int, int]]:
        """Every span of `plain` (and of `read`, its reading with the same offsets) that shows a secret: numbers, dates,
        words, literals, cut values and encoded runs; with `any_birth_date`, every date after a birth word whatever its
        value (card-blind). A response's text (not `alone`) also loses a hidden phone's half at its edge (the other
        half may open the next text). Spoken numbers written as digits are worked out once, if needed. `pieces`: a
        response's texts also lose the pieces of a hidden value they mark as pieces (guard.proxy.marked_pieces.py).
        `words` False: the word pass (_word_spans) is left to the caller (_scrub_joined, from the ScrubSpans memo)."""
        normalized = _LazyNormalized(read)
        births = _birth_dates(read, normalized) if any_birth_date else []
        if pieces:
            births = births + self._piece_spans(cyrillic_lookalikes(plain), read, normalized)
        return (self._number_spans(read, normalized, alone) + self._date_spans(read, normalized) + births
                + (self._word_spans(cyrillic_lookalikes(plain), field_words) if words else [])
                + self._literal_spans(plain)
                + self._latin_literal_spans(plain) + self._said_literal_spans(plain) + self._cut_spans(read)
                + self._encoded_spans(plain))

    def spans_in(self, text: str, alone: bool = False, any_birth_date: bool = True,
                 pieces: bool = False) -> list[tuple[int, int]]:
        """Every span of `text` that shows a secret, in its own offsets (overlapping ones not merged): what
        `scrub_text` masks. `alone`: the text is read by itself, not as one of a response's texts (no phone's half at
        its edge); `any_birth_date` False: no card-blind date after a birth word. The speech checker reads a card's
        values in an operator's line so (one reading of a value's shapes for the comments and for speech:
        guard/disclosure/personal.py). `pieces`: the pieces of hidden values a response's text loses too
        (guard.proxy.marked_pieces.py; benchmarks/scrub_reach.py counts them so)."""
        if not self or not text:
            return []
        visible = without_unseen(text)
        plain = _plain_letters(visible.text)
        read = _read(plain).replace("\x00", " ")  # alone, a NUL between digit groups is one more separator
        spans = self._spans(plain, read, alone=alone, any_birth_date=any_birth_date, pieces=pieces)
        # timestamps, quote markers, markup between a value's pieces (red team bb10 01); a date's Roman numerals as
        # its digits, "12.III.MCMLXXX", "12 Ⅲ 1980" (red team bc33 f03): the text as a reader sees it too, the
        # normalizer's readings (guard/normalize.py)
        for other in (layout_reading(visible.text), roman_numbers(visible.text)):
            if other.changed:
                plain = _plain_letters(other.text)
                read = _read(plain).replace("\x00", " ")
                spans += [other.to_original(start, end)
                          for start, end in self._spans(plain, read, alone=alone, any_birth_date=any_birth_date,
                                                        pieces=pieces)]
        return _in_original(visible, spans)

    def scrub_text(self, text: str) -> tuple[str, int]:
        """`text` with every occurrence of a secret replaced by MASK, and how many were replaced."""
        spans = self.spans_in(text)
        if not spans:
            return text, 0
        return _masked(text, spans)

    def scrub_json(self, payload: Any, field_names: frozenset[str] = frozenset()) -> tuple[Any, int]:
        """Every string and key of a JSON value scrubbed; a key that had to change is dropped (it held a value).
        `field_names`: the keys the policy knows (CardPolicy.known_keys), whose Latin words are read once a process."""
        if not self:
            return payload, 0
        # A card repeats its keys and masks ("***", "status", "Москва") many times: each distinct text is
        # scrubbed once per response, and the ASCII ones (keys, masks, dates, numbers) all in one pass. The memo
        # lives as long as these secrets: one response, or one card's entry in the proxy's CardSecretsCache.
        texts: dict[str, None] = {}
        collect_texts(payload, texts, bool(self.numbers))
        memo = self.scrub_texts(list(texts), field_names)
        scrubbed, count = (self._scrub_json(payload, memo) if any(count for _, count in memo.values())
                           else (payload, 0))  # nothing to mask: the value as it is, not a copy of it
        # Then what no text shows alone: a hidden number or e-mail in pieces down a column (the comments, one under
        # another; guard/proxy/split_pieces.py, red team bb15 18).
        words = self._forms() if self.words else ()
        memo = self._spans_memo
        scrubbed, pieces = mask_split_values(scrubbed, self._whole, self.literals,
                                             (form for form in words if not form.isascii()),
                                             memo.texts if memo is not None else None)
        return scrubbed, count + pieces

    def scrub_texts(self, texts: list[str], field_names: frozenset[str] = frozenset()) -> dict[str, tuple[str, int]]:
        """`scrub_text` of each text. The texts are joined with a NUL between them and scrubbed as one: no matcher
        crosses a NUL (a digit group's separators, a word's letters, an e-mail's characters, the spaces between the
        words of a spoken number or of a date in words do not include it), so each text gets exactly the spans it
        would get alone — for one pass of each matcher and one number normalization per response instead of one
        per text. ASCII texts (keys, masks, dates, numbers) are joined apart from the others: they need neither
        number normalization nor, mostly, the word matcher. A text holding a NUL itself is scrubbed alone."""
        memo, held = self._scrubbed, self._scrubbed_with
        if not held or held[0] is not field_names:
            memo.clear()
            held[:] = [field_names, 0]
        done: dict[str, tuple[str, int]] = {text: memo[text] for text in texts if text in memo}
        if len(done) == len(texts):
            return done
        texts = [text for text in texts if text not in done]
        fresh = self._scrub_new_texts(texts, field_names)
        size = sum(len(text) + len(shown) for text, (shown, _) in fresh.items())
        if held[1] + size <= _MEMO_CHARS:
            memo.update(fresh)
            held[1] += size
        done.update(fresh)
        return done

    def _scrub_new_texts(self, texts: list[str], field_names: frozenset[str]) -> dict[str, tuple[str, int]]:
        done: dict[str, tuple[str, int]] = {}
        ascii_texts, other_texts = [], []
        # The policy's own field names (most of a card's texts) that no secret of this response can match, by the
        # table of what could match each (_key_readings): left out of the scan, unchanged.
        readings = _key_readings(field_names) if field_names else _NO_KEYS
        literal_free = not self.literals or all(literal.isascii() for literal in self.literals)
        # Most responses' e-mails are in none of the names: then no name needs its own look.
        in_a_name = any(literal in readings.lowered for literal in self.literals)
        for text in texts:
            reading = readings.get(text)
            if (reading is not None and literal_free and reading.isdisjoint(self.words)
                    and not (in_a_name and any(literal in reading.lowered for literal in self.literals))):
                done[text] = (text, 0)
            elif _SEPARATOR in text:
                done[text] = self.scrub_text(text)
            elif text.isascii():
                ascii_texts.append(text)
            else:
                other_texts.append(text)
        for group in (ascii_texts, other_texts):
            if group:
                done.update(self._scrub_joined(group, _field_words(field_names), field_names))
        return done

    def _scrub_joined(self, texts: list[str], field_words: dict[str, frozenset[str]],
                      field_names: frozenset[str] = frozenset()) -> dict[str, tuple[str, int]]:
        visible = without_unseen(_SEPARATOR.join(texts))
        joined = _plain_letters(visible.text)
        memo = self._spans_memo
        if memo is not None and memo.enabled and self.words:
            # The word pass from the memo, text by text (each text gets the spans it gets in the joined scan: no word
            # matcher crosses a NUL); every other pass over the joined texts as ever.
            spans = _in_original(visible, self._spans(joined, _read(joined), field_words, pieces=True, words=False))
            spans += self._remembered_word_spans(texts, field_words, field_names, memo)
        else:
            spans = _in_original(visible, self._spans(joined, _read(joined), field_words, pieces=True))
        roman = roman_numbers(visible.text)  # a date's Roman numerals as its digits ("12.III.MCMLXXX": bc33 f03)
        if roman.changed:
            plain = _plain_letters(roman.text)
            spans += _in_original(visible, [roman.to_original(start, end) for start, end
                                            in self._spans(plain, _read(plain), field_words, pieces=True, words=False)])
        if not spans:
            return {text: (text, 0) for text in texts}
        spans.sort()
        starts, offset = [], 0
        for text in texts:
            starts.append(offset)
            offset += len(text) + 1
        per_text: dict[int, list[tuple[int, int]]] = {}
        for start, end in spans:
            which = bisect_right(starts, start) - 1
            base = starts[which]
            per_text.setdefault(which, []).append((start - base, min(end - base, len(texts[which]))))
        done = {}
        for which, text in enumerate(texts):
            found = per_text.get(which)
            done[text] = _masked(text, found) if found else (text, 0)
        return done

    def remember_spans_in(self, memo: "ScrubSpans | None") -> "CardSecrets":
        """These secrets with the word pass answered from `memo` (the proxy's, per process) where it has a text's spans
        for the same words, streets and field names; returns self."""
        object.__setattr__(self, "_spans_memo", memo)
        object.__setattr__(self, "_word_key", None)
        return self

    def _remembered_word_spans(self, texts: list[str], field_words: dict[str, frozenset[str]],
                               field_names: frozenset[str], memo: "ScrubSpans") -> list[tuple[int, int]]:
        """The word pass's spans of each text (its own offsets, as _scrub_joined's texts joined by NULs give them), in
        the offsets of the texts joined: from `memo` when the text was read for the same words, streets and field names
        before (the same answer: the pass reads nothing else), else read now — the texts not remembered joined by NULs
        in one pass, as _scrub_joined reads them — and remembered."""
        if self._word_key is None:
            object.__setattr__(self, "_word_key", memo.secrets_key(self.words, self.streets))
        key = (self._word_key, memo.names_key(field_names))
        found: list[tuple[tuple[int, int], ...] | None] = []
        missing: list[int] = []
        digests: dict[int, bytes] = {}
        for which, text in enumerate(texts):
            # a text of a few characters is read again: cheaper than its digest
            remembered = None
            if len(text) >= _REMEMBER_FROM_CHARS:
                digests[which] = digest = memo.digest(text, key)
                remembered = memo.get(digest, len(text))
            found.append(remembered)
            if remembered is None:
                missing.append(which)
        if missing:
            unread = [texts[which] for which in missing]
            for which, spans in zip(missing, self._word_spans_apart(unread, field_words)):
                if which in digests:
                    memo.put(digests[which], len(texts[which]), spans)
                found[which] = spans
        spans, offset = [], 0
        for text, each in zip(texts, found):
            spans += [(start + offset, end + offset) for start, end in each]
            offset += len(text) + 1
        return spans

    def _word_spans_apart(self, texts: list[str], field_words: dict[str, frozenset[str]]
                          ) -> list[tuple[tuple[int, int], ...]]:
        """The word pass over `texts` joined by NULs (as _scrub_joined reads them), its spans given back to each text
        in the text's own offsets (sorted)."""
        visible = without_unseen(_SEPARATOR.join(texts))
        plain = _plain_letters(visible.text)
        spans = sorted(_in_original(visible, self._word_spans(cyrillic_lookalikes(plain), field_words)))
        starts, offset = [], 0
        for text in texts:
            starts.append(offset)
            offset += len(text) + 1
        per_text: list[list[tuple[int, int]]] = [[] for _ in texts]
        for start, end in spans:
            which = bisect_right(starts, start) - 1
            base = starts[which]
            per_text[which].append((start - base, min(end - base, len(texts[which]))))
        return [tuple(each) for each in per_text]

    def _scrub_json(self, payload: Any, memo: dict[str, tuple[str, int]]) -> tuple[Any, int]:
        if isinstance(payload, str):
            return memo[payload]
        if isinstance(payload, list):
            total, out = 0, []
            for item in payload:
                scrubbed, count = self._scrub_json(item, memo)
                out.append(scrubbed)
                total += count
            return out, total
        if isinstance(payload, dict):
            total, shown = 0, {}
            for key, item in payload.items():
                scrubbed_key, key_count = memo[key] if isinstance(key, str) else (key, 0)
                scrubbed, count = self._scrub_json(item, memo)
                total += key_count + count
                if not key_count:
                    shown[key] = scrubbed
            return shown, total
        written = _number_text(payload) if self.numbers else None
        if written is not None:
            scrubbed, count = memo[written]
            return (None, count) if count else (payload, 0)
        return payload, 0

    def _number_spans(self, text: str, normalized: "_LazyNormalized", alone: bool = False) -> list[tuple[int, int]]:
        # Without digits a number can only be spoken, and the only ASCII number words are English ones
        # (guard/normalize.py): an ASCII text without digits or them (a key, "active", "mobile") needs no pass.
        if not self.numbers or not _HAS_DIGIT.search(text) and (
                (text.isascii() and not may_hold_ascii_number_words(text)) or not _may_speak_numbers(text)):
            return []
        normalized = normalized.value
        # Every match is whole consecutive runs of one digit group (or their national part), so it is a substring of
        # the text's digits read in a row: when no secret is, there is nothing to look for group by group.
        digits = _NOT_DIGIT.sub("", normalized.text)
        whole = any(needle in digits for needle in self._digits)
        # Read backwards too: "109876 5054" is the passport 4505 678901 to whoever reverses it (_shares_a_number).
        shared = whole or self._holds_a_number(digits, whole=False) or self._holds_a_number(digits[::-1])
        piece = any(digits[i:i + _MIN_NUMBER_DIGITS] in self._quads
                    for i in range(len(digits) - _MIN_NUMBER_DIGITS + 1)) if self._quads else False
        if not shared and not piece and (alone or not self._heads):
            return []
        spans = []
        read = normalized.text
        for group in _DIGIT_GROUP.finditer(read):
            opens, closes = (False, False) if alone else (_opens(read, group.start()), _closes(read, group.end()))
            if not (shared or piece or opens or closes):
                continue
            if self._is_shown_phone(group.group()):
                continue
            if shared and self._shares_a_number(group.group()):
                spans.append(normalized.to_original(*group.span()) if normalized.changed else group.span())
                continue
            runs = [(m.group(), group.start() + m.start(), group.start() + m.end())
                    for m in DIGITS.finditer(group.group())]
            found = self._matches_in(runs) if whole else []
            if piece:
                found += [(start, end) for run, start, end in runs if run in self._pieces]
            if opens:
                found += self._tail_opening(runs)
            if closes:
                found += self._head_closing(runs)
            for start, end in found:
                spans.append(normalized.to_original(start, end) if normalized.changed else (start, end))
        if whole:
            spans += [normalized.to_original(start, end) if normalized.changed else (start, end)
                      for start, end in self._halves(read)]
        return spans

    def _piece_spans(self, plain: str, read: str, normalized: "_LazyNormalized") -> list[tuple[int, int]]:
        """Pieces of hidden words and numbers the text marks as pieces (guard.proxy.marked_pieces.py)."""
        found = []
        if self.words and _HAS_LETTER.search(plain) and not plain.isascii():
            if self._pieces_of_words is None:
                object.__setattr__(self, "_pieces_of_words", WordPieces(self._forms()))
            found += self._pieces_of_words.spans(plain)
        if self._whole and (_HAS_DIGIT.search(read) or _may_speak_numbers(read)):
            value = normalized.value
            numbers = self._whole + tuple("7" + number for number in self._phones) \
                + tuple("8" + number for number in self._phones)
            shown = tuple(self.shown_parts) + tuple(self.shown_phones)
            found += [value.to_original(start, end) if value.changed else (start, end)
                      for start, end in number_piece_spans(value.text, numbers, shown)]
        return found

    def _halves(self, read: str) -> list[tuple[int, int]]:
        """Digit groups a few words apart that make a hidden number together, in order: a number written or said in
        halves ("семь три пять один, потом девять два шесть четыре", red team bb8, 11). Each group is masked."""
        groups = [(m.start(), m.end(), _NOT_DIGIT.sub("", m.group())) for m in _DIGIT_GROUP.finditer(read)]
        found = []
        for first in range(len(groups) - 1):
            joined = groups[first][2]
            for last in range(first + 1, len(groups)):
                gap = read[groups[last - 1][1]:groups[last][0]]
                if len(gap) > _HALVES_GAP or _SEPARATOR in gap or len(NAME_WORD.findall(gap)) > _HALVES_WORDS:
                    break
                joined += groups[last][2]
                if len(joined) > self._longest:
                    break
                if joined in self._digits or national(joined) in self._phones:
                    found += [(start, end) for start, end, _ in groups[first:last + 1]]
                    break
        return found

    def _is_shown_phone(self, group: str) -> bool:
        """Whether a digit group reads as a phone number the response shows (and hides nowhere)."""
        if not self.shown_phones:
            return False
        number = national(_NOT_DIGIT.sub("", group))
        return number in self.shown_phones and number not in self._digits

    def _shares_a_number(self, group: str) -> bool:
        """Whether a digit group holds a hidden number whole, or _SHARED of its digits in a row: the number padded,
        cut short or glued to other digits — read forwards or backwards ("109876 5054" for "4505 678901")."""
        digits = _NOT_DIGIT.sub("", group)
        if len(digits) < _SHARED:
            return False
        return self._holds_a_number(digits) or self._holds_a_number(digits[::-1])

    def _holds_a_number(self, digits: str, whole: bool = True) -> bool:
        """Whether `digits` hold a hidden number of _SHARED digits or more whole (when `whole`), or _SHARED of its
        digits in a row."""
        return (whole and any(number in digits for number in self._whole)
                or any(digits[i:i + _SHARED] in self._grams for i in range(len(digits) - _SHARED + 1)))

    def _tail_opening(self, runs: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
        """The runs a text opens with, when they are a phone's last digits (4 or more)."""
        joined, found = "", []
        for run, _start, end in runs:
            joined += run
            if len(joined) > 10:
                break
            if joined in self._tails:
                found = [(runs[0][1], end)]  # the longest
        return found

    def _head_closing(self, runs: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
        """The runs a text closes with, when they are a phone's first digits (5 or more, after a 7/8 prefix)."""
        joined, found = "", []
        for run, start, _end in reversed(runs):
            joined = run + joined
            if len(joined) > 11:
                break
            if joined in self._heads or joined[:1] in ("7", "8") and joined[1:] in self._heads:
                found = [(start, runs[-1][2])]  # the longest, its 7/8 prefix included
        return found

    def _date_spans(self, text: str, normalized: "_LazyNormalized") -> list[tuple[int, int]]:
        """Dates with the month as a word (month names are Cyrillic) or in Roman numerals ("12.III.1980")."""
        if not self.dates:
            return []
        in_words = not text.isascii() and _MONTH_STEM.search(text)
        patterns = [_DATE_IN_WORDS] if in_words else []
        if _ROMAN.search(text):
            patterns.append(_DATE_IN_ROMAN)
        if not patterns:
            return []
        normalized = normalized.value
        wanted = {(moment.day, moment.month, year) for moment in self.dates
                  for year in (str(moment.year), f"{moment.year % 100:02d}")}
        spans = []
        for pattern in patterns:
            position = 0
            while (found := pattern.search(normalized.text, position)) is not None:
                # Overlapping matches too ("1 декабря 12 декабря 1999"): the next search starts one character on.
                position = found.start() + 1
                month = _month_number(found["month"])
                if (int(found["day"]), month, found["year"]) in wanted:
                    spans.append(normalized.to_original(*found.span()) if normalized.changed else found.span())
        if in_words:  # the month and the year alone narrow a person as much: "с июня 79-го", "в июне 1979 г."
            months = {(month, year) for _, month, year in wanted}
            for found in _MONTH_AND_YEAR.finditer(normalized.text):
                if (month_number(found["month"]), found["year"]) in months:
                    spans.append(normalized.to_original(*found.span()) if normalized.changed else found.span())
        return spans

    def _matches_in(self, runs: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
        """Secrets made of whole consecutive digit runs of one group (a phone may carry its 7/8 prefix)."""
        found = []
        for first in range(len(runs)):
            joined, start = "", runs[first][1]
            for last in range(first, len(runs)):
                joined += runs[last][0]
                end = runs[last][2]
                if len(joined) > self._longest:
                    break
                if joined in self._digits or national(joined) in self._phones:
                    found.append((start, end))
        return found

    def _word_spans(self, text: str, field_words: dict[str, frozenset[str]] | None = None) -> list[tuple[int, int]]:
        """Hidden words in any case, and as a reader still reads them: spelled letter by letter ("И в а н о в",
        "И.в.а.н.о.в"), in Latin letters ("Ivanov", "Iwanow", "Ivanoff"), or as a part of a hyphenated word (a case
        ending after a hyphen, "Иванов-ой", or a double surname): the whole hyphenated word is masked."""
        if not self.words:
            return []
        found = []
        # An ASCII word's lemmas are ASCII (pymorphy2 reads a Latin word as itself): in an ASCII text (the keys,
        # masks and codes of a card) no word, spelled word or hyphenated part can be a Cyrillic hidden word's.
        if self._ascii_words or not text.isascii():
            found = [m.span() for m in NAME_WORD.finditer(text)
                     if len(word := m.group()) >= MIN_WORD and (lemmas(word) & self.words
                                                                 or "-" in word and (self._hidden_part(word)
                                                                                     or self._head_and_tail(word))
                                                                 or any(lemmas(part) & self.words
                                                                        for part in _camel_parts(word))
                                                                 or self._backwards(word))]
            if _MARK.search(text):  # "Иⷡванов", "Ива́нов": a mark over a letter cuts no word to its reader
                found += [m.span() for m in _MARKED_WORD.finditer(text)
                          if len(word := without_marks(m.group())) >= MIN_WORD and lemmas(word) & self.words]
            if _HIDING_MARK.search(text):  # "И*анов", "Ив-нов", "Ива_нов": a letter hidden or split off by a mark
                found += [m.span() for m in _MARKED_OFF_WORD.finditer(text) if self._marked_off(m.group())]
            for start, end, letters in spelled_words(text, any_marks=True):
                if len(letters) >= MIN_WORD and lemmas(letters) & self.words:
                    found.append((start, end))
        if self._cyrillic_words:
            read = self._latin
            # A word mixing the scripts is read in Latin letters too ("Ivаnov" with a Cyrillic "а"), one for one.
            for word in _LATIN_WORD.finditer(latin_lookalikes(text)):
                latin = word.group()
                if (matched := read.get(latin)) is None:
                    known = field_words.get(latin) if field_words else None
                    matched = read[latin] = bool((known if known is not None else _latin_lemmas(latin)) & self.words
                                                 or any(_latin_lemmas(part) & self.words for part in _camel_parts(latin)))
                if matched:
                    found.append(word.span())
            for typed in _LAYOUT_WORD.finditer(text):
                word = typed.group()
                if word[:2].lower() not in self._layout_heads:
                    continue
                for reading in _layout_readings(word):  # the whole run first, then without its final stop or comma
                    if lemmas(reading) & self.words:
                        found.append((typed.start(), typed.start() + len(reading)))
                        break
            found += self._phonetic_spans(text)
        found += self._near_spans(text) + self._stem_spans(text)
        # A hidden word's house and flat numbers after it go with it ("Тверская 5-12", "Тверская, д. 5, кв. 12"):
        # "*** 5-12" still tells the address to whoever knows the street (red team s27, L4).
        if not self.streets:
            return found
        return [(start, self._house_end(text, start, end)) for start, end in found] + self._short_street_spans(text)

    def _short_street_spans(self, text: str) -> list[tuple[int, int]]:
        """A hidden street cut to its first three or four letters and a full stop, with house numbers after it ("Кир.,
        17-44" of "ул. Кирова, д. 17, кв. 44": red team bb19, f05): the cut head alone names too many streets
        (_MIN_STREET_HEAD), the head and a house after it name this card's address; both are masked."""
        spans = []
        for cut in _SHORT_STREET_HEAD.finditer(text):
            head = normalize_word(cut.group(1))
            if any(street.startswith(head) for street in self.streets) \
                    and (house := _HOUSE_AFTER.match(text, cut.end())) is not None:
                spans.append((cut.start(), house.end()))
        return spans

    def _phonetic_spans(self, text: str) -> list[tuple[int, int]]:
        """Latin words (with marks too: "Ševčukov", "Tverskaâ") whose loose phonetic key is a hidden word form's, in any
        transliteration ("Schewtschukow", "CHEVTCHOUKOV", "Twerskaja"): guard/normalize.phonetic_key on both sides; a
        street's house and flat numbers after it go with it (red team bb4, F06)."""
        if not _TRANSLITERATED_WORD.search(text):
            return []
        keys, seen, found = self._phonetic_keys(), self._phonetic_seen, []
        for word in _TRANSLITERATED_WORD.finditer(text):
            latin = word.group()
            street = seen.get(latin)
            if street is None:
                key = phonetic_key(latin)
                # The word as it stands, or without a case ending the dictionary does not give an unknown surname
                # ("Ševčukova", "Schewtschukowoj"): its stem's key is then a hidden word's.
                candidates = [key] + [key[:-len(ending)] for ending in _PHONETIC_ENDINGS if key.endswith(ending)]
                street = seen[latin] = next((keys[candidate] for candidate in candidates
                                             if len(candidate) >= _MIN_PHONETIC_KEY and candidate in keys), None)
            if street is None:
                continue
            end = word.end()
            if street and (house := _HOUSE_AFTER.match(text, end)) is not None:
                end = house.end()
            found.append((word.start(), end))
        return found

    def _phonetic_keys(self) -> dict[str, bool]:
        """The phonetic key of each hidden word (its lemmas and the word as written: "шевчуков", "тверская",
        "тверской"), and of its stem without a Russian case ending -> whether that word names a street; worked out once
        per response, when a Latin word first needs them (no key outlives the response). A Latin word is compared by
        its key and its key without an ending, so "Ševčukova" and "Tverskoj" meet "шевчуков" and "тверская" without
        every form of the words being read."""
        if self._phonetic is None:
            keys: dict[str, bool] = {}
            for word in self.words:
                # A hidden word is kept with "е" for "ё" ("петр" of "Пётр"); a transliteration writes the "ё" it had
                # ("Pjotr", "Worobjow"): each "е" read as the word's one "ё" too (a stressed vowel, one a word).
                for spelling in {word, *(word[:at] + "ё" + word[at + 1:] for at, ch in enumerate(word) if ch == "е")}:
                    key = phonetic_key(spelling)
                    for stem in (key, *(key[:-len(ending)] for ending in _PHONETIC_ENDINGS if key.endswith(ending))):
                        if len(stem) >= _MIN_PHONETIC_KEY:
                            keys[stem] = keys.get(stem, False) or word in self.streets
            object.__setattr__(self, "_phonetic", keys)
        return self._phonetic

    def _house_end(self, text: str, start: int, end: int) -> int:
        """Where the house and flat numbers after the hidden street at text[start:end] end (`end` for none), written
        or said ("тверская пять двенадцать", red team bb8, 23)."""
        if not self._is_a_hidden_street(text[start:end]):
            return end
        house = _HOUSE_AFTER.match(text, end)
        if house is not None:
            return house.end()
        tail = text[end:end + _SAID_HOUSE_CHARS]
        if not _may_speak_numbers(tail):
            return end
        said = normalize_numbers(tail)
        house = _HOUSE_AFTER.match(said.text)
        return end + said.to_original(0, house.end())[1] if house is not None else end

    def _is_a_hidden_street(self, word: str) -> bool:
        """Is `word`, a hidden word found in a text, a hidden street's — a form of it, or its head cut short as streets
        are abbreviated ("Тверск." of "Тверская", 5 letters or more: red team bb17 13)? A match against this card's
        streets, not a reading of the word's form (that is `guard.recognizers.address.names_a_street`, which the
        scrub need not ask: the card says which words are its streets, _street_lemmas)."""
        if lemmas(word) & self.streets:
            return True
        head = normalize_word(word)
        return len(head) >= _MIN_STREET_HEAD and any(street.startswith(head) for street in self.streets)

    def _marked_off(self, token: str) -> bool:
        """Whether `token`, letters with marks inside ("И*анов", "Ив-нов", "Ива_нов"), reads to its reader as a hidden
        word: with the marks dropped, or with its one mark read as the letter it hides (any letter of the alphabet).
        Only a token that starts as a hidden word does is read (its first letters), so "кто-то" costs one look."""
        before = normalize_word(_HIDING_MARK.split(token, 1)[0])
        if not (before[:2] in self._word_heads if len(before) >= 2 else any(w.startswith(before) for w in self.words)):
            return False
        readings = [_HIDING_MARK.sub("", token)]
        if len(_HIDING_MARK.findall(token)) == 1:
            readings += [_HIDING_MARK.sub(letter, token) for letter in _RUSSIAN_LETTERS]
        if any(len(reading) >= MIN_WORD and lemmas(reading) & self.words for reading in readings):
            return True
        # Runs of marks read as the letters they may hide, up to one more than there are marks (two at the end of the
        # word: a case ending), against every form of the hidden words: "Ива**ов", "Ивано*", "Иван**ой".
        if len(readings[0]) < MIN_WORD:
            return False  # "Ив*": too little shown to read a word in
        written = _marks_as_letters(normalize_word(token))
        return any(written.fullmatch(form) for form in self._forms())

    def _forms(self) -> frozenset[str]:
        """Every inflected form of the hidden words (lowercase, ё folded), gathered once per response, when a marked
        word first needs them (no set of a card's forms outlives the response; each word's own forms are a pure
        function of the word, remembered in guard/morph.py as its parses are)."""
        if self._word_forms is None:
            object.__setattr__(self, "_word_forms", frozenset().union(
                *(forms for word in self.words for forms in lexeme_forms(word))) | self.words)
        return self._word_forms

    def _near_spans(self, text: str) -> list[tuple[int, int]]:
        """Hidden words as a reader still reads them one slip off (red team bb8, 01, 02, 11): one letter wrong, missing
        or doubled in a word of _NEAR_WORD letters or more ("рамашка", "ромашкаа", "воранцов", "Рамашку" for
        "ромашку"), a digit typed for a look-alike letter ("Р0машка", "R0mashka"), or the word cut into pieces by
        spaces or hyphens ("РОМАШ КА", "бар сик", "ro-mash-ka"); the pieces are masked together. The first letter
        is kept: only a word that starts as a hidden word does is read. A word the dictionary knows, written whole
        without digits, is that word ("Петром" is no slip of "Петров"): only what the dictionary does not know is
        read one edit off. Fail closed: a near word is masked, a slip never shown."""
        if not self.words or not _HAS_LETTER.search(text):
            return []
        tokens = [(m.start(), m.end(), m.group()) for m in _ALNUM_RUN.finditer(text)]
        # A slip keeps the word's first letter (a word is recognised by how it starts); a form is at most
        # _LONGER_FORM letters longer than its lemma.
        firsts = {word[0] for word in self.words}
        longest = max(map(len, self.words)) + _LONGER_FORM
        found = []
        for first, (start, _end, token) in enumerate(tokens):
            # A word opening with a Russian letter reads as itself (no Latin reading, no digit read as a letter at its
            # head): its readings all start with that letter, lowercase and "ё" folded, whatever pieces follow it.
            # Asked once here, for every reading the loop would otherwise make of its joined pieces.
            head = token[0]
            russian_head = head in _RUSSIAN_HEADS
            if russian_head and normalize_word(head) not in firsts:
                continue
            joined, end = "", None
            for last in range(first, min(first + _NEAR_PIECES, len(tokens))):
                if last > first and (text[tokens[last - 1][1]:tokens[last][0]] not in _PIECE_JOINS
                                     or min(len(tokens[first][2]), len(tokens[last][2])) < _MIN_PIECE):
                    break  # not one word cut: another separator, or a one-letter word beside it ("с Петром")
                if not _HAS_LETTER.search(tokens[last][2]):
                    break  # a number beside a word is no piece of it ("Тарас 03")
                joined += tokens[last][2]
                if len(joined) < _NEAR_WORD:
                    continue
                if len(joined) > longest + 1:
                    break
                if not russian_head and not any(reading[:1] in firsts for reading in _readings_of(joined)):
                    break
                if last > first:
                    exact = True  # a word cut into pieces is read as it stands, not one slip off too ("по его")
                elif _HAS_DIGIT.search(joined):
                    exact = False
                elif known_word(joined):
                    continue  # another word the dictionary knows; its exact forms are read by the lemma pass
                else:
                    exact = False
                if self._near_forms().reads(joined, exact=exact):
                    end = tokens[last][1]  # the longest reading: "Кузьми нична" whole, not its first piece
            if end is not None:
                found.append((start, end))
        return found

    def _stem_spans(self, text: str) -> list[tuple[int, int]]:
        """Hidden words one derivation away (red team bb9, 01, 13): a word that holds a hidden word's stem of _STEM
        letters or more, its last consonant alternated too — a diminutive or an adjective made from it ("черничка",
        "черничный", "галиуллинского"), a compound or a run glued to other letters ("мамачерника", "rinatgaliullin") —
        read with "ы", "й", "и" and the unstressed "о"/"а", "е"/"и" as one vowel ("чирнека"), in Latin letters by the
        transliteration table ("galiullyn"), spelled letter by letter ("g a l i u l l i n") or by the letters' names
        ("че е эр эн и ка а"); a word of _STEM letters or more cut with a full stop ("ГАЛИУЛ."), the opening of a
        hidden word's form; a word of consonants alone that are a hidden word's ("ЧРНК"). Fail closed: an ordinary word
        holding a hidden stem is masked too (benchmarks/scrub_reach.py counts how many)."""
        stems = self._stems()
        if not stems or not _HAS_LETTER.search(text):
            return []
        found = []
        skeletons = self._skeletons()
        find = self._stem_search()
        seen = self._stem_seen  # a response repeats its words: each read once
        for run in _LETTER_RUN.finditer(text):
            word = normalize_word(run.group())
            if len(word) < _STEM and not (len(word) >= MIN_WORD and word.isascii()
                                          or len(word) >= _SKELETON and word in skeletons):
                continue
            held = seen.get(word)
            if held is None:
                held = seen[word] = self._holds_a_stem(word, find) or word in skeletons
            if held:
                found.append(run.span())
            elif (len(word) >= _STEM and text.startswith(".", run.end()) and not word.isascii()
                  and word[:2] in self._word_heads and any(form.startswith(word) for form in self._forms())):
                found.append((run.start(), run.end() + 1))
        for start, end, letters in spelled_words(text, any_marks=True):
            if len(letters) >= _STEM and self._holds_a_stem(normalize_word(letters), find):
                found.append((start, end))
        if not text.isascii():  # spelled by the letters' names: "эр о эм а ша ка а" (recognizers/lexicon.py)
            found += [(start, end) for start, end, letters in letter_name_words(text)
                      if len(letters) >= _STEM and self._holds_a_stem(normalize_word(letters), find)]
        return found

    @staticmethod
    def _holds_a_stem(word: str, find: Callable[[str], bool]) -> bool:
        """Whether a reading of `word` holds a stem; `find`: _stem_search (any stem found anywhere in a reading)."""
        if (latin := word.translate(_ASCII_APOSTROPHE)).isascii():  # a transliteration writes no soft sign and
            # "ё" its own ways: read loose too (_loose)
            readings = {loose for reading in _cyrillic_readings(latin)
                        for loose in (reading.translate(_ONE_VOWEL), _loose(reading.translate(_APOSTROPHE_SIGN)))}
        else:
            readings = {word, word.translate(_ONE_VOWEL)}
        return any(find(reading) for reading in readings)

    def _stem_search(self) -> Callable[[str], bool]:
        """Whether any of _stems is a substring of a text: the stems filed by their first letters (as many as the
        shortest stem has, _STEM for those _stems makes), each position of the text looked up there. Once per response,
        and nothing compiled: a regular expression alternating a card's stems cost ~1 ms to compile for every new card
        (every call's first fetch)."""
        if self._stem_finder is None:
            stems = self._stems()
            size = min(map(len, stems), default=0)
            heads: dict[str, tuple[str, ...]] = {}
            for stem in sorted(stems):
                heads[stem[:size]] = heads.get(stem[:size], ()) + (stem,)

            def holds_a_stem(reading: str) -> bool:
                for at in range(len(reading) - size + 1):
                    found = heads.get(reading[at:at + size])
                    if found is not None and any(reading.startswith(stem, at) for stem in found):
                        return True
                return False

            finder = (lambda reading: False) if not stems else (lambda reading: True) if not size else holds_a_stem
            object.__setattr__(self, "_stem_finder", finder)
        return self._stem_finder

    def _skeletons(self) -> frozenset[str]:
        """The hidden words' consonants alone ("рмшк" of "ромашка"), _SKELETON letters or more: a word written without
        its vowels ("РМШК") is that word to its reader. Once per response."""
        if self._word_skeletons is None:
            object.__setattr__(self, "_word_skeletons", frozenset(
                skeleton for word in self.words if not word.isascii()
                and len(skeleton := word.translate(_NO_VOWELS)) >= _SKELETON))
        return self._word_skeletons

    def _stems(self) -> frozenset[str]:
        """The stems of the hidden words: what every form of a word's lexeme starts with ("черник" of "черника"),
        _STEM letters or more, each also read with one letter for the vowels heard alike (_ONE_VOWEL); once per
        response."""
        if self._word_stems is None:
            stems = set()
            for word in self.words:
                if not word.isalpha() or word.isascii():
                    continue
                found = lexeme_forms(word)
                forms = found[0] if found else {word}
                stem = os.path.commonprefix(sorted(forms | {word}))
                if len(stem) < _STEM:
                    continue
                # a derivation may alternate the stem's last consonant: "черник-а" -> "черничк-а", "черничн-ый"
                for reading in {stem, stem[:-1] + _ALTERNATION.get(stem[-1], stem[-1])}:
                    stems.update((reading, reading.translate(_ONE_VOWEL)))
                    if len(loose := _loose(reading)) >= _STEM:
                        stems.add(loose)
            object.__setattr__(self, "_word_stems", frozenset(stems))
        return self._word_stems

    def _near_forms(self) -> "_NearForms":
        """The hidden lemmas of _NEAR_WORD letters or more, indexed for one-edit lookups; once per response."""
        if self._near is None:
            object.__setattr__(self, "_near", _NearForms(word for word in self.words
                                                         if len(word) >= _NEAR_WORD and word.isalpha()))
        return self._near

    def _backwards(self, word: str) -> bool:
        """Whether `word` written backwards is a hidden word ("вонавИ")."""
        backwards = normalize_word(word[::-1])
        return backwards[:2] in self._word_heads and bool(lemmas(backwards) & self.words)

    def _head_and_tail(self, hyphenated: str) -> bool:
        """A hidden word cut to its first letters and its ending, a hyphen for the rest: "Л-на" for "Лисицына", "Ив-ва"
        (red team bb20, 07) — the way a note shortens a surname, read as the surname it shortens."""
        parts = hyphenated.lower().replace("ё", "е").split("-")
        if len(parts) != 2 or not 1 <= len(parts[0]) <= 3 or not 2 <= len(parts[1]) <= 4:
            return False
        head, tail = parts
        return any(len(word) > len(head) + len(tail) + 1 and word.startswith(head) and word.endswith(tail)
                   for word in self.words)

    def _hidden_part(self, hyphenated: str) -> bool:
        return any(len(part) >= MIN_WORD and lemmas(part) & self.words for part in hyphenated.split("-"))

    def _latin_literal_spans(self, text: str) -> list[tuple[int, int]]:
        """E-mail addresses and their local parts written with Cyrillic look-alike letters ("pеtr.ivаnоv" with a
        Cyrillic "е", "а", "о"): read in Latin letters (guard/normalize.latin_lookalikes), one character for one."""
        latin = latin_lookalikes(text) if self.literals else text
        return self._literal_spans(latin) if latin != text else []

    def _said_literal_spans(self, text: str) -> list[tuple[int, int]]:
        """E-mail addresses and their local parts with their symbols said by name ("petr точка ivanov", "petr dot
        ivanov at mail dot ru"): read with the symbols written (the e-mail kind's reading, recognizers/email.py)."""
        if not self.literals or not says_a_symbol(text):
            return []  # read as written: symbols_written's reading would be the text itself (its spans one a character)
        reading, spans = symbols_written(text)
        if reading == text:
            return []
        return [(spans[start][0], spans[end - 1][1]) for start, end in self._literal_spans(reading) if end > start]

    def _literal_spans(self, text: str) -> list[tuple[int, int]]:
        """E-mail addresses and their local parts, in any case, with spaces anywhere inside
        ("petr . ivanov @ mail . ru", spelled "p e t r . i v a n o v")."""
        if not self.literals or len(text) < self._shortest_literal:
            return []
        folded = _Folded(text)
        return [found.span() for literal in self.literals if folded.may_hold(literal)
                for found in self._pattern("spaced", literal).finditer(text)]

    def _encoded_spans(self, text: str) -> list[tuple[int, int]]:
        """Runs of base64, hex or quoted-printable that stand for text, percent-encoding and digits dictated in English
        words are masked whole, whatever they hold: a decoder is one paste away, and masking only those that hold a
        secret would make a comment holding an encoded guess an oracle on it."""
        spans = [found.span() for found in _BASE64.finditer(text)
                 if _base64_like(found.group()) and _decoded_text(found.group()) is not None]
        spans += [found.span() for found in _BASE32.finditer(text) if _base32_text(found.group()) is not None]
        spans += [found.span() for found in _ENGLISH_DIGITS.finditer(text)]
        if "%" in text:
            spans += [found.span() for found in _PERCENT_ENCODED.finditer(text)]
        for pattern, strip in ((_HEX, ""), (_QUOTED_PRINTABLE, "=")):
            spans += [found.span() for found in pattern.finditer(text)
                      if _utf8_text(bytes.fromhex(found.group().replace(strip, "") if strip else found.group()))]
        return spans

    def _pattern(self, kind: str, literal: str) -> re.Pattern[str]:
        pattern = self._patterns.get((kind, literal))
        if pattern is None:
            pattern = self._patterns[(kind, literal)] = (_spaced if kind == "spaced" else _cut_literal)(literal)
        return pattern

    def _cut_spans(self, text: str) -> list[tuple[int, int]]:
        """What the detector left of a value it masked only in part: an e-mail's spelled local part or a date's
        day and month right before its mask ("p e t r . i v a n o <EMAIL_ADDRESS>", "12.III.<DATE_OF_BIRTH>")."""
        if not (self.literals or self.dates) or not _MASK_TOKEN.search(text):
            return []
        folded = _Folded(text)
        spans = [found.span() for literal in self.literals if folded.may_hold(literal[:4])
                 for found in self._pattern("cut", literal).finditer(text)]
        if self.dates:
            # One pattern per shape for every date, a day and a month of the calendar's shape. Such a date starts
            # where a run of digits starts, inside a stretch of the characters a date is written with that runs up to
            # a mask: each shape is tried there, and only there (a search over the whole text from every start costs
            # ~1 ms for a card's comments).
            for stretch in _RIGHT_BEFORE_A_MASK.finditer(text):
                for start in _DIGITS_START.finditer(text, stretch.start(), stretch.end()):
                    for pattern in _CUT_DATES:
                        found = pattern.match(text, start.start())
                        # any day and month, not only the hidden dates': which of them is masked tells nothing of
                        # the card (a comment may write a mask itself, red team bb4 F15)
                        if found is not None and int(found["day"]) <= 31 and 1 <= _month_number(found["month"]) <= 12:
                            spans.append(found.span())
        return spans


# Secrets that hide nothing: what a response naming no card is scrubbed by, and where a union of cards' secrets starts.
# Built once a process (a CardSecrets works out ~30 tables in __post_init__: 1-2% of a plain card's request path when it
# was built per request). Shared, so nothing may be remembered in it: every reading of an empty CardSecrets returns before
# its memos (scrub_json, scrub_text, spans_in: `if not self`), and `|` builds a new one.
NO_SECRETS = CardSecrets()


def encoded_runs_masked(text: str) -> tuple[str, int]:
    """`text` with every run of base64, base32, hex or quoted-printable that decodes to text, percent-encoding and digits
    dictated in English masked whole, and how many were masked — card-blind: an answer that names no customer (no card
    read, so no CardSecrets) still shows no value a decoder is one paste away from (red team bb18, f07: "owner=<base64>").
    The same reading as a card's (CardSecrets._encoded_spans), whatever the run holds, so an encoded guess is no oracle."""
    spans = NO_SECRETS._encoded_spans(text)
    return _masked(text, spans) if spans else (text, 0)


class ScrubSpans:
    """What the scrub's two card-wide readings found, remembered across the CardSecrets of one process (issue 13, stop
    43). A call's open (identification none) and its first refresh (primary) decide the card differently — another
    level shows other numbers — so each reads its own secrets, and the same comments were read again:

    - the word pass (CardSecrets._word_spans: the hidden words in any case, spelled, transliterated, one slip or one
      derivation off — most of the scrub's time on a card's comments), per text. It reads nothing of the secrets but
      their words and streets (the same at both levels on the bench's cards) and the policy's field names (whose Latin
      words it reads from a table): its answer is a pure function of those and the text. Keyed by the text, a keyed
      digest of the words and streets (`secrets_key`) and one of the field names (`names_key`, the policy's version as
      far as the pass reads it);
    - the column reading of split values (guard/proxy/split_pieces.py), per column: a pure function of the column's
      cells and of the values it is read for, keyed by both (split_pieces._ColumnsRead).

    Every key is a keyed BLAKE2b-256 (guard/proxy/textcache.py: a key drawn at random per process, never written
    anywhere): a card with other hidden words or values, another identification level that hides others, another
    policy each have their own entries, and none is found by a plain text or an unkeyed digest. The values are offsets
    alone — never a text, a word or a value. One LRU for both, bounded in entries and in what they hold (the text
    cache's settings), in memory only; 0 entries: off."""

    def __init__(self, max_entries: int, max_chars: int = 20_000_000) -> None:
        self.texts: RedactedTextCache[tuple[tuple[int, int], ...]] = RedactedTextCache(max_entries, max_chars)
        self._names: tuple[frozenset[str], bytes] | None = None

    @property
    def enabled(self) -> bool:
        return self.texts.enabled

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def hits(self) -> int:
        return self.texts.hits

    def secrets_key(self, words: frozenset[str], streets: frozenset[str]) -> bytes:
        """A keyed digest of what the word pass reads of a card's secrets (repr of the sorted tuples: injective)."""
        return self.texts.digest(repr((tuple(sorted(words)), tuple(sorted(streets)))))

    def names_key(self, field_names: frozenset[str]) -> bytes:
        """A keyed digest of the policy's field names (the policy's version, as far as the word pass reads it)."""
        if self._names is None or self._names[0] is not field_names:
            self._names = (field_names, self.texts.digest(repr(tuple(sorted(field_names)))))
        return self._names[1]

    def digest(self, text: str, key: tuple[bytes, bytes]) -> bytes:
        """The entry of the word pass's spans of `text` for the secrets and field names `key` names (secrets_key,
        names_key): a keyed digest of all three."""
        return self.texts.digest(text, ("words", *key))

    def get(self, digest: bytes, length: int) -> tuple[tuple[int, int], ...] | None:
        return self.texts.get_digest(digest, length)

    def put(self, digest: bytes, length: int, spans: tuple[tuple[int, int], ...]) -> None:
        # what an entry holds, counted as the text cache counts characters: two numbers a span and the digest
        self.texts.put_digest(digest, length, spans, 32 + 2 * len(spans))


# A hidden word one slip off (CardSecrets._near_spans): letters at least for one edit to count, pieces a word may be cut
# into, and what may stand between two pieces of it.
_NEAR_WORD = 5
_NEAR_PIECES = 3
_LONGER_FORM = 4  # letters a form may add to its lemma ("кузьминична" -> "кузьминичнами")
_MIN_PIECE = 2
_PIECE_JOINS = frozenset({" ", "-", " - "})
_ALNUM_RUN = re.compile(r"[^\W_]++")
# A hidden word one derivation away (CardSecrets._stem_spans): the letters a stem has at least, a run of letters, the
# vowels a transliteration writes one for another ("y" is "ы", "й" or "и").
_STEM = 5
# A run of letters; an apostrophe between letters stays inside it: a transliteration's soft or hard sign ("Vorob'ev").
_LETTER_RUN = re.compile(r"[^\W\d_]++(?:['’ʼ][^\W\d_]++)*+")
_APOSTROPHE_SIGN = str.maketrans(dict.fromkeys("'’ʼ", "ь"))  # the soft sign an apostrophe stands for
_ASCII_APOSTROPHE = str.maketrans(dict.fromkeys("’ʼ", "'"))
_ONE_VOWEL = str.maketrans("ыйёое", "ииеаи")  # and the unstressed vowels heard one for another: о/а, е/и ("рамошка")
_NO_VOWELS = str.maketrans(dict.fromkeys("аеёиоуыэюяйьъ"))
_SKELETON = 4
_ALTERNATION = {"к": "ч", "г": "ж", "х": "ш", "ц": "ч", "д": "ж", "т": "ч", "с": "ш", "з": "ж"}


def _readings_of(written: str) -> set[str]:
    """A written word as the near reading compares it: look-alike digits as letters, lowercase, ё folded; a Latin word
    as its Cyrillic readings."""
    word = normalize_word(digits_as_letters(written))
    return _cyrillic_readings(word) if word.isascii() else {word}


class _NearForms:
    """Lemmas indexed by their one-letter deletions: whether a written word or its lemma is one of them, or one edit
    off one (a letter wrong, missing or extra), read with its look-alike digits as letters and, written in Latin
    letters, as its Cyrillic readings. Levenshtein distance 1 exactly: a substitution is a deletion at the same place in both."""

    __slots__ = ("forms", "deletions")

    def __init__(self, forms: Iterable[str]) -> None:
        self.forms = frozenset(forms)
        self.deletions: dict[str, set[int]] = {}
        for form in self.forms:
            for at in range(len(form)):
                self.deletions.setdefault(form[:at] + form[at + 1:], set()).add(at)

    def reads(self, written: str, exact: bool = False) -> bool:
        """Whether `written`, or a lemma of it (the dictionary's guess for a word it does not know: "рамашку" ->
        "рамашка"), is a hidden lemma (`exact`) or one edit off one."""
        return any(candidate in self.forms if exact else self._near(candidate)
                   for reading in _readings_of(written) for candidate in lemmas(reading))

    def _near(self, word: str) -> bool:
        if len(word) < _NEAR_WORD:
            return False
        if word in self.forms or word in self.deletions:  # the form, or a letter missing from it
            return True
        for at in range(len(word)):
            cut = word[:at] + word[at + 1:]
            if cut in self.forms or at in self.deletions.get(cut, ()):  # a letter extra, or a letter wrong
                return True
        return False


class _Found:
    """The secrets of one response as they are found, kind of field by kind of field; made into CardSecrets once."""

    __slots__ = ("numbers", "words", "literals", "dates", "shown_phones", "streets", "shown_parts", "cut_parts",
                 "_readings")

    def __init__(self, shown_phones: frozenset[str] = frozenset(), streets: set[str] | None = None) -> None:
        self.shown_phones = shown_phones  # national digits of the phone numbers shown anywhere in the response
        self.streets: set[str] = streets if streets is not None else set()  # lemmas of the hidden street names
        self.numbers: dict[_NumberSecret, None] = {}
        self.words: set[str] = set()
        self.literals: set[str] = set()
        self.dates: set[date] = set()
        self.shown_parts: frozenset[str] = frozenset()
        self.cut_parts: frozenset[str] = frozenset()
        # word -> (its lemmas, the lemmas it is matched by, or None when it is not name-like): a card repeats its
        # words (an address in three fields, the pairs of neighbouring fields). Lives as long as this response.
        self._readings: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {}

    def add(self, hidden: Iterable[str], shown: Iterable[str], public_places: frozenset[str]) -> None:
        """The hidden values of one kind of field, less what is shown of that kind and the place names shown."""
        # Each distinct value once: a card repeats its keys and values (same value, same secrets).
        shown = dict.fromkeys(shown)
        shown_digits = {secret.digits for value in shown for secret in _number_secrets(value)}
        shown_words = {lemma for value in shown for word in NAME_WORD.findall(value) for lemma in lemmas(word)}
        numbers: dict[str, _NumberSecret] = {}
        for value in dict.fromkeys(hidden):
            has_digit = _HAS_DIGIT.search(value) is not None
            moment = _iso_date(value) if has_digit else None
            if moment is not None and not _date_forms(moment) & shown_digits:
                self.dates.add(moment)
            has_email = "@" in value  # no e-mail pattern run over the values that cannot hold one
            for email in _EMAIL.findall(value) if has_email else ():
                self.literals.add(email.lower())
                local = email.split("@", 1)[0].lower()
                if len(local) >= 4:
                    self.literals.add(local)
            for secret in _number_secrets(value) if has_digit else ():
                if secret.digits not in shown_digits:
                    numbers[secret.digits] = secret
            for word in NAME_WORD.findall(cyrillic_lookalikes(_EMAIL.sub(" ", value) if has_email else value)):
                reading = self._readings.get(word)
                if reading is None:
                    reading = self._readings[word] = (lemmas(word),
                                                      _secret_lemmas(word) if _is_name_like(word) else None)
                # A place shown makes a hidden word public unless the word may name a person: the surname "Иванов"
                # stays hidden when a CRM writes "Иванову" (to Иваново, a town) into a shown field (red team s27).
                if reading[1] is not None and not (reading[0] & shown_words or reading[0] & public_places
                                                   and not _names_a_person(word)):
                    self.words.update(reading[1])
        self.numbers.update(dict.fromkeys(numbers.values()))

    def add_every_word(self, hidden: Iterable[str], public_places: frozenset[str]) -> None:
        """Every word of the short hidden values that have no kind (a code word, a password, a security answer),
        whether or not it may name anything: such a value is matched by its words. A longer value is prose (a note
        the policy does not know), read by `add` alone: its every word would mask the commonest words everywhere."""
        for value in dict.fromkeys(hidden):
            words = NAME_WORD.findall(cyrillic_lookalikes(value))
            if len(words) > _SECRET_WORDS:
                continue
            for word in words:
                if len(word) >= MIN_WORD and normalize_word(word) not in _COMMON_WORDS | public_places:
                    self.words.update(_secret_lemmas(word, every_reading=True))

    def secrets(self) -> CardSecrets:
        return CardSecrets(tuple(self.numbers), frozenset(self.words),
                           tuple(sorted(self.literals, key=lambda literal: (-len(literal), literal))),
                           tuple(sorted(self.dates)), self.shown_phones, self.streets & frozenset(self.words),
                           self.shown_parts, self.cut_parts)


def _street_lemmas(hidden: Iterable[str]) -> frozenset[str]:
    """The lemmas of the street names in the hidden values (leaves: a structured address's street and house are read
    together, "Тверская 5"): the words of an address's part (between commas) that holds a street word ("ул. Тверская",
    "Тверская улица"), or the words a part starts with before its house number ("Тверская 5-12"). A street is no
    public place, whatever a shown field says (a CRM writing "Тверская" alone into a tariff)."""
    streets: set[str] = set()
    for value in dict.fromkeys(hidden):
        if not _HAS_LETTER.search(value):
            continue  # a phone, a date, a document's number: no word in it, so no street (read without a split)
        lowered = cyrillic_lookalikes(value).lower()  # read as the texts are (_spans)
        if not _HAS_DIGIT.search(value) and STREET_WORDS.isdisjoint(NAME_WORD.findall(lowered)):
            continue  # a name, an e-mail, a code: no street in it (the common case, without splitting it)
        for part in _ADDRESS_PART.split(lowered):
            words = NAME_WORD.findall(part)
            if STREET_WORDS.isdisjoint(words):
                before_a_house = _WORDS_THEN_A_NUMBER.match(part)
                if before_a_house is None:
                    continue
                words = NAME_WORD.findall(before_a_house.group(1))
            streets.update(lemma for word in map(normalize_word, words) if word not in _COMMON_WORDS
                           for lemma in lemmas(word))
    return frozenset(streets)


# A part that starts with at most two words and a house number of 1-3 digits ("Тверская 5-12", "Новый Арбат 15"), not a
# year or a code ("г. Москвы 2005-04-01", an issuing office beside its date). Anchored: linear under finditer too.
_WORDS_THEN_A_NUMBER = re.compile(r"\A\s*+([^\W\d_]++(?:[\s.\-]++[^\W\d_]++)?+)[\s.]++\d{1,3}+(?![\d.:])")
_ADDRESS_PART = re.compile(r"[,;\n]")


def _place_lemmas(public: Iterable[str]) -> frozenset[str]:
    """The lemmas of the place names shown as values of their own ("Москва" in a call's region, "Московская обл."):
    public in the response. A place word inside a longer shown text makes nothing public: a CRM writing the hidden
    street with its house and flat into a tariff ("Тверская 5-12", red team s27 L4) does not make the street public."""
    places: set[str] = set()
    for value in dict.fromkeys(public):
        if _HAS_DIGIT.search(value):
            continue
        words = [word for word in NAME_WORD.findall(value) if normalize_word(word) not in ADDRESS_PART_WORDS]
        if words and all(_is_place(word) for word in words):
            places.update(lemma for word in words for lemma in lemmas(word))
    return frozenset(places)


def _base64_like(token: str) -> bool:
    # islower / isupper first: a key or a word ("flash_restrictions", "2026-10-30T09") fails them without a loop
    return (not token.islower() and not token.isupper() and not token.isalpha()
            and any(ch.isdigit() or ch in "+/" for ch in token))


def _decoded_text(token: str) -> str | None:
    """The UTF-8 text a base64 run stands for (either alphabet), or None when it stands for none."""
    body = token.rstrip("=")
    alphabet = body.translate(str.maketrans("-_", "+/"))
    try:
        raw = base64.b64decode(alphabet + "=" * (-len(alphabet) % 4), validate=True)
    except ValueError:
        return None
    return _utf8_text(raw)


def _base32_text(token: str) -> str | None:
    """The UTF-8 text a base32 run stands for, or None when it stands for none (a word of capitals decodes to bytes
    that are no UTF-8 text)."""
    body = token.rstrip("=").upper()
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except ValueError:
        return None
    text = _utf8_text(raw)
    return text if text is not None and any(ch.isalnum() for ch in text) else None


def _utf8_text(raw: bytes) -> str | None:
    """`raw` as UTF-8 text a reader can read (printable characters and blanks), or None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if all(ch.isprintable() or ch.isspace() for ch in text) else None


def _marks_as_letters(word: str) -> re.Pattern[str]:
    """`word` (lowercase) as a pattern: each run of marks stands for up to one letter more than it has marks, or, ending
    the word, two more (its ending hidden too)."""
    parts, last = [], 0
    for run in _HIDING_RUN.finditer(word):
        parts.append(re.escape(word[last:run.start()]))
        extra = 2 if run.end() == len(word) else 1
        parts.append(f"[^\\W\\d_]{{0,{len(run.group()) + extra}}}")
        last = run.end()
    parts.append(re.escape(word[last:]))
    return re.compile("".join(parts))


def _masked(text: str, spans: list[tuple[int, int]]) -> tuple[str, int]:
    """`text` with the spans (overlapping or touching ones merged) replaced by MASK, and how many there were."""
    joined = joined_spans(spans)
    return spans_hidden(text, joined, MASK), len(joined)


def collect_texts(payload: Any, texts: dict[str, None], numbers: bool) -> None:
    """Every distinct string and key of a JSON value (and numbers, integer or decimal, as text, when there are numbers
    to look for)."""
    stack = [payload]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            texts[value] = None
        elif isinstance(value, dict):
            for key, inner in value.items():
                if isinstance(key, str):
                    texts[key] = None
                stack.append(inner)
        elif isinstance(value, list):
            stack.extend(value)
        elif numbers and (written := _number_text(value)) is not None:
            texts[written] = None


def _number_text(value: Any) -> str | None:
    """A JSON number as the text it is read as — an integer or a decimal alike (`4505.678901`, `0.123456789` hold a
    passport's and a contract's digits as surely as `4505678901`: every scalar is scanned whatever its JSON type);
    None for anything else (a bool is not a number here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return repr(value)


_MIN_HEAD = 5  # a phone's first digits that end a text: fewer would be any code ("8 903")


def _opens(text: str, start: int) -> bool:
    """Nothing but spaces between `start` and the beginning of its text (the string's, or a NUL's)."""
    position = start - 1
    while position >= 0 and text[position] != _SEPARATOR and text[position].isspace():
        position -= 1
    return position < 0 or text[position] == _SEPARATOR


def _closes(text: str, end: int) -> bool:
    """Nothing but spaces or a full stop between `end` and the end of its text."""
    position = end
    while position < len(text) and text[position] != _SEPARATOR and (text[position].isspace() or text[position] in ".,;"):
        position += 1
    return position == len(text) or text[position] == _SEPARATOR


def _plain_letters(text: str) -> str:
    """`text` with styled letters and digits read as the plain ones they display, one character for one: full-width
    forms ("Ｉｖａｎｏｖ", "＠"), mathematical alphanumerics ("𝐈𝐯𝐚𝐧𝐨𝐯"), circled, squared and negative letters
    ("🅸🆅🅰🅽🅾🆅"), small capitals ("ɪᴠᴀɴᴏᴠ"), modifier letters ("ᴵᵛᵃⁿᵒᵛ"), enclosed digits ("⑥⑦⑧", "❼❾❽", "⑹⑺⑻"): the
    one table of them (guard/normalize.STYLED)."""
    return plain_styled(text)


def _in_original(visible: NormalizedText, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans found in a text read without the characters a screen draws as nothing, in the text's own offsets."""
    return [visible.to_original(start, end) for start, end in spans] if visible.changed else spans


def _read(text: str) -> str:
    """`text` as a reader reads its numbers, one character for one: other scripts' digits as 0-9, letters that look
    like digits as those digits where they stand among digits ("8 9О3 12З", "l23", "45O5"), control characters
    (not NUL, the texts' separator) and letters a screen shows blank as spaces."""
    text = ascii_digits(text)
    if _BLANK_LETTER.search(text):
        text = text.translate(_BLANK_AS_SPACE)
    if _LOOKALIKE_BY_A_DIGIT.search(text):
        text = _AMONG_DIGITS.sub(lambda run: run.group().translate(AS_DIGITS), text)
    # a group scanned all in look-alike letters beside a number's digit groups ("серия ЗЗ 11", "ЗЗ 11 456789": red team
    # bb19, f05): normalize's widest reading, down to a hidden number's shortest group
    text = lookalikes_as_digits(text, shortest=_MIN_NUMBER_DIGITS)
    return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text


# Letters (to a regular expression, \w) that a screen shows as nothing or as a stroke: the Hangul fillers, the Arabic
# tatweel, the Khmer inherent vowels. Between two digit groups they are a separator to the reader ("4505\u3164678901"
# is one number), not a letter that ends the group.
_BLANK_LETTERS = "\u115f\u1160\u3164\uffa0\u0640\u17b4\u17b5"
_BLANK_LETTER = re.compile(f"[{_BLANK_LETTERS}]")
_BLANK_AS_SPACE = str.maketrans(dict.fromkeys(_BLANK_LETTERS, " "))
# Letters a reader takes for digits when they stand among digits (guard/normalize's one table: O and О for 0, l and
# I for 1, З for 3, б for 6, S for 5, B and В for 8): a run of digits and these letters with a digit in it is a number
# to its reader. No word without a digit is touched ("ООО", "IV"), and a run is read one character for one (offsets
# do not move). The redactor reads З, б, S, B only inside long numbers (a house's letter, a model's "S23"); here a
# read run only ever matches the card's own hidden values, so the wider reading costs nothing shown.
_LOOKALIKE_BY_A_DIGIT = re.compile(rf"\d[{DIGIT_LOOKALIKES}]|[{DIGIT_LOOKALIKES}]\d")
# Starts only where a run starts, possessive: linear on any input (tests/test_redos.py).
_AMONG_DIGITS = re.compile(rf"(?<![{DIGIT_LOOKALIKES}\d])[{DIGIT_LOOKALIKES}]*+\d[{DIGIT_LOOKALIKES}\d]*+")


# Fields holding the same kind of value under different names: one kind for what a shown value may exempt.
_FIELD_KINDS = {"msisdn": "phone", "city_number": "phone", "phone": "phone"}


def _field_kind(path: tuple[Any, ...]) -> str:
    """The kind of the field a card path ends in: its last key ("numbers[0].msisdn" -> "phone"); "" for none."""
    for part in reversed(path):
        if isinstance(part, str):
            return _FIELD_KINDS.get(part, part)
    return ""


# The house, building and flat numbers written after a street ("5-12", ", д. 5, кв. 12", " д.5 корп.2"; "-5-12" joined to
# it, ". 5/12" after its abbreviation: red team bb17 13): the house words
# are the address kind's (recognizers/address.py). Possessive, each repetition starts with a digit or a house word.
# Read from a word's end, so it starts only at a run's first blank or comma (else every suffix of a long run is scanned:
# quadratic), or right after one comma ending a word typed in the Latin layout ("Ujke, 5": the comma is the key of "б").
_HOUSE_WORD = "|".join(re.escape(word) for word in sorted(HOUSE_WORDS | {"к"}, key=len, reverse=True))
_HOUSE_AFTER = re.compile(rf"(?<![ \t])(?<![ \t,],)(?:[ \t,.\-]*+(?:(?:{_HOUSE_WORD})\.?[ \t]*+)?\d++[а-яё]?(?!\w)"
                          rf"(?:[ \t]*+[-/][ \t]*+\d++[а-яё]?(?!\w))?)++", re.IGNORECASE)
# A word of three or four letters cut with a full stop ("Кир.", "Твер."): a street's head when a house follows it.
_SHORT_STREET_HEAD = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,4})\.")
_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{4,}(?![A-Za-z])")
# A Latin word, its letters with marks too ("Ševčukov", "Tverskaâ": ISO 9 and other national transliterations), read
# by its phonetic key (CardSecrets._phonetic_spans). Possessive, starts only where a word starts: linear.
_LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u02b9\u02ba"
# Cyrillic letters too, in a word that holds a Latin one: a Russian stem with a Latin ending («Кузнецоff», red team bb5,
# 23) is keyed whole (phonetic_key reads both scripts); the lookahead looks once from where a word starts: linear.
_TRANSLITERATED_WORD = re.compile(f"(?<![{_LATIN_LETTERS}А-Яа-яЁё])(?=[А-Яа-яЁё]*+[{_LATIN_LETTERS}])"
                                  f"[{_LATIN_LETTERS}А-Яа-яЁё]{{4,}}+(?:['’ʼ][{_LATIN_LETTERS}А-Яа-яЁё]++)*+")
# Russian case endings as their phonetic keys (guard/normalize.phonetic_key: "-ой"/"-oj" is "o", "-ым" is "im", the
# Latin "-ym" / "-ykh" / "-ymi", whose "y" the key drops, "m", "h", "mi").
_PHONETIC_ENDINGS = ("a", "u", "o", "e", "i", "om", "im", "ih", "ami", "ah", "oi", "ei", "imi", "m", "h", "mi")
_MIN_PHONETIC_KEY = 4  # a key shorter than this ("Sek") is too loose to stand for a hidden word
# A word typed with the keyboard left in the Latin layout ("Bdfyjd" is "Иванов" on the Russian ЙЦУКЕН keys; ";erjd"
# is "Жуков"): the keys' punctuation stands for letters too.
_LAYOUT_WORD = re.compile(r"(?<![\w\[\];',.`])[A-Za-z\[\];',.`]{3,}+")
_LATIN_KEYS, _RUSSIAN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`", "йцукенгшщзхъфывапролджэячсмитьбюё"
_LATIN_LAYOUT = str.maketrans(_LATIN_KEYS, _RUSSIAN_KEYS)
_CYRILLIC_KEYS = str.maketrans(_RUSSIAN_KEYS, _LATIN_KEYS)


# The field names' Latin words and their readings' lemmas ("last_name" -> "last", "name"), by the set of field
# names a policy knows: policy data, never a card's value (as the policy's own plans, guard/policy/evaluator.py),
# read once a process instead of once a response. A few policies at most; cleared past that.
_FIELD_WORDS: dict[frozenset[str], dict[str, frozenset[str]]] = {}


def _field_words(field_names: frozenset[str]) -> dict[str, frozenset[str]]:
    if not field_names:
        return {}
    words = _FIELD_WORDS.get(field_names)
    if words is None:
        if len(_FIELD_WORDS) >= 8:
            _FIELD_WORDS.clear()
        words = _FIELD_WORDS[field_names] = {latin: _latin_lemmas(latin) for name in sorted(field_names)
                                             for latin in _LATIN_WORD.findall(name)}
    return words


class _KeyReading(frozenset):
    """Every lemma through which a word matcher of CardSecrets could find a hidden word in one field name (its words,
    their hyphenated and camel-case parts, a spelled run, its Latin and keyboard-layout readings), and the name
    lowercased (for the e-mail matcher: a name without white space holds an ASCII e-mail only as a substring)."""

    lowered: str


class _KeyReadings(dict):
    """field name -> _KeyReading, and every name lowercased, joined by NULs (`lowered`; no e-mail holds a NUL)."""

    lowered: str = ""


_NO_KEYS = _KeyReadings()
_KEY_READINGS: dict[frozenset[str], _KeyReadings] = {}


def _key_readings(field_names: frozenset[str]) -> _KeyReadings:
    """For each field name that only the word and e-mail matchers could ever match (printable ASCII without digits,
    white space, a mask or an encoded run — so the number, date, cut-value and encoded-run matchers find nothing in
    it, whatever the secrets), what could match it (_KeyReading). Policy data, never a card's value (as
    _field_words); read once a process. A field name whose reading is disjoint from a response's hidden words and
    that holds none of its e-mails gets no span from any matcher, so scrub_texts passes it over unchanged."""
    table = _KEY_READINGS.get(field_names)
    if table is None:
        if len(_KEY_READINGS) >= 8:
            _KEY_READINGS.clear()
        words = _field_words(field_names)
        table = _KeyReadings()
        for name in field_names:
            if (not name or not name.isascii() or not name.isprintable() or _HAS_DIGIT.search(name)
                    or any(ch.isspace() for ch in name) or _MASK_TOKEN.search(name)
                    or NO_SECRETS._encoded_spans(name)):
                continue
            found: set[str] = set()
            for word in NAME_WORD.findall(name):
                for part in {word, *word.split("-"), *_camel_parts(word)}:
                    found |= lemmas(part)
                found |= lemmas(normalize_word(word[::-1]))  # read backwards (CardSecrets._backwards)
            for _, _, letters in spelled_words(name, any_marks=True):
                found |= lemmas(letters)
            for latin in _LATIN_WORD.findall(name):
                found |= words.get(latin) or _latin_lemmas(latin)
                for part in _camel_parts(latin):
                    found |= _latin_lemmas(part)
            for typed in _LAYOUT_WORD.findall(name):
                for reading in _layout_readings(typed):
                    found |= lemmas(reading)
            reading = table[name] = _KeyReading(found)
            reading.lowered = name.lower()
        table.lowered = _SEPARATOR.join(reading.lowered for reading in table.values())
        _KEY_READINGS[field_names] = table
    return table


# Words glued in camel case, as file names and logins write them ("IvanovPetrSergeevich", "ИвановПётр").
_CAMEL_PART = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+|[a-zа-яё]+")


def _camel_parts(word: str) -> list[str]:
    """The parts of a word glued in camel case, each long enough to be a hidden word; [] for any other word."""
    if word[1:].islower() or word.isupper():
        return []
    parts = _CAMEL_PART.findall(word)
    if len(parts) < 2 or "".join(parts) != word:
        return []
    return [part for part in parts if len(part) >= MIN_WORD]


def _latin_lemmas(word: str) -> frozenset[str]:
    """The lemmas of every Cyrillic reading of a Latin word ("Iwanow" -> {"иванов", ...})."""
    return frozenset(lemma for reading in _cyrillic_readings(word) for lemma in lemmas(reading))


def _loose(reading: str) -> str:
    """A Cyrillic reading as a transliteration leaves it, whichever system wrote it: no soft or hard sign (ICAO, the
    passport's machine-readable zone: "Vorobev"), "ё" as "е" or as "йо" / "ьо" / "ио" ("Vorobjov", "Worobjow", the French
    "Vorobiov"), the soft sign as "i" ("Vorobiev"), "й" dropped
    ("Vorobyov"), then the vowels heard alike as one (_ONE_VOWEL). "воробьёв", "воробйов" and "ворабев" all give
    "варабив"."""
    return _SOFT_I.sub("", _LOOSE_SIGNS.sub("е", reading)).translate(_NO_SIGNS).translate(_ONE_VOWEL)


_LOOSE_SIGNS = re.compile("[йьи]о|ё")
_SOFT_I = re.compile("и(?=[аеиоуыэюя])")  # a soft sign written "i" before a vowel ("Soloviev", "Vorobiev")
_NO_SIGNS = str.maketrans("", "", "ьъй")


def _cyrillic_readings(word: str) -> set[str]:
    """A Latin word read back in Cyrillic the usual ways: "Iwanow" -> "иванов"; the French "-off" is "-ов"."""
    reading = latin_to_cyrillic(word)
    readings = {reading}
    if reading.endswith("фф"):
        readings.add(reading[:-2] + "в")
    if reading.endswith("ф"):
        readings.add(reading[:-1] + "в")
    return readings


def _layout_readings(typed: str) -> list[str]:
    """What a word typed in the Latin layout reads as on the Russian keys, with and without a full stop or comma at its
    end (punctuation after the word, or the keys of "б" and "ю"), in that order; one letter for one character, so a
    reading's length is the typed word's. Nothing for a run without a Latin letter."""
    lower = typed.lower()
    if not any("a" <= ch <= "z" for ch in lower):
        return []
    readings = [lower.translate(_LATIN_LAYOUT)]
    stripped = lower.rstrip(",.")
    if stripped != lower and len(stripped) >= MIN_WORD:
        readings.append(stripped.translate(_LATIN_LAYOUT))
    return readings


def _names_a_person(word: str) -> bool:
    """A word with a surname, first-name or patronymic reading ("Иванов", "Королёв"; not "Москва")."""
    return any(not _PERSON_TAGS.isdisjoint(parse.tag.grammemes) for parse in parses(word))


_PERSON_TAGS = frozenset({"Surn", "Name", "Patr"})


def _is_place(word: str) -> bool:
    """A word with a place-name reading ("Москва", "Тверская"): public once a shown field names it."""
    return any("Geox" in parse.tag.grammemes for parse in parses(word))


def _spaced(literal: str) -> re.Pattern[str]:
    """`literal` with any run of spaces allowed between its characters, any case."""
    return re.compile(r"\s*".join(re.escape(ch) for ch in literal), re.IGNORECASE)


def _cut_literal(literal: str) -> re.Pattern[str]:
    """The first 4 or more characters of `literal` (spaces allowed between them) right before a mask."""
    optional = ""
    for ch in reversed(literal[4:]):
        optional = rf"(?:\s*{re.escape(ch)}{optional})?"
    return re.compile(r"\s*".join(re.escape(ch) for ch in literal[:4]) + optional + _BEFORE_MASK, re.IGNORECASE)


# What a detector may leave of a date before its mask ("12.III.<DATE_OF_BIRTH>", "21 декабря <DATE_OF_BIRTH>"):
# the day (one or two digits), then the month in two digits, one digit, Roman numerals or a word, right before a
# mask. One pattern per shape of day and month, so that at a given start each reads exactly one day and month.
def _cut_date_pattern(day: str, month: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d)0?(?P<day>{day})(?:-?(?:го|е|ое))?\s*[./\-]?\s*(?P<month>{month})(?![IVXivx\w])"
                      rf"\s*[./\-]?" + _BEFORE_MASK, re.IGNORECASE)


_DIGITS_START = re.compile(r"(?<!\d)\d")
# A whole run of word characters, white space and date separators that ends right before a mask: every character
# of a _CUT_DATES match is one of these, so each match lies in one such run (linear: a run starts only where the
# character before it is none of these).
_RIGHT_BEFORE_A_MASK = re.compile(r"(?<![\w\s./\-])[\w\s./\-]++(?=<[A-Z_]+>|\*\*\*|\[скрыто\])")
_CUT_DATES = tuple(
    _cut_date_pattern(day, month)
    for day in (r"[1-9]", r"[1-9]\d")
    for month in (r"\d", r"\d\d", "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True) + list(_MONTHS)))
)


def _month_number(month: str) -> int:
    """A month as a date pattern read it (digits, a Roman numeral or a genitive, any case) -> 1-12; 0 for none.
    Read character by character as the case-blind pattern matched it ("İİİ" is III to re.IGNORECASE)."""
    if month.isascii() and month.isdigit():
        return int(month)
    return _MONTH_NUMBER.get(_as_ascii_letters(month).lower(), 0)


class _Folded:
    """A text without its white space, lowercased, each character re.IGNORECASE matches with an ASCII letter as that
    letter (Kelvin sign -> k, dotted İ -> i), computed on first use: an ASCII e-mail (or its first four
    characters) that is not in it cannot be matched by its spaced, case-blind pattern, which is then not built."""

    __slots__ = ("text", "_value")

    def __init__(self, text: str) -> None:
        self.text = text
        self._value: str | None = None

    def may_hold(self, literal: str) -> bool:
        if not literal.isascii():
            return True  # no shortcut: the pattern decides
        if self._value is None:
            despaced = "".join(self.text.split())  # str.split's white space is re's \s (both Py_UNICODE_ISSPACE)
            self._value = (despaced if despaced.isascii() else _as_ascii_letters(despaced)).lower()
        return literal.lower() in self._value


# The characters other than ASCII letters that re.IGNORECASE matches with an ASCII letter: dotted and dotless i, long
# s, Kelvin sign (tests/security/test_scrub_patterns.py asks re about every code point and finds these four).
_ASCII_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def _as_ascii_letters(text: str) -> str:
    """`text` with each of _ASCII_TWINS written as its ASCII letter (str.replace: a C scan per character, where
    str.translate with a table walks the text in Python-level steps)."""
    for twin, letter in _ASCII_TWINS.items():
        if twin in text:
            text = text.replace(twin, letter)
    return text


def _texts_of(value: Any) -> list[str]:
    """The strings inside a value, keys left out (a hidden mapping's keys are field names, not its secret)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for inner in value.values() for text in _texts_of(inner)]
    if isinstance(value, list):
        return [text for inner in value for text in _texts_of(inner)]
    return []


def _leaves(values: Iterable[Any]) -> Iterable[str]:
    """Every string, number and key inside the values, as text; and each two neighbouring scalars of a mapping in
    one line, so that a value split over fields is also matched whole (a passport's series and number written as
    one number)."""
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            scalars = [inner if isinstance(inner, str) else written for inner in value.values()
                       if isinstance(inner, str) or (written := _number_text(inner)) is not None]
            for first, second in zip(scalars, scalars[1:]):
                yield f"{first} {second}"
            stack.extend(key for key in value if isinstance(key, str))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            yield value
        elif (written := _number_text(value)) is not None:
            yield written


def _iso_date(value: str) -> date | None:
    # The date a hidden value starts with ("1980-03-12 (со слов)"): matched in its written forms wherever it is.
    return parse_date(value.strip()[:10]) if _ISO_DATE.match(value) else None


# "21 декабря 1999", "21-го декабря 99 года": the day, the month as a word, the year (after normalize). One
# pattern for every date, its parts compared with the hidden dates' (no pattern is made or kept per date).
_DATE_IN_WORDS = re.compile(r"(?<!\d)0?(?P<day>[1-9]\d?)(?:-?(?:го|е|ое))?\s+(?P<month>" + "|".join(_MONTHS)
                            + r")\s+(?P<year>\d{4}|\d{2})(?!\d)", re.IGNORECASE)
# "июня 79го", "в июне 1979 г.", "июнь-79": a month's word in any case, then its year (after normalize).
_MONTH_AND_YEAR = re.compile(r"(?<![^\W\d_])(?P<month>[а-яё]{3,}+)[\s\-]{1,3}+(?P<year>\d{4}|\d{2})(?!\d)",
                             re.IGNORECASE)
# "12.III.1980", "12 III 80": the month in Roman numerals (longest first, so "III" is not read as "I").
_DATE_IN_ROMAN = re.compile(r"(?<!\d)0?(?P<day>[1-9]\d?)\s*[./\-]?\s*(?P<month>"
                            + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
                            + r")(?![IVXivx])\s*[./\-]?\s*(?P<year>\d{4}|\d{2})(?!\d)", re.IGNORECASE)


def _birth_dates(text: str, normalized: "_LazyNormalized") -> list[tuple[int, int]]:
    """A date right after a birth word, whatever its value and the card's (the birth-date kind's rule,
    recognizers/birth_date.py): card-blind, so no comment can test a guess of the owner's birthday (red team bb4 F15)."""
    if not A_BIRTH_CUE.search(text):
        return []
    normalized = normalized.value
    return [normalized.to_original(*span) if normalized.changed else span
            for span in dates_after_a_birth_cue(normalized.text)]


def unnamed_paths(decision: PolicyDecision) -> set[Any]:
    """The paths of the fields no rule names (default deny), which `CardSecrets.of` reads word by word."""
    return {rule.at for rule in decision.applied if rule.rule == DEFAULT_DENY_RULE}


def shown_parts_of(decision: PolicyDecision) -> tuple[frozenset[str], frozenset[str]]:
    """The runs of digits the policy shows of the numbers it masks to a prefix or last 4 ("7903*******"): those of a
    number hidden nowhere else (shown as the policy says), and those of a number another path hides whole (the contact
    phone hidden, its prefix is not shown as a call's number either). The numbers hidden elsewhere are read only when a
    number shown in part has digits to compare with them (a decision per card and level: most cards hide dates and
    numbers that no partly shown path shares)."""
    if not decision.partly:
        return frozenset(), frozenset()
    hidden_at = dict(decision.hidden)
    partly = [({digits for leaf in _leaves([hidden_at.get(path)]) for digits in _whole_numbers(leaf)},
               {run for leaf in _leaves([masked]) for run in DIGITS.findall(leaf) if len(run) >= _MIN_NUMBER_DIGITS})
              for path, masked in decision.partly.items()]
    whole = {digits for path, value in decision.hidden if path not in decision.partly
             for leaf in _leaves([value]) for digits in _whole_numbers(leaf)} \
        if any(hidden for hidden, _ in partly) else set()
    shown, cut = set(), set()
    for hidden, parts in partly:
        (cut if hidden & whole else shown).update(parts)
    return frozenset(shown - cut), frozenset(cut)


def _whole_numbers(value: str) -> list[str]:
    """The digits of `value`'s number secrets that are numbers, not written forms of one (`_number_secrets` without its
    forms): a value that opens with a date is its written forms alone, so none, and no form of it is built."""
    if not _HAS_DIGIT.search(value) or _iso_date(value) is not None:
        return []
    return [secret.digits for secret in _number_secrets(value) if not secret.form]


def _phones_of(values: Iterable[str]) -> frozenset[str]:
    """National digits of the values that are phone numbers."""
    digits = (_NOT_DIGIT.sub("", value) for value in dict.fromkeys(values) if _HAS_DIGIT.search(value))
    return frozenset(national(number) for number in digits if is_phone_digits(number))


def _number_secrets(value: str) -> list[_NumberSecret]:
    if not _HAS_DIGIT.search(value):
        return []
    secrets: list[_NumberSecret] = []
    moment = _iso_date(value)
    if moment is not None:
        return [_NumberSecret(digits, False, True) for digits in _date_forms(moment)]
    runs = _DIGIT_GROUP.findall(value)
    for run in runs:
        digits = _NOT_DIGIT.sub("", run)
        if len(digits) < _MIN_NUMBER_DIGITS:
            continue
        number = national(digits)
        # 11 digits behind 7/8 (any: a card's number is hidden whatever its code), or a personal 10-digit number
        if number != digits or is_phone_digits(digits):
            secrets += [_NumberSecret(number, True), _NumberSecret(digits[-7:], False, True)]
        else:
            secrets.append(_NumberSecret(digits, False))
    return secrets


def _may_speak_numbers(text: str) -> bool:
    return _HAS_LETTER.search(text) is not None


class _LazyNormalized:
    """`normalize_numbers(text)`, computed on first use: the number and date matchers share one."""

    __slots__ = ("text", "_value")

    def __init__(self, text: str) -> None:
        self.text = text
        self._value: NormalizedText | None = None

    @property
    def value(self) -> NormalizedText:
        if self._value is None:
            # An ASCII text ("*******4567", a date) without English number words (guard/normalize.py) is as it is.
            plain = self.text.isascii() and not may_hold_ascii_number_words(self.text)
            self._value = NormalizedText(self.text, self.text) if plain else normalize_numbers(self.text)
        return self._value


# Not memoized here: the words are hidden values (surnames), and no cache of the proxy keeps one; the cheap tests
# come first, and guard/morph.py remembers its own parses. A parse is name-like when its grammemes meet _NAME_TAGS.
def _is_name_like(word: str) -> bool:
    if len(word) < MIN_WORD or normalize_word(word) in _COMMON_WORDS:
        return False
    if word[:1].isupper():
        return True
    found = parses(word)
    return not found or any(not _NAME_TAGS.isdisjoint(parse.tag.grammemes) for parse in found)


# Not memoized: its answers are the lemmas of hidden words (guard/morph.py remembers its own parses).

def _secret_lemmas(word: str, every_reading: bool = False) -> frozenset[str]:
    """Lemmas a hidden word is matched by: its name-like parses' (Иванова -> иванов), or all when it has none or
    `every_reading` (a code word "Роза" is the flower as much as the name)."""
    found = parses(word)
    named = set() if every_reading else {normalize_word(p.normal_form) for p in found
                                         if not _NAME_TAGS.isdisjoint(p.tag.grammemes)}
    chosen = named or {normalize_word(p.normal_form) for p in found}
    return frozenset((chosen | {normalize_word(word)}) - _COMMON_WORDS)
