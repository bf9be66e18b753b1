"""Report: a terminal summary and a self-contained HTML page."""

from accordwatch.report.html import render_html
from accordwatch.report.terminal import print_summary

__all__ = ["print_summary", "render_html"]
