"""The plan report as HTML: every pack and profile string escaped; only http(s) urls become
links. The same body feeds the browser file and the PDF (Qt's rich text), with a style sheet
for each."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Literal

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
    joined,
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

Flavour = Literal["browser", "qt"]


def h(text: str) -> str:
    return html.escape(text, quote=True)


def h_link(title: str, url: str | None) -> str:
    safe = web_url(url)
    return f'<a href="{h(safe)}">{h(title)}</a>' if safe else h(title)


_BASE_CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; color: #1a1a1a;
  font-size: 10pt; }
h1 { font-size: 22pt; font-weight: 600; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 22px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 6px; }
.kicker { font-size: 8pt; color: #555555; letter-spacing: 1px; margin-bottom: 2px; }
.meta { color: #444444; margin-bottom: 12px; }
.muted { color: #555555; }
.small { font-size: 8.5pt; }
hr { height: 1px; border-width: 0px; background-color: #333333; margin-top: 4px;
  margin-bottom: 2px; }
.route { font-size: 11pt; font-weight: 600; margin-bottom: 8px; }
table { border-collapse: collapse; }
th { font-weight: 600; border-bottom: 2px solid #333333; padding: 4px 10px 4px 0px; }
td { border-bottom: 1px solid #bbbbbb; padding: 5px 10px 5px 0px; vertical-align: top; }
table.facts td { padding: 3px 10px 3px 0px; }
td.label { color: #444444; }
td.order { font-weight: 600; }
.skill { font-weight: 600; }
a { color: #1f4e9a; }
ul { margin-top: 0px; margin-bottom: 6px; }
li { font-size: 10pt; margin-bottom: 2px; }
"""

_BROWSER_CSS = """
@page { size: A4; margin: 18mm; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; font-size: 11pt;
  overflow-wrap: anywhere; }
thead { display: table-header-group; }
tr, img { page-break-inside: avoid; }
img.path { max-width: 100%; height: auto; border: 1px solid #bbbbbb; }
.picture { margin: 6px 0 4px 0; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  a { color: #1a1a1a; }
}
"""


@dataclass(frozen=True)
class _Column:
    label: str
    width: int  # percent of the table
    css: str = ""
    right: bool = False


def report_html(
    report: Report,
    picture_src: str | None = None,
    *,
    picture_width: int | None = None,
    flavour: Flavour = "browser",
) -> str:
    """A complete HTML page. `picture_src` is a data: URI, a relative file or (for the PDF) a
    Qt resource name; `picture_width` is its width in CSS pixels when the layout needs one."""
    css = _BASE_CSS + (_BROWSER_CSS if flavour == "browser" else "")
    body = "\n".join(_html_body(report, picture_src, picture_width, flavour == "qt"))
    # The page's language for screen readers and hyphenation: the translation says which.
    lang = words.translate("Report", "en", "the HTML language code of this translation")
    return (
        f'<!DOCTYPE html>\n<html lang="{h(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{h(title(report))}</title>\n<style>{css}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


_RIGHT = ' align="right"'


def _table(columns: list[_Column], rows: list[list[str]], css: str, split: bool) -> list[str]:
    """A full-width table; cells are HTML already. Attributes as well as CSS, because Qt's
    rich text (the PDF) reads alignment and widths from attributes only. `split` gives every
    row a table of its own, so the PDF can move a whole row to the next page."""
    start = f'<table class="{css}" width="100%" cellspacing="0" cellpadding="0">'
    out = [start, "<thead><tr>"]
    for col in columns:
        align = "right" if col.right else "left"
        out.append(f'<th align="{align}" width="{col.width}%">{h(col.label)}</th>')
    out.append("</tr></thead><tbody>")
    for index, row in enumerate(rows):
        cells = "".join(
            f'<td class="{col.css}" width="{col.width}%"{_RIGHT if col.right else ""}>{cell}</td>'
            for cell, col in zip(row, columns, strict=True)
        )
        if split and index:
            out.append(f"{start}<tr>{cells}</tr></table>")
        else:  # the first row shares the header's table, so they stay on one page
            out.append(f"<tr>{cells}</tr>" + ("</tbody></table>" if split else ""))
    return out if split and rows else [*out, "</tbody></table>"]


def _html_body(
    report: Report, picture_src: str | None, picture_width: int | None, split: bool
) -> list[str]:
    prepared = words.translate("Report", "Prepared on {date} · {pack}").format(
        date=short_date(report.day), pack=pack_line(report)
    )
    out = [
        '<p class="kicker">' + h(words.translate("Report", "PATHFINDER · LEARNING PLAN")) + "</p>",
        "<h1>" + h(report.learner or words.translate("Report", "Learning plan")) + "</h1>",
        '<p class="meta">' + h(prepared) + "</p>",
        "<hr>",
        '<table class="facts" width="100%" cellspacing="0" cellpadding="0">',
    ]
    out += [
        f'<tr><td class="label" width="30%">{h(label)}</td><td>{h(value)}</td></tr>'
        for label, value in facts(report)
    ]
    out.append("</table>")
    if report.has_plan:
        out += ["<h2>" + h(words.translate("Report", "Your path")) + "</h2>"]
        out.append(f'<p class="route">{" → ".join(h(r.name) for r in report.path)}</p>')
        if picture_src:
            size = f' width="{picture_width}"' if picture_width else ""
            out += [
                f'<p class="picture"><img class="path" src="{h(picture_src)}"{size} '
                f'alt="{h(picture_alt())}"></p>',
                f'<p class="muted small">{h(picture_caption())}</p>',
            ]
        out += _html_steps(report, split)
        out += _html_gaps(report, split)
        if report.nice_to_have:
            out += ["<h2>" + h(words.translate("Report", "Nice to have")) + "</h2>"]
            nice = words.translate(
                "Report", "Not required, but they help with the target role: {skills}."
            ).format(skills=joined(report.nice_to_have))
            out.append(f"<p>{h(nice)}</p>")
    else:
        out += [
            "<h2>" + h(words.translate("Report", "Where to aim")) + "</h2>",
            f"<p>{h(no_plan_text(report))}</p>",
        ]
        rows = [
            [h(s.role.name), percent_text(s.fit), _nowrap(hours_text(s.hours_left)), h(s.why)]
            for s in report.suggestions
        ]
        head = [
            _Column(words.translate("Report", "Role"), 27, "skill"),
            _Column(
                words.translate("Report", "Match"), 11, right=True
            ),  # 8 % wrapped "Matc / h" in the PDF
            _Column(words.translate("Report", "Hours left"), 14, right=True),
            _Column(words.translate("Report", "Why"), 48),
        ]
        if rows:
            out += _table(head, rows, "suggestions", split)
    if report.notes:
        out.append("<h2>" + h(words.translate("Report", "Notes")) + "</h2>")
        if left_out := notes_left_out_text(report):
            out.append(f'<p class="muted">{h(left_out)}</p>')
        out.append('<table class="notes" width="100%" cellspacing="0">')
        out += [
            f'<tr><td class="label" width="18%">{h(n.day)}</td><td>{_html_lines(n.text)}</td></tr>'
            for n in report.notes
        ]
        out.append("</table>")
    return out + _html_about(report)


def _nowrap(text: str) -> str:
    """A date or an amount that must not wrap in a narrow column ("17 May / 2027"): its spaces
    become non-breaking, which Qt's rich text (the PDF) honours as browsers do. Longer phrases
    ("over 100 years") may still wrap."""
    escaped = h(text)
    return escaped.replace(" ", "&nbsp;") if len(text) <= 12 else escaped


def _html_lines(text: str) -> str:
    return "<br>".join(h(line) for line in text.splitlines()) or "&nbsp;"


def _html_steps(report: Report, split: bool) -> list[str]:
    out = ["<h2>" + h(words.translate("Report", "Steps")) + "</h2>"]
    if report.current is not None:
        start = h(words.translate("Report", "You start as {role}.")).format(
            role=f"<b>{h(report.current.name)}</b>"
        )
        out.append(f"<p>{start}</p>")
    rows = [
        [
            str(s.number),
            h(s.role.name),
            h(step_skills_text(s)),
            _nowrap(hours_text(s.hours)),
            _nowrap(finish_cell(s.finish)),
        ]
        for s in report.steps
    ]
    head = [
        _Column(words.translate("Report", "Step"), 7, "order"),
        _Column(words.translate("Report", "Role"), 23, "skill"),
        _Column(words.translate("Report", "New skills"), 43),
        _Column(words.translate("Report", "Hours"), 10, right=True),
        _Column(
            words.translate("Report", "Done by"), 17
        ),  # "30 Sep 2027" on one line, with room to spare
    ]
    out += _table(head, rows, "steps", split)
    # Below the table, not in it: a taller row would push the steps off the first page.
    said = moves_said(report)
    if said:
        out.append(f'<p class="muted small">{"<br>".join(h(line) for line in said)}</p>')
    return out


def _html_gaps(report: Report, split: bool) -> list[str]:
    out = ["<h2>" + h(words.translate("Report", "Learning plan")) + "</h2>"]
    if not report.gaps:
        return [
            *out,
            "<p>"
            + h(words.translate("Report", "Nothing left to learn: you can apply now."))
            + "</p>",
        ]
    if from_role_text(report):
        out.append(f"<p>{h(from_role_text(report))}</p>")
    out.append("<p>" + h(words.translate("Report", "Learn these skills in this order:")) + "</p>")
    rows = []
    for gap in report.gaps:
        now = (
            f' <span class="muted">({h(words.translate("Report", "learning now"))})</span>'
            if gap.learning
            else ""
        )
        parts = [f'<span class="skill">{h(gap.skill.name)}</span>{now}']
        if gap.description:
            parts.append(f'<span class="muted">{h(gap.description)}</span>')
        parts += [f"{h(label)}: {h(value)}" for label, value in gap_details(report, gap)]
        if gap.resources:
            links = ", ".join(h_link(r.title, r.url) for r in gap.resources)
            parts.append(h(words.translate("Report", "Resources: {links}")).format(links=links))
        if gap.said_by:  # "from: <source>" or "our estimate"
            parts.append(f'<span class="muted small">{h(gap.said_by)}</span>')
        rows.append(
            [
                f"{gap.number}.",
                "<br>".join(parts),
                _nowrap(hours_text(gap.hours)),
                _nowrap(finish_cell(gap.finish)),
            ]
        )
    head = [
        _Column("#", 6, "order"),
        _Column(words.translate("Report", "Skill"), 65),
        _Column(words.translate("Report", "Hours"), 12, right=True),
        _Column(words.translate("Report", "Done by"), 17),
    ]
    out += _table(head, rows, "gaps", split)
    note = h(estimates_note(report))
    return [*out, f'<p class="muted small">{note}</p>']


def _html_about(report: Report) -> list[str]:
    pack = report.pack
    out = [
        "<h2>" + h(words.translate("Report", "About this plan")) + "</h2>",
        "<p>"
        + h(words.translate("Report", "Career pack: {pack}, version {version}.")).format(
            pack=f"<b>{h(pack.name)}</b>", version=h(pack.version)
        )
        + "</p>",
    ]
    if pack.description:
        out.append(f"<p>{h(pack.description)}</p>")
    if pack.license:
        licence = words.translate("Report", "License: {license}").format(license=pack.license)
        out.append(f"<p>{h(licence)}</p>")
    if report.missing_skills or report.missing_roles:
        ids = missing_text(report)
        missing = words.translate("Report", "Not in this pack (left out of the plan): {ids}")
        out.append(f"<p>{h(missing.format(ids=ids))}</p>")
    if report.sources:
        out.append(f"<p>{h(sources_intro(report))}</p><ul>")
        out += [f"<li>{h_link(source_text(s), s.url)}</li>" for s in report.sources]
        out.append("</ul>")
    return out
