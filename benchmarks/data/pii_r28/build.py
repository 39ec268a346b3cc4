#!/usr/bin/env python3
"""Builds written.jsonl, asr.jsonl, negatives.jsonl from hand-written marked-up texts (written.py, asr.py).
Markup: [TYPE|value] or [TYPE|value|digits] = gold span; {text} = deliberate hard negative. Stdlib only, deterministic."""
import json, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, 'written.py'), encoding='utf-8').read(), ns)
exec(open(os.path.join(HERE, 'asr.py'), encoding='utf-8').read(), ns)
TYPES = ['PERSON', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'ADDRESS', 'RU_PASSPORT', 'RU_PASSPORT_DEPT', 'DATE_OF_BIRTH',
         'RU_INN', 'RU_SNILS', 'CREDIT_CARD', 'CARD_EXPIRY', 'CARD_CVV', 'BANK_ACCOUNT', 'RU_OMS', 'RU_DRIVER_LICENSE',
         'RU_BIRTH_CERTIFICATE', 'CONTRACT_NUMBER', 'ACCOUNT_NUMBER', 'IP_ADDRESS', 'LOGIN']
TOK = re.compile(r'\[([A-Z_]+)\|([^\]|]*)(?:\|([^\]]*))?\]|\{([^}]*)\}')

def parse(src):
    out, gold, neg, extra, pos = [], [], [], [], 0
    n = 0
    for m in TOK.finditer(src):
        out.append(src[pos:m.start()]); n += m.start() - pos
        if m.group(1):
            t, v, d = m.group(1), m.group(2), m.group(3)
            assert t in TYPES, t
            gold.append({'type': t, 'start': n, 'end': n + len(v)}); extra.append(d)
        else:
            v = m.group(4); neg.append({'start': n, 'end': n + len(v), 'text': v})
        out.append(v); n += len(v); pos = m.end()
    out.append(src[pos:])
    text = ''.join(out)
    assert '[' not in text and ']' not in text and '{' not in text and '}' not in text and '|' not in text, text
    return text, gold, neg, extra

# ---- checksums
def inn_ok(s):
    d = [int(c) for c in s]
    if len(d) != 12: return False
    c1 = sum(a * b for a, b in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    c2 = sum(a * b for a, b in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return d[10] == c1 and d[11] == c2
def snils_ok(s):
    if len(s) != 11: return False
    t = sum(int(c) * (9 - i) for i, c in enumerate(s[:9]))
    if t > 101: t %= 101
    return int(s[9:]) == (0 if t in (100, 101) else t)
def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0
def oms_ok(s):  # ENP check digit (FOMS order 79): odd positions from the right *2, even positions prepended, digit sum
    if len(s) != 16: return False
    r = s[:15][::-1]
    n = str(int(r[0::2]) * 2) + r[1::2]
    return int(s[15]) == (10 - sum(int(c) for c in n) % 10) % 10
BIK = '046577964'  # invented bank BIK used for all personal accounts
def acct_ok(s):
    if len(s) != 20: return False
    w = [7, 1, 3] * 8
    return sum(int(c) * w[i] % 10 for i, c in enumerate(BIK[-3:] + s)) % 10 == 0
CHECK = {'RU_INN': inn_ok, 'RU_SNILS': snils_ok, 'CREDIT_CARD': luhn_ok, 'RU_OMS': oms_ok, 'BANK_ACCOUNT': acct_ok}
LEN = {'RU_INN': {12}, 'RU_SNILS': {11}, 'CREDIT_CARD': {16}, 'RU_OMS': {16}, 'BANK_ACCOUNT': {20}, 'RU_PASSPORT': {4, 6, 10},
       'RU_PASSPORT_DEPT': {6}, 'CARD_CVV': {3}, 'CARD_EXPIRY': {4}, 'RU_DRIVER_LICENSE': {10}, 'CONTRACT_NUMBER': {10},
       'ACCOUNT_NUMBER': {12}, 'PHONE_NUMBER': {10, 11}}

# ---- spoken Russian numbers -> digits (for verifying ASR dictation)
U = dict(zip('ноль один два три четыре пять шесть семь восемь девять'.split(), range(10)))
TEEN = dict(zip('десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать'.split(), range(10, 20)))
TENS = dict(zip('двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто'.split(), range(20, 100, 10)))
HUND = dict(zip('сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот'.split(), range(100, 1000, 100)))
SKIP = {'э', 'ээ', 'ну', 'плюс', 'так', 'вот', 'значит'}
def spoken_digits(s):
    out, cur, stage = [], None, 0   # stage: 3 after hundreds, 2 after tens, 1 closed
    def flush():
        nonlocal cur
        if cur is not None: out.append(str(cur)); cur = None
    for w in s.split():
        if w in SKIP: continue
        if w == 'точка': flush(); out.append('.'); continue
        if w in HUND: flush(); cur, stage = HUND[w], 3
        elif w in TENS:
            if cur is not None and stage == 3: cur += TENS[w]; stage = 2
            else: flush(); cur, stage = TENS[w], 2
        elif w in TEEN:
            if cur is not None and stage == 3: cur += TEEN[w]; stage = 1
            else: flush(); cur, stage = TEEN[w], 1
        elif w in U:
            if cur is not None and stage in (2, 3) and U[w] > 0: cur += U[w]; stage = 1
            else: flush(); cur, stage = U[w], 1
        else: raise ValueError('not a number word: %r in %r' % (w, s))
    flush()
    return ''.join(out)

def build(lines, prefix, asr):
    recs, negs, cnt, nspans = [], [], collections.Counter(), 0
    for i, src in enumerate(lines, 1):
        rid = '%s%03d' % (prefix, i)
        text, gold, neg, extra = parse(src)
        gold.sort(key=lambda g: (g['start'], g['end']))
        for a, b in zip(gold, gold[1:]): assert a['end'] <= b['start'], (rid, a, b)
        for g, d in zip(gold, extra):
            v = text[g['start']:g['end']]
            assert v == v.strip() and v, (rid, v)
            assert not re.match(r'(?i)(паспорт|тел\.?|инн|снилс|л/с|договор|карта|cvv|e-mail)\b', v), (rid, v)
            if asr:
                if d is not None:
                    got = spoken_digits(v)
                    assert got == d, (rid, v, got, d)
                    digits = d.replace('.', '')
                else: digits = None
            else:
                digits = re.sub(r'\D', '', v) if g['type'] in LEN or g['type'] in CHECK else None
            if digits is not None and g['type'] in LEN and not (asr and len(digits) < 4 and g['type'] == 'PHONE_NUMBER'):
                assert len(digits) in LEN[g['type']], (rid, g['type'], v, digits)
            if digits is not None and g['type'] in CHECK:
                assert CHECK[g['type']](digits), (rid, g['type'], v)
            if g['type'] == 'IP_ADDRESS' and not asr:
                assert all(0 <= int(x) < 256 for x in v.split('.')) and v.count('.') == 3, v
            if g['type'] == 'EMAIL_ADDRESS' and not asr: assert re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', v), v
        for x in neg:
            assert text[x['start']:x['end']] == x['text']
            for g in gold: assert x['end'] <= g['start'] or x['start'] >= g['end'], (rid, x)
        if asr: assert re.fullmatch(r'[а-яё]+( [а-яё]+)*', text), (rid, text)
        nw = len(text.split()); assert 15 <= nw <= 80, (rid, nw, text)
        assert gold, rid
        cnt.update(g['type'] for g in gold); nspans += len(gold)
        recs.append({'id': rid, 'text': text, 'gold': gold})
        if neg: negs.append({'id': rid, 'negatives': neg})
    if not os.environ.get("DRAFT"): assert len(recs) == 100, (prefix, len(recs))
    for t in TYPES: assert cnt[t] >= 6 or os.environ.get("DRAFT"), (prefix, t, cnt[t])
    assert 2 <= nspans / len(recs) <= 6, nspans
    return recs, negs, cnt

def dump(path, rows):
    with open(os.path.join(HERE, path), 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    wl = [l for l in ns['W'].strip().split('\n')]
    al = [l for l in ns['A'].strip().split('\n')]
    w, wn, wc = build(wl, 'pii_r-w', False)
    a, an, ac = build(al, 'pii_r-a', True)
    ids = [r['id'] for r in w + a]; assert len(ids) == len(set(ids))
    assert len(set(r["text"] for r in w + a)) == len(w + a)
    dump('written.jsonl', w); dump('asr.jsonl', a); dump('negatives.jsonl', wn + an)
    for name, c, rows, n in (('written', wc, w, wn), ('asr', ac, a, an)):
        print(name, len(rows), 'texts', sum(c.values()), 'spans', sum(len(x['negatives']) for x in n), 'negatives')
        print('  ' + ', '.join('%s=%d' % (t, c[t]) for t in TYPES))
