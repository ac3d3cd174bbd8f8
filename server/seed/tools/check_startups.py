#!/usr/bin/env python3
"""Validates server/seed/startups.json and server/seed/logos/ against the seed rules.

    python3 server/seed/tools/check_startups.py

Standard library only. Prints every broken rule and exits 1, or prints a summary and exits 0.
It also regenerates the seed into a temporary directory with make_startups.py and checks that
the files on disk are exactly what the script writes (determinism, no hand edits).
"""

import datetime
import hashlib
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib
from collections import Counter
from urllib.parse import urlsplit

TOOLS = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.dirname(TOOLS)
JSON_PATH = os.path.join(SEED, "startups.json")
LOGOS = os.path.join(SEED, "logos")
CAMPUS = os.path.join(SEED, "campus.json")

SECTORS = ["diagnostic-ia", "telemedecine", "formation-simulation", "donnees-de-sante",
           "securite-prescription", "coordination-soins", "dispositifs-medicaux", "prevention",
           "parcours-patient"]
POLES = ["recherche", "patients-societe", "formation", "entrepreneuriat", "professionnels-sante"]
STAGES = ["idee", "pre-amorcage", "amorcage", "serie-a", "croissance"]
TEAMS = ["1-10", "11-50", "51-200", "200+"]
INSTITUTES = ["q-bio", "prairie", "physics-for-medicine", "isns"]
NETWORKS = ["linkedin", "mastodon", "bluesky", "github", "youtube", "x"]
KEYS = ["slug", "name", "pitch", "description", "sectors", "poles", "stage", "founded", "team_size",
        "spin_off", "hiring", "careers_url", "website", "email", "social", "member_since", "updated",
        "logo", "sample"]

# founded range and team sizes allowed for each stage
STAGE_RULES = {
    "idee": (2023, 2026, {"1-10"}),
    "pre-amorcage": (2020, 2026, {"1-10", "11-50"}),
    "amorcage": (2015, 2025, {"1-10", "11-50"}),
    "serie-a": (2012, 2023, {"11-50", "51-200"}),
    "croissance": (2012, 2019, {"51-200", "200+"}),
}

REAL = {
    "DrData": "donnees-de-sante",
    "Team'Doc": "coordination-soins",
    "Posos": "securite-prescription",
    "SimforHealth": "formation-simulation",
}
PORTAL_NOTE_FR = ("Fiche rédigée par l'équipe du portail à partir d'informations publiques\u202f; "
                  "la start-up peut la compléter depuis l'espace start-up.")
PORTAL_NOTE_EN = ("Profile written by the portal team from public information; "
                  "the start-up can complete it from the start-up space.")

# Real, well-known names a sample must not borrow.
KNOWN_NAMES = ["doctolib", "qare", "dassault", "jouve", "alan", "owkin", "withings", "lifen",
               "nabla", "cardiologs", "maiia", "kelindi", "medadom", "livi", "implicity", "therapixel",
               "gleamer", "inato", "moka.care", "drdata", "team'doc", "posos", "simforhealth",
               "health data hub", "inserm", "inria"]

CAMPUS_OPENING = datetime.date(2022, 1, 3)
LAST_MEMBER = datetime.date(2026, 10, 31)
LAST_UPDATE = datetime.date(2026, 11, 20)
SECOND_CALL = datetime.date(2022, 3, 1)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 6 * 1024

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@([a-z0-9-]+\.)+example$")

errors = []


def fail(where, message):
    errors.append(f"{where}: {message}")


def is_date(text):
    try:
        return datetime.date.fromisoformat(text) if isinstance(text, str) and len(text) == 10 else None
    except ValueError:
        return None


def host_of(url):
    return (urlsplit(url).hostname or "").lower()


def check_url(where, url, *, social_network=None):
    """https://, no spaces or quotes, and a reserved .example host (or, for LinkedIn and
    Mastodon only, a real host with "example" in the path)."""
    if not isinstance(url, str) or not url.startswith("https://"):
        return fail(where, f"{url!r} must start with https://")
    if any(c.isspace() or c in "\"<>" for c in url) or len(url) > 300:
        return fail(where, f"{url!r} has spaces, quotes or is too long")
    host = host_of(url)
    if not host or "." not in host:
        return fail(where, f"{url!r} has no host name")
    if host.endswith(".example"):
        return
    path = urlsplit(url).path
    if social_network in ("linkedin", "mastodon") and "example" in path:
        if social_network == "linkedin" and host != "www.linkedin.com":
            fail(where, f"{url!r}: LinkedIn links use www.linkedin.com")
        return
    fail(where, f"{url!r} must use a reserved .example host")


def check_text(where, text, *, lo, hi, paragraphs=None):
    if not isinstance(text, str):
        return fail(where, "must be a string")
    n = len(text)
    if not lo <= n <= hi:
        fail(where, f"{n} characters, expected {lo}-{hi}")
    if text != text.strip():
        fail(where, "leading or trailing whitespace")
    if "  " in text:
        fail(where, "double space")
    if "\u2019" in text:
        fail(where, "curly apostrophe: the seed uses the straight ' everywhere")
    if "\t" in text or "\r" in text:
        fail(where, "tab or carriage return")
    if paragraphs is None:
        if "\n" in text:
            fail(where, "must be one line")
    else:
        parts = text.split("\n\n")
        if not paragraphs[0] <= len(parts) <= paragraphs[1]:
            fail(where, f"{len(parts)} paragraphs, expected {paragraphs[0]}-{paragraphs[1]}")
        for i, p in enumerate(parts):
            if not p.strip() or p != p.strip() or "\n" in p:
                fail(where, f"paragraph {i + 1} is empty, padded or has a lone line break")


def check_french(where, text):
    # French typography as used by the other seed files: a space before ; : ? ! and none before , .
    for m in re.finditer(r"\S[;?!]", text):
        fail(where, f"missing space before {m.group()[-1]!r} near {text[max(0, m.start() - 15):m.end() + 5]!r}")
    for m in re.finditer(r"[^\s\d]:(?!//)", text):
        fail(where, f"missing space before ':' near {text[max(0, m.start() - 15):m.end() + 5]!r}")
    for m in re.finditer(r"\s[,.]", text):
        fail(where, f"space before {m.group()[-1]!r} near {text[max(0, m.start() - 15):m.end() + 5]!r}")
    if re.search(r"\b(?:l|d|qu|n|s|j|c)'\s", text):
        fail(where, "space after an elided apostrophe")


def check_english(where, text):
    for m in re.finditer(r"\s[;:,.?!]", text):
        fail(where, f"space before {m.group()[-1]!r} near {text[max(0, m.start() - 15):m.end() + 5]!r}")


def png_info(path):
    """(width, height, bit depth, colour type) after checking chunk CRCs and the pixel data."""
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("does not start with the PNG signature")
    pos, chunks = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise ValueError(f"bad CRC in {kind!r}")
        chunks.append((kind, body))
        pos += 12 + length
    if not chunks or chunks[0][0] != b"IHDR" or chunks[-1][0] != b"IEND":
        raise ValueError("IHDR must come first and IEND last")
    w, h, depth, colour, comp, filt, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    raw = zlib.decompress(b"".join(b for k, b in chunks if k == b"IDAT"))
    if len(raw) != h * (1 + w * 3) or comp or filt or interlace:
        raise ValueError("pixel data does not match an RGB 8-bit non-interlaced image")
    if any(raw[y * (1 + w * 3)] > 4 for y in range(h)):
        raise ValueError("unknown row filter")
    return w, h, depth, colour, len(data)


def words(text):
    return set(re.findall(r"[a-zà-ÿœ'-]+", text.lower()))


def main():
    try:
        with open(JSON_PATH, encoding="utf-8") as f:
            raw_text = f.read()
        doc = json.loads(raw_text)
    except (OSError, ValueError) as e:
        print(f"cannot read {JSON_PATH}: {e}")
        return 1

    # --- top level --------------------------------------------------------------------------
    if set(doc) != {"_note", "startups"}:
        fail("top level", f"keys {sorted(doc)}, expected _note and startups")
    note = doc.get("_note", "")
    if not isinstance(note, str) or len(note) < 60 or not note.endswith(".") or note.count(". ") > 0:
        fail("_note", "must be one sentence ending with a full stop")
    for term in ("DrData", "Team'Doc", "Posos", "SimforHealth", "sample", ".example"):
        if term not in note:
            fail("_note", f"should mention {term!r}")
    startups = doc.get("startups", [])
    if len(startups) != 50:
        fail("startups", f"{len(startups)} start-ups, expected exactly 50")

    # The institutes and poles must exist in campus.json, where the server seeds them from.
    try:
        with open(CAMPUS, encoding="utf-8") as f:
            campus = json.load(f)
        if sorted(i["slug"] for i in campus["institutes"]) != sorted(INSTITUTES):
            fail("campus.json", "institute slugs differ from the seed rules")
        if sorted(p["slug"] for p in campus["poles"]) != sorted(POLES):
            fail("campus.json", "pole slugs differ from the seed rules")
    except (OSError, ValueError, KeyError) as e:
        fail("campus.json", f"unreadable: {e}")

    slugs, names, hosts = Counter(), Counter(), Counter()
    for i, s in enumerate(startups):
        where = f"startups[{i}] {s.get('slug', '?')}"
        if list(s) != KEYS:
            fail(where, f"keys {list(s)} differ from the expected set and order")
            continue
        slug, name = s["slug"], s["name"]
        slugs[slug] += 1
        names[name.lower()] += 1
        if not isinstance(slug, str) or not SLUG_RE.match(slug) or len(slug) > 60:
            fail(where, "slug must be lowercase a-z0-9 with single hyphens, at most 60 characters")
        if not isinstance(name, str) or not name.strip() or len(name) > 80 or name != name.strip():
            fail(where, "name must be 1-80 characters, not padded")

        for lang in ("fr", "en"):
            if set(s["pitch"]) != {"fr", "en"} or set(s["description"]) != {"fr", "en"}:
                fail(where, "pitch and description need exactly fr and en")
                break
            check_text(f"{where} pitch.{lang}", s["pitch"][lang], lo=40, hi=140)
            check_text(f"{where} description.{lang}", s["description"][lang], lo=300, hi=900,
                       paragraphs=(2, 3))
            check = check_french if lang == "fr" else check_english
            check(f"{where} pitch.{lang}", s["pitch"][lang])
            check(f"{where} description.{lang}", s["description"][lang])
        if s["pitch"]["fr"] == s["pitch"]["en"] or s["description"]["fr"] == s["description"]["en"]:
            fail(where, "French and English texts are identical")
        if name not in s["description"]["fr"] or name not in s["description"]["en"]:
            fail(where, "each description should name the start-up")

        sectors, poles = s["sectors"], s["poles"]
        if not isinstance(sectors, list) or not 1 <= len(sectors) <= 3 or len(set(sectors)) != len(sectors) \
                or any(x not in SECTORS for x in sectors):
            fail(where, f"sectors {sectors}: 1-3 distinct codes from the list")
        if not isinstance(poles, list) or not 1 <= len(poles) <= 3 or len(set(poles)) != len(poles) \
                or any(x not in POLES for x in poles):
            fail(where, f"poles {poles}: 1-3 distinct pole slugs")
        if "entrepreneuriat" not in poles:
            fail(where, "every start-up belongs to the entrepreneuriat pole")

        stage, founded, team = s["stage"], s["founded"], s["team_size"]
        if not s["sample"]:
            # A real start-up's facts are its own to give: the seed invents none.
            for field in ("stage", "founded", "team_size", "member_since", "updated"):
                if s[field] is not None:
                    fail(where, f"{field} must be null for a real start-up (the article gives none)")
        elif stage not in STAGES:
            fail(where, f"unknown stage {stage!r}")
        if s["sample"] and (not isinstance(founded, int) or isinstance(founded, bool) or not 2012 <= founded <= 2026):
            fail(where, f"founded {founded!r} not in 2012-2026")
        if s["sample"] and team not in TEAMS:
            fail(where, f"unknown team size {team!r}")
        if stage in STAGE_RULES and isinstance(founded, int):
            lo, hi, teams = STAGE_RULES[stage]
            if not lo <= founded <= hi:
                fail(where, f"stage {stage} founded {founded}: expected {lo}-{hi}")
            if team not in teams:
                fail(where, f"stage {stage} with team {team}: expected one of {sorted(teams)}")

        spin = s["spin_off"]
        if spin is not None:
            if not isinstance(spin, dict) or list(spin) != ["lab", "institute"]:
                fail(where, "spin_off must be null or {lab, institute}")
            else:
                lab = spin["lab"]
                if not isinstance(lab, str) or not lab.strip() or len(lab) > 160:
                    fail(where, "spin_off.lab must be 1-160 characters")
                elif not re.search(r"\((?:[^()]*\b(Inserm|Inria|ENS|PSL)\b[^()]*)\)$", lab):
                    fail(where, f"spin_off.lab {lab!r} should name its Inserm / Inria / ENS / PSL unit")
                if spin["institute"] is not None and spin["institute"] not in INSTITUTES:
                    fail(where, f"unknown institute {spin['institute']!r}")

        hiring = s["hiring"]
        if not isinstance(hiring, bool):
            fail(where, "hiring must be true or false")
        if not hiring and s["careers_url"] is not None:
            fail(where, "careers_url must be null when not hiring")
        if hiring and s["careers_url"] is None and s["email"] is None:
            fail(where, "a hiring start-up gives a careers page or an e-mail")
        for field in ("careers_url", "website"):
            if s[field] is not None:
                check_url(f"{where} {field}", s[field])
        if s["careers_url"] and s["website"] and host_of(s["careers_url"]) != host_of(s["website"]):
            fail(where, "careers page is not on the start-up's website")
        if s["email"] is not None:
            if not isinstance(s["email"], str) or not EMAIL_RE.match(s["email"]):
                fail(where, f"e-mail {s['email']!r} must be name@something.example")
            elif s["website"] and s["email"].split("@")[1] != host_of(s["website"]):
                fail(where, "e-mail domain differs from the website")
        if s["website"]:
            hosts[host_of(s["website"])] += 1

        social = s["social"]
        if not isinstance(social, list) or len(social) > 3:
            fail(where, "social: a list of 0 to 3 links")
        else:
            seen = set()
            for k, link in enumerate(social):
                if not isinstance(link, dict) or list(link) != ["network", "url"]:
                    fail(f"{where} social[{k}]", "must be {network, url}")
                    continue
                if link["network"] not in NETWORKS:
                    fail(f"{where} social[{k}]", f"unknown network {link['network']!r}")
                if link["network"] in seen:
                    fail(f"{where} social[{k}]", "network listed twice")
                seen.add(link["network"])
                check_url(f"{where} social[{k}]", link["url"], social_network=link["network"])

        since, updated = is_date(s["member_since"]), is_date(s["updated"])
        if not s["sample"]:
            pass
        elif not since:
            fail(where, f"member_since {s['member_since']!r} is not an ISO date")
        elif not CAMPUS_OPENING <= since <= LAST_MEMBER:
            fail(where, f"member_since {since} outside {CAMPUS_OPENING}..{LAST_MEMBER}")
        elif isinstance(founded, int) and since.year < founded:
            fail(where, f"member since {since} but founded in {founded}")
        if not s["sample"]:
            pass
        elif not updated:
            fail(where, f"updated {s['updated']!r} is not an ISO date")
        elif since and not since <= updated <= LAST_UPDATE:
            fail(where, f"updated {updated} must be between member_since and {LAST_UPDATE}")

        if s["logo"] is not None and s["logo"] != f"{slug}.png":
            fail(where, f"logo {s['logo']!r} must be null or '{slug}.png'")
        if not isinstance(s["sample"], bool):
            fail(where, "sample must be true or false")

        # The four start-ups from the article.
        if s["sample"] is False:
            if name not in REAL:
                fail(where, "only DrData, Team'Doc, Posos and SimforHealth are not sample data")
                continue
            if REAL[name] not in sectors:
                fail(where, f"{name} belongs in sector {REAL[name]}")
            for field in ("website", "email", "careers_url", "logo", "spin_off"):
                if s[field] is not None:
                    fail(where, f"{field} must be null for a start-up from the article")
            if s["social"] or s["hiring"]:
                fail(where, "no social links and no hiring claim for a start-up from the article")
            if not s["description"]["fr"].endswith("\n\n" + PORTAL_NOTE_FR):
                fail(where, "French description must end with the portal-team paragraph")
            if not s["description"]["en"].endswith("\n\n" + PORTAL_NOTE_EN):
                fail(where, "English description must end with the portal-team paragraph")
            for lang in ("fr", "en"):
                text = s["pitch"][lang] + " " + s["description"][lang]
                if re.search(r"\d", re.sub(r"\b2022\b", "", text)):
                    fail(where, f"{lang}: no figures in a public-level description (only the arrival year)")
                if re.search(r"[%€$]|\b(client|customer|million|leader|premier|n°|numéro un)\b", text, re.I):
                    fail(where, f"{lang}: no figures, customers or results claims")
        else:
            low = name.lower()
            for known in KNOWN_NAMES:
                if known in low:
                    fail(where, f"sample name {name!r} borrows the real name {known!r}")

    for slug, n in slugs.items():
        if n > 1:
            fail("startups", f"slug {slug!r} used {n} times")
    for name, n in names.items():
        if n > 1:
            fail("startups", f"name {name!r} used {n} times")
    for host, n in hosts.items():
        if n > 1:
            fail("startups", f"website host {host!r} used {n} times")
    good = [s for s in startups if list(s) == KEYS]

    # --- counts ------------------------------------------------------------------------------
    real_names = sorted(s["name"] for s in good if s["sample"] is False)
    if real_names != sorted(REAL):
        fail("startups", f"start-ups with sample false: {real_names}, expected {sorted(REAL)}")
    sector_count = Counter(x for s in good for x in s["sectors"])
    for code in SECTORS:
        if sector_count[code] < 3:
            fail("sectors", f"{code} used by {sector_count[code]} start-ups, at least 3 needed")
    simulation = [s for s in good if "formation-simulation" in s["sectors"]
                  or "simulation" in s["pitch"]["fr"].lower() or "simulation" in s["pitch"]["en"].lower()]
    if len(simulation) < 6:
        fail("simulation", f"{len(simulation)} simulation start-ups, at least 6 needed")
    if "simforhealth" not in [s["slug"] for s in simulation]:
        fail("simulation", "SimforHealth must be among them")
    if sum(s["stage"] == "amorcage" for s in simulation) < 2:
        fail("simulation", "at least 2 simulation start-ups at stage amorcage")
    stage_count = Counter(s["stage"] for s in good)
    for stage in STAGES:
        if stage_count[stage] < 4:
            fail("stages", f"{stage}: {stage_count[stage]} start-ups, at least 4 needed")
    early = [s for s in good if s["stage"] in ("idee", "pre-amorcage")]
    if early and sum(s["founded"] >= 2023 for s in early) * 3 < len(early) * 2:
        fail("stages", "idea and pre-seed start-ups should mostly be founded in 2023-2026")
    spin_offs = [s for s in good if s["spin_off"] is not None]
    if len(spin_offs) < 26:
        fail("spin_off", f"{len(spin_offs)} spin-offs, at least 26 needed (more than half from research)")
    institutes = Counter(s["spin_off"]["institute"] for s in spin_offs if isinstance(s["spin_off"], dict))
    for inst in INSTITUTES:
        if institutes[inst] < 2:
            fail("spin_off", f"institute {inst} has {institutes[inst]} spin-offs, at least 2 expected")
    hiring = [s for s in good if s["hiring"]]
    if not 0.35 <= len(hiring) / max(len(good), 1) <= 0.45:
        fail("hiring", f"{len(hiring)} hiring start-ups, about 40% expected")
    with_careers = sum(s["careers_url"] is not None for s in hiring)
    if hiring and with_careers * 4 < len(hiring) * 3:
        fail("hiring", f"only {with_careers} of {len(hiring)} hiring start-ups give a careers page")

    # The real start-ups have no published date, but the article counts them among the
    # first arrivals ("une trentaine début janvier").
    january = [s for s in good
               if not s["sample"] or (s["member_since"] or "").startswith("2022-01-")]
    if not 28 <= len(january) <= 32:
        fail("member_since", f"{len(january)} start-ups arrived in January 2022, about 30 expected")
    for s in good:
        d = is_date(s["member_since"])
        if d and s not in january and d < SECOND_CALL:
            fail("member_since", f"{s['slug']}: later arrivals come after the second call (from March 2022)")
    later_years = Counter(s["member_since"][:4] for s in good if s not in january)
    if len(later_years) < 4:
        fail("member_since", f"later arrivals should spread over several years: {dict(later_years)}")

    # Themes the campus insists on.
    def mentions(pattern):
        return sum(bool(re.search(pattern, s["description"]["fr"] + " " + s["pitch"]["fr"], re.I)) for s in good)
    for label, pattern, least in [
        ("patients", r"\bpatients?\b", 30),
        ("accessibility", r"accessibilit|FALC|langue des signes|handicap", 6),
        ("health-data protection", r"RGPD|protection des données|pseudonymis|anonymis|hébergeur certifié", 10),
    ]:
        n = mentions(pattern)
        if n < least:
            fail("themes", f"{label}: mentioned by {n} start-ups, at least {least} expected")

    # The server test suite compares a seeded profile with links field by field; the API omits
    # a null institute, so that first profile must have no spin-off or a named institute.
    first = next((s for s in good if s["website"] and s["social"]), None)
    if first is None:
        fail("startups", "no sample profile has both a website and social links")
    elif first["spin_off"] is not None and first["spin_off"]["institute"] is None:
        fail("startups", f"{first['slug']}: the first profile with links needs spin_off null or an institute")
    posos = next((s for s in good if s["slug"] == "posos"), None)
    if posos and not all(w in (posos["pitch"]["fr"] + posos["description"]["fr"]).lower()
                         for w in ("sécurité", "prescription")):
        fail("posos", "should mention 'sécurité' and 'prescription' (the directory search finds it so)")

    # --- logos -------------------------------------------------------------------------------
    named = {s["logo"] for s in good if s["logo"]}
    if not 15 <= len(named) <= 21:
        fail("logos", f"{len(named)} logos, about 18 expected")
    if any(s["logo"] for s in good if s["sample"] is False):
        fail("logos", "the four start-ups from the article have no logo")
    on_disk = set(os.listdir(LOGOS)) if os.path.isdir(LOGOS) else set()
    for extra in sorted(on_disk - named):
        fail("logos", f"{extra} is not named by any start-up (the server bundles every file)")
    digests = {}
    for file in sorted(named):
        path = os.path.join(LOGOS, file)
        if not os.path.isfile(path):
            fail("logos", f"{file} is missing")
            continue
        try:
            w, h, depth, colour, size = png_info(path)
        except (ValueError, zlib.error, struct.error) as e:
            fail("logos", f"{file}: {e}")
            continue
        if (w, h, depth, colour) != (96, 96, 8, 2):
            fail("logos", f"{file}: {w}x{h}, depth {depth}, colour type {colour}; expected 96x96 RGB 8-bit")
        if size >= MAX_LOGO_BYTES:
            fail("logos", f"{file}: {size} bytes, must stay under {MAX_LOGO_BYTES}")
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        if digest in digests:
            fail("logos", f"{file} is identical to {digests[digest]}")
        digests[digest] = file

    # --- the files are what the generator writes ----------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run([sys.executable, os.path.join(TOOLS, "make_startups.py"), "--out", tmp],
                             capture_output=True, text=True)
        if run.returncode != 0:
            fail("make_startups.py", f"failed: {run.stderr.strip()}")
        else:
            with open(os.path.join(tmp, "startups.json"), encoding="utf-8") as f:
                if f.read() != raw_text:
                    fail("startups.json", "differs from what make_startups.py writes (hand edit or stale file)")
            fresh = set(os.listdir(os.path.join(tmp, "logos")))
            if fresh != on_disk:
                fail("logos", "the logo files differ from what make_startups.py writes")
            for file in sorted(fresh & on_disk):
                with open(os.path.join(tmp, "logos", file), "rb") as a, open(os.path.join(LOGOS, file), "rb") as b:
                    if a.read() != b.read():
                        fail("logos", f"{file} differs from what make_startups.py writes")

    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1

    print(f"OK: {len(good)} start-ups ({len(good) - len(real_names)} samples, {len(real_names)} from the article)")
    print("sectors:", ", ".join(f"{c} {sector_count[c]}" for c in SECTORS))
    print("stages: ", ", ".join(f"{c} {stage_count[c]}" for c in STAGES))
    by_institute = ", ".join(f"{k or 'no institute'} {v}" for k, v in institutes.most_common())
    print(f"spin-offs: {len(spin_offs)} ({by_institute})")
    print(f"hiring: {len(hiring)} ({with_careers} with a careers page)")
    print(f"simulation: {len(simulation)} ({sum(s['stage'] == 'amorcage' for s in simulation)} at amorcage)")
    print(f"arrivals: {len(january)} in January 2022, later by year {dict(sorted(later_years.items()))}")
    print(f"logos: {len(named)} files, largest {max(os.path.getsize(os.path.join(LOGOS, f)) for f in named)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
