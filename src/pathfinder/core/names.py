"""Roles and skills by what people call them: an id, a name or an alias, in any case.

A learner types "Data scientist" or "postgres", not data-scientist or sql. What they typed
is taken when it names exactly one role or skill; when it names several, they are listed;
when it names none, "did you mean" offers the closest by name and by shared words, so
`deep-learning` offers deep-learning-fundamentals and `nurse` the nursing roles.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from typing import Protocol

from pathfinder.core import words


class _Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


class UnknownIdError(ValueError):
    """A role or skill the pack does not have; `suggestion` is the closest id, if any.

    `candidates` holds every id an ambiguous name fits (then `suggestion` is None)."""

    def __init__(
        self,
        kind: str,
        ident: str,
        suggestion: str | None,
        more: tuple[tuple[str, str, str | None], ...] = (),
        candidates: tuple[str, ...] = (),
        offers: tuple[str, ...] = (),
        named: tuple[str, ...] = (),
    ) -> None:
        self.kind = kind
        self.ident = ident
        self.suggestion = suggestion
        self.candidates = candidates
        # Every other unknown id of the same call, so one run names all the typos at once.
        self.more = more
        # An ambiguous name lists its candidates as "Name (id)" when the caller knows them.
        first = _unknown_text(kind, ident, suggestion, named or candidates, offers)
        super().__init__("; ".join([first, *(_unknown_text(*u) for u in more)]))


def _unknown_text(
    kind: str,
    ident: str,
    suggestion: str | None,
    candidates: tuple[str, ...] = (),
    offers: tuple[str, ...] = (),
) -> str:
    role = kind == "role"
    if candidates:
        text = (
            words.translate("Names", "'{id}' names more than one role: {candidates}")
            if role
            else words.translate("Names", "'{id}' names more than one skill: {candidates}")
        )
        return text.format(id=ident, candidates=", ".join(candidates))
    if len(offers) > 1:
        quoted = [f"'{o}'" for o in offers]
        # "'a', 'b' or 'c'": a list read aloud, not "'a' or 'b' or 'c'".
        either = words.translate("Names", " or ").join([", ".join(quoted[:-1]), quoted[-1]])
        text = (
            words.translate("Names", "unknown role '{id}' (did you mean {offers}?)")
            if role
            else words.translate("Names", "unknown skill '{id}' (did you mean {offers}?)")
        )
        return text.format(id=ident, offers=either)
    if suggestion:
        text = (
            words.translate("Names", "unknown role '{id}' (did you mean '{offer}'?)")
            if role
            else words.translate("Names", "unknown skill '{id}' (did you mean '{offer}'?)")
        )
        return text.format(id=ident, offer=suggestion)
    text = (
        words.translate("Names", "unknown role '{id}'")
        if role
        else words.translate("Names", "unknown skill '{id}'")
    )
    return text.format(id=ident)


def _fold(text: str) -> str:
    """'Data  Scientist', 'data-scientist' and 'data_scientist' all fold to 'data scientist'."""
    return " ".join(re.split(r"[\s_\-/]+", text.casefold())).strip()


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9+#]+", text.casefold()) if len(w) > 1}


def _index(known: Mapping[str, _Named]) -> dict[str, tuple[str, ...]]:
    """Folded id, name and alias -> the ids they name (memoised on the mapping's owner).

    An item's own id or name outranks another's alias: ESCO's bioinformatics scientist is
    also called "data scientist", yet "Data scientist" means the role of that name."""
    ranked: dict[str, tuple[int, list[str]]] = {}
    for item in known.values():
        for n, text in enumerate((item.id, item.name, *item.aliases)):
            rank = 0 if n < 2 else 1
            key = _fold(text)
            best, ids = ranked.get(key, (rank, []))
            if rank < best:
                best, ids = rank, []
            if rank == best and item.id not in ids:
                ids.append(item.id)
            ranked[key] = (best, ids)
    return {k: tuple(ids) for k, (_, ids) in ranked.items()}


_INDEXES: dict[int, tuple[Mapping[str, _Named], dict[str, tuple[str, ...]]]] = {}


def _index_of(known: Mapping[str, _Named]) -> dict[str, tuple[str, ...]]:
    # Keyed by identity and kept with the mapping itself, so a reused id cannot mislead.
    found = _INDEXES.get(id(known))
    if found is None or found[0] is not known:
        if len(_INDEXES) > 16:
            _INDEXES.clear()
        found = _INDEXES[id(known)] = (known, _index(known))
    return found[1]


def matches(text: str, known: Mapping[str, _Named]) -> tuple[str, ...]:
    """The ids `text` names: its own id first, else every item whose name or alias it is,
    else the one item it names with its last word made plural or singular."""
    if text in known:
        return (text,)
    index = _index_of(known)
    folded = _fold(text)
    found = index.get(folded, ())
    if found:
        return found
    # O*NET titles are plural ("Registered Nurses"), people say "registered nurse": taken
    # only when exactly one item answers, so an exact name always wins.
    near = {ident for key in _other_numbers(folded) for ident in index.get(key, ())}
    return (near.pop(),) if len(near) == 1 else ()


def _other_numbers(folded: str) -> list[str]:
    """`folded` with its last word in the other number: nurse -> nurses, nurses -> nurse."""
    head, _, last = folded.rpartition(" ")
    lead = f"{head} " if head else ""
    if len(last) < 3:
        return []
    forms = [last + "s", last + "es"]
    if last.endswith("y"):
        forms.append(last[:-1] + "ies")
    if last.endswith("ies"):
        forms.append(last[:-3] + "y")
    if last.endswith("es"):
        forms.append(last[:-2])
    if last.endswith("s"):
        forms.append(last[:-1])
    return [lead + form for form in forms]


def closest(text: str, known: Mapping[str, _Named], limit: int = 3) -> tuple[str, ...]:
    """Ids to offer for an unknown `text`, best first: shared whole words, then spelling."""
    wanted = _words(text)
    folded = _fold(text)
    scored: list[tuple[float, str]] = []
    for item in known.values():
        names = (item.id, item.name, *item.aliases)
        best = 0.0
        for n, name in enumerate(names):
            words = _words(name)
            shared = len(wanted & words)
            # A typed word that starts a word of the name counts ("nurse" in "nursing").
            starts = sum(
                1 for w in wanted - words if len(w) >= 4 and any(x.startswith(w[:4]) for x in words)
            )
            spelling = difflib.SequenceMatcher(None, folded, _fold(name)).ratio()
            # Any shared whole word ranks above a near spelling: "nurse" means the nursing
            # roles, not "nanny"; a shared word start ("nurs") only tips close spellings.
            score = spelling + shared / max(len(wanted), 1) + 0.2 * starts / max(len(wanted), 1)
            # Its own id and name count above an alias: a nanny is also a "nursery nurse".
            best = max(best, score if n < 2 else score - 0.5)
        if best >= 0.6:
            scored.append((-best, item.id))
    scored.sort()
    return tuple(ident for _, ident in scored[:limit])


def resolve(kind: str, text: str, known: Mapping[str, _Named]) -> str:
    """The one id `text` names; UnknownIdError when it names none or several."""
    found = matches(text, known)
    if len(found) == 1:
        return found[0]
    if found:
        named = tuple(f"{known[i].name} ({i})" for i in found)
        raise UnknownIdError(kind, text, None, candidates=found, named=named)
    offers = closest(text, known)
    raise UnknownIdError(kind, text, offers[0] if offers else None, offers=offers)


def resolve_all(kind: str, texts: Iterable[str], known: Mapping[str, _Named]) -> list[str]:
    """Every text resolved, or one UnknownIdError naming all that do not resolve."""
    out: list[str] = []
    bad: list[UnknownIdError] = []
    for text in texts:
        try:
            out.append(resolve(kind, text, known))
        except UnknownIdError as exc:
            bad.append(exc)
    if bad:
        raise _joined(bad)
    return out


def _joined(errors: list[UnknownIdError]) -> UnknownIdError:
    first = errors[0]
    joined = UnknownIdError(
        first.kind,
        first.ident,
        first.suggestion,
        more=tuple((e.kind, e.ident, e.suggestion) for e in errors[1:]),
        candidates=first.candidates,
    )
    # Each keeps its own wording (a list of candidates, or several offers).
    joined.args = ("; ".join(str(e) for e in errors),)
    return joined
