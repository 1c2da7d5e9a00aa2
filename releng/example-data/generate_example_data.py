#!/usr/bin/env python3
"""Generate the data files of the bundled "Northbridge Bank" retail-bank example.

Models a fictitious retail bank with three relationship profiles (transactional,
relational and private-banking customers) and writes, deterministically (fixed seed):

* models/retail-bank/data/survey.csv     SERVQUAL customer survey (E, P, desired D, adequate A
                                          for 22 items, 100 importance points, value expected/experienced)
* models/retail-bank/data/managers.csv   managers' estimates of customer expectations (knowledge gap)
* models/retail-bank/data/kpi.csv        weekly KPI measurements of 17 service standards, ISO weeks 2025
* models/retail-bank/data/readiness.csv  DIE internal CRM readiness assessment (1-5) of 14 components
* models/retail-bank/data/survey-2026.csv the second wave of the survey, a year later (other respondents)
* models/retail-bank/data/kpi-2026.csv    the second wave of the KPI measurements, ISO weeks 2026
* templates/servqual-items.csv           the 22 SERVQUAL statements adapted to retail banking

Answers come from a latent-factor model: each respondent has a general "halo" factor and one
factor per SERVQUAL dimension, so items of a dimension correlate (Cronbach's alpha ~0.7-0.9).
Segment means are calibrated for 7-point clipping and rounding so the intended gaps are hit.
Python 3 standard library only. A developer tool, outside the shipped bundle: run it from anywhere

    python3 releng/example-data/generate_example_data.py            # rewrites the files in org.crmgap.examples
    python3 releng/example-data/generate_example_data.py --out DIR  # writes them below DIR instead

`./crmgap test` runs it with --out and checks that it reproduces the shipped files byte for byte.
"""

import argparse
import csv
import datetime
import functools
import math
import os
import random

SEED = 20250317
SCALE_MIN, SCALE_MAX = 1, 7

DIMENSIONS = ["tangibles", "reliability", "responsiveness", "assurance", "empathy"]
DIM_ITEMS = {
    "tangibles": [1, 2, 3, 4],
    "reliability": [5, 6, 7, 8, 9],
    "responsiveness": [10, 11, 12, 13],
    "assurance": [14, 15, 16, 17],
    "empathy": [18, 19, 20, 21, 22],
}
ITEM_DIM = {i: d for d, items in DIM_ITEMS.items() for i in items}
ITEMS = list(range(1, 23))

# --- customer survey parameters --------------------------------------------------------------

SEGMENT_SIZES = [("transactional", 302), ("relational", 197), ("private", 101)]

# mean expectation (E) per segment and dimension
E_MEAN = {
    "transactional": {"tangibles": 5.5, "reliability": 6.4, "responsiveness": 6.2, "assurance": 6.0, "empathy": 5.5},
    "relational": {"tangibles": 5.6, "reliability": 6.4, "responsiveness": 6.1, "assurance": 6.2, "empathy": 6.0},
    "private": {"tangibles": 5.9, "reliability": 6.5, "responsiveness": 6.5, "assurance": 6.5, "empathy": 6.5},
}
# intended customer gap (P - E) per segment and dimension
GAP = {
    "transactional": {"tangibles": -0.4, "reliability": -1.5, "responsiveness": -1.4, "assurance": -0.7, "empathy": -0.9},
    "relational": {"tangibles": -0.2, "reliability": -0.7, "responsiveness": -0.6, "assurance": -0.3, "empathy": -0.4},
    "private": {"tangibles": 0.1, "reliability": -0.4, "responsiveness": -1.1, "assurance": -0.05, "empathy": 0.0},
}
# adequate (A) and desired (D) service levels per dimension (segment adjustments below)
A_MEAN = {"tangibles": 3.6, "reliability": 4.9, "responsiveness": 4.6, "assurance": 4.4, "empathy": 4.0}
D_MEAN = {"tangibles": 6.0, "reliability": 6.6, "responsiveness": 6.4, "assurance": 6.5, "empathy": 6.2}
A_SEGMENT_SHIFT = {"transactional": -0.1, "relational": 0.0, "private": 0.4}

# item-specific offsets within a dimension (sum ~0 per dimension)
E_ITEM_OFFSET = {1: -0.1, 2: -0.2, 3: 0.0, 4: 0.3, 5: 0.1, 6: 0.0, 7: 0.1, 8: -0.1, 9: 0.2,
                 10: -0.1, 11: 0.1, 12: 0.1, 13: -0.1, 14: 0.0, 15: 0.3, 16: -0.1, 17: -0.2,
                 18: -0.1, 19: 0.1, 20: -0.1, 21: 0.1, 22: 0.0}
P_ITEM_OFFSET = {1: 0.2, 2: 0.1, 3: 0.1, 4: -0.4, 5: -0.3, 6: -0.1, 7: 0.0, 8: -0.2, 9: 0.6,
                 10: -0.2, 11: 0.0, 12: 0.3, 13: -0.1, 14: 0.0, 15: 0.3, 16: 0.2, 17: -0.5,
                 18: 0.0, 19: -0.3, 20: 0.1, 21: -0.1, 22: 0.3}

# standard deviations of the latent model (general factor, dimension factor, item noise)
E_SD = (0.30, 0.45, 0.55)
P_SD = (0.55, 0.70, 0.70)
AD_SD = (0.35, 0.35, 0.50)

# mean importance points (out of 100) per segment
W_MEAN = {
    "transactional": {"tangibles": 10, "reliability": 33, "responsiveness": 24, "assurance": 18, "empathy": 15},
    "relational": {"tangibles": 11, "reliability": 30, "responsiveness": 20, "assurance": 20, "empathy": 19},
    "private": {"tangibles": 8, "reliability": 27, "responsiveness": 23, "assurance": 20, "empathy": 22},
}
W_CONCENTRATION = 18.0

# value expected / experienced means per segment
VALUE_MEAN = {"transactional": (5.6, 4.7), "relational": (5.8, 5.4), "private": (6.0, 5.95)}

MISSING_SHARE = 0.02
W_MISSING_SHARE = 0.03

# --- managers ------------------------------------------------------------------------------

MANAGER_UNITS = [("executive-board", 3), ("customer-strategy", 4), ("retail-branches", 6),
                 ("contact-centre", 5), ("private-banking", 3), ("marketing", 3)]
# intended knowledge gap mean(M) - mean(E) per dimension
KNOWLEDGE_GAP = {"tangibles": 0.05, "reliability": -0.3, "responsiveness": -0.8, "assurance": -0.25, "empathy": -0.8}
# units closer to customers underestimate less on responsiveness and empathy
UNIT_SHIFT = {"executive-board": -0.3, "customer-strategy": -0.1, "retail-branches": 0.15,
              "contact-centre": 0.25, "private-banking": 0.1, "marketing": -0.2}
M_SD = (0.25, 0.35, 0.55)
MANAGER_MISSING_CELLS = 6

# --- KPI standards -------------------------------------------------------------------------
# id, target, direction, compliant weeks (of 52), best value, worst value, decimals, season profile
KPI_STANDARDS = [
    ("S01", 10, "lower", 29, 8.0, 17.8, 1, "summer"),       # branch queue waiting time, min
    ("S02", 60, "lower", 45, 34.0, 92.0, 1, "january"),     # phone answer time, s
    ("S03", 80, "higher", 44, 88.5, 74.0, 1, "none"),       # first-contact resolution, %
    ("S04", 5, "lower", 43, 3.1, 7.4, 1, "autumn"),         # complaint resolution time, days
    ("S05", 3, "lower", 31, 1.6, 6.2, 1, "spring"),         # loan decision time, days
    ("S06", 5, "lower", 47, 3.2, 6.8, 1, "december"),       # card replacement delivery, days
    ("S07", 99.8, "higher", 51, 99.99, 99.42, 2, "incident"),  # online banking availability, %
    ("S08", 99.5, "higher", 45, 99.87, 98.9, 2, "release"),    # app crash-free sessions, %
    ("S09", 2, "lower", 50, 0.6, 2.9, 2, "none"),           # payment error rate per 10,000
    ("S10", 2, "higher", 42, 2.6, 1.5, 2, "smooth"),        # relationship reviews per private client per year
    ("S11", 95, "higher", 44, 98.8, 89.5, 1, "january"),    # callbacks within promised window, %
    ("S12", 30, "lower", 47, 19.0, 41.0, 1, "none"),        # account opening time, min
    ("S13", 24, "lower", 36, 11.0, 46.0, 1, "autumn"),      # e-mail response time, h
    ("S14", 99.9, "higher", 52, 99.99, 99.9, 2, "none"),    # statement accuracy, %
    ("S15", 3, "lower", 34, 1.4, 7.5, 1, "summer"),         # days to next branch appointment
    ("S16", 4, "lower", 46, 1.5, 7.5, 1, "summer"),         # private-client call-back time, h
    ("S17", 15, "lower", 48, 6.0, 24.0, 1, "none"),         # fraud alert response time, min
]

# --- DIE readiness -------------------------------------------------------------------------
# id, intended mean assessed level, number of assessors
READINESS = [
    ("C01", 3.5, 4), ("C02", 2.5, 4), ("C03", 3.0, 3), ("C04", 2.0, 3), ("C05", 2.5, 4),
    ("C06", 3.5, 3), ("C07", 3.5, 4), ("C08", 4.0, 5), ("C09", 3.5, 4), ("C10", 4.0, 5),
    ("C11", 3.0, 3), ("C12", 2.5, 4), ("C13", 3.0, 3), ("C14", 2.5, 3),
]
ASSESSORS = ["A%02d" % i for i in range(1, 9)]

# --- the second wave, a year later ------------------------------------------------------------
# Drawn from a generator of its own, after the first wave's files, so those stay as they were. Where the bank acted
# (tellers at peak hours, a faster loan decision, a call-back promise kept) its gaps narrowed; the relational
# customers' empathy gap widened (advisers moved to the private clients).
SEED_2026 = 20260316
GAP_2026 = {
    "transactional": dict(GAP["transactional"], reliability=-0.9, responsiveness=-0.8),
    "relational": dict(GAP["relational"], empathy=-0.9),
    "private": dict(GAP["private"], responsiveness=-0.6),
}
KPI_COMPLIANT_2026 = {"S01": 42, "S05": 44, "S16": 50}
KPI_STANDARDS_2026 = [(s[0], s[1], s[2], KPI_COMPLIANT_2026.get(s[0], s[3])) + s[4:] for s in KPI_STANDARDS]
FIRST_RESPONDENT_2026 = 601

# --- SERVQUAL items adapted to retail banking (perception form) --------------------------------

SERVQUAL_ITEMS = [
    "{B} has modern-looking equipment.",
    "{B}'s branches and digital channels are visually appealing.",
    "{B}'s employees are well dressed and neat in appearance.",
    "Statements, brochures and other materials from {b} are clear and visually appealing.",
    "When {b} promises to do something by a certain time, it does so.",
    "When you have a problem, {b} shows a sincere interest in solving it.",
    "{B} performs the service right the first time.",
    "{B} provides its services at the time it promises to do so.",
    "{B} insists on error-free records and transactions.",
    "Employees of {b} tell you exactly when services will be performed.",
    "Employees of {b} give you prompt service.",
    "Employees of {b} are always willing to help you.",
    "Employees of {b} are never too busy to respond to your requests.",
    "The behaviour of employees of {b} instils confidence in you.",
    "You feel safe in your transactions with {b}.",
    "Employees of {b} are consistently courteous with you.",
    "Employees of {b} have the knowledge to answer your questions.",
    "{B} gives you individual attention.",
    "{B} has opening hours and service times convenient to all its customers.",
    "{B} has employees who give you personal attention.",
    "{B} has your best interests at heart.",
    "The employees of {b} understand your specific financial needs.",
]


# --- helpers -------------------------------------------------------------------------------

def fmt(value, decimals=0):
    """Format a number with at most `decimals` decimals and no needless trailing zeros."""
    text = "%.*f" % (decimals, value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def phi(x):
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def expected_likert(mu, sd, lo=SCALE_MIN, hi=SCALE_MAX):
    """Expected value of clip(round(N(mu, sd)), lo, hi)."""
    total = 0.0
    for k in range(lo, hi + 1):
        upper = 1.0 if k == hi else phi((k + 0.5 - mu) / sd)
        lower = 0.0 if k == lo else phi((k - 0.5 - mu) / sd)
        total += k * (upper - lower)
    return total


@functools.lru_cache(maxsize=None)
def calibrate(target, sd, lo=SCALE_MIN, hi=SCALE_MAX):
    """Latent mean whose clipped, rounded answers have the expected value `target`."""
    a, b = lo - 3.0, hi + 3.0
    for _ in range(60):
        m = (a + b) / 2
        if expected_likert(m, sd, lo, hi) < target:
            a = m
        else:
            b = m
    return (a + b) / 2


def likert(x, lo=SCALE_MIN, hi=SCALE_MAX):
    return max(lo, min(hi, int(math.floor(x + 0.5))))


def total_sd(sds):
    return math.sqrt(sum(s * s for s in sds))


def points_100(rng, means):
    """Integer importance points summing to exactly 100 (Dirichlet draw, largest remainder)."""
    draws = [rng.gammavariate(W_CONCENTRATION * means[d] / 100.0, 1.0) for d in DIMENSIONS]
    s = sum(draws)
    raw = [100.0 * x / s for x in draws]
    ints = [int(math.floor(x)) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - ints[i], reverse=True)
    for i in order[:100 - sum(ints)]:
        ints[i] += 1
    return ints


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def mean(xs):
    return sum(xs) / len(xs)


# --- survey --------------------------------------------------------------------------------

def survey_header():
    h = ["respondent", "segment"]
    for prefix in ("E", "P", "D", "A"):
        h += ["%s%d" % (prefix, i) for i in ITEMS]
    h += ["W_" + d for d in DIMENSIONS]
    h += ["VALUE_E%d" % i for i in range(1, 5)] + ["VALUE_P%d" % i for i in range(1, 5)]
    return h


def generate_survey(rng, gaps=GAP, first_id=1):
    segments = [s for s, n in SEGMENT_SIZES for _ in range(n)]
    rng.shuffle(segments)
    e_sd, p_sd, ad_sd = total_sd(E_SD), total_sd(P_SD), total_sd(AD_SD)
    value_sd = total_sd((0.5, 0.5, 0.55))
    rows = []
    for idx, seg in enumerate(segments, start=first_id):
        g_e, g_p, g_a, g_d = (rng.gauss(0, 1) for _ in range(4))
        answers = {}
        for d in DIMENSIONS:
            f_e, f_p, f_a, f_d = (rng.gauss(0, 1) for _ in range(4))
            e_target = E_MEAN[seg][d]
            p_target = e_target + gaps[seg][d]
            a_target = A_MEAN[d] + A_SEGMENT_SHIFT[seg]
            d_target = D_MEAN[d] + (0.2 if seg == "private" else 0.0)
            for i in DIM_ITEMS[d]:
                e_mu = calibrate(e_target + E_ITEM_OFFSET[i], e_sd)
                p_mu = calibrate(p_target + P_ITEM_OFFSET[i], p_sd)
                a_mu = calibrate(a_target, ad_sd)
                d_mu = calibrate(d_target, ad_sd)
                e = likert(e_mu + E_SD[0] * g_e + E_SD[1] * f_e + rng.gauss(0, E_SD[2]))
                p = likert(p_mu + P_SD[0] * g_p + P_SD[1] * f_p + rng.gauss(0, P_SD[2]))
                a = likert(a_mu + AD_SD[0] * g_a + AD_SD[1] * f_a + rng.gauss(0, AD_SD[2]), hi=SCALE_MAX - 1)
                dd = likert(d_mu + AD_SD[0] * g_d + AD_SD[1] * f_d + rng.gauss(0, AD_SD[2]), lo=2)
                answers[i] = (e, p, max(dd, a), a)
        weights = points_100(rng, W_MEAN[seg])
        ve_mu = calibrate(VALUE_MEAN[seg][0], value_sd)
        vp_mu = calibrate(VALUE_MEAN[seg][1], value_sd)
        f_ve, f_vp = rng.gauss(0, 1), rng.gauss(0, 1)
        # value experienced follows the general perception factor (halo)
        ve = [likert(ve_mu + 0.5 * g_e + 0.5 * f_ve + rng.gauss(0, 0.55)) for _ in range(4)]
        vp = [likert(vp_mu + 0.5 * g_p + 0.5 * f_vp + rng.gauss(0, 0.55)) for _ in range(4)]

        cells = []
        for k in range(4):  # E, P, D, A
            cells += [str(answers[i][k]) for i in ITEMS]
        cells = [("" if rng.random() < MISSING_SHARE else c) for c in cells]
        w_cells = [str(x) for x in weights]
        if rng.random() < W_MISSING_SHARE:
            w_cells = [""] * len(DIMENSIONS)
        v_cells = [("" if rng.random() < MISSING_SHARE else str(x)) for x in ve + vp]
        rows.append(["C%04d" % idx, seg] + cells + w_cells + v_cells)
    return rows


# --- managers ------------------------------------------------------------------------------

def customer_item_means(survey_rows):
    header = survey_header()
    means = {}
    for i in ITEMS:
        col = header.index("E%d" % i)
        vals = [int(r[col]) for r in survey_rows if r[col] != ""]
        means[i] = mean(vals)
    return means


def generate_managers(rng, e_means):
    units = [u for u, n in MANAGER_UNITS for _ in range(n)]
    m_sd = total_sd(M_SD)
    customer_dim = {d: mean([e_means[i] for i in DIM_ITEMS[d]]) for d in DIMENSIONS}
    # redraw until every dimension's knowledge gap is within 0.06 of the intended value
    for _attempt in range(500):
        rows = []
        for idx, unit in enumerate(units, start=1):
            g = rng.gauss(0, 1)
            values = {}
            for d in DIMENSIONS:
                f = rng.gauss(0, 1)
                shift = UNIT_SHIFT[unit] if d in ("responsiveness", "empathy") else 0.0
                for i in DIM_ITEMS[d]:
                    mu = calibrate(e_means[i] + KNOWLEDGE_GAP[d] + shift, m_sd)
                    values[i] = likert(mu + M_SD[0] * g + M_SD[1] * f + rng.gauss(0, M_SD[2]))
            rows.append(["M%03d" % idx, unit] + [str(values[i]) for i in ITEMS])
        ok = True
        for d in DIMENSIONS:
            cols = [2 + i - 1 for i in DIM_ITEMS[d]]
            m_dim = mean([mean([int(r[c]) for c in cols]) for r in rows])
            if abs(m_dim - customer_dim[d] - KNOWLEDGE_GAP[d]) > 0.06:
                ok = False
        if ok:
            break
    cells = rng.sample([(r, c) for r in range(len(rows)) for c in range(2, 2 + len(ITEMS))],
                       MANAGER_MISSING_CELLS)
    for r, c in cells:
        rows[r][c] = ""
    return rows


# --- KPI -----------------------------------------------------------------------------------

def season(profile, week):
    """Seasonal pressure on a standard (positive = worse service) in ISO week `week`."""
    bump = lambda centre, width: math.exp(-((week - centre) / width) ** 2)
    if profile == "summer":
        return 1.6 * bump(31, 4) + 0.6 * bump(51, 2)
    if profile == "january":
        return 1.5 * bump(2, 2.5)
    if profile == "autumn":
        return 1.3 * bump(44, 5)
    if profile == "spring":
        return 3.2 * bump(16, 4.5)
    if profile == "december":
        return 1.5 * bump(50, 2.5)
    if profile == "release":
        return 2.5 * bump(37, 1.2)
    return 0.0


def generate_kpi(rng, standards=KPI_STANDARDS, year=2025):
    weeks = [datetime.date.fromisocalendar(year, w, 1) for w in range(1, 53)]
    rows = []
    for sid, target, direction, compliant, best, worst, decimals, profile in standards:
        ar_phi = {"smooth": 0.85, "spring": 0.4}.get(profile, 0.55)
        noise_sd = {"smooth": 0.35, "spring": 0.7}.get(profile, 1.0)
        x, z = 0.0, []
        for w in range(1, 53):
            x = ar_phi * x + rng.gauss(0, noise_sd)
            bad = x + season(profile, w)
            if profile == "incident" and rng.random() < 0.06:
                bad += 3.0  # an outage week
            z.append(bad)
        # z is "badness"; the `compliant` least bad weeks meet the target
        order = sorted(range(52), key=lambda k: z[k])
        good_idx, bad_idx = order[:compliant], order[compliant:]
        values = [0.0] * 52
        if compliant == 52:
            cut = z[order[-1]] + 0.5
        else:
            cut = (z[order[compliant - 1]] + z[order[compliant]]) / 2
        z_min, z_max = z[order[0]], z[order[-1]]
        for k in good_idx:  # map [z_min, cut] -> [best, target]
            t = (z[k] - z_min) / (cut - z_min) if cut > z_min else 0.0
            values[k] = best + t * (target - best)
        for k in bad_idx:  # map (cut, z_max] -> (target, worst]
            t = (z[k] - cut) / (z_max - cut) if z_max > cut else 1.0
            values[k] = target + t * (worst - target)
        step = 10 ** -decimals
        for k in range(52):
            v = round(values[k], decimals)
            meets = v <= target if direction == "lower" else v >= target
            if (k in good_idx) != meets:  # rounding must not flip compliance
                v = round(v - step if (k in good_idx) == (direction == "lower") else v + step, decimals)
            if direction == "higher" and target > 90:
                v = min(v, 100.0)
            rows.append([sid, weeks[k].isoformat(), fmt(v, decimals)])
    return rows


# --- readiness -----------------------------------------------------------------------------

def generate_readiness(rng):
    rows = []
    for cid, level, n in READINESS:
        for _attempt in range(1000):
            assessors = sorted(rng.sample(ASSESSORS, n))
            levels = [max(1.0, min(5.0, round(2 * rng.gauss(level, 0.5)) / 2)) for _ in assessors]
            if abs(mean(levels) - level) <= 0.15:
                break
        rows += [[cid, a, fmt(v, 1)] for a, v in zip(assessors, levels)]
    return rows


# --- items template ------------------------------------------------------------------------

def item_rows(bank_upper, bank_lower):
    return [[i, ITEM_DIM[i], SERVQUAL_ITEMS[i - 1].format(B=bank_upper, b=bank_lower)] for i in ITEMS]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(os.path.dirname(os.path.dirname(here)), "bundles", "org.crmgap.examples")
    parser = argparse.ArgumentParser(description="Generates the data files of the retail-bank example.")
    parser.add_argument("--out", default=default, help="the folder to write below (default: the examples bundle)")
    bundle = parser.parse_args().out
    data = os.path.join(bundle, "models", "retail-bank", "data")
    rng = random.Random(SEED)

    survey = generate_survey(rng)
    write_csv(os.path.join(data, "survey.csv"), survey_header(), survey)

    managers = generate_managers(rng, customer_item_means(survey))
    write_csv(os.path.join(data, "managers.csv"),
              ["respondent", "unit"] + ["M%d" % i for i in ITEMS], managers)

    write_csv(os.path.join(data, "kpi.csv"), ["standard", "timestamp", "value"], generate_kpi(rng))
    write_csv(os.path.join(data, "readiness.csv"), ["component", "assessor", "assessed_level"],
              generate_readiness(rng))
    write_csv(os.path.join(bundle, "templates", "servqual-items.csv"), ["number", "dimension", "text"],
              item_rows("The bank", "the bank"))

    rng = random.Random(SEED_2026)
    write_csv(os.path.join(data, "survey-2026.csv"), survey_header(),
              generate_survey(rng, GAP_2026, FIRST_RESPONDENT_2026))
    write_csv(os.path.join(data, "kpi-2026.csv"), ["standard", "timestamp", "value"],
              generate_kpi(rng, KPI_STANDARDS_2026, 2026))


if __name__ == "__main__":
    main()
