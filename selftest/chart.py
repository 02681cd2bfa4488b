"""A horizontal bar chart as server-side SVG: no script, no style attributes (strict CSP)."""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from selftest.scoring import GREEN_FROM, ORANGE_FROM, Light

FILLS = {
    Light.GREEN: "#1d6b38",
    Light.ORANGE: "#a35200",
    Light.RED: "#b00020",
    Light.NONE: "#767676",
}
WIDTH = 400
BAR_X = 4
BAR_MAX = 330
ROW = 50


@dataclass(frozen=True)
class Bar:
    label: str
    percent: int | None
    light: Light
    marker: int | None = None  # e.g. the benchmark, drawn as a line across the bar


def bar_chart_svg(
    *, bars: list[Bar], title: str, description: str, uid: str = "chart", empty_text: str = "\u2013"
) -> SafeString:
    """Bars 0 to 100% with the label above each bar; dashed lines at the light boundaries."""
    height = ROW * len(bars) + 10
    rows = []
    for i, bar in enumerate(bars):
        top = i * ROW
        width = 0 if bar.percent is None else round(BAR_MAX * bar.percent / 100)
        value = empty_text if bar.percent is None else f"{bar.percent}%"
        rows.append(
            format_html(
                '<text x="{}" y="{}" class="sw-chart__label">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="18" fill="#f4f5f7" stroke="#767676"/>'
                '<rect x="{}" y="{}" width="{}" height="18" fill="{}"/>'
                '<text x="{}" y="{}" class="sw-chart__value">{}</text>{}',
                BAR_X,
                top + 16,
                bar.label,
                BAR_X,
                top + 24,
                BAR_MAX,
                BAR_X,
                top + 24,
                width,
                FILLS[bar.light],
                BAR_X + BAR_MAX + 6,
                top + 38,
                value,
                _marker(bar, top),
            )
        )
    guides = format_html_join(
        "",
        '<line x1="{0}" x2="{0}" y1="20" y2="{1}" stroke="#1b1b1b" '
        'stroke-dasharray="3 3" stroke-width="1"/>',
        [(BAR_X + round(BAR_MAX * f), height - 4) for f in (ORANGE_FROM, GREEN_FROM)],
    )
    return format_html(
        '<svg class="sw-chart" viewBox="0 0 {w} {h}" width="100%" role="img" '
        'aria-labelledby="{uid}-title {uid}-desc" xmlns="http://www.w3.org/2000/svg" '
        'font-family="Noto Sans, Arial, sans-serif" font-size="14" fill="#1b1b1b">'
        '<title id="{uid}-title">{title}</title><desc id="{uid}-desc">{desc}</desc>'
        "{rows}{guides}</svg>",
        w=WIDTH,
        h=height,
        uid=uid,
        title=title,
        desc=description,
        rows=SafeString("".join(rows)),
        guides=guides,
    )


def _marker(bar: Bar, top: int) -> SafeString:
    if bar.marker is None:
        return SafeString("")
    x = BAR_X + round(BAR_MAX * bar.marker / 100)
    return format_html(
        '<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" stroke="#1b1b1b" stroke-width="3"/>',
        x,
        top + 20,
        top + 46,
    )
