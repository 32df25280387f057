"""A synthetic but realistic Ally Explorer dataset, written through the data layer.

The benchmark needs a database the size users reach after importing a century of UN votes or
every arms delivery, without shipping one. This builds it from a seed: the bundled dataset's
countries, people and entries first (so the app looks and behaves as usual), then generated
countries, events, statements, alignment periods and key figures up to the requested sizes.

    python benchmarks/generate.py --events 100000 --db benchmarks/out/big.db --json big.json

What makes it realistic rather than uniform:

- events cluster on a few countries (the nine allies, Ukraine and the USA first, then a long
  tail), most involve Russia as a second country, some several countries;
- dates get denser towards the present and are written the way sources write them: exact days
  in four spellings, months, years, "early/mid/late 1990", seasons, halves, quarters and ranges
  ("1960–1962", "June–July 2025", "19–21 June 2024"), all read by ``parse_fuzzy_date``;
- every category and confidence level occurs, with an attribution whenever one is needed;
- titles, descriptions and quotes are built from a few hundred words, so full-text search has
  common words, rare words and prefixes to find.

Every generated source says in its note that the entries citing it are synthetic.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

from ally_explorer import paths
from ally_explorer.core import vocab
from ally_explorer.db.store import Store
from ally_explorer.db.transfer import FORMAT, FORMAT_VERSION, dumps, export_data, import_data

#: Bump when the generated data changes, so cached databases are rebuilt.
GENERATOR_VERSION = 1

DEFAULT_COUNTRIES = 200
DEFAULT_EVENTS = 100_000
DEFAULT_STATEMENTS = 20_000
DEFAULT_SEED = 1

FIRST_YEAR, LAST_YEAR = 1945, 2025
#: The countries the real dataset profiles, plus Russia, Ukraine and the USA: always present.
REAL_COUNTRIES = ("BLR", "CHN", "HUN", "IND", "IRN", "PRK", "RUS", "SVK", "SYR", "TUR", "UKR", "USA")

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

REGIONS = (
    "Eastern Europe", "Western Europe", "Central Asia", "South Asia", "East Asia",
    "Southeast Asia", "Middle East", "North Africa", "Sub-Saharan Africa", "Latin America",
    "North America", "Caribbean", "Oceania", "Caucasus", "Balkans", "Nordic countries",
)
SYLLABLES = (
    "val", "dor", "ia", "mar", "ten", "os", "kar", "lin", "bel", "sun", "tar", "ro", "vek", "an",
    "mo", "zel", "ur", "is", "ka", "nor", "lu", "en", "ga", "sto", "pra", "vi", "del", "ho",
)

WEAPONS = (
    "S-400 air-defence systems", "Su-35 fighter jets", "T-90 tanks", "artillery shells",
    "Shahed drones", "ballistic missiles", "attack helicopters", "frigates", "rifles",
    "armoured personnel carriers", "radar stations", "anti-ship missiles", "MiG-29 fighters",
    "Kalashnikov rifles", "patrol boats", "submarines", "Pantsir systems", "howitzers",
)
GOODS = (
    "wheat", "fertiliser", "oil", "gas", "coal", "uranium", "timber", "microchips", "machinery",
    "cars", "pharmaceuticals", "steel", "aluminium", "diamonds", "cotton", "tea", "rice",
)
PLACES = (
    "Baltic Sea", "Black Sea", "Sea of Japan", "Caspian Sea", "Mediterranean", "Arctic",
    "Indian Ocean", "Persian Gulf", "Pacific", "Red Sea",
)
FORUMS = (
    "UN General Assembly", "UN Security Council", "BRICS summit", "SCO summit",
    "Eurasian Economic Union", "Collective Security Treaty Organization", "G20",
    "OSCE", "Non-Aligned Movement", "Commonwealth of Independent States",
)
ATTRIBUTIONS = (
    "Ukrainian intelligence", "Ukraine's Foreign Intelligence Service", "Reuters",
    "Unnamed reports", "the Kremlin", "US officials", "South Korean intelligence",
    "independent analysts", "the state news agency", "opposition media", "Western diplomats",
    "a UN panel of experts", "satellite imagery analysts", "the defence ministry",
)
FILLER = (
    "The agreement followed months of talks", "Officials described the move as historic",
    "Critics warned it would deepen dependence on Moscow", "The deal was signed behind closed doors",
    "Observers linked it to the wider confrontation with the West",
    "The announcement came during a state visit", "Details were not made public",
    "Payment was reportedly arranged in national currencies", "It was the largest such deal in a decade",
    "Analysts saw it as a hedge against sanctions", "Parliament approved it without debate",
    "The opposition boycotted the vote", "Shipments began within weeks",
    "Both sides called it a strategic partnership", "The West responded with new sanctions",
    "Satellite images appeared to confirm the transfer", "Moscow denied any involvement",
    "The treaty includes a mutual-defence clause", "Trade volumes had doubled since the previous year",
)
QUOTE_STARTS = (
    "We will never abandon our friends in", "Our partnership with Russia is", "This is a matter for",
    "Nobody can dictate to us how we trade with", "We stand ready to defend", "The sanctions against",
    "History will judge those who", "Our relations have never been", "We do not take sides in",
    "This agreement opens a new page for", "We call on all parties to respect", "The people of",
)
QUOTE_ENDS = (
    "stronger than today", "a question of sovereignty", "our national interest", "peace and stability",
    "the principles of the UN Charter", "a new multipolar world", "mutual respect", "our energy security",
    "the brotherly people", "the security of our borders", "a very dangerous development",
    "a page of history that cannot be reversed",
)
ROLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Ambassador to Moscow")
FIRST_NAMES = ("Alexei", "Maria", "Omar", "Li", "Anita", "Jan", "Farid", "Sofia", "Kwame", "Elena", "Raúl", "Mei", "Ivan", "Leila")
LAST_NAMES = ("Petrov", "Okafor", "Chen", "Novak", "Haddad", "Silva", "Kaur", "Ivanova", "Mensah", "Rahimi", "Kovacs", "Tanaka")

FIGURE_KINDS = (
    ("Trade with Russia", "USD billion", 0.1, 300.0),
    ("Russian share of gas imports", "%", 1.0, 100.0),
    ("Troops sent to Russia", "troops", 500.0, 30000.0),
    ("Arms imports from Russia", "USD million", 5.0, 5000.0),
    ("Russian oil bought", "barrels per day", 10000.0, 2_000_000.0),
    ("Drones supplied", "drones", 100.0, 10000.0),
    ("Economic growth", "%", -5.0, 9.0),
    ("Inflation", "%", 0.5, 40.0),
)


# -- dates ---------------------------------------------------------------------------------------

def _year_weights() -> tuple[list[int], list[float]]:
    """More happens, and more is recorded, the closer to the present."""
    years = list(range(FIRST_YEAR, LAST_YEAR + 1))
    weights = [math.exp((y - FIRST_YEAR) / 22) for y in years]
    return years, weights


def _day_label(rng: random.Random, year: int, month: int, day: int) -> str:
    style = rng.random()
    if style < 0.35:
        return f"{day} {MONTH_NAMES[month - 1]} {year}"
    if style < 0.6:
        return f"{MONTH_NAMES[month - 1]} {day}, {year}"
    if style < 0.8:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{rng.choice(('On ', ''))}{MONTH_ABBR[month - 1]} {day}, {year}"


def date_label(rng: random.Random, year: int) -> str:
    """One date as a source would write it, in ``year`` (ranges may run a few years on)."""
    kind = rng.random()
    month = rng.randint(1, 12)
    day = rng.randint(1, MONTH_DAYS[month - 1])
    if kind < 0.32:  # exact day
        return _day_label(rng, year, month, day)
    if kind < 0.52:  # a month
        form = rng.random()
        if form < 0.5:
            return f"{MONTH_NAMES[month - 1]} {year}"
        if form < 0.8:
            return f"In {MONTH_NAMES[month - 1]} {year}"
        if form < 0.9:
            return f"{year:04d}-{month:02d}"
        return f"In {MONTH_NAMES[month - 1]} [{year}]"
    if kind < 0.66:  # a year
        return rng.choice((f"{year}", f"In {year}", f"in {year}", f"By {year}"))
    if kind < 0.78:  # a third of a year
        third = rng.choice(("early", "mid", "late"))
        text = f"mid-{year}" if third == "mid" and rng.random() < 0.7 else f"{third} {year}"
        return rng.choice(("", "In ", "By ")) + text
    if kind < 0.84:  # seasons, halves, quarters, start/end of year
        return rng.choice((
            f"{rng.choice(('spring', 'summer', 'autumn', 'fall'))} {year}",
            f"summer of {year}",
            f"{rng.choice(('first', 'second'))} half of {year}",
            f"Q{rng.randint(1, 4)} {year}",
            f"H{rng.randint(1, 2)} {year}",
            f"the end of {year}",
            f"the start of {year}",
        ))
    # ranges
    form = rng.random()
    last_year = min(LAST_YEAR, year + rng.randint(1, 4))
    if form < 0.35 and last_year > year:
        sep = rng.choice(("–", "-", " to "))
        return f"{year}{sep}{last_year}"
    if form < 0.6 and month < 12:
        second = rng.randint(month + 1, 12)
        return f"{MONTH_NAMES[month - 1]}–{MONTH_NAMES[second - 1]} {year}"
    if form < 0.75 and day < MONTH_DAYS[month - 1]:
        last_day = rng.randint(day + 1, MONTH_DAYS[month - 1])
        return f"{day}–{last_day} {MONTH_NAMES[month - 1]} {year}"
    if form < 0.87:
        return rng.choice((f"early–mid {year}", f"mid–late {year}", f"late {year} – mid-{last_year}"
                           if last_year > year else f"early–late {year}"))
    return f"{MONTH_NAMES[month - 1]} {year} to {MONTH_NAMES[rng.randint(0, 11)]} {last_year}" if last_year > year \
        else f"{MONTH_NAMES[month - 1]}–December {year}"


# -- countries and people ------------------------------------------------------------------------

def _ascii_letters(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", plain).upper()


def _iso3_for(name: str, taken: set[str], rng: random.Random) -> str:
    letters = _ascii_letters(name) or "XXX"
    candidates = [letters[:3]] if len(letters) >= 3 else []
    candidates += [letters[0] + a + b for i, a in enumerate(letters[1:], 1) for b in letters[i + 1:]]
    for code in candidates:
        if len(code) == 3 and code not in taken:
            return code
    while True:
        code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
        if code not in taken:
            return code


def _real_world() -> list[tuple[str, str | None, str | None, str | None]]:
    """(name, ISO3, ISO2, ISO numeric) of real countries, for realistic names, codes and flags:
    the ISO table when this version has one, else the names on the shipped world map."""
    try:
        from ally_explorer.core.isocodes import COUNTRIES
    except ImportError:
        return [(name, None, None, numeric) for name, numeric in _atlas_countries()]
    return [(name, alpha3, alpha2, numeric) for alpha2, alpha3, numeric, name in COUNTRIES]


def _atlas_countries() -> list[tuple[str, str]]:
    """(name, ISO numeric) of the countries on the shipped world map."""
    try:
        atlas = json.loads((paths.resources_dir() / "geo" / "countries-110m.json").read_text(encoding="utf-8"))
        return [
            (g["properties"]["name"], g["id"])
            for g in atlas["objects"]["countries"]["geometries"]
            if g.get("id") and g.get("properties", {}).get("name")
        ]
    except (OSError, ValueError, KeyError):
        return []


def _made_up_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        if name not in taken and len(name) >= 4:
            return name


def generate_countries(rng: random.Random, real: list[dict], total: int) -> list[dict]:
    """The real countries, then map countries, then made-up ones, up to ``total``."""
    countries = [dict(c) for c in real]
    ids = {c["id"] for c in countries}
    names = {c["name"] for c in countries}
    numerics = {c.get("iso_numeric") for c in countries}
    pool = [c for c in _real_world() if c[3] not in numerics and c[1] not in ids and c[0] not in names]
    rng.shuffle(pool)
    while len(countries) < total:
        if pool:
            name, code, iso2, numeric = pool.pop()
        else:
            name, code, iso2, numeric = _made_up_name(rng, names), None, None, None
        if not code or code in ids:
            code = _iso3_for(name, ids, rng)
        ids.add(code)
        names.add(name)
        countries.append({
            "id": code,
            "name": name,
            "iso2": iso2,
            "iso_numeric": numeric,
            "region": rng.choice(REGIONS),
            "aliases": [f"Republic of {name}"] if rng.random() < 0.3 else [],
            "headline": rng.choice(("A cautious balancer", "Trades with both sides", "A distant partner",
                                    "Firmly with Ukraine", "Quietly friendly to Moscow", "Drifting away")),
            "summary": f"Synthetic benchmark profile of {name}; nothing here is real. "
                       + " ".join(rng.sample(FILLER, 3)) + ".",
            "focus": False,
        })
    return countries[:max(total, len(real))]


def generate_people(rng: random.Random, real: list[dict], countries: list[dict]) -> list[dict]:
    """Made-up office holders for every country, after the real people. Synthetic entries only
    ever quote these, never a real person."""
    people = [dict(p) for p in real]
    taken = {p["id"] for p in people}
    for c in countries:
        for role in rng.sample(ROLES, rng.randint(1, 2)):
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            key = re.sub(r"[^a-z0-9]+", "-", f"{name}-{c['id']}".lower()).strip("-")
            while key in taken:
                key += "x"
            taken.add(key)
            people.append({"id": key, "name": name, "role": f"{role} of {c['name']}", "country_id": c["id"], "note": None})
    return people


# -- events, statements, periods, figures -------------------------------------------------------

def _country_weights(countries: list[dict]) -> list[float]:
    """A long tail: the real countries first, then the others by a Zipf-like law."""
    weights = []
    rank = 0
    for c in countries:
        if c["id"] == vocab.RUSSIA:
            weights.append(0.0)  # Russia joins events as their second country
        elif c["id"] in REAL_COUNTRIES:
            weights.append(6.0)
        else:
            rank += 1
            weights.append(8.0 / rank ** 0.8)
    return weights


def _confidence(rng: random.Random) -> tuple[str, str | None]:
    roll = rng.random()
    if roll < 0.6:
        return "confirmed", None
    confidence = "reported" if roll < 0.8 else "claimed" if roll < 0.92 else "disputed"
    return confidence, rng.choice(ATTRIBUTIONS)


def _event_text(rng: random.Random, category: str, name: str, leader: str) -> tuple[str, str]:
    n = rng.choice((12, 50, 100, 300, 1200, 5000, 12000))
    if name == "Russia":
        title = rng.choice((
            f"Russia tests new {rng.choice(WEAPONS)}",
            f"Russia announces {rng.choice(GOODS)} export ban",
            f"Kremlin hosts {rng.choice(FORUMS)} delegation",
            f"Russia expands military exercises in the {rng.choice(PLACES)}",
            f"New sanctions package targets Russian {rng.choice(GOODS)}",
        ))
    elif category == "military":
        title = rng.choice((
            f"{name} receives {n} {rng.choice(WEAPONS)} from Russia",
            f"Joint {name}–Russia naval exercise in the {rng.choice(PLACES)}",
            f"Russian troops deployed to {name}",
            f"{name} sends {n} troops to support Russia",
            f"{name} signs arms deal for {rng.choice(WEAPONS)}",
        ))
    elif category == "economic":
        title = rng.choice((
            f"{name}–Russia trade reaches ${rng.randint(1, 250)} billion",
            f"{name} signs loan agreement with Moscow",
            f"Sanctions on {name} banks over Russia ties",
            f"{name} joins Russian payment system",
            f"{name} exports {rng.choice(GOODS)} to Russia despite sanctions",
        ))
    elif category == "energy":
        title = rng.choice((
            f"{name} agrees gas pipeline deal with Gazprom",
            f"Russian oil imports to {name} rise by {rng.randint(5, 300)}%",
            f"Rosatom to build nuclear power plant in {name}",
            f"{name} cuts Russian gas purchases",
            f"{name} pays for Russian {rng.choice(GOODS)} in roubles",
        ))
    elif category == "diplomatic":
        title = rng.choice((
            f"{leader} visits Moscow",
            f"{name} abstains on {rng.choice(FORUMS)} resolution on Ukraine",
            f"{name} and Russia sign friendship treaty",
            f"{name} expels Russian diplomats",
            f"{name} hosts Russian foreign minister at {rng.choice(FORUMS)}",
        ))
    else:
        title = rng.choice((
            f"{name} parliament ratifies union agreement with Russia",
            f"Protests in {name} over Russian influence",
            f"{name} recognises Russian annexation",
            f"Pro-Russian party wins election in {name}",
            f"{name} bans Russian state media",
        ))
    description = " ".join(f"{s}." for s in rng.sample(FILLER, rng.randint(1, 4)))
    if rng.random() < 0.3:
        description += f" {leader} called it “{rng.choice(QUOTE_ENDS)}”."
    return title, description


def generate_events(rng, countries, leaders, sources, first_id, count, years) -> list[dict]:
    ids = [c["id"] for c in countries]
    names = {c["id"]: c["name"] for c in countries}
    weights = _country_weights(countries)
    cum = _cumulative(weights)
    year_list, year_weights = years
    year_cum = _cumulative(year_weights)
    has_russia = vocab.RUSSIA in names
    events = []
    for i in range(count):
        category = vocab.CATEGORIES[int(rng.random() * len(vocab.CATEGORIES))]
        if has_russia and rng.random() < 0.05:
            members = [vocab.RUSSIA]
        else:
            primary = ids[_pick(rng, cum)]
            members = [primary]
            if has_russia and rng.random() < 0.75:
                members.append(vocab.RUSSIA)
            if rng.random() < 0.18:
                for _ in range(rng.randint(1, 3)):
                    other = ids[_pick(rng, cum)]
                    if other not in members:
                        members.append(other)
        year = year_list[_pick(rng, year_cum)]
        confidence, attribution = _confidence(rng)
        title, description = _event_text(rng, category, names[members[0]], leaders.get(members[0], "The president"))
        importance_roll = rng.random()
        events.append({
            "id": first_id + i,
            "title": title,
            "date_label": date_label(rng, year),
            "category": category,
            "confidence": confidence,
            "attribution": attribution,
            "countries": members,
            "importance": 3 if importance_roll < 0.08 else 2 if importance_roll < 0.38 else 1,
            "description": description,
            "source_id": rng.choice(sources),
            "excerpt": description.split(".")[0] + "." if rng.random() < 0.25 else None,
            "note": "Synthetic benchmark entry." if rng.random() < 0.05 else None,
        })
    return events


def generate_statements(rng, countries, people_by_country, all_people, sources, first_id, count, years) -> list[dict]:
    ids = [c["id"] for c in countries]
    names = {c["id"]: c["name"] for c in countries}
    weights = [w or 2.0 for w in _country_weights(countries)]  # Russia is talked about too
    cum = _cumulative(weights)
    year_list, year_weights = years
    year_cum = _cumulative(year_weights)
    out = []
    for i in range(count):
        country = ids[_pick(rng, cum)]
        speakers = people_by_country.get(country) or all_people
        person = rng.choice(speakers) if rng.random() < 0.9 else None
        confidence, attribution = _confidence(rng)
        out.append({
            "id": first_id + i,
            "text": f"{rng.choice(QUOTE_STARTS)} {names[country]}: {rng.choice(QUOTE_ENDS)}",
            "person_id": person,
            "country_id": country,
            "date_label": date_label(rng, year_list[_pick(rng, year_cum)]),
            "context": rng.choice(FILLER) + "." if rng.random() < 0.6 else None,
            "confidence": confidence,
            "attribution": attribution,
            "source_id": rng.choice(sources),
            "excerpt": None,
            "note": None,
        })
    return out


def generate_alignments(rng, countries, skip, sources, first_id) -> list[dict]:
    """Consecutive stance periods per country since 1945; the last one is still current."""
    out = []
    next_id = first_id
    for c in countries:
        if c["id"] in skip or c["id"] == vocab.RUSSIA:
            continue
        cuts = sorted(rng.sample(range(FIRST_YEAR + 1, LAST_YEAR), rng.randint(0, 4)))
        starts = [FIRST_YEAR, *cuts]
        stance = rng.choice(vocab.STANCES)
        for k, start in enumerate(starts):
            last = k == len(starts) - 1
            end = LAST_YEAR if last else starts[k + 1] - 1
            confidence, attribution = _confidence(rng) if rng.random() < 0.3 else ("confirmed", None)
            entry = {
                "id": next_id, "country_id": c["id"], "stance": stance, "ongoing": last,
                "confidence": confidence, "attribution": attribution, "source_id": rng.choice(sources),
                "excerpt": None, "note": None,
            }
            if last:
                entry.update(date_label=f"Since {start}", date_start=f"{start}-01-01", date_end=f"{LAST_YEAR}-09-01",
                             note="Open-ended period: the window is given explicitly.")
            else:
                entry["date_label"] = f"{start}–{end}" if end > start else f"{start}"
            out.append(entry)
            next_id += 1
            stance = rng.choice([s for s in vocab.STANCES if s != stance])
    return out


def generate_figures(rng, countries, skip, sources, first_id, years) -> list[dict]:
    out = []
    next_id = first_id
    year_list, year_weights = years
    year_cum = _cumulative(year_weights)
    for c in countries:
        if c["id"] in skip:
            continue
        for _ in range(rng.randint(0, 8)):
            label, unit, lo, hi = rng.choice(FIGURE_KINDS)
            value = round(rng.uniform(lo, hi), 1)
            high = round(value * rng.uniform(1.05, 1.5), 1) if value > 0 and rng.random() < 0.2 else None
            confidence, attribution = _confidence(rng)
            out.append({
                "id": next_id, "country_id": c["id"], "label": f"{c['name']}: {label.lower()}",
                "qualifier": "" if high else rng.choice(vocab.QUALIFIERS), "value": value, "value_high": high,
                "unit": unit, "date_label": date_label(rng, year_list[_pick(rng, year_cum)]),
                "confidence": confidence, "attribution": attribution, "source_id": rng.choice(sources),
                "excerpt": None, "note": None,
            })
            next_id += 1
    return out


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def _pick(rng: random.Random, cum: list[float]) -> int:
    """Index drawn by cumulative weights (bisect, so 1M draws stay fast)."""
    from bisect import bisect_right

    return min(bisect_right(cum, rng.random() * cum[-1]), len(cum) - 1)


# -- the whole dataset ---------------------------------------------------------------------------

def bundled_data() -> dict[str, Any]:
    """The shipped dataset as plain data (the JSON export shape): from the TOML files in a
    checkout, else from the bundled database."""
    data_dir = paths.bundled_db().parent
    if (data_dir / "countries").is_dir():
        from ally_explorer.db.build import read_dataset

        return read_dataset(data_dir)
    with Store.open(paths.bundled_db(), readonly=True) as store:
        return export_data(store)


def generate(
    *,
    countries: int = DEFAULT_COUNTRIES,
    events: int = DEFAULT_EVENTS,
    statements: int = DEFAULT_STATEMENTS,
    seed: int = DEFAULT_SEED,
) -> dict[str, Any]:
    """The dataset as plain data in the JSON export shape; the same arguments give the same data.

    The bundled entries count towards ``events`` and ``statements``; the twelve bundled
    countries are always included, so ``countries`` is at least 12.
    """
    rng = random.Random(seed)
    real = bundled_data()
    real_countries = [c for c in real["countries"] if c["id"] in REAL_COUNTRIES]
    all_countries = generate_countries(rng, real_countries, countries)
    real_ids = {c["id"] for c in real_countries}
    real = _only_countries(real, {c["id"] for c in all_countries})
    synthetic_sources = [
        {
            "id": f"synthetic-{i}",
            "title": f"Synthetic benchmark source {i}: {topic}",
            "publisher": "Ally Explorer benchmarks",
            "published": "2025",
            "url": None,
            "note": "Generated by benchmarks/generate.py. The entries citing it are synthetic, not real events.",
        }
        for i, topic in enumerate(("arms transfers", "trade statistics", "UN votes", "press archive", "energy flows"), 1)
    ]
    source_ids = [s["id"] for s in synthetic_sources]
    people = generate_people(rng, real["people"], all_countries)
    real_people = {p["id"] for p in real["people"]}
    people_by_country: dict[str, list[str]] = {}
    leaders: dict[str, str] = {}
    for p in people:
        if p.get("country_id") and p["id"] not in real_people:
            people_by_country.setdefault(p["country_id"], []).append(p["id"])
            leaders.setdefault(p["country_id"], p["name"])
    years = _year_weights()
    real_events = real["events"][:events]
    real_statements = real["statements"][:statements]
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "sources": real["sources"] + synthetic_sources,
        "countries": all_countries,
        "people": people,
        "events": real_events + generate_events(
            rng, all_countries, leaders, source_ids, _next_id(real_events), events - len(real_events), years
        ),
        "statements": real_statements + generate_statements(
            rng, all_countries, people_by_country, [pid for ids in people_by_country.values() for pid in ids], source_ids,
            _next_id(real_statements), statements - len(real_statements), years,
        ),
        "alignments": real["alignments"] + generate_alignments(
            rng, all_countries, real_ids, source_ids, _next_id(real["alignments"])
        ),
        "figures": real["figures"] + generate_figures(
            rng, all_countries, real_ids, source_ids, _next_id(real["figures"]), years
        ),
    }
    return data


def _only_countries(real: dict[str, Any], kept: set[str]) -> dict[str, Any]:
    """The bundled entries that only involve the countries kept (should it ever hold more)."""
    out = dict(real)
    out["events"] = [e for e in real["events"] if set(e.get("countries") or ()) <= kept]
    for section in ("statements", "alignments", "figures"):
        out[section] = [e for e in real[section] if e.get("country_id") in kept]
    out["people"] = [dict(p, country_id=p.get("country_id") if p.get("country_id") in kept else None) for p in real["people"]]
    return out


def _next_id(entries: list[dict]) -> int:
    return max((e["id"] for e in entries), default=0) + 1


def write_db(data: dict[str, Any], path: str | Path) -> float:
    """Write the dataset into a new database file through the Store; returns seconds taken."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    with Store.open(path, create=True) as store:
        import_data(store, data, replace=True)
    return time.perf_counter() - started


def write_json(data: dict[str, Any], path: str | Path) -> None:
    """The same dataset as a JSON export file, for the import-from-JSON measurement."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(dumps(data), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Write a synthetic Ally Explorer database of a given size.")
    p.add_argument("--countries", type=int, default=DEFAULT_COUNTRIES)
    p.add_argument("--events", type=int, default=DEFAULT_EVENTS)
    p.add_argument("--statements", type=int, default=DEFAULT_STATEMENTS)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--db", type=Path, help="database file to write (replaced if it exists)")
    p.add_argument("--json", type=Path, help="also write the dataset as a JSON export file")
    args = p.parse_args(argv)
    if not args.db and not args.json:
        p.error("give --db FILE, --json FILE or both")
    if min(args.countries, args.events, args.statements) < 0:
        p.error("sizes must not be negative")
    started = time.perf_counter()
    data = generate(countries=args.countries, events=args.events, statements=args.statements, seed=args.seed)
    print(f"generated {len(data['events'])} events, {len(data['statements'])} statements, "
          f"{len(data['countries'])} countries in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if args.db:
        seconds = write_db(data, args.db)
        print(f"wrote {args.db} in {seconds:.1f} s", file=sys.stderr)
    if args.json:
        write_json(data, args.json)
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
