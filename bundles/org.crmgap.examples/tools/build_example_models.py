#!/usr/bin/env python3
"""Writes the first version of the bundled models: the retail-bank example, the three templates
(empty, SERVQUAL, DIE) and the built-in catalogue of causes and recovery actions.

The XMI files are the source of truth from then on (users and developers edit them in the tool);
this script records where their content came from. Ids are derived from element paths (uuid5), so
running it again gives the same ids. The product re-saves the files in EMF's canonical form
(`crmgap format FILE`), which is what is committed.
"""
import base64
import csv
import os
import uuid
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
BUNDLE = os.path.dirname(HERE)
NS = "http://www.crmgap.org/crmgap/1.0"
XMI = "http://www.omg.org/XMI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
CATALOGUE_URI = "platform:/plugin/org.crmgap.examples/catalogue/builtin.crmgapcat"
DIMENSIONS = ["tangibles", "reliability", "responsiveness", "assurance", "empathy"]
ITEM_DIMENSION = {n: d for d, rng in zip(DIMENSIONS, [(1, 4), (5, 9), (10, 13), (14, 17), (18, 22)])
                  for n in range(rng[0], rng[1] + 1)}

ET.register_namespace("xmi", XMI)
ET.register_namespace("xsi", XSI)
ET.register_namespace("crmgap", NS)


class Doc:
    """One XMI file; ids are stable per (file, key)."""

    def __init__(self, file, root_type, **attrs):
        self.file = file
        self.root = ET.Element("{%s}%s" % (NS, root_type), {"{%s}version" % XMI: "2.0"})
        self.ids = {}
        self.set_id(self.root, "root")
        self.attrs(self.root, attrs)

    def id_for(self, key):
        if key not in self.ids:
            raw = uuid.uuid5(uuid.NAMESPACE_URL, "crmgap:%s/%s" % (self.file, key)).bytes
            self.ids[key] = "_" + base64.urlsafe_b64encode(raw).decode()[:22]
        return self.ids[key]

    def set_id(self, element, key):
        element.set("{%s}id" % XMI, self.id_for(key))

    @staticmethod
    def attrs(element, attrs):
        for k, v in attrs.items():
            if v is None:
                continue
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            element.set(k, str(v))

    def add(self, parent, feature, key, **attrs):
        element = ET.SubElement(parent, feature)
        self.set_id(element, key)
        self.attrs(element, attrs)
        return element

    def refs(self, *keys):
        return " ".join(self.id_for(k) for k in keys)

    def write(self):
        ET.indent(self.root, space="  ")
        path = os.path.join(BUNDLE, self.file)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        ET.ElementTree(self.root).write(path, encoding="UTF-8", xml_declaration=True)


def item_texts():
    with open(os.path.join(BUNDLE, "templates", "servqual-items.csv"), newline="", encoding="utf-8") as f:
        return {int(r["number"]): r["text"] for r in csv.DictReader(f)}


def add_dimensions(doc, root):
    for d in DIMENSIONS:
        doc.add(root, "dimensions", "dim/" + d, name=d)


def add_servqual_instrument(doc, root, name, value_items=()):
    instrument = doc.add(root, "surveyInstruments", "instrument", name=name, scaleMin=1, scaleMax=7)
    for n, text in sorted(item_texts().items()):
        doc.add(instrument, "items", "item/%d" % n, name="Q%d" % n, number=n, text=text,
                kind="serviceQuality", dimension=doc.id_for("dim/" + ITEM_DIMENSION[n]),
                expectationColumn="E%d" % n, perceptionColumn="P%d" % n, desiredColumn="D%d" % n,
                adequateColumn="A%d" % n, managerColumn="M%d" % n)
    for k, (short, text) in enumerate(value_items, start=1):
        doc.add(instrument, "items", "value/%d" % k, name=short, number=22 + k, text=text, kind="value",
                expectationColumn="VALUE_E%d" % k, perceptionColumn="VALUE_P%d" % k)
    return instrument


def items_of(dimension):
    return ["item/%d" % n for n, d in sorted(ITEM_DIMENSION.items()) if d == dimension]


# ---------------------------------------------------------------- catalogue

CAUSES = [
    ("knowledge", "Too little or unfocused market research", ["research", "monitor"]),
    ("knowledge", "Little upward communication from contact staff to management", ["complaints", "learn"]),
    ("knowledge", "Too many management layers", ["learn"]),
    ("knowledge", "Focus on transactions and new customers instead of relationships", ["relationships"]),
    ("knowledge", "Weak service recovery: complaints not heard, no amends", ["complaints", "act", "fair"]),
    ("policy", "Vague or unsystematic service design", ["failsafe"]),
    ("policy", "No customer-defined standards", ["monitor"]),
    ("policy", "No process to set service-quality goals", ["monitor"]),
    ("policy", "Physical evidence and servicescape out of line with expectations", ["expectations"]),
    ("delivery", "Weak HR policies: recruiting, role ambiguity and conflict, poor employee-technology fit, evaluation and pay, no empowerment or teamwork", ["act", "failsafe"]),
    ("delivery", "Customers who do not know their role", ["explain", "communicate"]),
    ("delivery", "Intermediaries out of line", ["monitor"]),
    ("delivery", "Supply not matched to demand", ["failsafe", "monitor"]),
    ("communication", "No integrated service communications", ["communicate"]),
    ("communication", "Overpromising in advertising, personal selling or physical evidence", ["expectations", "communicate"]),
    ("communication", "Poor horizontal communication between sales, advertising and operations", ["communicate"]),
    ("communication", "Policies that differ between branches", ["failsafe"]),
    ("customer value", "The other gaps (knowledge, policy, delivery, communication)", ["monitor"]),
    ("customer value", "Changing customer needs", ["research", "relationships", "valueadded"]),
]

ACTIONS = [
    ("failsafe", "Make the service fail-safe", "design"),
    ("complaints", "Encourage and track complaints", "evaluation"),
    ("act", "Act quickly: front line, empowered staff, self-service fixes", "implementation"),
    ("explain", "Explain what happened and what customers can do", "implementation"),
    ("fair", "Treat customers fairly", "implementation"),
    ("relationships", "Cultivate relationships with customers", "design"),
    ("learn", "Learn from recoveries and from lost customers", "evaluation"),
    ("expectations", "Set realistic expectations", "design"),
    ("communicate", "Communicate clearly", "implementation"),
    ("valueadded", "Add value-added services", "design"),
    ("monitor", "Monitor and measure", "evaluation"),
    ("research", "Focus market research on relationship expectations", "design"),
]


def cause_key(i):
    return "cause/%d" % i


def build_catalogue():
    doc = Doc("catalogue/builtin.crmgapcat", "Catalogue", name="Built-in catalogue",
              description="Causes of service-quality gaps and recovery actions (Parasuraman, Zeithaml and Berry; "
                          "Dimitriadis and Stevens). Edit or extend it; gaps link to its entries.")
    for key, name, stage in ACTIONS:
        doc.add(doc.root, "actions", "action/" + key, name=name, stage=stage)
    for i, (kinds, name, actions) in enumerate(CAUSES, start=1):
        cause = doc.add(doc.root, "causes", cause_key(i), name=name,
                        recommendedActions=doc.refs(*["action/" + a for a in actions]))
        for kind in kinds.split():
            ET.SubElement(cause, "gapKinds").text = kind
    doc.write()
    return doc


def catalogue_ref(catalogue, *keys):
    return " ".join("%s#%s" % (CATALOGUE_URI, catalogue.id_for(k)) for k in keys)


# ---------------------------------------------------------------- templates

def build_templates():
    empty = Doc("templates/empty.crmgap", "GapModel", name="New gap model")
    empty.write()

    sq = Doc("templates/servqual.crmgap", "GapModel", name="SERVQUAL study",
             description="The five SERVQUAL dimensions and the 22-item instrument (expectation, perception, "
                         "desired and adequate columns E/P/D/A, managers' column M).")
    add_dimensions(sq, sq.root)
    seg = sq.add(sq.root, "segments", "seg", name="All customers", dataKey="all")
    for d in DIMENSIONS:
        sq.add(seg, "expectations", "exp/" + d, name="Expectation on " + d, dimension=sq.id_for("dim/" + d),
               surveyItems=sq.refs(*items_of(d)))
    add_servqual_instrument(sq, sq.root, "SERVQUAL 22 items")
    sq.add(sq.root, "dataSources", "survey", name="Customer survey", location="data/survey.csv", format="csv",
           role="customerSurvey", instrument=sq.id_for("instrument"))
    sq.write()

    die = Doc("templates/die.crmgap", "GapModel", name="DIE CRM gap study",
              description="Design, implement and evaluate a CRM system by gap analysis: the external side "
                          "(relationship profiles and their expectations) and the internal side (units, CRM "
                          "components, standards, communications) with the gaps between them.")
    add_dimensions(die, die.root)
    seg = die.add(die.root, "segments", "seg", name="Relationship profile", relationshipStage="acquaintance",
                  expectedBond="social")
    for d in DIMENSIONS:
        die.add(seg, "expectations", "exp/" + d, name="Expectation on " + d, dimension=die.id_for("dim/" + d),
                surveyItems=die.refs(*items_of(d)))
    die.add(die.root, "managementPerceptions", "mp", name="Management view of reliability",
            expectation=die.id_for("exp/reliability"), heldBy=die.id_for("unit/mgmt"))
    for key, name, kind, comp, ckind in [("mgmt", "Management", "management", "CRM strategy", "organisational"),
                                         ("front", "Front office", "frontOffice", "Staff relationship skills", "human"),
                                         ("back", "Back office", "backOffice", "Service processes", "organisational"),
                                         ("it", "IT", "it", "Customer database", "technological"),
                                         ("mkt", "Marketing", "marketing", "Campaign management", "organisational")]:
        unit = die.add(die.root, "organisationUnits", "unit/" + key, name=name, kind=kind)
        die.add(unit, "components", "comp/" + key, name=comp, kind=ckind, requiredLevel=4)
    die.add(die.root, "serviceStandards", "std", name="Service standard", metric="to be defined",
            direction="higherIsBetter", ownerUnit=die.id_for("unit/front"),
            addresses=die.id_for("exp/reliability"))
    die.add(die.root, "interactionFlows", "flow", name="Customer contact", channel="branch",
            performer=die.id_for("unit/front"), servedSegments=die.id_for("seg"), realisedStandards=die.id_for("std"))
    comm = die.add(die.root, "communications", "comm", name="Campaign", channel="advertising",
                   audience=die.id_for("seg"), issuer=die.id_for("unit/mkt"))
    die.add(comm, "promises", "promise", name="Promise", standard=die.id_for("std"))
    add_servqual_instrument(die, die.root, "SERVQUAL 22 items")
    for key, name, kind, stage, ref, act in [
            ("g1", "Knowledge gap", "knowledge", "design", "exp/reliability", "mp"),
            ("g2", "Policy gap", "policy", "design", "mp", "std"),
            ("g3", "Delivery gap", "delivery", "implementation", "std", "flow"),
            ("g4", "Communication gap", "communication", "implementation", "promise", "std"),
            ("g5", "Customer gap", "customer", "evaluation", "exp/reliability", "seg"),
            ("gv", "Value gap", "value", "evaluation", "comm", "seg"),
            ("gr", "CRM component readiness", "componentReadiness", "implementation", "unit/front", "comp/front"),
            ("gc", "CRM coherence", "coherence", "evaluation", "unit/mgmt", "unit/it")]:
        die.add(die.root, "gaps", key, name=name, kind=kind, stage=stage, reference=die.id_for(ref),
                actual=die.id_for(act))
    die.write()


# ---------------------------------------------------------------- retail bank

SEGMENTS = [  # key, name, size, stage, bond, description
    ("transactional", "Transactional savers", 42000, "acquaintance", "financial",
     "Everyday-account and savings customers who deal with the bank mostly through branches and the app; price and speed matter most."),
    ("relational", "Relationship banking", 18000, "friend", "social",
     "Customers with a current account, mortgage and cards who expect to be known and helped across channels."),
    ("private", "Private and business partners", 2500, "partner", "structural",
     "Private-banking and small-business clients served by a named relationship manager."),
]

IMPORTANCE = {"transactional": [0.10, 0.34, 0.26, 0.16, 0.14],
              "relational": [0.09, 0.30, 0.22, 0.20, 0.19],
              "private": [0.08, 0.28, 0.22, 0.21, 0.21]}

UNITS = [  # key, name, kind, parent
    ("board", "Executive Board", "management", None),
    ("strategy", "Customer Strategy Office", "management", "board"),
    ("branches", "Retail Branch Network", "frontOffice", None),
    ("city", "City Branches", "frontOffice", "branches"),
    ("regional", "Regional Branches", "frontOffice", "branches"),
    ("contact", "Contact Centre", "frontOffice", None),
    ("private", "Private Banking", "frontOffice", None),
    ("ops", "Operations and Back Office", "backOffice", None),
    ("payments", "Payments Operations", "backOffice", "ops"),
    ("lending", "Lending Operations", "backOffice", "ops"),
    ("it", "IT and Digital", "it", None),
    ("digital", "Digital Channels", "it", "it"),
    ("crmteam", "CRM Platform Team", "it", "it"),
    ("marketing", "Marketing and Communications", "marketing", None),
    ("cardpartner", "Card Processing Partner", "partner", None),
]

COMPONENTS = [  # key, name, kind, required, unit
    ("C01", "Customer strategy and governance", "organisational", 4, "strategy"),
    ("C02", "Complaint handling process", "organisational", 4, "ops"),
    ("C03", "Branch staff relationship skills", "human", 4, "city"),
    ("C04", "Regional staff CRM training", "human", 3, "regional"),
    ("C05", "Contact centre empowerment", "human", 4, "contact"),
    ("C06", "Contact centre CTI and case management", "technological", 4, "contact"),
    ("C07", "Relationship manager portfolio care", "human", 5, "private"),
    ("C08", "Single customer view (CRM database)", "technological", 5, "crmteam"),
    ("C09", "Customer analytics and segmentation", "technological", 4, "crmteam"),
    ("C10", "Mobile and online banking platform", "technological", 4, "digital"),
    ("C11", "Payments exception process", "organisational", 3, "payments"),
    ("C12", "Loan decision workflow", "organisational", 4, "lending"),
    ("C13", "Campaign governance", "organisational", 3, "marketing"),
    ("C14", "Card partner service agreement", "organisational", 3, "cardpartner"),
]

STANDARDS = [  # key, name, metric, target, unit, direction, tolerance, owner, addresses (segment/dimension)
    ("S01", "Branch queue waiting time", "average wait before service", 10, "min", "lowerIsBetter", 0, "city",
     ["transactional/fast-branch", "transactional/responsiveness"]),
    ("S02", "Phone answer time", "average speed of answer", 60, "s", "lowerIsBetter", 0, "contact",
     ["relational/fast-phone"]),
    ("S03", "First-contact resolution", "share of calls solved in the first contact", 80, "%", "higherIsBetter", 0,
     "contact", ["relational/reliability", "transactional/reliability"]),
    ("S04", "Complaint resolution time", "days from complaint to resolution", 5, "days", "lowerIsBetter", 0, "ops",
     ["relational/empathy"]),
    ("S05", "Loan decision time", "working days from application to decision", 3, "days", "lowerIsBetter", 0,
     "lending", ["relational/fast-loan"]),
    ("S06", "Card replacement delivery", "days until a replacement card arrives", 5, "days", "lowerIsBetter", 0,
     "cardpartner", ["transactional/reliability"]),
    ("S07", "Online banking availability", "monthly availability", 99.8, "%", "higherIsBetter", 0, "digital",
     ["transactional/tangibles", "relational/tangibles"]),
    ("S08", "Mobile app crash-free sessions", "share of sessions without crash", 99.5, "%", "higherIsBetter", 0,
     "digital", ["transactional/tangibles"]),
    ("S09", "Payment error rate", "payment errors per 10,000 payments", 2, "per 10k", "lowerIsBetter", 0,
     "payments", ["relational/reliability"]),
    ("S10", "Relationship reviews", "reviews per private client and year", 2, "per year", "higherIsBetter", 0,
     "private", ["private/empathy", "private/assurance"]),
    ("S11", "Callbacks within promised window", "share of callbacks on time", 95, "%", "higherIsBetter", 0,
     "contact", ["relational/responsiveness"]),
    ("S12", "Account opening time", "minutes to open an account in branch", 30, "min", "lowerIsBetter", 0,
     "regional", ["transactional/responsiveness"]),
    ("S13", "E-mail response time", "hours to a first answer", 24, "h", "lowerIsBetter", 0, "contact",
     ["relational/responsiveness"]),
    ("S14", "Statement accuracy", "share of statements without error", 99.9, "%", "higherIsBetter", 0, "ops",
     ["private/reliability"]),
    ("S15", "Branch appointment availability", "days to the next free appointment", 3, "days", "lowerIsBetter", 0,
     "branches", ["relational/empathy"]),
    ("S16", "Private-client call-back time", "hours until the adviser calls back", 4, "h", "lowerIsBetter", 0,
     "private", ["private/fast-adviser", "private/responsiveness"]),
    ("S17", "Fraud alert response time", "minutes to contact the customer after an alert", 15, "min",
     "lowerIsBetter", 0, "payments", ["private/assurance", "relational/assurance"]),
]

QUANTIFIED = [  # segment, key, name, dimension, expected value, unit
    ("transactional", "fast-branch", "Short queues in the branch", "responsiveness", 8, "min"),
    ("relational", "fast-phone", "Phone calls answered quickly", "responsiveness", 45, "s"),
    ("relational", "fast-loan", "Quick loan decisions", "reliability", 2, "days"),
    ("private", "fast-adviser", "Adviser calls back the same morning", "responsiveness", 3, "h"),
]

FLOWS = [  # key, name, channel, bond, performer, segments, standards
    ("counter", "Branch counter service", "branch", "financial", "city", ["transactional", "relational"], ["S01", "S12"]),
    ("appointments", "Branch advice appointments", "branch", "social", "regional", ["relational"], ["S15", "S12"]),
    ("calls", "Contact centre calls", "phone", "social", "contact", ["transactional", "relational"], ["S02", "S03", "S11"]),
    ("email", "E-mail enquiries", "email", "financial", "contact", ["transactional", "relational"], ["S13"]),
    ("mobile", "Mobile and online banking", "mobileApp", "structural", "digital", ["transactional", "relational", "private"], ["S07", "S08"]),
    ("adviser", "Private adviser meetings", "advisorVisit", "structural", "private", ["private"], ["S10", "S16"]),
    ("loans", "Loan application", "web", "customisation", "lending", ["relational", "private"], ["S05"]),
    ("cards", "Card replacement", "mail", "financial", "cardpartner", ["transactional", "relational"], ["S06"]),
    ("complaints", "Complaint handling", "phone", "social", "ops", ["transactional", "relational", "private"], ["S04"]),
    ("payments", "Payments and fraud protection", "selfService", "structural", "payments", ["transactional", "relational", "private"], ["S09", "S14", "S17"]),
]

COMMUNICATIONS = [  # key, name, channel, issuer, audience, promises (key, name, level, standard)
    ("spring", "Spring savings campaign", "advertising", "marketing", ["transactional"],
     [("open15", "Open your account in 15 minutes", 15, "S12")]),
    ("app", "New mobile app launch", "social", "marketing", ["transactional", "relational"],
     [("always", "Banking that is always there", 99.99, "S07")]),
    ("pledge", "Contact centre service pledge", "web", "contact", ["transactional", "relational"],
     [("answer30", "We answer within 30 seconds", 30, "S02"), ("email8", "E-mails answered within 8 hours", 8, "S13")]),
    ("brochure", "Private banking brochure", "personalSelling", "private", ["private"],
     [("callback2", "Your adviser calls back within 2 hours", 2, "S16")]),
    ("homeloan", "Home loan campaign", "advertising", "marketing", ["relational"],
     [("decision2", "A loan decision in 2 days", 2, "S05")]),
    ("refurb", "Branch refurbishment", "physicalEvidence", "branches", ["transactional", "relational"],
     [("wait5", "Never wait more than 5 minutes", 5, "S01")]),
]

PERCEPTIONS = [  # key, name, expectation, estimated level, unit
    ("mp-rel-resp", "Management view: relationship customers' need for responsiveness", "relational/responsiveness", 5.6, "board"),
    ("mp-rel-emp", "Management view: relationship customers' need for empathy", "relational/empathy", 5.3, "board"),
    ("mp-tx-rel", "Management view: transactional customers' need for reliability", "transactional/reliability", 6.1, "strategy"),
    ("mp-pb-resp", "Management view: private clients' need for responsiveness", "private/responsiveness", 5.8, "private"),
]


def build_retail_bank(catalogue):
    doc = Doc("models/retail-bank/retail-bank.crmgap", "GapModel", name="Northbridge Bank",
              description="A retail bank analysing its CRM with the DIE gap model: three relationship profiles, "
                          "fifteen organisation units with their CRM components, seventeen service standards, "
                          "campaigns with promises, and the gaps between them. Data: a SERVQUAL survey, the "
                          "managers' estimates, weekly KPI measurements for 2025 and an internal CRM readiness "
                          "assessment (see data/README.md).")
    root = doc.root
    add_dimensions(doc, root)
    for key, name, size, stage, bond, text in SEGMENTS:
        seg = doc.add(root, "segments", "seg/" + key, name=name, description=text, dataKey=key, size=size,
                      relationshipStage=stage, expectedBond=bond)
        for d, w in zip(DIMENSIONS, IMPORTANCE[key]):
            doc.add(seg, "expectations", "exp/%s/%s" % (key, d), name="%s: %s" % (name, d),
                    dimension=doc.id_for("dim/" + d), importance=w, desiredLevel=6.4, adequateLevel=4.3,
                    surveyItems=doc.refs(*items_of(d)))
        for s, qkey, qname, d, value, unit in QUANTIFIED:
            if s == key:
                doc.add(seg, "expectations", "exp/%s/%s" % (s, qkey), name=qname, dimension=doc.id_for("dim/" + d),
                        importance=0.1, expectedValue=value, unit=unit)
    for key, name, text, exp, level, unit in [(p[0], p[1], None, p[2], p[3], p[4]) for p in PERCEPTIONS]:
        doc.add(root, "managementPerceptions", key, name=name, expectation=doc.id_for("exp/" + exp),
                estimatedLevel=level, heldBy=doc.id_for("unit/" + unit), source=doc.id_for("ds/managers"))
    elements = {}
    for key, name, kind, parent in UNITS:
        parent_el = root if parent is None else elements[parent]
        feature = "organisationUnits" if parent is None else "subUnits"
        elements[key] = doc.add(parent_el, feature, "unit/" + key, name=name, kind=kind)
    for key, name, kind, required, unit in COMPONENTS:
        doc.add(elements[unit], "components", "comp/" + key, name=name, dataKey=key, kind=kind, requiredLevel=required)
    for key, name, metric, target, unit, direction, tol, owner, addresses in STANDARDS:
        doc.add(root, "serviceStandards", "std/" + key, name=name, dataKey=key, metric=metric, target=float(target),
                unit=unit, direction=direction, tolerance=tol, ownerUnit=doc.id_for("unit/" + owner),
                addresses=doc.refs(*["exp/" + a for a in addresses]))
    for key, name, channel, bond, performer, segments, standards in FLOWS:
        doc.add(root, "interactionFlows", "flow/" + key, name=name, channel=channel, bond=bond,
                performer=doc.id_for("unit/" + performer), servedSegments=doc.refs(*["seg/" + s for s in segments]),
                realisedStandards=doc.refs(*["std/" + s for s in standards]))
    for key, name, channel, issuer, audience, promises in COMMUNICATIONS:
        comm = doc.add(root, "communications", "comm/" + key, name=name, channel=channel,
                       issuer=doc.id_for("unit/" + issuer), audience=doc.refs(*["seg/" + s for s in audience]))
        for pkey, pname, level, std in promises:
            doc.add(comm, "promises", "promise/" + pkey, name=pname, promisedLevel=float(level),
                    standard=doc.id_for("std/" + std))
    add_servqual_instrument(doc, root, "Northbridge SERVQUAL survey 2025", value_items=[
        ("Value for money", "The fees I pay are worth what I get."),
        ("Value of advice", "The advice I get helps me make better financial decisions."),
        ("Value of convenience", "Banking with Northbridge saves me time."),
        ("Overall value", "Overall, Northbridge gives me good value."),
    ])
    survey = doc.add(root, "dataSources", "ds/survey", name="Customer survey 2025", location="data/survey.csv",
                     format="csv", role="customerSurvey", delimiter=",", instrument=doc.id_for("instrument"))
    doc.add(survey, "columnMappings", "map/survey/respondent", column="respondent", meaning="respondent")
    doc.add(survey, "columnMappings", "map/survey/segment", column="segment", meaning="segment")
    for d in DIMENSIONS:
        doc.add(survey, "columnMappings", "map/survey/w/" + d, column="W_" + d, meaning="importancePoints",
                dimension=doc.id_for("dim/" + d))
    managers = doc.add(root, "dataSources", "ds/managers", name="Management survey 2025",
                       location="data/managers.csv", format="csv", role="managementSurvey", delimiter=",",
                       instrument=doc.id_for("instrument"))
    doc.add(managers, "columnMappings", "map/managers/respondent", column="respondent", meaning="respondent")
    kpi = doc.add(root, "dataSources", "ds/kpi", name="Weekly KPI measurements 2025", location="data/kpi.csv",
                  format="csv", role="kpiMeasurements", delimiter=",")
    for column, meaning in [("standard", "kpiStandard"), ("timestamp", "kpiTimestamp"), ("value", "kpiValue")]:
        doc.add(kpi, "columnMappings", "map/kpi/" + column, column=column, meaning=meaning)
    readiness = doc.add(root, "dataSources", "ds/readiness", name="CRM readiness assessment",
                        location="data/readiness.csv", format="csv", role="internalAssessment", delimiter=",")
    for column, meaning in [("component", "component"), ("assessor", "assessor"), ("assessed_level", "assessedLevel")]:
        doc.add(readiness, "columnMappings", "map/readiness/" + column, column=column, meaning=meaning)

    gaps = [  # key, name, kind, stage, reference, actual, segment, causes (catalogue index), actions
        ("g1-rel", "Knowledge gap: relationship customers' responsiveness", "knowledge", "design",
         "exp/relational/responsiveness", "mp-rel-resp", "relational", [1, 2], ["research", "learn"]),
        ("g1-rel-emp", "Knowledge gap: relationship customers' empathy", "knowledge", "design",
         "exp/relational/empathy", "mp-rel-emp", "relational", [2, 4], ["relationships"]),
        ("g2-phone", "Policy gap: phone answer standard", "policy", "design", "mp-rel-resp", "std/S02",
         "relational", [7], ["monitor"]),
        ("g3-queue", "Delivery gap: branch queues", "delivery", "implementation", "std/S01", "flow/counter",
         None, [10, 13], ["act", "failsafe"]),
        ("g3-loans", "Delivery gap: loan decisions", "delivery", "implementation", "std/S05", "flow/loans",
         None, [13], ["failsafe"]),
        ("g3-email", "Delivery gap: e-mail answers", "delivery", "implementation", "std/S13", "flow/email",
         None, [10], ["act"]),
        ("g4-open", "Communication gap: account opening promise", "communication", "implementation",
         "promise/open15", "std/S12", "transactional", [15, 16], ["expectations", "communicate"]),
        ("g4-loan", "Communication gap: loan decision promise", "communication", "implementation",
         "promise/decision2", "std/S05", "relational", [15], ["expectations"]),
        ("g4-wait", "Communication gap: branch waiting promise", "communication", "implementation",
         "promise/wait5", "std/S01", None, [15], ["expectations"]),
        ("g5-tx", "Customer gap: transactional savers", "customer", "evaluation",
         "exp/transactional/reliability", "seg/transactional", "transactional", [18, 19], ["monitor"]),
        ("g5-rel", "Customer gap: relationship banking", "customer", "evaluation",
         "exp/relational/responsiveness", "seg/relational", "relational", [18], ["monitor"]),
        ("g5-pb", "Customer gap: private and business partners", "customer", "evaluation",
         "exp/private/responsiveness", "seg/private", "private", [18], ["relationships"]),
        ("gv-tx", "Value gap: transactional savers", "value", "evaluation", "comm/spring", "seg/transactional",
         "transactional", [15, 19], ["valueadded", "expectations"]),
        ("gr-contact", "CRM readiness: contact centre", "componentReadiness", "implementation", "unit/contact",
         "comp/C05", None, [10], ["act"]),
        ("gr-lending", "CRM readiness: lending workflow", "componentReadiness", "implementation", "unit/lending",
         "comp/C12", None, [6], ["failsafe"]),
        ("gc-crm", "CRM coherence: technology ahead of people and processes", "coherence", "evaluation",
         "unit/board", "unit/crmteam", None, [16], ["communicate"]),
    ]
    for key, name, kind, stage, ref, actual, segment, causes, actions in gaps:
        gap = doc.add(root, "gaps", "gap/" + key, name=name, kind=kind, stage=stage, reference=doc.id_for(ref),
                      actual=doc.id_for(actual), segment=doc.id_for("seg/" + segment) if segment else None)
        for c in causes:
            ET.SubElement(gap, "causes", {"href": catalogue_ref(catalogue, cause_key(c))})
        for a in actions:
            ET.SubElement(gap, "actions", {"href": catalogue_ref(catalogue, "action/" + a)})
    for kind, warning, error in [("delivery", 0.10, 0.25), ("componentReadiness", 0.5, 1.0)]:
        ET.SubElement(root, "thresholds", {"gapKind": kind, "warningLevel": str(warning), "errorLevel": str(error)})
    doc.write()


if __name__ == "__main__":
    cat = build_catalogue()
    build_templates()
    build_retail_bank(cat)
