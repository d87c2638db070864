"""Issue 13's property test: sequences of edits, pack switches, saves, another window's
saves and restarts, on arbitrary valid profiles. No field is ever lost or changed except by
an edit of that field, and every profile read is written back equal in meaning.

What a profile *means* is compared, not its bytes: the roles chosen in each pack (wherever
the file keeps them), skills, interests, pace, notes, the name and every unknown key.
"""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from pathfinder.core.profile import PACK_KEYS, Profile, switch_pack
from pathfinder.io.profiles import ProfileConflict, ProfileStore, load_profile

PACKS = ["ai-ml-careers", "bootcamp", "web-basics"]
ROLES = ["data-analyst", "ml-engineer", "junior-web", None]
SKILLS = ["python", "sql", "html", "docker", "py\u00e9", "\U0001f600"]
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | text
    | st.floats(allow_nan=False, allow_infinity=False, width=32),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=6,
)  # fmt: skip
part = st.fixed_dictionaries(
    {
        "current_role": st.sampled_from(ROLES),
        "target_role": st.sampled_from(ROLES),
        "not_held": st.lists(st.sampled_from(SKILLS), max_size=2, unique=True),
    }
)
profiles = st.fixed_dictionaries(
    {
        "pathfinder_profile": st.just(1),
        "name": text,
        "pack": st.sampled_from(PACKS),
        "current_role": st.sampled_from(ROLES),
        "target_role": st.sampled_from(ROLES),
        "not_held": st.lists(st.sampled_from(SKILLS), max_size=2, unique=True),
        "skills": st.dictionaries(st.sampled_from(SKILLS), st.sampled_from(["have", "learning"])),
        "interests": st.lists(text, max_size=3, unique=True),
        "hours_per_week": st.sampled_from([0.5, 1, 7.5, 8, 40, 168]),
        "notes": st.lists(st.fixed_dictionaries({"at": text, "text": text}), max_size=2),
        "x-extra": json_value,
    }
).flatmap(
    lambda data: st.dictionaries(
        st.sampled_from([p for p in PACKS if p != data["pack"]]), part, max_size=2
    ).map(lambda packs: {**data, "packs": packs})
)


def meaning(profile: Profile) -> dict[str, Any]:
    data = profile.to_json()
    roles = {pack: {k: v for k, v in part.items()} for pack, part in data.pop("packs", {}).items()}
    roles[data["pack"]] = {key: data.pop(key) for key in PACK_KEYS}
    roles = {p: r for p, r in roles.items() if any(r.values())}
    data.pop("pack")
    data.pop("pack_version")
    return {**data, "roles": roles}


class ProfileLife(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="pf13-"))
        self.path = self.folder / "ada.json"

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    @initialize(data=profiles)
    def start(self, data: dict[str, Any]) -> None:
        self.path.write_text(json.dumps(data, indent=1), encoding="utf-8")
        self.store = ProfileStore(self.folder)
        self.profile = self.store.load(self.path)
        self.expected = meaning(Profile.model_validate(data, strict=True))
        assert meaning(self.profile) == self.expected  # read equal in meaning

    @rule(skill=st.sampled_from(SKILLS), mark=st.sampled_from(["have", "learning", None]))
    def tick(self, skill: str, mark: str | None) -> None:
        skills = dict(self.profile.skills)
        if mark is None:
            skills.pop(skill, None)
        else:
            skills[skill] = mark  # type: ignore[assignment]
        self.profile.skills = skills  # type: ignore[assignment]
        self.expected["skills"] = skills

    @rule(role=st.sampled_from(ROLES))
    def set_target(self, role: str | None) -> None:
        self.profile.target_role = role
        pack = self.profile.pack
        assert pack is not None
        mine = self.expected["roles"].setdefault(pack, dict.fromkeys(PACK_KEYS))
        mine["not_held"] = mine["not_held"] or []
        mine["target_role"] = role
        self.expected["roles"] = {
            p: r for p, r in self.expected["roles"].items() if any(r.values())
        }

    @rule(pack=st.sampled_from(PACKS))
    def open_pack(self, pack: str) -> None:
        switch_pack(self.profile, pack)  # no edit: nothing may change in meaning

    @rule()
    def save(self) -> None:
        self.store.save(self.profile, self.path)
        assert meaning(load_profile(self.path)) == self.expected

    @rule(hours=st.sampled_from([2, 3.5, 20]), key=st.sampled_from(["x-extra", "x-other"]),
          value=json_value)  # fmt: skip
    def another_window_saves(self, hours: float, key: str, value: Any) -> None:
        """Another window edits fields this one has not: after our next save both are kept."""
        self.store.save(self.profile, self.path)  # ours first, so theirs is the newer edit
        other = ProfileStore(self.folder)
        theirs = other.load(self.path)
        theirs.hours_per_week = hours
        setattr(theirs, key, value)
        other.save(theirs, self.path)
        self.expected["hours_per_week"] = hours
        self.expected[key] = json.loads(json.dumps(value))
        self.profile.name = self.profile.name + "!"  # an edit of ours, in another field
        self.expected["name"] = self.profile.name
        try:
            self.profile = self.store.save(self.profile, self.path)
        except ProfileConflict as exc:  # pragma: no cover - a failure to report
            raise AssertionError(f"different fields did not merge: {exc}") from None

    @rule()
    def restart(self) -> None:
        self.store.save(self.profile, self.path)
        self.store = ProfileStore(self.folder)
        self.profile = self.store.load(self.path)

    @invariant()
    def nothing_lost(self) -> None:
        if hasattr(self, "profile"):
            assert meaning(self.profile) == copy.deepcopy(self.expected)


ProfileLife.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_profile_life = ProfileLife.TestCase
