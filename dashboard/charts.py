"""Small SVG charts drawn on the server with pygal, each with the table of its figures.

The SVG is sent as a `data:` image: pygal puts a <style> element in every chart, which the admin's
Content-Security-Policy (no inline style) would block in an inline <svg>, while an image is a document
of its own that runs no script. The table next to it is the text alternative."""

import base64
from dataclasses import dataclass, field
from functools import lru_cache

import pygal
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from pygal.style import Style

# The admin's colours; dark enough on white for the bars to be told apart (WCAG non-text contrast).
STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#333",
    foreground_strong="#333",
    foreground_subtle="#767676",
    colors=("#205067", "#b35900", "#2e7d32"),
    font_family="system-ui, sans-serif",
)


@dataclass
class Chart:
    title: str
    headers: list
    rows: list = field(default_factory=list)
    image: str = ""


def _image(chart):
    svg = chart.render(is_unicode=True)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _bars(title, labels, series, *, horizontal=False, maximum=None):
    """The chart as a data: URI; the same figures in the same language are drawn once per process."""
    frozen = tuple((name, tuple(values)) for name, values in series)
    return _drawn(title, tuple(labels), frozen, horizontal, maximum, get_language())


@lru_cache(maxsize=128)
def _drawn(title, labels, series, horizontal, maximum, language):
    """`language`: the words pygal writes itself (no_data_text) are in it, so it is part of the key."""
    kind = pygal.HorizontalBar if horizontal else pygal.Bar
    chart = kind(
        style=STYLE,
        js=[],  # no script (pygal would load its tooltips from a CDN)
        disable_xml_declaration=True,
        width=640,
        height=280 if not horizontal else 120 + 40 * len(labels),
        show_legend=len(series) > 1,
        legend_at_bottom=True,
        print_values=False,
        range=(0, maximum) if maximum else None,
        title=title,
        x_label_rotation=0 if horizontal else 30,
        margin=8,
        no_data_text=_("Nothing to show yet"),
    )
    chart.x_labels = labels
    for name, values in series:
        chart.add(name, values)
    return _image(chart)


def _week_labels(weeks):
    return [date_format(week, "SHORT_DATE_FORMAT") for week in weeks]


def weekly_chart(title, weeks, series):
    """One or more series of weekly figures: a bar chart and its table (a row per week)."""
    labels = _week_labels(weeks)
    chart = Chart(title=title, headers=[_("Week of"), *[name for name, _values in series]])
    chart.rows = [[label, *[values[i] for _name, values in series]] for i, label in enumerate(labels)]
    chart.image = _bars(title, labels, series)
    return chart


def completeness_chart(title, ministries):
    """Share of the written texts present in each language, per ministry: (label, {code: percent})."""
    languages = [("rn", _("Kirundi")), ("fr", _("French")), ("en", _("English"))]
    chart = Chart(title=title, headers=[_("Ministry"), *[name for _code, name in languages]])
    chart.rows = [[label, *[shares[code] for code, _name in languages]] for label, shares in ministries]
    series = [(name, [shares[code] for _label, shares in ministries]) for code, name in languages]
    chart.image = _bars(title, [label for label, _shares in ministries], series, horizontal=True, maximum=100)
    return chart
