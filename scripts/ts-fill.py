#!/usr/bin/env python3
"""Fill unfinished messages of the .ts files after lupdate:
 1. from TSV files (context \t source \t ko \t ja), 2. the same source in the pre-lupdate
 snapshot (any context), 3. English plural forms from '(s)'. Prints what is left."""
import sys, glob, re, html
import xml.etree.ElementTree as ET

snap_dir, ts_dir = sys.argv[1], sys.argv[2]
tsvs = sys.argv[3:]

def load(path):
    return ET.parse(path)

def messages(tree):
    for ctx in tree.getroot().iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            yield name, m

def translation_of(m):
    t = m.find('translation')
    if t is None or t.get('type') in ('unfinished', 'obsolete', 'vanished'):
        return None
    forms = [f.text or '' for f in t.findall('numerusform')]
    if forms:
        return forms if all(forms) else None
    return t.text if t.text else None

pending = {}
for path in tsvs:
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        parts = line.split('\t')
        if len(parts) < 4:
            print('bad tsv line', path, line, file=sys.stderr); continue
        ctx, src, ko, ja = parts[:4]
        src = src.replace('\\n', '\n'); ko = ko.replace('\\n', '\n'); ja = ja.replace('\\n', '\n')
        pending[(ctx, src)] = {'ko': ko, 'ja': ja}
        pending.setdefault(('*', src), {'ko': ko, 'ja': ja})

EN_SPECIAL = {
    'exist(s)': ('exists', 'exist'),
    'is(are)': ('is', 'are'),
}
def en_forms(src):
    one, many = src, src
    for k, (a, b) in EN_SPECIAL.items():
        one = one.replace(k, a); many = many.replace(k, b)
    one = one.replace('(s)', ''); many = many.replace('(s)', 's')
    one = one.replace('(es)', ''); many = many.replace('(es)', 'es')
    return [one, many]

left = []
for lang in ('ko', 'ja', 'en'):
    snap = load(f'{snap_dir}/deploydeck_{lang}.ts')
    old_by_ctx = {}
    old_by_src = {}
    for ctx, m in messages(snap):
        tr = translation_of(m)
        src = m.find('source').text
        if tr is not None:
            old_by_ctx[(ctx, src)] = tr
            old_by_src.setdefault(src, tr)
    path = f'{ts_dir}/deploydeck_{lang}.ts'
    tree = load(path)
    for ctx, m in messages(tree):
        t = m.find('translation')
        if t is None or t.get('type') != 'unfinished':
            continue
        src = m.find('source').text
        numerus = m.get('numerus') == 'yes'
        value = None
        if lang == 'en':
            if numerus:
                value = old_by_ctx.get((ctx, src)) or old_by_src.get(src) or en_forms(src)
        else:
            p = pending.get((ctx, src)) or pending.get(('*', src))
            if p:
                value = p[lang]
            else:
                value = old_by_ctx.get((ctx, src)) or old_by_src.get(src)
        if value is None:
            forms = [f.text or '' for f in t.findall('numerusform')]
            if lang != 'en' and ((t.text or '').strip() and not forms):
                value = t.text
            elif lang != 'en' and forms and all(forms):
                value = forms
        if value is None:
            left.append((lang, ctx, src, numerus))
            continue
        for child in list(t):
            t.remove(child)
        del t.attrib['type']
        if numerus:
            forms = value if isinstance(value, list) else [value]
            if lang != 'en':
                forms = forms[:1]
            t.text = '\n            '
            for i, f in enumerate(forms):
                nf = ET.SubElement(t, 'numerusform'); nf.text = f
                nf.tail = '\n            ' if i < len(forms) - 1 else '\n        '
        else:
            t.text = value if isinstance(value, str) else value[0]
    tree.write(path, encoding='utf-8', xml_declaration=True)
    # restore DOCTYPE
    data = open(path, encoding='utf-8').read()
    data = data.replace("<?xml version='1.0' encoding='utf-8'?>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    # lupdate writes quotes in text as &apos; and &quot;: keep its spelling, so the files only
    # change where a translation did.
    data = re.sub(r'>([^<]*)<', lambda m: '>' + m.group(1).replace("'", '&apos;').replace('"', '&quot;') + '<', data)
    open(path, 'w', encoding='utf-8').write(data + ('' if data.endswith('\n') else '\n'))
for lang, ctx, src, numerus in left:
    print(f'{lang}\t{ctx}\t{src!r}\t{"numerus" if numerus else ""}')
