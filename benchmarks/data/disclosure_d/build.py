#!/usr/bin/env python3
"""Build and validate the disc_d blind evaluation set (stdlib only).

Reads data.txt (one operator line per row: V|item|written or C|item|written,
optional "||asr override"), derives the ASR rendering, writes utterances.jsonl
and validates it. Exits non-zero on any failure.
"""
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data.txt")
OUT = os.path.join(HERE, "utterances.jsonl")

# ---------------------------------------------------------------- numbers
ONES = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь",
        "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
        "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
        "семьдесят", "восемьдесят", "девяносто"]
HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
            "семьсот", "восемьсот", "девятьсот"]


def under_thousand(n, fem=False):
    assert 0 <= n < 1000
    if n == 0:
        return []
    w = []
    h, r = divmod(n, 100)
    if h:
        w.append(HUNDREDS[h])
    if r >= 20:
        t, u = divmod(r, 10)
        w.append(TENS[t])
        if u:
            w.append(("одна" if fem and u == 1 else "две" if fem and u == 2 else ONES[u]))
    elif r:
        w.append(("одна" if fem and r == 1 else "две" if fem and r == 2 else ONES[r]))
    return w


def cardinal(n):
    if n == 0:
        return "ноль"
    assert n < 1000000
    th, r = divmod(n, 1000)
    w = []
    if th:
        if th == 1:
            w.append("тысяча")
        else:
            w += under_thousand(th, fem=True)
            last = th % 100
            if 11 <= last <= 19:
                w.append("тысяч")
            elif last % 10 == 1:
                w.append("тысяча")
            elif last % 10 in (2, 3, 4):
                w.append("тысячи")
            else:
                w.append("тысяч")
    w += under_thousand(r)
    return " ".join(w)


def digits(s):
    return " ".join(ONES[int(c)] for c in s)


def chunk_words(s, size):
    """Speak a digit string in groups of `size`; leading zeros spoken as 'ноль'."""
    out = []
    for i in range(0, len(s), size):
        g = s[i:i + size]
        out.append(group_words(g))
    return " ".join(out)


def group_words(g):
    if len(g) > 1 and g[0] == "0":
        return "ноль " + group_words(g[1:])
    return cardinal(int(g))


def speak_digit_run(s, rng, quantity=False):
    """Varied groupings: by hundreds, by pairs, digit by digit."""
    if quantity and s[0] != "0" and len(s) <= 6:
        return cardinal(int(s))
    if len(s) == 1 or (len(s) <= 3 and s[0] != "0"):
        return cardinal(int(s))
    mode = rng.choice(["pairs", "digits", "hundreds"])
    if len(s) <= 4:
        if mode == "digits":
            return digits(s)
        if s[0] == "0":
            rest = s[1:]
            if len(rest) <= 1 or mode == "hundreds":
                return "ноль " + group_words(rest)
            return "ноль " + group_words(rest[0]) + " " + group_words(rest[1:])
        return chunk_words(s, 2)
    if mode == "digits":
        return digits(s)
    if mode == "pairs":
        return chunk_words(s, 2)
    # hundreds: groups of three, remainder in pairs
    head = len(s) - (len(s) % 3 if len(s) % 3 else 0)
    parts = [s[i:i + 3] for i in range(0, head, 3)]
    rest = s[head:]
    words = [group_words(p) for p in parts]
    if rest:
        words.append(group_words(rest))
    return " ".join(words)


# ---------------------------------------------------------------- latin / abbreviations
LATIN = {
    "kuzmina": "кузьмина", "mail": "мейл", "ru": "ру", "petrov": "петров",
    "sergey": "сергей", "gmail": "джимейл", "com": "ком", "zakaz": "заказ",
    "uralsnab": "уралснаб", "ivanova": "иванова", "olga": "ольга", "bl": "би эл",
    "gui": "гуи", "vas": "вас", "mts": "эм тэ эс", "mktest": "эм ка тест",
    "lai": "лай", "siebel": "сибел", "numlex": "намлекс", "mms": "эм эм эс",
    "g": "джи", "esim": "есим", "e": "и", "wi": "вай", "fi": "фай",
}
ABBR = {
    "УВД": "у вэ дэ", "ОВД": "о вэ дэ", "ИП": "и пэ", "СМС": "эсэмэс", "ММС": "эмэмэс",
    "ООКМС": "о о ка эм эс", "АСР": "а эс эр", "СС": "эс эс", "ГОПу": "гопу",
    "ЕИ": "е и", "СУЗе": "сузе", "ОУД": "о у дэ", "ИНН": "и эн эн", "ФЗ": "эф зэ",
    "МТС": "эм тэ эс",
}
QUANTITY_NEXT = ("руб", "гигабайт", "мегабайт", "минут", "процент", "дн", "год", "лет")


def speak_email_or_host(m):
    s = m.group(0)
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d+|[@.\-_]", s):
        if tok == "@":
            out.append("собака")
        elif tok == ".":
            out.append("точка")
        elif tok == "-":
            out.append("дефис")
        elif tok == "_":
            out.append("нижнее подчёркивание")
        elif tok.isdigit():
            out.append(cardinal(int(tok)) if tok[0] != "0" or tok == "0" else digits(tok))
        else:
            out.append(LATIN[tok.lower()])
    return " " + " ".join(out) + " "


def to_asr(text, rng):
    t = text
    t = re.sub(r"\bWi-Fi\b", " вай фай ", t)
    t = re.sub(r"\be-mail\b", " имейл ", t)
    # e-mails and dotted hosts / IPs
    t = re.sub(r"[A-Za-z0-9._\-]+@[A-Za-z0-9.\-]+[A-Za-z]", speak_email_or_host, t)
    t = re.sub(r"\b[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)+\b", speak_email_or_host, t)
    t = re.sub(r"\b\d+(?:\.\d+){3}\b", speak_email_or_host, t)
    # USSD codes
    def ussd(m):
        parts = []
        for tok in re.findall(r"\*|#|\d+", m.group(0)):
            parts.append("звёздочка" if tok == "*" else "решётка" if tok == "#" else cardinal(int(tok)))
        return " " + " ".join(parts) + " "
    t = re.sub(r"\*[\d*]+#", ussd, t)
    # times hh:mm
    t = re.sub(r"\b(\d{1,2}):(\d{2})\b",
               lambda m: " %s %s " % (cardinal(int(m.group(1))), group_words(m.group(2))), t)
    # phone numbers: 8 XXX(X) XXX-XX-XX, and local XX-XX-XX; some spoken digit by digit
    def phone(m):
        groups = re.findall(r"\d+", m.group(0))
        mode = rng.choice(["groups", "groups", "digits", "pairs"])
        if mode == "digits":
            return " " + " ".join(digits(g) for g in groups) + " "
        if mode == "pairs":
            return " " + " ".join([group_words(groups[0])] + [chunk_words(g, 2) for g in groups[1:]]) + " "
        return " " + " ".join(group_words(g) for g in groups) + " "
    t = re.sub(r"\b8 \d{3,4} \d{2,3}(?:-\d{2}){2}\b", phone, t)
    t = re.sub(r"\b\d{2}-\d{2}-\d{2}\b", phone, t)
    t = t.replace("№", " номер ").replace("%", " процентов ")
    # Cyrillic abbreviations
    t = re.sub(r"[А-ЯЁ]{2,}[а-яё]?", lambda m: " " + ABBR.get(m.group(0), m.group(0).lower()) + " ", t)
    # remaining digit runs (split from adjacent letters)
    def num(m):
        after = t[m.end():m.end() + 12].lower().lstrip(" -")
        return " " + speak_digit_run(m.group(0), rng, quantity=after.startswith(QUANTITY_NEXT)) + " "
    t = re.sub(r"\d+", num, t)
    # remaining Latin words
    t = re.sub(r"[A-Za-z]+", lambda m: " " + LATIN[m.group(0).lower()] + " ", t)
    t = t.lower()
    t = re.sub(r"[^а-яё]+", " ", t)
    return re.sub(r" +", " ", t).strip()


# ---------------------------------------------------------------- build
def load():
    rows = []
    with open(DATA, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            body, _, override = line.partition("||")
            kind, item, written = body.split("|", 2)
            if kind not in ("V", "C"):
                raise ValueError("line %d: bad kind %r" % (ln, kind))
            rows.append((kind == "V", None if item == "-" else item, written.strip(),
                         override.strip() or None))
    return rows


def build():
    rows = load()
    order = list(range(len(rows)))
    random.Random(20261202).shuffle(order)
    objs = []
    for n, idx in enumerate(order, 1):
        violating, item, written, override = rows[idx]
        pair = "dd-%04d" % n
        rng = random.Random(pair)
        asr = override or to_asr(written, rng)
        for suffix, rendering, text in (("w", "written", written), ("a", "asr", asr)):
            objs.append({"id": "%s-%s" % (pair, suffix), "text": text, "speaker": "operator",
                         "violating": violating, "item": item, "rendering": rendering,
                         "pair": pair})
    with open(OUT, "w", encoding="utf-8") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return objs


def validate(path=OUT):
    errors = []
    objs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    if len(objs) != 600:
        errors.append("expected 600 objects, got %d" % len(objs))
    ids = Counter(o["id"] for o in objs)
    errors += ["duplicate id %s" % i for i, c in ids.items() if c > 1]
    keys = {"id", "text", "speaker", "violating", "item", "rendering", "pair"}
    pairs = {}
    for o in objs:
        if set(o) != keys:
            errors.append("%s: keys %s" % (o.get("id"), sorted(o)))
        if o["speaker"] != "operator":
            errors.append("%s: speaker" % o["id"])
        if o["rendering"] not in ("written", "asr"):
            errors.append("%s: rendering" % o["id"])
        if o["id"] != "%s-%s" % (o["pair"], o["rendering"][0]):
            errors.append("%s: id/pair/rendering mismatch" % o["id"])
        if o["violating"] and not (isinstance(o["item"], str) and re.fullmatch(r"\d{3}-\d+", o["item"])):
            errors.append("%s: violating line needs item" % o["id"])
        if o["item"] is not None and not re.fullmatch(r"\d{3}-\d+", o["item"]):
            errors.append("%s: bad item %r" % (o["id"], o["item"]))
        if o["rendering"] == "asr" and not re.fullmatch(r"[а-яё]+( [а-яё]+)*", o["text"]):
            errors.append("%s: asr text not clean: %r" % (o["id"], o["text"]))
        if o["rendering"] == "written" and (not o["text"].strip() or o["text"] != o["text"].strip()):
            errors.append("%s: written text empty/untrimmed" % o["id"])
        pairs.setdefault(o["pair"], []).append(o)
    for p, members in pairs.items():
        rs = sorted(m["rendering"] for m in members)
        if rs != ["asr", "written"]:
            errors.append("pair %s incomplete: %s" % (p, rs))
            continue
        a, b = members
        if a["violating"] != b["violating"] or a["item"] != b["item"]:
            errors.append("pair %s: labels differ" % p)
    for r in ("written", "asr"):
        texts = Counter(o["text"] for o in objs if o["rendering"] == r)
        errors += ["duplicate %s text: %s" % (r, t) for t, c in texts.items() if c > 1]
        v = sum(1 for o in objs if o["rendering"] == r and o["violating"])
        c = sum(1 for o in objs if o["rendering"] == r and not o["violating"])
        if (v, c) != (150, 150):
            errors.append("%s: %d violating / %d clean, expected 150/150" % (r, v, c))
    return objs, errors


def main():
    try:
        build()
    except Exception as e:  # noqa: BLE001
        print("BUILD FAILED: %r" % (e,), file=sys.stderr)
        return 1
    objs, errors = validate()
    for e in errors:
        print("FAIL:", e, file=sys.stderr)
    if errors:
        return 1
    per_item = Counter((o["violating"], o["item"]) for o in objs if o["rendering"] == "written")
    print("OK: %d objects, %d pairs" % (len(objs), len(objs) // 2))
    for (v, item), c in sorted(per_item.items(), key=lambda kv: (not kv[0][0], kv[0][1] or "~")):
        print("  %s %-7s %d" % ("violating" if v else "clean    ", item, c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
