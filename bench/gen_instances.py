#!/usr/bin/python3
"""Writes the benchmark instances of issue 3 into a directory (seeded, so every run sees the same data).

  a/  5,000 mentees x 2,000 mentors, capacity 1-3, 50 candidates each, scores 0.00-100.00
  b/  dense 2,000 x 2,000, capacity 1, every pair a candidate
  c/  profiles.json: 20,000 mentee and 10,000 mentor profiles for `ponte match --profiles`
"""
import json
import os
import random
import sys

import numpy as np


def write_csv_instance(folder, mentees, mentors, capacities, pairs_mentee, pairs_mentor, cents):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "mentors.csv"), "w") as f:
        f.write("mentor_id,capacity\n")
        f.writelines(f"{m},{c}\n" for m, c in zip(mentors, capacities))
    with open(os.path.join(folder, "candidates.csv"), "w") as f:
        f.write("mentee_id,mentor_id,score\n")
        chunk = 200_000
        for s in range(0, len(cents), chunk):
            f.writelines(
                f"{mentees[e]},{mentors[m]},{c // 100}.{c % 100:02d}\n"
                for e, m, c in zip(pairs_mentee[s:s + chunk].tolist(), pairs_mentor[s:s + chunk].tolist(), cents[s:s + chunk].tolist()))


def instance_a(folder, rng):
    n, m, k = 5000, 2000, 50
    mentees = [f"e{i:05d}" for i in range(n)]
    mentors = [f"m{j:05d}" for j in range(m)]
    capacities = rng.integers(1, 4, size=m)
    pm = np.repeat(np.arange(n), k)
    pv = np.concatenate([rng.choice(m, size=k, replace=False) for _ in range(n)])
    cents = rng.integers(0, 10001, size=n * k)
    write_csv_instance(folder, mentees, mentors, capacities.tolist(), pm, pv, cents)


def instance_b(folder, rng):
    n = 2000
    mentees = [f"e{i:05d}" for i in range(n)]
    mentors = [f"m{j:05d}" for j in range(n)]
    pm = np.repeat(np.arange(n), n)
    pv = np.tile(np.arange(n), n)
    cents = rng.integers(0, 10001, size=n * n)
    write_csv_instance(folder, mentees, mentors, [1] * n, pm, pv, cents)


LANGS = ["uk", "ru", "ar", "fa", "ps", "ti", "so", "fr", "es", "tr", "ku", "prs"]
HOST = {"PT": "pt", "FI": "fi", "LV": "lv", "EE": "et", "SE": "sv", "DE": "de", "PL": "pl", "IT": "it"}
LEVELS = ["Basic", "Conversational", "Fluent", "Native"]
AREAS = ["Qualifications", "JobSearch", "Entrepreneurship", "Health", "Parenting", "Citizenship", "Participation",
         "LabourMarketOrientation", "HealthAndHabits", "ParentingAndFamily", "RightsAndObligations", "CityOrientation"]
INTERESTS = ["baking", "cooking", "gardening", "music", "running", "reading", "crafts", "football", "photography",
             "languages", "sewing", "hiking", "chess", "dance", "yoga", "coding", "painting", "theatre", "cycling", "volunteering"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PARTS = ["Morning", "Afternoon", "Evening"]
ORIGINS = ["UA", "AF", "SY", "IR", "ER", "SO", "BR", "AO", "CV", "TR", "IQ", "VE"]


def instance_c(folder, r):
    """40 programmes in 8 countries; the 4 programmes of two organisations share a network pool."""
    os.makedirs(folder, exist_ok=True)
    programmes = []
    for p in range(40):
        country = list(HOST)[p % 8]
        programmes.append({
            "id": f"p{p:02d}",
            "country": country,
            "centre": (38.7 + (p % 8) * 2.1 + r.uniform(-0.5, 0.5), -9.1 + (p % 8) * 4.3 + r.uniform(-0.5, 0.5)),
            "pool": p < 4,
            "interpreterLanguages": ["uk"] if p % 5 == 0 else [],
        })

    def person(pid, prog, mentor):
        host = HOST[prog["country"]]
        langs = []
        if mentor:
            langs.append({"code": host, "level": "Native"})
            if r.random() < 0.6:
                langs.append({"code": "en", "level": r.choice(["Conversational", "Fluent"])})
            if r.random() < 0.25:
                langs.append({"code": r.choice(LANGS), "level": r.choice(LEVELS[1:])})
            origin = prog["country"] if r.random() < 0.85 else r.choice(ORIGINS)
        else:
            own = r.choice(LANGS)
            langs.append({"code": own, "level": "Native"})
            langs.append({"code": host, "level": r.choice(LEVELS)})
            if r.random() < 0.4:
                langs.append({"code": "en", "level": r.choice(LEVELS)})
            origin = r.choice(ORIGINS)
        lat, lon = prog["centre"]
        slots = sorted(r.sample([f"{d}-{p}" for d in DAYS for p in PARTS], r.randint(2, 8)))
        doc = {
            "id": pid,
            "programme": prog["id"],
            "networkPool": prog["pool"],
            "gender": "Woman" if (not mentor or r.random() < 0.8) else "Man",
            "countryOfOrigin": origin,
            "languages": langs,
            "location": {"lat": round(lat + r.gauss(0, 0.15), 5), "lon": round(lon + r.gauss(0, 0.15), 5)},
            "availability": slots,
            "interests": r.sample(INTERESTS, r.randint(1, 5)),
            "supportAreas": r.sample(AREAS, r.randint(1, 4)),
        }
        if mentor:
            doc["ready"] = r.random() < 0.9
            doc["capacity"] = r.choice([1, 1, 1, 2, 3])
            doc["experiencedWithVulnerableGroups"] = r.random() < 0.4
        else:
            doc["targetGroup"] = r.choice([1, 1, 2, 2, 3])
            doc["preferences"] = {"womanMentorOnly": r.random() < 0.3, "sameCountryOfOrigin": r.random() < 0.1,
                                  "sameGender": r.random() < 0.2}
        return doc

    mentees = [person(f"e{i:05d}", programmes[i % 40], False) for i in range(20000)]
    mentors = [person(f"m{j:05d}", programmes[j % 40], True) for j in range(10000)]
    exclusions = [{"menteeId": f"e{r.randrange(20000):05d}", "mentorId": f"m{r.randrange(10000):05d}",
                   "reason": r.choice(["DeclaredConflict", "EndedBadly"])} for _ in range(200)]
    exclusions = list({(x["menteeId"], x["mentorId"]): x for x in exclusions}.values())
    doc = {
        "programmes": [{"id": p["id"], "interpreterLanguages": p["interpreterLanguages"]} for p in programmes],
        "mentees": mentees,
        "mentors": mentors,
        "exclusions": exclusions,
        "approved": [],
    }
    with open(os.path.join(folder, "profiles.json"), "w") as f:
        json.dump(doc, f, separators=(",", ":"))


if __name__ == "__main__":
    out = sys.argv[1]
    which = sys.argv[2:] or ["a", "b", "c"]
    if "a" in which:
        instance_a(os.path.join(out, "a"), np.random.default_rng(20261123))
    if "b" in which:
        instance_b(os.path.join(out, "b"), np.random.default_rng(20261124))
    if "c" in which:
        instance_c(os.path.join(out, "c"), random.Random(20261125))
