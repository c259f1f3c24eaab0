#!/usr/bin/env python3
"""Generates survey-synthetic.csv: 400 SYNTHETIC respondents in the survey layout of Inclusion.Sdk
(docs/researchers.md). Nothing here comes from a real survey: answers are drawn from a made-up model
(a latent skill that falls with age) with a fixed seed, so the file and the notebook's figures are reproducible.
Run: python3 generate_synthetic_survey.py > survey-synthetic.csv
"""
import random

random.seed(20261125)
VARIABLES = ["IUIF", "IHIF", "IUNW1", "TICCSFOI", "TICIDIS", "TICNIDIS", "TICXND",
             "IUEM", "IUPH1", "IUCHAT1", "IUSNET", "IUPOL2", "IUVOTE",
             "CWRD1", "CXLS1", "CEPVA1", "CXFER1", "CPRES2", "CXLSADV1", "CPRG2",
             "MAPS_CWSC", "MAPS_RPS", "MAPS_RRGL", "MAPS_LAP", "MAPS_RAAD", "PCOOK1",
             "CINSAPP1", "CCONF1", "IBUY", "IUSELL", "IUOLC", "IUOLM", "IUBK", "IUJOB"]
# Made-up base rates of each activity among internet users with an average latent skill.
RATES = [0.75, 0.6, 0.65, 0.25, 0.1, 0.1, 0.1,
         0.85, 0.7, 0.8, 0.6, 0.15, 0.1,
         0.5, 0.35, 0.3, 0.45, 0.3, 0.1, 0.05,
         0.3, 0.25, 0.35, 0.3, 0.35, 0.3,
         0.55, 0.5, 0.7, 0.2, 0.2, 0.15, 0.7, 0.1]
AGES = [("16-24", 0.12, 0.99, 0.6), ("25-39", 0.24, 0.98, 0.4), ("40-54", 0.25, 0.95, 0.1),
        ("55-64", 0.16, 0.88, -0.2), ("65-74", 0.23, 0.75, -0.6)]
TERRITORIES = ["59", "62", "75", "93", "2A"]

print("id,IU,weight,age_band,sex,territory," + ",".join(VARIABLES))
for i in range(1, 401):
    r = random.random()
    for band, share, users, shift in AGES:
        if r < share:
            break
        r -= share
    sex = random.choice("FM")
    territory = random.choice(TERRITORIES)
    weight = round(random.uniform(0.5, 3.0), 3)
    if random.random() < users:
        iu = 1
        skill = random.gauss(shift, 0.8)
        answers = []
        for variable, rate in zip(VARIABLES, RATES):
            p = min(0.98, max(0.01, rate * (1 + 0.8 * skill)))
            done = random.random() < p
            if variable == "IBUY":
                answers.append(str(random.choice([1, 2]) if done else random.choice([3, 4])))
            else:
                answers.append("1" if done else "0")
    else:
        iu = random.choice([2, 3, 4, 4])
        answers = [""] * len(VARIABLES)
    print(f"S{i:04d},{iu},{weight},{band},{sex},{territory}," + ",".join(answers))
