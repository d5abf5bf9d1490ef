#!/usr/bin/env python3
"""Adds or updates strings in a set of .resx files, one per shipped language.

Usage: tools/i18n.py RESX_BASE STRINGS.json
  RESX_BASE    e.g. src/Ponte.Web/Resources/Features/Applications/ApplicationsText
               (writes RESX_BASE.resx for English, and RESX_BASE.pt.resx, .uk.resx, .ar.resx)
  STRINGS.json {"Key": {"en": "...", "pt": "...", "uk": "...", "ar": "..."}, ...}
Existing keys are replaced, others kept; keys are written sorted.

A count with a noun takes plural forms: give each language an object of its CLDR categories,
  {"Common.Results": {"en": {"one": "{0} result", "other": "{0} results"}, "uk": {"one": ..., "few": ..., "many": ..., "other": ...}, ...}}
which writes Common.Results.One, Common.Results.Other, ... (read with T.Plural("Common.Results", n)).
Each language must give exactly the categories it uses (PLURALS below, as in Plurals.cs).
"Key": null removes the key, and its plural forms, from every language.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

LANGS = {"en": "", "pt": ".pt", "uk": ".uk", "ar": ".ar"}
# CLDR cardinal categories per language (Portuguese as in Portugal).
PLURALS = {
    "en": ["one", "other"],
    "pt": ["one", "many", "other"],
    "uk": ["one", "few", "many", "other"],
    "ar": ["zero", "one", "two", "few", "many", "other"],
}
ALL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"]
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def read(path):
    if not os.path.exists(path):
        return {}
    return {d.get("name"): d.findtext("value") or "" for d in ET.parse(path).getroot().findall("data")}


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write(path, strings):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for key in sorted(strings):
            f.write(f'  <data name="{esc(key)}" xml:space="preserve"><value>{esc(strings[key])}</value></data>\n')
        f.write("</root>\n")


def main():
    base, source = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        new = json.load(f)
    # Check every language before writing any, so a mistake leaves the files as they were.
    for key, texts in new.items():
        if texts is None:
            continue
        for lang in LANGS:
            text = texts.get(lang)
            if isinstance(text, dict):
                if sorted(text) != sorted(PLURALS[lang]) or not all(isinstance(v, str) and v.strip() for v in text.values()):
                    sys.exit(f"{key}: {lang} needs exactly the forms {', '.join(PLURALS[lang])}")
            elif not isinstance(text, str) or not text.strip():
                sys.exit(f"{key}: missing {lang}")
    for lang, suffix in LANGS.items():
        path = f"{base}{suffix}.resx"
        strings = read(path)
        for key, texts in new.items():
            forms = [f"{key}.{c.capitalize()}" for c in ALL_CATEGORIES]
            if texts is None:
                for k in [key, *forms]:
                    strings.pop(k, None)
                continue
            text = texts.get(lang)
            if isinstance(text, dict):
                for k in [key, *forms]:
                    strings.pop(k, None)
                for category, value in text.items():
                    strings[f"{key}.{category.capitalize()}"] = value
                continue
            strings[key] = text
        write(path, strings)


if __name__ == "__main__":
    main()
