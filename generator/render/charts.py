"""Small inline SVG charts drawn at build time: no JavaScript, nothing loaded from elsewhere.

Coordinates are rounded to one decimal so the same figures always give the same bytes.
"""

from __future__ import annotations

from fractions import Fraction

from markupsafe import Markup, escape

WIDTH = 320
TRACK_Y, TRACK_H = 10, 18
HEIGHT = 38


def _x(value: Fraction, maximum: Fraction) -> str:
    ratio = min(max(value / maximum, Fraction(0)), Fraction(1)) if maximum else Fraction(0)
    return f"{float(ratio * WIDTH):.1f}"


def bar_vs_threshold(value: Fraction, threshold: Fraction, maximum: Fraction, status: str, label: str) -> Markup:
    """A horizontal bar for ``value`` on a 0..``maximum`` scale with a marker at ``threshold``.

    ``label`` is the accessible name (``role="img"``); the same figures are in the page's table.
    """
    bar = _x(value, maximum)
    mark = float(_x(threshold, maximum))
    mark = min(max(mark, 1.0), WIDTH - 1.0)  # keep the marker visible at 0 and at the end of the scale
    return Markup(
        f'<svg class="progress-chart" role="img" aria-label="{escape(label)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg">'
        f'<rect class="progress-chart__track" x="0" y="{TRACK_Y}" width="{WIDTH}" height="{TRACK_H}" rx="3" fill="#e8e8e8"/>'
        f'<rect class="progress-chart__bar progress-chart__bar--{status}" x="0" y="{TRACK_Y}" width="{bar}" height="{TRACK_H}" rx="3"/>'
        f'<path class="progress-chart__marker" d="M{mark - 5:.1f} 0 L{mark + 5:.1f} 0 L{mark:.1f} 7 Z" fill="#1f1f1f"/>'
        f'<line class="progress-chart__marker" x1="{mark:.1f}" y1="6" x2="{mark:.1f}" y2="{HEIGHT}" stroke="#1f1f1f" stroke-width="2"/>'
        "</svg>"
    )
