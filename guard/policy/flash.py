"""What a Flash restriction means however the CRM writes it: the code (`no_contact_person`) or a note in words
("Запрет: контактное лицо", "запрет на сообщение ФИО контактного лица"; red team bb6, 04). The card policy's
`contains` test (guard/policy/conditions.py) asks here, so no rule depends on one spelling.

Fail closed: a note that names what a code protects next to any word of a ban means that code, however loosely it
is worded ("не давать КЛ", "контакт. лицо — нет"): the operator then sees less, never more. A ban is read as what it
restricts (red team bb29, f02): one on a person, a person's name or data («Запрещено сообщать ФИО», «не называть, кто
выдавал SIM»), or one the reader cannot place («не сообщать»), is the contact-person ban; a code cut short ("NCP",
"no_cp") is the code.
"""
from __future__ import annotations

import re

# A ban in a note: "запрет", "запрещено", "нельзя", "не сообщать", "без", "нет", "no", "do not", "скрыть".
_BAN = re.compile(r"(?<![а-яёa-z])(?:запрет|запрещ|нельзя|не[ \t]+|нет(?![а-яё])|без(?![а-яё])|скры|никому|"
                  r"no(?![a-z])|not(?![a-z])|don'?t|ban|forbid|restrict)", re.IGNORECASE)

# What each code protects, as a note names it.
_SUBJECTS: dict[str, re.Pattern] = {
    # Инструкция запретов, п. 4: the contact person ("контактное лицо", "конт. лицо", "КЛ", "contact person")
    "no_contact_person": re.compile(r"(?<![а-яёa-z])(?:конт(?:актн\w*|\.)?[ \t]*лиц|контакт\w*|кл(?![а-яё])|"
                                    r"contact)", re.IGNORECASE),
}


RESTRICTION_CODES = frozenset(_SUBJECTS)  # the codes a `contains` test reads as restrictions (fail closed on doubt)


def folded(text: str) -> str:
    """A Flash entry as a reader sees it: compatibility forms plain (full-width "ｎｏ＿ｃｏｎｔａｃｔ"), invisible characters
    removed, and a word typed with look-alike letters of the other script read in its own ("nо_contact_person" with a
    Cyrillic «о», "кoнтакт" with a Latin "o"; red team bb22, f08)."""
    from guard.normalize import latin_lookalikes, normalize_unicode  # the normalizer reads the registry, late

    return latin_lookalikes(normalize_unicode(text).text)


def named_codes(entry: str) -> frozenset[str]:
    """The restriction codes whose protected thing a Flash entry names, with or without a word of a ban
    ("contact_person: deny", "contact_person=false", a key `contact_person` set to anything). The Flash is where a
    CRM writes restrictions: an entry about the contact person that the proxy cannot read for certain is read as the
    ban (fail closed; red team bb22, f08)."""
    text = folded(entry)
    return frozenset(code for code, subject in _SUBJECTS.items() if subject.search(text))


def restriction_codes(note: str) -> frozenset[str]:
    """The restriction codes a Flash note means: a code in any spelling or cut short ("NCP", "no_cp": `_abbreviates`),
    or a ban in words on what a code protects — named ("Запрет: контактное лицо"), or read from what the ban is about
    (red team bb29, f02): for п. 4, a ban whose object is a person or a person's name or data («Запрещено сообщать
    ФИО», «не называть, кто выдавал SIM», «запрет на представителя»), or a ban the reader cannot place (nothing but
    the ban and an act of telling: «не сообщать», «запрет на разглашение») — it could concern the contact person, so
    it restricts it (fail closed). A ban on a thing or on another act («Запрет на смену тарифа», «не звонить после
    21:00», "no_sms") is placed: no code. None for a note with no ban."""
    note = folded(note)
    codes = {code for code in _SUBJECTS if _abbreviates(note, code)}
    if _BAN.search(note):
        codes |= {code for code, subject in _SUBJECTS.items() if subject.search(note)}
        if "no_contact_person" not in codes and _bans_an_act(note) and _may_concern_a_person(note):
            codes.add("no_contact_person")
    return frozenset(codes)


# Latin words a code or a note in English may ban a person's name with, and its acts of telling
_PERSON_ENGLISH = frozenset({"person", "persons", "name", "names", "fio", "rep", "representative", "agent", "employee",
                             "staff", "issuer", "who", "contact", "whom"})
_TELLING_ENGLISH = frozenset({"tell", "disclose", "say", "reveal", "share", "give", "provide", "inform", "show"})
_BAN_ENGLISH = frozenset({"no", "not", "do", "don", "t", "dont", "ban", "banned", "forbid", "forbidden", "restrict",
                          "restricted", "never", "deny"})
# the customer themself: a ban on calling or writing to them places the ban on them, not on the contact person
_CUSTOMER_LEMMAS = frozenset({"клиент", "абонент"})
_CONTENT_POS = frozenset({"NOUN", "INFN", "VERB", "PRTS", "PRTF", "NPRO"})
_LATIN_RUN = re.compile(r"[a-z]+")


# A ban proper, whatever it bans: its own words, or "не" / "not" before an infinitive or an imperative («не сообщать»,
# «не называйте») — a negated statement («симка не работает») bans nothing
_BAN_WORD = re.compile(r"(?<![а-яёa-z])(?:запрет|запрещ|нельзя|скры|никому|no(?![a-z.])(?!\s*\d)|don'?t|do[ \t]+not|"
                       r"never|ban|forbid|restrict)", re.IGNORECASE)  # "No. EA2716354" numbers, bans nothing
_NOT_BEFORE = re.compile(r"(?<![а-яёa-z])(?:не|not)[ \t]+([^\W\d_]+)", re.IGNORECASE)


_WITHOUT = re.compile(r"(?<![а-яёa-z])без[ \t]+([^\W\d_]+)", re.IGNORECASE)


def _bans_an_act(note: str) -> bool:
    """Whether a note holds a ban proper: a ban's word, «не» before an infinitive or an imperative, or «без» before
    what it withholds («без ФИО») — not before a ban («без ограничений», «без запрета»: no ban)."""
    from guard.morph import parses
    from guard.recognizers.lexicon import BAN_LEMMAS

    if _BAN_WORD.search(note):
        return True
    if any(word.isascii() or any(p.tag.POS == "INFN" or "impr" in p.tag for p in parses(word))
           for word in (found.group(1) for found in _NOT_BEFORE.finditer(note))):
        return True
    return any(not {p.normal_form for p in parses(found.group(1))} & BAN_LEMMAS for found in _WITHOUT.finditer(note))


def _may_concern_a_person(note: str) -> bool:
    """Whether a ban's object is a person or a person's name or data, or cannot be placed (Инструкция запретов, п. 4):
    by lemma and morphology — a person's noun (animate, not the customer), «кто», a name's or data's word
    (lexicon.PERSON_DATA_WORDS); no word but the ban's own, an act of telling, grammatical words and numbers (an object
    the reader cannot place)."""
    from guard.morph import parses
    from guard.recognizers.lexicon import BAN_LEMMAS, PERSON_DATA_WORDS, TELLING_LEMMAS

    placed = False
    words = re.findall(r"[^\W\d_]+", note.lower())
    for i, word in enumerate(words):
        if _LATIN_RUN.fullmatch(word):
            if word in _PERSON_ENGLISH:
                return True
            placed = placed or word not in _BAN_ENGLISH | _TELLING_ENGLISH
            continue
        forms = parses(word)
        lemmas = {p.normal_form for p in forms}
        if lemmas & PERSON_DATA_WORDS:
            return True
        if any(p.tag.POS in ("PRTF", "ADJF") and "anim" in p.tag for p in forms) and not (
                i + 1 < len(words) and any(p.tag.POS == "NOUN" for p in parses(words[i + 1]))):
            return True  # a participle or adjective standing for someone: «не называть выдавшего SIM», «ответственного»
        if not forms or forms[0].tag.POS not in _CONTENT_POS:
            continue
        if lemmas & (BAN_LEMMAS | TELLING_LEMMAS) or lemmas & {"не", "нет", "без"}:
            continue
        top = forms[0]
        if top.tag.POS == "NOUN" and not lemmas & _CUSTOMER_LEMMAS \
                and any("anim" in p.tag for p in forms if p.normal_form == top.normal_form):
            return True
        placed = True
    return not placed


def _abbreviates(entry: str, code: str) -> bool:
    """Whether a code-shaped entry (Latin letters, "_", "-", spaces) is `code` cut short: its letters are, in order,
    starts of the code's words, at least one beyond the ban's ("NCP", "no_cp", "noContPers", "CP" for
    no_contact_person); a code of other words ("no_sms", "VIP") is not."""
    text = entry.strip()
    if not 2 <= len(text) <= 40 or not re.fullmatch(r"[A-Za-z][A-Za-z_\- ]*", text):
        return False
    letters = re.sub(r"[_\- ]", "", text).lower()
    words = code.split("_")

    def fits(at: int, word: int, beyond_ban: bool) -> bool:
        if at == len(letters):
            return beyond_ban
        for k in range(word, len(words)):
            for length in range(len(words[k]), 0, -1):
                if letters.startswith(words[k][:length], at) and fits(at + length, k + 1, beyond_ban or k > 0):
                    return True
        return False

    return len(letters) >= 2 and fits(0, 0, False)
