#!/usr/bin/env python3
"""Validate dev.json against articles/*.txt. Exit 1 on any error; alias misses are warnings.

Usage: check.py [SET_DIR GOLD_JSON] -- another set (e.g. ../dev2 ../dev2.json) is checked the same way."""
import json, os, sys
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "dev.json")
ART = os.path.join(HERE, "articles")
gold = json.load(open(GOLD, encoding="utf-8"))
errors, warnings = [], []
STANCES = {"alleges", "denies"}
STYPES = {"Person", "Organization", "Country", "Outlet", "Anonymous"}
ATYPES = STYPES - {"Anonymous"}
ETYPES = {"Attack", "Airstrike", "Shelling", "Bombing", "ChemicalAttack", "Massacre", "Battle", "Liberation",
          "Retreat", "Evacuation", "Meeting", "Statement", "Other"}
files = {f[:-4] for f in os.listdir(ART) if f.endswith(".txt")}
ids = [a["id"] for a in gold["articles"]]
for f in sorted(files - set(ids)):
    errors.append("article file without entry: %s.txt" % f)
for i in sorted(set(ids) - files):
    errors.append("entry without article file: %s" % i)
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
for a in gold["articles"]:
    path = os.path.join(ART, a["id"] + ".txt")
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if text.split("\n", 1)[0] != a["title"]:
        errors.append("%s: title differs from first line of file" % a["id"])
    for k in ("id", "outlet", "published", "title", "attributions", "actors", "events"):
        if k not in a:
            errors.append("%s: missing key %s" % (a["id"], k))
    names = {x["name"] for x in a["actors"]}
    for x in a["actors"]:
        if x["type"] not in ATYPES:
            errors.append("%s: actor %s bad type %s" % (a["id"], x["name"], x["type"]))
        for al in x["aliases"]:
            if al not in text:
                warnings.append("%s: actor alias not in text: %r (%s)" % (a["id"], al, x["name"]))
    for n, at in enumerate(a["attributions"]):
        tag = "%s#%d (%s)" % (a["id"], n, at["speaker"])
        anc = at["anchor"]
        if anc not in text:
            errors.append("%s: anchor not verbatim in text: %r" % (tag, anc))
        nw = len(anc.split())
        if not 4 <= nw <= 12:
            errors.append("%s: anchor has %d words: %r" % (tag, nw, anc))
        if at["stance"] not in STANCES:
            errors.append("%s: bad stance %r" % (tag, at["stance"]))
        if at["speakerType"] not in STYPES:
            errors.append("%s: bad speakerType %r" % (tag, at["speakerType"]))
        if at["speakerType"] != "Anonymous" and at["speaker"] not in names:
            errors.append("%s: named speaker not in actors" % tag)
        for t in at["targets"]:
            if t not in names:
                errors.append("%s: target %r not in actors" % (tag, t))
        if at["cue"] is not None and at["cue"].lower() not in text.lower():
            errors.append("%s: cue %r not in text" % (tag, at["cue"]))
        for al in at["aliases"]:
            if al not in text:
                warnings.append("%s: speaker alias not in text: %r" % (tag, al))
    for e in a["events"]:
        if e["type"] not in ETYPES:
            errors.append("%s: event %r bad type %r" % (a["id"], e["label"], e["type"]))
for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print("%d articles, %d attributions, %d errors, %d warnings" % (
    len(ids), sum(len(a["attributions"]) for a in gold["articles"]), len(errors), len(warnings)))
sys.exit(1 if errors else 0)
