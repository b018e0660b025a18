#!/usr/bin/env python3
"""Writes a .resx + .zh-Hans.resx pair from one table, so the two languages never drift apart.

Usage: python3 tools/resx.py OrderDesk/Features/Orders/OrdersPage <<'TXT'
Key|English text|中文文本
TXT
Lines are Key|English|Chinese. Existing keys in the files are kept unless the table names them again.
"""
import sys, os, re
from xml.sax.saxutils import escape
import xml.etree.ElementTree as ET

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def read(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): (d.findtext('value') or '') for d in root.findall('data')}

def write(path, entries):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries):
            f.write(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(entries[k])}</value></data>\n')
        f.write('</root>\n')

base = sys.argv[1]
en, zh = read(base + '.resx'), read(base + '.zh-Hans.resx')
for line in sys.stdin.read().splitlines():
    if not line.strip() or line.startswith('#'):
        continue
    parts = line.split('|')
    if len(parts) != 3:
        sys.exit(f'bad line (want Key|English|Chinese): {line}')
    k, e, z = (p.strip() for p in parts)
    en[k], zh[k] = e, z
missing = set(en) ^ set(zh)
if missing:
    sys.exit(f'keys in one language only: {sorted(missing)}')
write(base + '.resx', en)
write(base + '.zh-Hans.resx', zh)
print(f'{base}: {len(en)} keys')
