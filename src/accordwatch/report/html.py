"""The self-contained HTML report: one file, inline CSS, no scripts or remote assets."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from accordwatch.report.view import ReportView


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("accordwatch.report", "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["pct"] = lambda done, target: 0 if not target else min(100, round(100 * done / target))
    return env


def render_html(view: ReportView) -> str:
    template = _environment().get_template("report.html")
    documents = {d.id: d for d in view.documents}
    return template.render(view=view, documents=documents)
