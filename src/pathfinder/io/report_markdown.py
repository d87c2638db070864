"""The plan report as Markdown: every pack and profile string backslash-escaped where it would
change the layout; only http(s) urls ever become links."""

from __future__ import annotations

import re

from pathfinder.core import words
from pathfinder.core.report import Report
from pathfinder.core.report_figures import (
    finish_cell,
    hours_text,
    percent_text,
    short_date,
    web_url,
)
from pathfinder.core.report_words import (
    estimates_note,
    facts,
    from_role_text,
    gap_details,
    missing_text,
    moves_said,
    no_plan_text,
    notes_left_out_text,
    pack_line,
    source_text,
    sources_intro,
    step_skills_text,
    title,
)
from pathfinder.io.report_picture import picture_alt, picture_caption

# Characters that start emphasis, code, links, raw HTML or table cells anywhere in a line;
# `&` only where it would begin an entity. Backslash escapes render as the bare character.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~]|&(?=#?\w+;))")
# Markers that only matter at the start of a line: headings, list bullets, list numbers.
_MD_LINE_START = re.compile(r"^(?:(#{1,6}|[-+])(?=\s|$)|(\d+)([.)])(?=\s|$))")


def md(text: str) -> str:
    """Plain text that Markdown shows as typed: one line, special characters escaped."""
    flat = " ".join(text.split())
    escaped = _MD_SPECIAL.sub(r"\\\1", flat)
    return _MD_LINE_START.sub(_escape_marker, escaped)


def _escape_marker(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)  # "1\." stays a number, not a list


def md_lines(text: str, indent: str = "") -> str:
    """Several lines of plain text, kept apart by hard line breaks."""
    lines = [md(line) for line in text.splitlines() if line.strip()]
    return (" \\\n" + indent).join(lines)


def _md_url(url: str) -> str:
    # Angle brackets keep spaces and parentheses inside the destination; < > are percent-coded.
    return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"


def md_link(title: str, url: str | None) -> str:
    safe = web_url(url)
    return f"[{md(title)}]({_md_url(safe)})" if safe else md(title)


def report_markdown(report: Report, picture: str | None = None) -> str:
    """The report as Markdown; `picture` is a relative path to the path PNG, if one was written."""
    out: list[str] = [f"# {md(title(report))}", ""]
    prepared = words.translate("Report", "Prepared on {date} with Pathfinder · {pack}").format(
        date=short_date(report.day), pack=md(pack_line(report))
    )
    out += [prepared, ""]
    out += ["| | |", "|---|---|"]
    out += [f"| **{label}** | {md(value)} |" for label, value in facts(report)]
    out.append("")
    if report.has_plan:
        out += [
            "## " + words.translate("Report", "Your path"),
            "",
            " → ".join(md(r.name) for r in report.path),
            "",
        ]
        if picture:
            out += [f"![{picture_alt()}]({_md_url(picture)})", "", f"*{md(picture_caption())}*", ""]
        out += _md_steps(report)
        out += _md_gaps(report)
        if report.nice_to_have:
            out += [
                "## " + words.translate("Report", "Nice to have"),
                "",
                words.translate("Report", "Not required, but they help with the target role:"),
                "",
            ]
            out += [f"- {md(name)}" for name in report.nice_to_have] + [""]
    else:
        out += ["## " + words.translate("Report", "Where to aim"), "", md(no_plan_text(report)), ""]
        if report.suggestions:
            labels = (
                words.translate("Report", "Role"),
                words.translate("Report", "Match"),
                words.translate("Report", "Hours left"),
                words.translate("Report", "Why"),
            )
            out += ["| " + " | ".join(labels) + " |", "|---|---:|---:|---|"]
            for s in report.suggestions:
                fit, left = percent_text(s.fit), hours_text(s.hours_left)
                out.append(f"| {md(s.role.name)} | {fit} | {left} | {md(s.why)} |")
            out.append("")
    if report.notes:
        out += ["## " + words.translate("Report", "Notes"), ""]
        if left_out := notes_left_out_text(report):
            out += [md(left_out), ""]
        out += [f"- **{md(n.day)}** — {md_lines(n.text, '  ')}" for n in report.notes] + [""]
    out += _md_about(report)
    return "\n".join(out).rstrip() + "\n"


def _md_steps(report: Report) -> list[str]:
    out = ["## " + words.translate("Report", "Steps"), ""]
    if report.current is not None:
        out += [
            words.translate("Report", "You start as {role}.").format(
                role=f"**{md(report.current.name)}**"
            ),
            "",
        ]
    labels = (
        words.translate("Report", "Step"),
        words.translate("Report", "Role"),
        words.translate("Report", "New skills"),
        words.translate("Report", "Hours"),
        words.translate("Report", "Done by"),
    )
    out += ["| " + " | ".join(labels) + " |", "|---:|---|---|---:|---|"]
    for s in report.steps:
        out.append(
            f"| {s.number} | {md(s.role.name)} | {md(step_skills_text(s))} | "
            f"{hours_text(s.hours)} | {finish_cell(s.finish)} |"
        )
    out.append("")
    if said := moves_said(report):
        out += [*(f"- {md(line)}" for line in said), ""]
    return out


def _md_gaps(report: Report) -> list[str]:
    out = ["## " + words.translate("Report", "Learning plan"), ""]
    if not report.gaps:
        return [*out, words.translate("Report", "Nothing left to learn: you can apply now."), ""]
    if from_role_text(report):
        out += [md(from_role_text(report)), ""]
    out += [words.translate("Report", "Learn these skills in this order:"), ""]
    for gap in report.gaps:
        now = " *(" + words.translate("Report", "learning now") + ")*" if gap.learning else ""
        marker = f"{gap.number}. "
        pad = " " * len(marker)  # continuation lines must line up with the item's text
        done = words.translate("Report", "{hours}, done by {date}").format(
            hours=hours_text(gap.hours), date=finish_cell(gap.finish)
        )
        head = f"{marker}**{md(gap.skill.name)}**{now} — {done}"
        if gap.description:
            out += [head + " \\", pad + md(gap.description)]
        else:
            out.append(head)
        details = [f"{label}: {md(value)}" for label, value in gap_details(report, gap)]
        if gap.resources:
            links = ", ".join(md_link(r.title, r.url) for r in gap.resources)
            details.append(words.translate("Report", "Resources: {links}").format(links=links))
        if gap.said_by:  # "from: <source>" or "our estimate"
            details.append(md(gap.said_by))
        out += [f"{pad}- {d}" for d in details]
    return [*out, "", md(estimates_note(report)), ""]


def _md_about(report: Report) -> list[str]:
    out = ["## " + words.translate("Report", "About this plan"), ""]
    pack = words.translate("Report", "Career pack: {pack}, version {version}.").format(
        pack=f"**{md(report.pack.name)}**", version=md(report.pack.version)
    )
    out += [pack, ""]
    if report.pack.description:
        out += [md(report.pack.description), ""]
    if report.pack.license:
        out += [
            words.translate("Report", "License: {license}").format(license=md(report.pack.license)),
            "",
        ]
    if report.missing_skills or report.missing_roles:
        out += [
            words.translate("Report", "Not in this pack (left out of the plan): {ids}").format(
                ids=md(missing_text(report))
            ),
            "",
        ]
    if report.sources:
        out += [md(sources_intro(report)), ""]
        out += [f"- {md_link(source_text(s), s.url)}" for s in report.sources]
        out.append("")
    return out
