"""The implementation timetable as a chart: server-side SVG, no script.

A row per event of the core's timetable (`Instrument.timetable`), on one month axis
counted from commencement: a dot for a dated event, a bar for the window in which a
calendar year can begin, a hollow dot for a date the companion instrument sets. The SVG
is built as an element tree (stdlib `xml.etree`), so every label is escaped by
construction; its colours come from the site's style sheet (`.timetable-chart`). The
labels are the core's, in the draft's language; only the axis words are the UI's."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import ngettext
from markupsafe import Markup

from drafting.model import TimetableEntry

WIDTH = 760
PAD = 14
FONT = 13  # px, in viewBox units
CHAR = 0.56 * FONT  # a generous average width of a character of a sans-serif face
LINE = 16
ROW = 26
TOP = 30  # room for the commencement label
AXIS = 46  # the axis, its numbers and its caption
GAP = 6  # between a marker and its label
RADIUS = 5.5
MAX_LINES = 3


@dataclass(frozen=True, slots=True)
class _Scale:
    lo: float
    hi: float
    step: int

    def x(self, months: float) -> float:
        return PAD + (months - self.lo) / (self.hi - self.lo) * (WIDTH - 2 * PAD)


def _scale(entries: Sequence[TimetableEntry]) -> _Scale:
    lo = min(0.0, *(e.months for e in entries))
    hi = max(0.0, *(e.months_latest if e.months_latest is not None else e.months for e in entries))
    span = max(hi - lo, 1.0)
    step = next((s for s in (1, 3, 6, 12, 24, 60) if span / s <= 8), 120)
    lo = math.floor(lo / step) * step
    hi = max(math.ceil(hi / step) * step, lo + step)
    # Room on either side for a marker drawn on the first or last tick.
    margin = (hi - lo) * 0.02
    return _Scale(lo - margin, hi + margin, step)


def _wrap(text: str, room: float) -> list[str]:
    """The label in lines that fit `room` (estimated), at most MAX_LINES, the last one
    shortened with an ellipsis if it must be (the table beside the chart has it whole)."""
    width = max(int(room // CHAR), 12)
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > MAX_LINES:
        last = " ".join(lines[MAX_LINES - 1 :])
        lines = [*lines[: MAX_LINES - 1], last[: width - 1].rstrip() + "…"]
    return lines


def _label(entry: TimetableEntry) -> str:
    return f"{entry.label} ({entry.year})" if entry.year is not None else entry.label


def _placed(text: str, start: float, end: float) -> tuple[float, str, list[str]]:
    """Where a label goes beside its marker: (x, text-anchor, lines), on the side that
    takes it on one line, else on the roomier side, wrapped."""
    right = WIDTH - PAD - (end + GAP)
    left = start - GAP - PAD
    needed = len(text) * CHAR
    if needed <= right:
        return end + GAP, "start", [text]
    if needed <= left:
        return start - GAP, "end", [text]
    if right >= left:
        return end + GAP, "start", _wrap(text, right)
    return start - GAP, "end", _wrap(text, left)


def timetable_svg(
    entries: Sequence[TimetableEntry], language: str, ui_language: str, ident: str = "timetable"
) -> Markup | None:
    """The chart of a timetable (None when it has no events). `language` is the draft's
    (the events' labels), `ui_language` the page's; `ident` prefixes the SVG's ids."""
    if not entries:
        return None
    ordered = sorted(entries, key=lambda e: (e.months, e.months_latest or e.months))
    scale = _scale(ordered)
    rows = [(e, *_placed(_label(e), *_extent(e, scale))) for e in ordered]
    height = TOP + sum(ROW + LINE * (len(lines) - 1) for *_rest, lines in rows) + AXIS
    svg = ET.Element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "timetable-chart",
            "viewBox": f"0 0 {WIDTH} {height}",
            "role": "img",
            "aria-labelledby": f"{ident}-title {ident}-desc",
            "font-size": str(FONT),
        },
    )
    ET.SubElement(svg, "title", {"id": f"{ident}-title"}).text = _("Implementation timetable")
    ET.SubElement(svg, "desc", {"id": f"{ident}-desc"}).text = _description(ordered)
    _grid(svg, scale, height)
    events = ET.SubElement(svg, "g", {"class": "tt-events"})
    if language != ui_language:
        events.set("lang", language)
    y = float(TOP)
    for entry, x, anchor, lines in rows:
        extra = LINE * (len(lines) - 1)
        _event(events, entry, scale, x, anchor, lines, y + ROW / 2 + extra / 2)
        y += ROW + extra
    _axis(svg, scale, height)
    _commencement(svg, scale, ordered, height)
    return Markup(ET.tostring(svg, encoding="unicode"))


def _extent(entry: TimetableEntry, scale: _Scale) -> tuple[float, float]:
    """Where the marker of an event starts and ends on the x axis."""
    if entry.months_latest is None:
        return scale.x(entry.months) - RADIUS, scale.x(entry.months) + RADIUS
    return scale.x(entry.months), scale.x(entry.months_latest)


def _end(entry: TimetableEntry) -> float:
    return entry.months_latest if entry.months_latest is not None else entry.months


def _description(entries: Sequence[TimetableEntry]) -> str:
    first = min(e.months for e in entries)
    last = max(_end(e) for e in entries)
    return ngettext(
        "%(num)d event, from %(first)s to %(last)s months after commencement (negative: "
        "before it). The table that follows lists each event.",
        "%(num)d events, from %(first)s to %(last)s months after commencement (negative: "
        "before it). The table that follows lists each event.",
        len(entries),
        first=_months(first),
        last=_months(last),
    )


def _months(value: float) -> str:
    number = f"{value:g}" if value != int(value) else str(int(value))
    return number.replace("-", "\u2212")  # a minus sign, not a hyphen


def _grid(svg: ET.Element, scale: _Scale, height: int) -> None:
    grid = ET.SubElement(svg, "g", {"class": "tt-grid"})
    tick = math.ceil(scale.lo / scale.step) * scale.step
    while tick <= scale.hi:
        x = f"{scale.x(tick):.1f}"
        ET.SubElement(
            grid, "line", {"x1": x, "x2": x, "y1": str(TOP - 6), "y2": str(height - AXIS)}
        )
        tick += scale.step


def _axis(svg: ET.Element, scale: _Scale, height: int) -> None:
    axis = ET.SubElement(svg, "g", {"class": "tt-axis"})
    y = height - AXIS
    ET.SubElement(
        axis, "line", {"x1": str(PAD), "x2": str(WIDTH - PAD), "y1": str(y), "y2": str(y)}
    )
    tick = math.ceil(scale.lo / scale.step) * scale.step
    while tick <= scale.hi:
        x = f"{scale.x(tick):.1f}"
        ET.SubElement(axis, "line", {"x1": x, "x2": x, "y1": str(y), "y2": str(y + 5)})
        label = ET.SubElement(axis, "text", {"x": x, "y": str(y + 19), "text-anchor": "middle"})
        label.text = _months(tick)
        tick += scale.step
    caption = ET.SubElement(
        axis,
        "text",
        {"class": "tt-caption", "x": str(WIDTH / 2), "y": str(y + 38), "text-anchor": "middle"},
    )
    caption.text = _("months after commencement")


def _commencement(
    svg: ET.Element, scale: _Scale, entries: Sequence[TimetableEntry], height: int
) -> None:
    x = f"{scale.x(0):.1f}"
    group = ET.SubElement(svg, "g", {"class": "tt-commencement"})
    ET.SubElement(group, "line", {"x1": x, "x2": x, "y1": str(TOP - 8), "y2": str(height - AXIS)})
    words = next((e.label for e in entries if e.id == "commencement"), "") or _("commencement")
    half = len(words) * CHAR / 2
    anchor, at = "middle", scale.x(0)
    if at - half < PAD:  # near an edge: the label runs inwards from the line
        anchor, at = "start", at - RADIUS
    elif at + half > WIDTH - PAD:
        anchor, at = "end", at + RADIUS
    attributes = {"x": f"{at:.1f}", "y": str(TOP - 12), "text-anchor": anchor}
    ET.SubElement(group, "text", attributes).text = words


def _event(
    parent: ET.Element,
    entry: TimetableEntry,
    scale: _Scale,
    x: float,
    anchor: str,
    lines: list[str],
    y: float,
) -> None:
    kind = "window" if entry.months_latest is not None else "date"
    if entry.elsewhere and not entry.provisions:
        kind += " elsewhere"
    group = ET.SubElement(parent, "g", {"class": f"event {kind}", "data-event": entry.id})
    ET.SubElement(group, "title").text = f"{entry.label}: {entry.when}"
    start, end = scale.x(entry.months), scale.x(_end(entry))
    if entry.months_latest is not None:
        ET.SubElement(
            group,
            "rect",
            {
                "class": "tt-marker",
                "x": f"{start:.1f}",
                "y": f"{y - 6:.1f}",
                "width": f"{max(end - start, 4):.1f}",
                "height": "12",
                "rx": "3",
            },
        )
    else:
        ET.SubElement(
            group,
            "circle",
            {"class": "tt-marker", "cx": f"{start:.1f}", "cy": f"{y:.1f}", "r": str(RADIUS)},
        )
    top = y - LINE * (len(lines) - 1) / 2 + FONT * 0.35
    text = ET.SubElement(group, "text", {"x": f"{x:.1f}", "y": f"{top:.1f}", "text-anchor": anchor})
    for i, line in enumerate(lines):
        span = ET.SubElement(text, "tspan", {"x": f"{x:.1f}", "dy": "0" if i == 0 else str(LINE)})
        span.text = line
