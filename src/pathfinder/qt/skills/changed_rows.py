"""Group the skill rows whose state changed into runs, so a repaint costs one signal per run."""

from __future__ import annotations


def row_runs(rows: set[tuple[int, int]], most: int = 4) -> list[tuple[int, int, int]]:
    """(category, first row, last row) for each run of consecutive rows.

    A category with many scattered runs gets one span instead: repainting a few unchanged
    rows is cheaper than a signal per run.
    """
    runs: dict[int, list[tuple[int, int]]] = {}
    for category, row in sorted(rows):
        spans = runs.setdefault(category, [])
        if spans and spans[-1][1] == row - 1:
            spans[-1] = (spans[-1][0], row)
        else:
            spans.append((row, row))
    out: list[tuple[int, int, int]] = []
    for category, spans in runs.items():
        if len(spans) > most:
            spans = [(spans[0][0], spans[-1][1])]
        out.extend((category, first, last) for first, last in spans)
    return out
