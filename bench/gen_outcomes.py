#!/usr/bin/env python3
"""Facts for `ponte indicators` at scale: N people (1 in 10 a mentor) over 30 organisations in
three countries, about 10 events each (entries, statuses, evidence, ratings, participations,
satisfaction), 500 joint actions. Deterministic (seed 2026).

    python3 bench/gen_outcomes.py DIR [people] [events]
"""
import random, sys, datetime, os

out = sys.argv[1]
people = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
events = int(sys.argv[3]) if len(sys.argv) > 3 else 2_000_000
rng = random.Random(2026)
os.makedirs(out, exist_ok=True)
countries = ["PT", "FI", "LV"]
orgs = [(f"org{k}", countries[k % 3]) for k in range(30)]
with open(os.path.join(out, "O.csv"), "w") as f:
    f.write("organisation_id,country\n")
    for o, c in orgs:
        f.write(f"{o},{c}\n")
actions = []
with open(os.path.join(out, "A.csv"), "w") as f:
    f.write("action_id,date,countries\n")
    for k in range(500):
        d = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(0, 1000))
        cs = ";".join(rng.sample(countries, rng.choice([1, 2, 3])))
        actions.append(f"act{k}")
        f.write(f"act{k},{d},{cs}\n")
labour = ["employed", "self_employed", "unemployed", "long_term_unemployed", "inactive", "unknown"]
yn = ["yes", "no", "unknown"]
with open(os.path.join(out, "P.csv"), "w") as f:
    f.write("person_id,role,sex,birth_date,labour_status,education,third_country_national,foreign_background,disability,homeless\n")
    for p in range(people):
        role = "mentor" if p % 10 == 0 else "mentee"
        sex = rng.choices(["woman", "man", "nonbinary", "unknown"], [85, 10, 2, 3])[0]
        birth = "" if rng.random() < 0.05 else str(datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(0, 20000)))
        f.write(f"p{p},{role},{sex},{birth},{rng.choice(labour)},{rng.choice('012345678') if rng.random() > 0.1 else 'unknown'},"
                f"{rng.choice(yn)},{rng.choice(yn)},{rng.choice(['yes', 'no', 'declined', 'unknown'])},{rng.choice(yn)}\n")
statuses = ["employed", "self_employed", "job_searching", "in_education", "in_training", "inactive", "unemployed"]
indicators = ["HardSkills", "SoftSkills", "LabourMarketUnderstanding", "HealthAndWellbeing", "PersonalRolesAndExpectations", "SocietalRightsAndObligations", "CultureKeys"]
levels = ["A0", "A1", "A2", "B1", "B2", "C1", "C2"]
per = events // people
with open(os.path.join(out, "E.csv"), "w") as f:
    f.write("person_id,organisation_id,date,kind,value\n")
    written = 0
    for p in range(people):
        org = orgs[rng.randrange(30)][0]
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(0, 900))
        lines = [f"p{p},{org},{day},entered,prog{rng.randrange(60)}"]
        for _ in range(per - 1):
            day2 = day + datetime.timedelta(days=rng.randrange(-30, 400))
            kind = rng.choices(["status", "left", "qualification", "training_completed", "job_interview", "language_level", "rating", "participation", "satisfaction"],
                               [20, 8, 4, 6, 5, 15, 25, 8, 9])[0]
            value = {"status": lambda: rng.choice(statuses), "left": lambda: rng.choice(["completed", "ended_early", "withdrawn"]),
                     "qualification": lambda: "Certificate", "training_completed": lambda: "Module", "job_interview": lambda: "",
                     "language_level": lambda: f"{rng.choice(['pt', 'fi', 'lv', 'en'])}:{rng.choice(levels)}",
                     "rating": lambda: f"{rng.choice(indicators)}:{rng.randint(1, 5)}", "participation": lambda: rng.choice(actions),
                     "satisfaction": lambda: str(rng.randint(1, 5))}[kind]()
            lines.append(f"p{p},{org},{day2},{kind},{value}")
        f.write("\n".join(lines) + "\n")
        written += len(lines)
print(f"{people} people, {written} events in {out}")
