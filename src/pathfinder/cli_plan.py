"""The `plan` command: the path to a role from the options and the profile, printed or as JSON.

Kept apart from cli.py, which builds the parser and runs the command here.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TextIO

from pathfinder.cli_report import blank_target, read_profile
from pathfinder.core import words
from pathfinder.exit_codes import EXIT_NO_PATH, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from pathfinder.core.catalog import Catalog
    from pathfinder.core.learner import Learner
    from pathfinder.core.planner import Plan


def plan_command(catalog: Catalog, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pathfinder.core.learner import Learner
    from pathfinder.core.profile import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, Profile
    from pathfinder.core.timeline import DEFAULT_HOURS_PER_WEEK

    if args.max_steps < 0:
        print(words.translate("Cli", "pathfinder: --max-steps must be 0 or more"), file=err)
        return EXIT_USAGE
    pace = args.hours_per_week
    if pace is not None and not MIN_HOURS_PER_WEEK <= pace <= MAX_HOURS_PER_WEEK:  # NaN too
        print(
            words.translate(
                "Cli",
                "pathfinder: --hours-per-week must be at least {least} and at most {most}, "
                "not {pace}",
            ).format(
                least=f"{MIN_HOURS_PER_WEEK:g}", most=f"{MAX_HOURS_PER_WEEK:g}", pace=f"{pace:g}"
            ),
            file=err,
        )
        return EXIT_USAGE
    roles = catalog.role_by_id
    to, start, have = resolve_ids(catalog, args.to, args.start, args.have)
    not_held: list[str] = []
    profile: Profile | None = None
    if args.profile_file is not None:
        profile = read_profile(args.profile_file, err)
        if profile is None:
            return EXIT_USAGE
        if to is None and blank_target(profile, err):
            return EXIT_USAGE
        # Explicit options win over the profile.
        if start is None and profile.current_role in roles:
            start = profile.current_role
            not_held = list(profile.not_held)
        if pace is None:
            pace = profile.hours_per_week
        if to is None and profile.target_role is not None:
            if profile.target_role not in roles:
                print(
                    words.translate(
                        "Cli",
                        "pathfinder: the profile's target role '{role}' is not in this pack; "
                        "give one with --to ROLE",
                    ).format(role=profile.target_role),
                    file=err,
                )
                return EXIT_USAGE
            to = profile.target_role
    if to is None:
        print(
            words.translate(
                "Cli", "pathfinder: plan needs --to ROLE (or a --profile with a target role)"
            ),
            file=err,
        )
        return EXIT_USAGE
    if args.have_role_skills and start is None:
        print(words.translate("Cli", "pathfinder: --have-role-skills needs --from ROLE"), file=err)
        return EXIT_USAGE
    if args.only_ticked and start is not None:
        # Only the ticked skills count: the learner lacks every skill of their role.
        not_held = list(roles[start].essential)
    # The learner as the window would hold them: the profile, with the options written over.
    learner = Learner(
        catalog,
        (profile or Profile(name="")).model_copy(
            update={
                "skills": {**(profile.skills if profile else {}), **dict.fromkeys(have, "have")},
                "current_role": start,
                "target_role": to,
                "hours_per_week": pace or DEFAULT_HOURS_PER_WEEK,
                "not_held": not_held,
            }
        ),
        max_steps=args.max_steps,
    )
    result, exc = learner.plan, learner.plan_error
    if exc is not None or result is None:
        return _no_path(catalog, learner, to, str(exc), args.json, out, err)
    if args.json:
        print(json.dumps(result.to_json()), file=out)
    else:
        _print_plan(catalog, result, out)
    return EXIT_OK


def _no_path(
    catalog: Catalog,
    learner: Learner,
    to: str,
    reason: str,
    as_json: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    """No route: the reason, then the closest roles a route does reach, as the window lists
    them (core/closest.py), so the learner has somewhere to aim instead."""
    from pathfinder.core.closest import closest_lines, closest_reachable, heading

    found = closest_reachable(learner, to)
    if as_json:
        closest = [{"role": c.role, "why": c.why, "fit": c.fit} for c in found]
        print(json.dumps({"error": reason, "code": "no-path", "closest": closest}), file=out)
        return EXIT_NO_PATH
    print(words.translate("Cli", "pathfinder: no path: {reason}").format(reason=reason), file=err)
    if found:  # on stderr with the reason it answers, in the order it reads
        print(words.translate("Cli", "{heading}:").format(heading=heading()), file=err)
        for line in closest_lines(catalog, found):
            print(f"  {line}", file=err)
    return EXIT_NO_PATH


def resolve_ids(
    catalog: Catalog, to: str | None, start: str | None, have: list[str]
) -> tuple[str | None, str | None, list[str]]:
    """Roles and skills as typed (ids, names or aliases) to ids; one error names every one
    that names nothing, or more than one thing."""
    from pathfinder.core.names import UnknownIdError, resolve, resolve_all

    errors: list[UnknownIdError] = []
    found: list[str | None] = []
    for text in (to, start):
        try:
            found.append(resolve("role", text, catalog.role_by_id) if text is not None else None)
        except UnknownIdError as exc:
            errors.append(exc)
    try:
        skills = resolve_all("skill", have, catalog.skill_by_id)
    except UnknownIdError as exc:
        errors.append(exc)
    if errors:
        first = errors[0]
        first.args = ("; ".join(str(e) for e in errors),)
        raise first
    return found[0], found[1], skills


def name_of(catalog: Catalog, ident: str) -> str:
    found = catalog.role_by_id.get(ident) or catalog.skill_by_id.get(ident)
    return found.name if found else ident


def _print_plan(catalog: Catalog, result: Plan, out: TextIO) -> None:
    from pathfinder.core.figures import (
        hours_number,
        hours_text,
        percent_text,
        span_text,
        weeks_text,
    )
    from pathfinder.core.timeline import roles_add_time, step_spans, study_weeks

    target = name_of(catalog, result.target)
    origin = name_of(catalog, result.source) if result.source else None
    pace = words.translate("Cli", "{hours} h a week").format(
        hours=hours_number(result.hours_per_week)
    )
    if origin is None:
        head = words.translate("Cli", "Best path to {target} (starting out, at {pace}):")
    else:
        head = words.translate("Cli", "Best path to {target} ({origin}, at {pace}):")
    print(head.format(target=target, origin=origin, pace=pace), file=out)
    if result.source:
        where = words.translate("Cli", "  {role}  (where you are)").format(role=origin)
        print(where, file=out)
        if result.from_role:
            names = ", ".join(name_of(catalog, s) for s in result.from_role)
            print(
                words.translate("Cli", "  From your role, counted as yours: {skills}").format(
                    skills=names
                ),
                file=out,
            )
    # Weeks are counted from the start, so the steps' spans add up to the total.
    spans = step_spans([s.weeks for s in result.steps])
    leaving = result.path[-len(result.steps) - 1 :] if result.source else (None, *result.path)
    for step, span, left in zip(result.steps, spans, leaving, strict=False):
        skills = ", ".join(name_of(catalog, s) for s in step.new_skills) or words.translate(
            "Cli", "nothing new to learn"
        )
        facts = {
            "role": name_of(catalog, step.role),
            "hours": hours_text(step.effort_hours),
            "span": span_text(span),
            "skills": skills,
        }
        if step.months is not None and left is not None:
            line = words.translate(
                "Cli",
                "  -> {role}  [{hours}, {span}; people usually spend {months} months in "
                "{before} first]  {skills}",
            ).format(months=f"{step.months:g}", before=name_of(catalog, left), **facts)
        else:
            line = words.translate("Cli", "  -> {role}  [{hours}, {span}]  {skills}").format(
                **facts
            )
        print(line, file=out)
    apart = roles_add_time(result.weeks, result.effort_hours, result.hours_per_week)
    if apart and result.effort_hours <= 0:
        # Only the time in roles is left: "0 hours, no time at all of study" read as nonsense.
        total = words.translate(
            "Cli",
            "Total: nothing to learn; {weeks} in all, with the time people usually spend in "
            "each role before moving on; you already have {percent} of what {target} needs",
        )
    elif apart:
        # The usual months in a role before a move make the route longer than the study:
        # said apart, or "601 hours, about 97 weeks at 8 h a week" reads as a sum gone wrong.
        total = words.translate(
            "Cli",
            "Total: {hours} hours to learn, {study} of study at {pace}; {weeks} in all, "
            "with the time people usually spend in each role before moving on; "
            "you already have {percent} of what {target} needs",
        )
    else:
        total = words.translate(
            "Cli",
            "Total: {hours} hours to learn, {weeks} at {pace}; "
            "you already have {percent} of what {target} needs",
        )
    print(
        total.format(
            hours=hours_number(result.effort_hours),
            study=weeks_text(study_weeks(result.effort_hours, result.hours_per_week)),
            weeks=weeks_text(result.weeks),
            pace=pace,
            percent=percent_text(result.fit),
            target=target,
        ),
        file=out,
    )
    if result.gaps:
        print(words.translate("Cli", "Learning plan, in order:"), file=out)
        for n, gap in enumerate(result.gaps, 1):
            roles = ", ".join(name_of(catalog, r) for r in gap.needed_for)
            print(
                words.translate("Cli", "  {number}. {skill} ({id}), {hours}, for {roles}").format(
                    number=f"{n:>2}",
                    skill=name_of(catalog, gap.skill),
                    id=gap.skill,
                    hours=hours_text(gap.effort_hours),
                    roles=roles,
                ),
                file=out,
            )
        first = name_of(catalog, result.gaps[0].skill)
        print(words.translate("Cli", "Next skill to learn: {skill}").format(skill=first), file=out)
        print(words.translate("Cli", "Why: {reason}.").format(reason=result.why_first), file=out)
    else:
        print(words.translate("Cli", "Nothing left to learn: you can apply now."), file=out)
    if result.nice_to_have:
        names = ", ".join(name_of(catalog, s) for s in result.nice_to_have)
        print(
            words.translate("Cli", "Nice to have for {target}: {skills}").format(
                target=target, skills=names
            ),
            file=out,
        )
