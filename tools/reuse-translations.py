#!/usr/bin/env python3
"""Fills unfinished entries of a .ts file with the finished translation of the same
source text from an older copy of it (any context): when code moves to another
class, lupdate sees new contexts and forgets the old translations.
Usage: reuse-translations.py OLD.ts NEW.ts"""
import sys
import xml.etree.ElementTree as ET

old_path, new_path = sys.argv[1], sys.argv[2]
known = {}
for message in ET.parse(old_path).getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        continue
    known.setdefault((message.findtext("source"), message.get("numerus")), translation)

tree = ET.parse(new_path)
reused = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        continue
    old = known.get((message.findtext("source"), message.get("numerus")))
    if old is None:
        continue
    message.remove(translation)
    copy = ET.fromstring(ET.tostring(old))
    copy.tail = translation.tail
    message.append(copy)
    reused += 1
tree.write(new_path, encoding="utf-8", xml_declaration=True)
with open(new_path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text)
    f.truncate()
print(f"reused {reused} translations")
