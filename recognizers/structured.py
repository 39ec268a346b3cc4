"""A structured text read as a person reads it aloud: each key (and its parent keys) named before its value.

A card serialised as JSON (`{"passport": {"series": "4505", "number": "678901"}}`) or written as "key: value" lines
("паспорт:\\n  серия: 4510\\n  номер: 882134", "contract_id: K-556677"), or as a two-column table ("Договор |
КП-2023-00781", "| Cell ID | 30517 |") carries a value's cue in its KEY, where no
recognizer's cue pattern reaches: the number stands alone in its quotes. `read_structure` turns such a text into a
reading — "passport series 4505, number 678901, contract id K-556677" — with an offset map from each value back to
the original; recognizers/base.ContextPatternRecognizer runs its own patterns and cues (the kind's one definition)
over that reading too, and every value a result covers is masked in the original. Nothing else changes: the text
is analyzed as written as well, and a text that is not structured has no reading (one cheap test).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from guard.morph import known_word
from guard.recognizers.lexicon import FIELD_KEY_WORDS, SPEAKER_TAG, latin_readings

# JSON tokens: a string, a number, a literal, a structural character; anything else means it is not JSON
# (a Python dict printed into a note too: single quotes, True / False / None; packed_h33's clerk pastes them)
_JSON_TOKEN = re.compile(r'("(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\')|(-?\d[\d.eE+\-]*)|(true|false|null|True|False|None)'
                         r'|([{}\[\]:,])')
# "key: value" and "key:" opening a nested block; a key is a short label, not a sentence, not a speaker's turn
_KEY_LINE = re.compile(r"^([ \t]*)(?:[-*][ \t]+)?([A-Za-zА-Яа-яЁё][\w .\-/()]{0,30}?)[ \t]*:[ \t]*(.*?)[ \t]*$",
                       re.MULTILINE)
_SPEAKER = re.compile(SPEAKER_TAG, re.IGNORECASE)  # matched at the key: "Клиент:", "Оператор 2:" open a turn
# a key's words: snake_case, kebab-case, camelCase, "dotted.keys"
_KEY_WORD = re.compile(r"[A-ZА-ЯЁ]?[a-zа-яё]+|[A-ZА-ЯЁ]+(?![a-zа-яё])|\d+")
_SEPARATOR = ", "


@dataclass(frozen=True)
class Reading:
    """The text as read aloud, and where each value copied into it came from: (reading start, reading end,
    original start) per value, in order."""

    text: str
    values: tuple[tuple[int, int, int], ...]
    # every key's words, space-separated: a kind none of whose words is among them finds nothing new in the reading
    keys: str

    def original_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """The pieces of original text that the reading's [start, end) covers: only values, never keys."""
        spans = []
        for r_start, r_end, o_start in self.values:
            if r_start < end and start < r_end:
                lo, hi = max(start, r_start), min(end, r_end)
                spans.append((o_start + lo - r_start, o_start + hi - r_start))
        return spans


def key_words(key: str) -> list[str]:
    """A key's words as a reader says them: a kind's Latin key name as its Russian cue ("BDAY" -> "дата рождения",
    "lastName" -> "фамилия", "code_word" -> "кодовое слово": lexicon.LATIN_KEY_NAMES), a transliterated Russian word in
    Cyrillic ("kodovoe_slovo" -> "кодовое слово")."""
    said = [w.lower() for w in _KEY_WORD.findall(key)]
    words: list[str] = []
    at, read = 0, False  # read: the last word was read as Russian
    while at < len(said):
        # the longest name of a kind's key that opens here: "date of birth" before "date"
        size = next((n for n in range(min(_LONGEST_KEY_NAME, len(said) - at), 0, -1)
                     if " ".join(said[at:at + n]) in FIELD_KEY_WORDS), 0)
        if size:
            words.append(FIELD_KEY_WORDS[" ".join(said[at:at + size])])
            at, read = at + size, True
            continue
        word, at = said[at], at + 1
        russian = russian_word(word)
        if read and word.isascii() and russian is None:
            continue  # a Latin qualifier after a key read as Russian ("ls_old", "pass_new", "tel_2", "contract_id"):
            # left unsaid, so the kind's cue stands right before its value whatever the qualifier
        words.append(russian or word)
        read = russian is not None or not word.isascii()
    return words


_LONGEST_KEY_NAME = max(len(name.split()) for name in FIELD_KEY_WORDS)
_SHORTEST_TRANSLITERATED = 4  # "imya"; not "dom", "kv", "id": too short to be sure of a language


def russian_word(word: str) -> str | None:
    """The Russian word a Latin word spells in transliteration ("kodovoe" -> "кодовое", "parol" -> "пароль": a soft
    sign at the end is not written), when the dictionary knows it; else None."""
    if not (word.isascii() and word.isalpha() and len(word) >= _SHORTEST_TRANSLITERATED):
        return None
    for reading in sorted(latin_readings(word)):
        reading = _IY_VOWEL.sub(lambda m: "и" + _IOTATED[m.group(1)], reading)  # "seriya" is "серия", not "серийа"
        for form in (reading, reading + "ь"):
            if known_word(form):
                return form
    return None


_IY_VOWEL = re.compile(r"ий([аеуо])")
_IOTATED = {"а": "я", "е": "е", "у": "ю", "о": "ё"}




def _json_fields(text: str) -> list[tuple[tuple[str, ...], int, int]] | None:
    """(key path, value start, value end) of every string or number value of a JSON text; None when it is not JSON."""
    fields: list[tuple[tuple[str, ...], int, int]] = []
    # each open container: [is_object, current key, expecting a key]
    stack: list[list] = []
    path: list[str] = []
    pos = 0
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        token = _JSON_TOKEN.match(text, pos)
        if token is None:
            return None
        pos = token.end()
        string, number, literal, char = token.groups()
        top = stack[-1] if stack else None
        if char in ("{", "["):
            stack.append([char == "{", None, char == "{"])
            continue
        if char in ("}", "]"):
            if not stack:
                return None
            stack.pop()
            if stack and stack[-1][0]:
                stack[-1][1] = None
            continue
        if char == ":":
            if top is None or not top[0]:
                return None
            top[2] = False
            continue
        if char == ",":
            if top is not None and top[0]:
                top[1], top[2] = None, True
            continue
        if top is not None and top[0] and top[2]:
            if string is None:
                return None
            top[1] = string[1:-1]
            continue
        if literal is None:
            start, end = (token.start(1) + 1, token.end(1) - 1) if string is not None else token.span(2)
            keys = tuple(c[1] for c in stack if c[0] and c[1] is not None)
            fields.append((keys, start, end))
    return fields if stack == [] else None


def _line_fields(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    """(key path, value start, value end) of "key: value" lines, nested by indentation under a "key:" with no value."""
    fields: list[tuple[tuple[str, ...], int, int]] = []
    parents: list[tuple[int, str]] = []  # (indent, key) of the open blocks
    keyed = 0
    for line in _KEY_LINE.finditer(text):
        indent, key, value = len(line.group(1).expandtabs(2)), line.group(2), line.group(3)
        if _SPEAKER.match(text, line.start(2)):
            return []  # a dialogue ("Клиент: …"), read by its own rules
        keyed += 1
        while parents and parents[-1][0] >= indent:
            parents.pop()
        if not value:
            parents.append((indent, key))
            continue
        fields.append((tuple(k for _, k in parents) + (key,), line.start(3), line.end(3)))
    # two keyed lines make a structure; one will do when its key is a field's name ("secret_word: …", "lastName: …"),
    # which no sentence's label is
    return fields if keyed >= 2 or (len(fields) == 1 and _FIELD_NAME.fullmatch(fields[0][0][-1])) else []


# a key that can only be a field's name: snake_case or camelCase ("code_word", "lastName", "pass_no")
_FIELD_NAME = re.compile(r"(?<![A-Za-z0-9_])(?:[A-Za-z]++(?:_[A-Za-z0-9]++)++|[a-z]++(?:[A-Z][a-z0-9]*+)++)")


# a table row of two cells, "Телефон | +7 926 455-12-90" or "| Cell ID | 30517 |": a key, then its value
_TABLE_ROW = re.compile(r"^[ \t]*+\|?[ \t]*+([A-Za-zА-Яа-яЁё][\w .\-/()]{0,30}?)[ \t]*\|([^|\n]*+)\|?[ \t]*$", re.MULTILINE)


def _table_fields(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    """(key, value start, value end) of a pasted two-column table's rows ("Поле | Значение" pastes, markdown tables)."""
    rows = []
    for row in _TABLE_ROW.finditer(text):
        value = row.group(2)
        start = row.start(2) + len(value) - len(value.lstrip())
        rows.append(((row.group(1),), start, row.start(2) + len(value.rstrip())))
    return [(key, start, end) for key, start, end in rows if start < end] if len(rows) >= 2 else []


# A table with a header row of labels and rows of values under them, cells cut by tabs, ";", "|" or commas (a CSV
# or Excel paste, a markdown table): "ЛС откуда<TAB>ЛС куда<TAB>сумма" over "263077120411<TAB>263077120950<TAB>1 200,00",
# "fio;dob;passport" over "Ахмедова Лейла Эльдаровна;19.02.1987;3608 662041". Each value's key is its column's label.
_COLUMN_SEPARATORS = ("\t", ";", "|", ",")
_LABEL = re.compile(r"[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё .\-/()_]{0,30}")
# in cells cut by tabs, ";" or "|" a label may hold a comma and "№": "Сумма, руб.", "№ договора"
_CELL_LABEL = re.compile(r"[A-Za-zА-Яа-яЁё№][A-Za-zА-Яа-яЁё .,\-/()_№]{0,30}")
_RULE_LINE = re.compile(r"[ \t|+\-=:]*")  # "|------|-----|", "+-----+-----+"


def _cells(line: str, start: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table's line, its spaces trimmed; a markdown row's outer pipes open no cell."""
    cells, pos = [], 0
    for piece in line.split(separator):
        lo, hi = pos, pos + len(piece)
        pos = hi + len(separator)
        while lo < hi and line[lo].isspace():
            lo += 1
        while hi > lo and line[hi - 1].isspace():
            hi -= 1
        cells.append((start + lo, start + hi))
    if separator == "|" and line.strip().startswith("|") and cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]
    if separator == "|" and line.strip().endswith("|") and cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


def _column_fields(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    """(column label, value start, value end) of every cell under a header row of three labels or more."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    fields: list[tuple[tuple[str, ...], int, int]] = []
    for separator in _COLUMN_SEPARATORS:
        index = 0
        while index < len(lines):
            start, line = lines[index]
            index += 1
            if line.count(separator) < 2:
                continue
            header = [text[lo:hi] for lo, hi in _cells(line, start, separator)]
            label = _LABEL if separator == "," else _CELL_LABEL
            if len(header) < 3 or not all(label.fullmatch(cell) for cell in header):
                continue
            rows = []
            while index < len(lines):
                row_start, row = lines[index]
                if _RULE_LINE.fullmatch(row) and row.strip():
                    index += 1
                    continue
                cells = _cells(row, row_start, separator)
                if len(cells) != len(header):
                    break
                rows.append(cells)
                index += 1
            if not any(any(ch.isdigit() for lo, hi in cells for ch in text[lo:hi]) for cells in rows):
                continue  # labels over labels: no table of values
            fields += [((label,), lo, hi) for cells in rows for label, (lo, hi) in zip(header, cells) if lo < hi]
    return fields


# "KEY=value" fields of an old system's export, on one line or many: "FAM=ГОРОХ NAM=ЕЛЕНА BDAY=19700304",
# "pasp=0515 772310;kp=250-004;adr=г. Владивосток, ул. Светлая, 5". A value runs to a ";", "|", "&", a line's end or
# the next key's "=".
_EQ_KEY = r"[A-Za-zА-Яа-яЁё][\w.]{0,15}"
_EQ_FIELD = re.compile(r"(?<![\w.=])(" + _EQ_KEY + r")[ \t]*=[ \t]*([^;|&\n=]*?)[ \t]*"
                       r"(?=[;|&\n]|$|[ \t,]+" + _EQ_KEY + r"[ \t]*=)")


# "KEY:value" fields cut by pipes or semicolons on one line: "ID:771203|MSISDN:79104412087|DOB:19870504|KP:780-014"
_COLON_FIELD = re.compile(r"(?:^|(?<=[;|]))[ \t]*(" + _EQ_KEY + r")[ \t]*:[ \t]*([^;|\n]*?)[ \t]*(?=[;|\n]|$)",
                          re.MULTILINE)


def _eq_fields(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    """(key, value start, value end) of "KEY=value" fields, when a text holds two of them or more, or of "KEY:value"
    fields cut by pipes or semicolons, three or more."""
    fields = [((field.group(1),), field.start(2), field.end(2)) for field in _EQ_FIELD.finditer(text)
              if field.end(2) > field.start(2)]
    if len(fields) >= 2:
        return fields
    fields = [((field.group(1),), field.start(2), field.end(2)) for field in _COLON_FIELD.finditer(text)
              if field.end(2) > field.start(2)] if "|" in text or ";" in text else []
    return fields if len(fields) >= 3 else []


# A heading of several keys joined by slashes and as many values joined by slashes: "СНИЛС/ИНН: 112-233-445 95 /
# 772912345678", "паспорт/тел.: 4505 678901 / 89161234567" (red team bb11 11). The i-th key is the i-th value's.
# A key is a word, maybe cut short, or two letters cut by a slash, one word themselves ("л/с", "р/с", "д/р"): "дог./л/с"
# is two keys, "договор" and "лицевой счёт".
_KEY_PART = r"(?:[A-Za-zА-Яа-яЁё]/[A-Za-zА-Яа-яЁё](?![\w/])\.?|[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё.\-]{0,15})"
_KEY_PARTS = re.compile(_KEY_PART)
_PAIRED_HEADING = re.compile(r"(?<![\w./])(" + _KEY_PART + r"(?:[ \t]*/[ \t]*" + _KEY_PART + r")+)[ \t]*:[ \t]*([^\n;|]+)")
# The same record again after a pipe or a semicolon, as many values slash-joined: "ФИО/д.р.: Бабкин С.Н./12.12.1975 |
# Бабкина Е.А./19.09.1978" — the heading's keys are the next group's too. Matched where the last value ended, which
# already took the spaces before the separator: no leading space run, so a search over spaces stays linear.
_NEXT_GROUP = re.compile(r"[|;][ \t]*([^\n;|]+)")
_SLASH = re.compile(r"(?<![ \t])[ \t]*/[ \t]*")  # from a space run's first character only: linear


def _paired_fields(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    """(key, value start, value end) for each key of a slash-joined heading whose values are as many, slash-joined."""
    fields: list[tuple[tuple[str, ...], int, int]] = []
    for heading in _PAIRED_HEADING.finditer(text):
        keys = _KEY_PARTS.findall(heading.group(1))
        group, value_start, value = heading, heading.start(2), heading.group(2)
        while group is not None:
            pieces = _slash_pieces(value_start, value.rstrip(), len(keys))
            if pieces is None:
                break
            fields += [((key,), lo, hi) for key, (lo, hi) in zip(keys, pieces)]
            group = _NEXT_GROUP.match(text, group.end())
            if group is not None:
                value_start, value = group.start(1), group.group(1)
    return fields


def _slash_pieces(value_start: int, value: str, count: int) -> list[tuple[int, int]] | None:
    """(start, end) of each of `count` slash-joined values in `value` (at `value_start`), or None if they are not as
    many or one is empty."""
    cuts = list(_SLASH.finditer(value))
    if len(cuts) != count - 1:
        return None
    bounds = [0] + [edge for cut in cuts for edge in cut.span()] + [len(value)]
    pieces = [(value_start + bounds[2 * k], value_start + bounds[2 * k + 1]) for k in range(count)]
    return pieces if all(lo < hi for lo, hi in pieces) else None


def read_structure(text: str) -> Reading | None:
    """The reading of a JSON text, of "key: value" lines, of a two-column table or of "KEY=value" fields; None for any
    other text."""
    if ":" not in text and "|" not in text and "=" not in text and "\n" not in text:
        return None
    stripped = text.lstrip()
    fields = _json_fields(text) if stripped[:1] in ("{", "[") else None
    if fields is None:
        fields = _line_fields(text) if ":" in text else []
        if not fields and "|" in text:
            fields = _table_fields(text)
        if not fields and ("=" in text or ":" in text):
            fields = _eq_fields(text)
        if "\n" in text:
            fields = sorted(fields + _column_fields(text), key=lambda field: field[1])
    if "/" in text and ":" in text:
        paired = _paired_fields(text)
        fields = sorted([field for field in fields if not any(lo < field[2] and field[1] < hi for _, lo, hi in paired)]
                        + paired, key=lambda field: field[1])
    if not fields:
        return None
    parts: list[str] = []
    values: list[tuple[int, int, int]] = []
    length, said, all_keys = 0, (), []
    for keys, start, end in fields:
        # name the keys this value does not share with the one before, as a reader does: "passport series 4505,
        # number 678901"
        shared = 0
        while shared < min(len(keys), len(said)) - 1 and keys[shared] == said[shared]:
            shared += 1
        words = " ".join(w for key in keys[shared:] for w in key_words(key))
        said = keys
        all_keys.append(words)
        prefix = (_SEPARATOR if parts else "") + (words + " " if words else "")
        parts.append(prefix + text[start:end])
        length += len(prefix)
        values.append((length, length + end - start, start))
        length += end - start
    return Reading("".join(parts), tuple(values), " ".join(all_keys))
