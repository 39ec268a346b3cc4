"""The shared half of the kinds_check..kinds_check5 build scripts: the letter -> type table of the inline markup
("[[T|8 916 123-45-67]]"), the markup to text and gold spans, the checks every set must pass, and its written.jsonl /
asr.jsonl. Each set's build.py keeps its own texts."""
import json
import os
import re
import sys

MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]+)\]\]")
ASR_TEXT = re.compile(r"^[а-яё]+( [а-яё]+)*$")
SHORT = {"A": "ADDRESS", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "L": "ACCOUNT_NUMBER",
         "C": "CONTRACT_NUMBER", "I": "IP_ADDRESS", "P": "PERSON", "D": "DATE_OF_BIRTH",
         "S": "RU_PASSPORT", "N": "RU_INN", "H": "RU_SNILS", "K": "CREDIT_CARD", "X": "CARD_EXPIRY",
         "V": "CARD_CVV", "B": "BANK_ACCOUNT", "Q": "RU_BIK", "O": "RU_OMS", "R": "RU_DRIVER_LICENSE",
         "U": "RU_PASSPORT_DEPT", "G": "RU_OGRN", "Z": "RU_BIRTH_CERTIFICATE", "Y": "CELL_ID"}


def parse(src, rid, short=SHORT):
    text, gold, pos = [], [], 0
    for m in MARK.finditer(src):
        text.append(src[pos:m.start()])
        start = sum(map(len, text))
        text.append(m.group(2))
        gold.append({"type": short.get(m.group(1), m.group(1)), "start": start, "end": start + len(m.group(2))})
        pos = m.end()
    text.append(src[pos:])
    out = "".join(text)
    if "[[" in out or "]]" in out:
        sys.exit(f"{rid}: markup left")
    return {"id": rid, "text": out, "gold": gold}


def build(here, prefix, crm, asr_texts, short=SHORT):
    """Write here/written.jsonl and here/asr.jsonl (ids '<prefix>-w-001', '<prefix>-a-001'), or exit naming the text."""
    written = [parse(t, f"{prefix}-w-{i:03d}", short) for i, t in enumerate(crm, 1)]
    asr = [parse(t, f"{prefix}-a-{i:03d}", short) for i, t in enumerate(asr_texts, 1)]
    check(written, asr, short)
    if len(written) != 40 or len(asr) != 60:
        sys.exit(f"want 40 written and 60 asr, have {len(written)} and {len(asr)}")
    write(here, written, asr)
    print(f"{len(written)} written, {len(asr)} asr; spans {dict(sorted(span_counts(written + asr).items()))}")


def check(written, asr, short=SHORT):
    """Exit naming the first ASR text that is not lowercase words, or the first span with outer spaces or an unknown type."""
    for item in asr:
        if not ASR_TEXT.match(item["text"]):
            sys.exit(f"{item['id']}: not ASR-shaped: {item['text']!r}")
    for item in written + asr:
        for g in item["gold"]:
            span = item["text"][g["start"]:g["end"]]
            if span != span.strip() or g["type"] not in short.values():
                sys.exit(f"{item['id']}: bad span {span!r}")


def write(folder, written, asr):
    for name, items in (("written.jsonl", written), ("asr.jsonl", asr)):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")


def span_counts(items):
    counts = {}
    for item in items:
        for g in item["gold"]:
            counts[g["type"]] = counts.get(g["type"], 0) + 1
    return counts
