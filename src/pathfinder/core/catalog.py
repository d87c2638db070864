"""The career catalog: roles, skills and the moves between them.

These models mirror pack format version 1 (docs/pack-format.md). They validate one
value at a time; checks that need the whole catalog (references, cycles, duplicates)
live in ``core.checks`` so every problem can be reported at once, with its place.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Strict,
    StringConstraints,
    Tag,
)

from pathfinder.core import words
from pathfinder.core.links import link_problem
from pathfinder.core.memo import cached

# Scalars are strict: `id: 1`, `version: 2026.11` or `effort_hours: "60"` are an
# author's mistakes to report, not values to coerce quietly.
Slug = Annotated[str, Strict(), StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
Text = Annotated[str, Strict(), StringConstraints(min_length=1)]
Str = Annotated[str, Strict()]
Int = Annotated[int, Strict()]
Number = Annotated[float, Strict(), Field(allow_inf_nan=False)]

# Upper bounds keep every sum the planner makes finite (two skills of 1e308 hours overflowed
# math.fsum) and every number the window shows within what it can print. Each is far past any
# honest value: 100,000 hours is fifty years of full-time work, 600 months fifty years, and a
# trillion a year's pay even in currencies of many digits (IDR, VND, IRR).
MAX_EFFORT_HOURS = 100_000
MAX_MONTHS = 600
MAX_SALARY = 10**12


def _http_url(value: str) -> str:
    # The window opens a link only when it passes this same rule (core/links.py).
    problem = link_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


Url = Annotated[str, Strict(), AfterValidator(_http_url)]


def _iso_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            words.translate(
                "Catalog", "'{value}' is not a date: write it as YYYY-MM-DD, in quotes"
            ).format(value=value)
        ) from None
    return value


# Text, not YAML's own date type: `2026-03-31` unquoted is refused with a hint to quote it, so a
# pack reads the same from YAML and from the JSON cache.
IsoDate = Annotated[
    str,
    Strict(),
    StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$"),
    AfterValidator(_iso_date),
]


class _Model(BaseModel):
    # Authors' typos must not vanish silently, and loaded data is never mutated in place.
    # defer_build: the validators are made when a pack is first validated, not at import. The
    # built-in pack is built without them at start-up (io/prebuilt.py), so the first window
    # never waits for them; the first pack read from YAML pays it (about 10 ms) instead.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Claim(_Model):
    """Something the pack states, with where it comes from (docs/pack-format.md, Provenance).

    A claim cites the sources that say it, or is marked as the pack author's own estimate;
    core.checks refuses both at once, core.quality warns about neither.
    """

    sources: tuple[Slug, ...] = ()
    estimate: bool = False

    @property
    def provenance_given(self) -> bool:
        return bool(self.sources) or self.estimate


class Source(_Model):
    id: Slug
    title: Text
    publisher: Str | None = None
    year: Int | None = None
    url: Url | None = None


class Facet(_Model):
    id: Slug
    label: Text


class Resource(_Model):
    title: Text
    url: Url


CertificationStatus = Literal["active", "retired"]


class Certification(_Claim):
    """A skill that is an exam: its status can change, and a retired one names its successor."""

    status: CertificationStatus = "active"
    # When the status took effect; for a retired exam, the day it was retired.
    date: IsoDate | None = None
    # The skill id of the certification that replaces a retired one.
    successor: Slug | None = None


class Skill(_Claim):
    id: Slug
    name: Text
    aliases: tuple[Str, ...] = ()
    category: Text = "General"
    effort_hours: Annotated[Number, Field(gt=0, le=MAX_EFFORT_HOURS)]
    requires: tuple[Slug, ...] = ()
    description: Str | None = None
    resources: tuple[Resource, ...] = ()
    certification: Certification | None = None
    # The concept this skill was imported from (an ESCO URI), to join the pack back to it.
    uri: Url | None = None


class Salary(_Claim):
    currency: Annotated[str, Strict(), StringConstraints(pattern=r"^[A-Z]{3}$")]
    low: Annotated[Number, Field(ge=0, le=MAX_SALARY)]
    high: Annotated[Number, Field(ge=0, le=MAX_SALARY)]
    # The range has no upper end: `high` is where the source's figures stop ("over 200,000"),
    # shown as "200,000+".
    or_more: bool = False


class FacetClaim(_Claim):
    """One facet value with its own provenance; a list of them records sources that disagree."""

    text: Text


# A facet value: plain text (its provenance is the role's), one claim with its own sources,
# or several views where the sources disagree, each citing its own.
def _facet_shape(value: object) -> str | None:
    # Chosen by shape, so an author sees one message about the shape they wrote, not one per
    # form the value could have taken.
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict | FacetClaim):
        return "claim"
    if isinstance(value, list | tuple):
        return "views"
    return None


FacetValue = Annotated[
    Annotated[Str, Tag("text")]
    | Annotated[FacetClaim, Tag("claim")]
    | Annotated[tuple[FacetClaim, ...], Tag("views")],
    Discriminator(
        _facet_shape,
        custom_error_type="facet_value",
        custom_error_message="a facet value must be text, a mapping with 'text', or a list of them",
    ),
]


class Role(_Claim):
    id: Slug
    name: Text
    aliases: tuple[Str, ...] = ()
    level: Annotated[Int, Field(ge=1, le=5)]
    family: Text = "General"
    summary: Str | None = None
    essential: tuple[Slug, ...] = ()
    optional: tuple[Slug, ...] = ()
    interests: tuple[Str, ...] = ()
    facets: dict[Slug, FacetValue] = Field(default_factory=dict)
    salary: Salary | None = None
    # An entry point into the role's family: where a newcomer with no current role starts.
    entry: bool = False
    # The concept this role was imported from (an ESCO URI), to join the pack back to it.
    uri: Url | None = None


# Who wrote a move: the pack's author, an importer copying the taxonomy's own relation
# (O*NET's related occupations), or an importer deriving it (ESCO's shared skills). The
# planner takes a move down a level only from an author (docs/pack-format.md).
MoveOrigin = Literal["authored", "imported", "derived"]


class Transition(_Claim):
    model_config = ConfigDict(populate_by_name=True)

    source: Slug = Field(alias="from")
    target: Slug = Field(alias="to")
    months: Annotated[Number, Field(ge=0, le=MAX_MONTHS)] | None = None
    why: Str | None = None
    origin: MoveOrigin = "authored"


class RoleWords(_Model):
    """A role's words in one more language (docs/pack-format.md, Languages)."""

    name: Text | None = None
    aliases: tuple[Str, ...] = ()
    summary: Str | None = None


class SkillWords(_Model):
    """A skill's words in one more language."""

    name: Text | None = None
    aliases: tuple[Str, ...] = ()
    description: Str | None = None


class PackWords(_Model):
    """The pack's words in one more language: what is not given shows in the pack's own.

    Families and categories are translated once here, by their text in the pack's language,
    so every role of a family lands in the same lane in every language.
    """

    name: Text | None = None
    description: Str | None = None
    families: dict[Text, Text] = Field(default_factory=dict)
    categories: dict[Text, Text] = Field(default_factory=dict)
    roles: dict[Str, RoleWords] = Field(default_factory=dict)
    skills: dict[Str, SkillWords] = Field(default_factory=dict)


class Catalog(_Model):
    """A whole career pack: what a bootcamp or counsellor authors in one YAML file."""

    # Reading a cached pack back from JSON (io/pack_cache.py): interning every string value
    # costs time and saves nothing when nearly all are different; keys still are interned.
    # defer_build as for _Model above.
    model_config = ConfigDict(extra="forbid", frozen=True, cache_strings="keys", defer_build=True)

    pathfinder: Literal[1]
    id: Slug
    name: Text
    version: Text
    # The language the plain fields are written in: the default the translations fall back to.
    language: Text = "en"
    description: Str | None = None
    license: Str | None = None
    sources: tuple[Source, ...] = ()
    facets: tuple[Facet, ...] = ()
    skills: Annotated[tuple[Skill, ...], Field(min_length=1)]
    roles: Annotated[tuple[Role, ...], Field(min_length=1)]
    transitions: tuple[Transition, ...] = ()
    # Language code -> the pack's words in that language (core/languages.py shows them).
    translations: dict[Str, PackWords] = Field(default_factory=dict)

    # Lookup tables, built once per catalog (core/memo.py keeps every per-catalog table).
    @property
    def skill_by_id(self) -> dict[str, Skill]:
        return cached(self, "skill_by_id", lambda: {s.id: s for s in self.skills})

    @property
    def role_by_id(self) -> dict[str, Role]:
        return cached(self, "role_by_id", lambda: {r.id: r for r in self.roles})

    @property
    def moves_from(self) -> dict[str, tuple[Transition, ...]]:
        """Transitions leaving each role, in target-id order so searches are deterministic."""
        return cached(self, "moves_from", lambda: self._moves("source", "target"))

    @property
    def moves_into(self) -> dict[str, tuple[Transition, ...]]:
        """Transitions arriving at each role, in source-id order."""
        return cached(self, "moves_into", lambda: self._moves("target", "source"))

    def _moves(self, end: str, order: str) -> dict[str, tuple[Transition, ...]]:
        out: dict[str, list[Transition]] = {r.id: [] for r in self.roles}
        for t in self.transitions:
            out.setdefault(getattr(t, end), []).append(t)
        return {k: tuple(sorted(v, key=lambda t: getattr(t, order))) for k, v in out.items()}


def facet_views(role: Role, facet: str) -> tuple[FacetClaim, ...]:
    """A role's value for `facet` as claims, each with its provenance; () when it has none.

    A value that says neither (plain text, or a claim without sources or estimate) takes the
    role's own, as the format says.
    """
    value = role.facets.get(facet)
    if value is None:
        return ()
    if isinstance(value, str):
        value = FacetClaim(text=value) if value.strip() else ()
    views = (value,) if isinstance(value, FacetClaim) else value
    return tuple(
        v
        if v.provenance_given
        else v.model_copy(update={"sources": role.sources, "estimate": role.estimate})
        for v in views
        if v.text.strip()
    )


def facet_text(role: Role, facet: str) -> str:
    """The facet's words alone, views joined with " / " where the sources disagree."""
    return " / ".join(v.text.strip() for v in facet_views(role, facet))
