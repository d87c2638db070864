"""The O*NET tables one by one: technology skills, rated elements, Job Zones and interests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from pathfinder.importers.common import tidy
from pathfinder.importers.tables import Tables

CODE = "O*NET-SOC Code"

# SOC 2018 major groups: the lane each occupation sits in (the first two digits of its code).
SOC_MAJOR_GROUPS = {
    "11": "Management",
    "13": "Business and Financial Operations",
    "15": "Computer and Mathematical",
    "17": "Architecture and Engineering",
    "19": "Life, Physical, and Social Science",
    "21": "Community and Social Service",
    "23": "Legal",
    "25": "Educational Instruction and Library",
    "27": "Arts, Design, Entertainment, Sports, and Media",
    "29": "Healthcare Practitioners and Technical",
    "31": "Healthcare Support",
    "33": "Protective Service",
    "35": "Food Preparation and Serving Related",
    "37": "Building and Grounds Cleaning and Maintenance",
    "39": "Personal Care and Service",
    "41": "Sales and Related",
    "43": "Office and Administrative Support",
    "45": "Farming, Fishing, and Forestry",
    "47": "Construction and Extraction",
    "49": "Installation, Maintenance, and Repair",
    "51": "Production",
    "53": "Transportation and Material Moving",
    "55": "Military Specific",
}

# O*NET's interest high points are coded 1-6 in RIASEC order (0 = no further high point).
RIASEC = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")
HIGH_POINTS = (
    "first interest high-point",
    "second interest high-point",
    "third interest high-point",
)


# At most this many technologies are essential for one occupation, and at most PER_KIND of one
# kind (O*NET's commodity title, such as "Object or component oriented development software"):
# a counsellor names the few tools a job centres on and "one or two programming languages",
# not the 31 that O*NET 29.3 flags In Demand for software developers. The rest of the flagged
# ones are optional, and other tools (Hot Technologies first) only fill that list up to
# OPTIONAL_MAX: a list to browse, not the 426 tools O*NET lists for software developers.
CORE_MAX = 8
PER_KIND = 2
OPTIONAL_MAX = 12


@dataclass
class Technology:
    examples: dict[str, str] = field(default_factory=dict)  # example -> its commodity title
    # occupation -> the examples O*NET flags "In Demand" for that occupation's own job postings
    in_demand: dict[str, set[str]] = field(default_factory=dict)
    other: dict[str, set[str]] = field(default_factory=dict)
    flagged: bool = False  # the file has the "In Demand" column (recent O*NET releases)
    kind: dict[tuple[str, str], str] = field(default_factory=dict)  # (occupation, example) -> kind
    hot: set[str] = field(default_factory=set)  # examples O*NET flags Hot Technology
    # (SOC minor group, example) -> occupations of that group flagging the example In Demand
    group_demand: Counter[tuple[str, str]] = field(default_factory=Counter)
    demand: Counter[str] = field(default_factory=Counter)  # example -> occupations flagging it
    listed: Counter[str] = field(default_factory=Counter)  # example -> occupations listing it

    def chosen(self, code: str) -> tuple[list[str], list[str]]:
        """(the occupation's essential technologies, its optional ones), both capped.

        Ranked by how many occupations of its SOC minor group (15-2 mathematical science,
        15-1 computer) flag the tool In Demand: what the field centres on (R and Tableau for
        data scientists, not Java), then across all occupations, then how many list it."""
        group = code[:4]

        def rank(example: str) -> tuple[int, int, int, str]:
            return (
                -self.group_demand[(group, example)],
                -self.demand[example],
                -self.listed[example],
                example,
            )

        flagged = sorted(self.in_demand.get(code, ()), key=rank)
        core: list[str] = []
        of_kind: Counter[str] = Counter()
        for example in flagged:
            kind = self.kind.get((code, example), "")
            if len(core) < CORE_MAX and of_kind[kind] < PER_KIND:
                core.append(example)
                of_kind[kind] += 1
        rest = [e for e in flagged if e not in core]
        others = sorted(self.other.get(code, set()) - set(flagged), key=rank)
        others.sort(key=lambda e: e not in self.hot)  # stable: Hot Technologies first
        return core, rest + others[: max(0, OPTIONAL_MAX - len(rest))]


@dataclass(frozen=True)
class Element:
    name: str
    kind: str  # "skill" or "knowledge"
    category: str
    text: str


def read_technology(
    tables: Tables, titles: Mapping[str, object], stray: Counter[str]
) -> Technology:
    name = "Technology Skills.txt"
    out = Technology()
    if not tables.has(name):
        return out
    titles_of: dict[str, Counter[str]] = {}
    out.flagged = "in demand" in [h.strip() for h in tables.first_line(name).casefold().split("\t")]
    # "Hot Technology" marks tools common in postings across the whole economy, so it says
    # nothing about one occupation: it only ranks the optional ones; "In Demand" is the
    # occupation's own flag.
    for code, example, commodity, hot, demand in tables.rows(
        name,
        [CODE, "Example"],
        ["Commodity Title", "Hot Technology", "In Demand"],
        delimiter="\t",
    ):
        example = tidy(example)
        if not example:
            continue
        if code not in titles:
            stray[name] += 1
            continue
        kind = tidy(commodity) or "Technology"
        titles_of.setdefault(example, Counter())[kind] += 1
        out.kind[(code, example)] = kind
        if hot.strip().upper() == "Y":
            out.hot.add(example)
        side = out.in_demand if demand.strip().upper() == "Y" else out.other
        side.setdefault(code, set()).add(example)
    for code, flagged in out.in_demand.items():
        for example in flagged:
            out.demand[example] += 1
            out.group_demand[(code[:4], example)] += 1
    for code in out.in_demand.keys() | out.other.keys():
        out.listed.update(out.in_demand.get(code, set()) | out.other.get(code, set()))
    for example, seen in titles_of.items():
        # An example listed under several commodities goes under the one most often used.
        out.examples[example] = min(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return out


def element_names(tables: Tables) -> dict[str, tuple[str, str]]:
    """Content model element id -> (name, description), where the reference file is present."""
    name = "Content Model Reference.txt"
    if not tables.has(name):
        return {}
    return {
        ident.strip(): (tidy(title), tidy(text))
        for ident, title, text in tables.rows(
            name, ["Element ID", "Element Name"], ["Description"], delimiter="\t"
        )
    }


def _category(ident: str, kind: str, names: Mapping[str, tuple[str, str]]) -> str:
    # Skills group at the second level (2.A Basic Skills, 2.B Cross-Functional Skills);
    # knowledge at the third (2.C.1 Business and Management, 2.C.3 Engineering and Technology).
    parts = ident.split(".")
    width = 2 if kind == "skill" else 3
    parent = ".".join(parts[:width]) if len(parts) > width else ""
    found = names.get(parent)
    return found[0] if found and found[0] else kind.capitalize()


def read_elements(
    tables: Tables,
    titles: Mapping[str, object],
    threshold: float,
    stray: Counter[str],
    names: Mapping[str, tuple[str, str]],
) -> tuple[dict[str, Element], dict[str, set[str]], set[str]]:
    """Skills and Knowledge elements; per occupation those at least `threshold` important; and
    the occupations that have any importance rating at all."""
    elements: dict[str, Element] = {}
    important: dict[str, set[str]] = {}
    rated: set[str] = set()
    for name, kind in (("Skills.txt", "skill"), ("Knowledge.txt", "knowledge")):
        if not tables.has(name):
            continue
        for code, ident, label, scale, value, suppress in tables.rows(
            name,
            [CODE, "Element ID", "Element Name", "Scale ID", "Data Value"],
            ["Recommend Suppress"],
            delimiter="\t",
        ):
            ident, label = ident.strip(), tidy(label)
            if not ident or not label:
                continue
            if ident not in elements:
                text = names.get(ident, ("", ""))[1]
                elements[ident] = Element(label, kind, _category(ident, kind, names), text)
            if code not in titles:
                stray[name] += 1
                continue
            if scale.strip() != "IM" or suppress.strip().upper() == "Y":
                continue
            try:
                rating = float(value)
            except ValueError:
                continue
            rated.add(code)
            if rating >= threshold:
                important.setdefault(code, set()).add(ident)
    return elements, important, rated


def job_zones(tables: Tables, titles: Mapping[str, object], stray: Counter[str]) -> dict[str, int]:
    name = "Job Zones.txt"
    out: dict[str, int] = {}
    if not tables.has(name):
        return out
    for code, zone in tables.rows(name, [CODE, "Job Zone"], delimiter="\t"):
        if code not in titles:
            stray[name] += 1
        elif zone.strip() in ("1", "2", "3", "4", "5"):
            out[code] = int(zone)
    return out


def job_zone_names(tables: Tables) -> dict[int, str]:
    """Zone -> "4: Considerable Preparation Needed", from the reference file where present."""
    name = "Job Zone Reference.txt"
    if not tables.has(name):
        return {}
    out: dict[int, str] = {}
    for zone, label in tables.rows(name, ["Job Zone", "Name"], delimiter="\t"):
        if zone.strip() in ("1", "2", "3", "4", "5"):
            # "Job Zone Four: Considerable Preparation Needed" -> its words after the colon.
            words = tidy(label).partition(":")[2].strip() or tidy(label)
            out[int(zone)] = f"{zone.strip()}: {words}" if words else zone.strip()
    return out


def interests(
    tables: Tables, titles: Mapping[str, object], stray: Counter[str]
) -> dict[str, list[str]]:
    """Occupation -> its RIASEC high points, first to third (else its three highest scores)."""
    name = "Interests.txt"
    if not tables.has(name):
        return {}
    high: dict[str, dict[int, str]] = {}
    scores: dict[str, list[tuple[float, int]]] = {}
    for code, label, scale, value in tables.rows(
        name, [CODE, "Element Name", "Scale ID", "Data Value"], delimiter="\t"
    ):
        if code not in titles:
            stray[name] += 1
            continue
        label, scale = tidy(label).casefold(), scale.strip()
        try:
            number = float(value)
        except ValueError:
            continue
        if scale == "IH" and label in HIGH_POINTS and number.is_integer() and 1 <= number <= 6:
            high.setdefault(code, {})[HIGH_POINTS.index(label)] = RIASEC[int(number) - 1]
        elif scale == "OI" and label in RIASEC:
            scores.setdefault(code, []).append((-number, RIASEC.index(label)))
    out: dict[str, list[str]] = {}
    for code in titles:
        if code in high:
            out[code] = list(dict.fromkeys(high[code][i] for i in sorted(high[code])))
        elif code in scores:
            out[code] = [RIASEC[i] for _, i in sorted(scores[code])[:3]]
    return out
