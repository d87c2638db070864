"""How well every role of a pack fits what a learner holds, kept up to date tick by tick.

Worked out whole only when first asked for (the command line's plan never asks); after that a
change of what is held touches only the roles that need a skill that changed, which in a
3,000-role pack is a few dozen instead of all of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pathfinder.core.catalog import Catalog
from pathfinder.core.skills import fit_and_hours, roles_by_essential_skill


class RoleFits:
    def __init__(self) -> None:
        self._catalog: Catalog | None = None  # the pack the figures are for; None: none yet
        self._held: frozenset[str] = frozenset()
        self._scores: dict[str, tuple[float, float]] = {}  # role -> (fit, hours left)

    def held_changed(self, catalog: Catalog, before: frozenset[str], held: frozenset[str]) -> None:
        """What the learner holds went from `before` to `held` (or the pack changed)."""
        self._held = held
        if self._catalog is not catalog:
            self._catalog = None  # worked out whole when next asked for
            return
        index = roles_by_essential_skill(catalog)
        self._score(catalog, {r for s in before ^ held for r in index.get(s, ())})

    def scores(self, catalog: Catalog) -> Mapping[str, tuple[float, float]]:
        """(fit, hours left) per role of `catalog`, as suggest() takes them."""
        if self._catalog is not catalog:
            self._catalog, self._scores = catalog, {}
            self._score(catalog, catalog.role_by_id)
        return self._scores

    def fit(self, catalog: Catalog, role: str) -> float:
        found = self.scores(catalog).get(role)
        return found[0] if found is not None else 0.0

    def _score(self, catalog: Catalog, roles: Iterable[str]) -> None:
        for role in roles:
            self._scores[role] = fit_and_hours(catalog, role, self._held)
