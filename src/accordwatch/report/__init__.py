"""Report: a terminal summary and a self-contained HTML page."""

from accordwatch.report.html import ReportCounts, write_report
from accordwatch.report.terminal import print_summary

__all__ = ["ReportCounts", "print_summary", "write_report"]
