"""The notes an ESCO import leaves in the pack and prints: what it skipped, left out or guessed.

Kept apart from esco.py, which reads the files; each note is one sentence for the person
who runs the import, in their language (core/words.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pathfinder.core import figures, words
from pathfinder.core.words import PLURAL


def relation_notes(
    unknown: Mapping[str, int], odd_kinds: Mapping[str, int], most: int
) -> list[str]:
    """Rows of occupationSkillRelations.csv that name unknown URIs or an odd relation type;
    the first `most` URIs by name, the rest counted."""
    notes: list[str] = []
    listed = sorted(unknown.items())
    for uri, rows in listed[:most]:
        if "/occupation/" in uri:
            note = words.translate(
                "Import",
                "skipped {count} row(s) of occupationSkillRelations.csv: "
                "occupation {uri} is not in the occupations file",
                None,
                PLURAL,
                rows
            )  # fmt: skip
        else:
            note = words.translate(
                "Import",
                "skipped {count} row(s) of occupationSkillRelations.csv: "
                "skill {uri} is not in the skills file",
                None,
                PLURAL,
                rows
            )  # fmt: skip
        notes.append(note.format(count=figures.number(rows), uri=uri))
    if len(listed) > most:
        # Mixed releases (classification of one, relations of another) miss thousands.
        rest = listed[most:]
        more_rows = sum(n for _, n in rest)
        notes.append(
            words.translate(
                "Import",
                "skipped {rows} more row(s) of occupationSkillRelations.csv for {uris} more "
                "unknown URIs; are both zips from the same ESCO release?",
                None,
                PLURAL,
                more_rows
            ).format(rows=figures.number(more_rows), uris=figures.number(len(rest)))
        )  # fmt: skip
    for kind, rows in sorted(odd_kinds.items()):
        notes.append(
            words.translate(
                "Import", "skipped {count} row(s) with relation type '{kind}'", None, PLURAL, rows
            ).format(count=figures.number(rows), kind=kind)
        )
    return notes


def prerequisite_notes(
    strays: int,
    optional_links: int,
    requires: Mapping[str, Sequence[str]],
    dropped: Sequence[tuple[str, str, Sequence[str]]],
) -> list[str]:
    """What became of skillSkillRelations.csv: rows skipped, relations left out, cycles."""
    notes: list[str] = []
    if strays:
        notes.append(
            words.translate(
                "Import",
                "skipped {count} row(s) of skillSkillRelations.csv "
                "that point to skills not in the skills file",
                None,
                PLURAL,
                strays
            ).format(count=figures.number(strays))
        )  # fmt: skip
    if optional_links:
        notes.append(
            words.translate(
                "Import",
                "left out {count} optional skill-skill relation(s): "
                "only essential ones become prerequisites",
                None,
                PLURAL,
                optional_links
            ).format(count=figures.number(optional_links))
        )  # fmt: skip
    kept = sum(len(v) for v in requires.values())
    notes.append(
        words.translate(
            "Import",
            "{count} essential skill-skill relation(s) became prerequisites; "
            "{dropped} dropped because they would form a cycle",
            None,
            PLURAL,
            kept
        ).format(count=figures.number(kept), dropped=len(dropped))
    )  # fmt: skip
    for skill_id, prereq, chain in dropped:
        notes.append(
            words.translate(
                "Import",
                "dropped prerequisite {skill} requires {prerequisite}: "
                "it would close the cycle {cycle}",
            ).format(skill=skill_id, prerequisite=prereq, cycle=" -> ".join([skill_id, *chain]))
        )
    return notes


def no_isco_note(count: int, level: int) -> str:
    """Occupations without an ISCO group, placed at `level`."""
    no_isco = count
    return (
        words.translate(
            "Import",
            "{count} occupation(s) without an ISCO group got level {level}",
            None,
            PLURAL,
            no_isco
        ).format(count=figures.number(no_isco), level=level)
    )  # fmt: skip
