"""The worksheet as Qt prints it (File ▸ Print, with Qt's print preview): the same result object the wizard and the
PDF worksheet render, laid out as one document: who, which rules and round, the total, the conditions, every
indicator's derivation, the comparison with past lines, and the estimate-only note. The ID number is masked.

The PDF worksheet (reportlab) is not printed itself: that would need its pages rasterised (QtPdf, a larger wheel than
the bundle carries); this document says the same from the same result."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from simulator.core.identity import mask_id
from simulator.core.ranges import points_of
from simulator.gui.widgets.derivation import checks_html, colon, indicator_html, lines_html


def worksheet_html(result, profile, lang: str, printed_on: date | None = None) -> str:
    printed_on = printed_on or date.today()
    title = QCoreApplication.translate("Printout", "Points worksheet")
    rows = []
    if profile is not None and profile.name:
        rows.append((QCoreApplication.translate("Printout", "Name"), profile.name))
    if profile is not None and profile.id_number:
        rows.append((QCoreApplication.translate("Printout", "ID number"), mask_id(profile.id_number)))
    rows.append((QCoreApplication.translate("Printout", "Rules"), f"{result.edition_name(lang)} ({result.data_version})"))
    rows.append((QCoreApplication.translate("Printout", "Declaration"), str(result.declaration_year)))
    rows.append((QCoreApplication.translate("Printout", "Counted up to"), result.cutoff.isoformat()))
    if result.channel is not None:
        total = QCoreApplication.translate("Printout", "Settles through another channel, not by points: {0}").format(
            result.channel.name(lang)
        )
    else:
        total = points_of(result)(lang) + (
            "" if result.qualified else " " + QCoreApplication.translate("Printout", "(what-if: not every condition is met)")
        )
    rows.append((QCoreApplication.translate("Printout", "Total"), total))
    rows.append((QCoreApplication.translate("Printout", "Printed on"), printed_on.isoformat()))
    head = "".join(f"<tr><td><b>{escape(k)}{colon(lang)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    qualification = QCoreApplication.translate("Printout", "Qualification")
    past = QCoreApplication.translate("Printout", "Compared with past lines")
    every = QCoreApplication.translate("Printout", "Every indicator")
    estimate = QCoreApplication.translate("Printout", "An estimate only: the official system’s result prevails.")
    parts = [
        f"<h2>{escape(title)}</h2>",
        f"<table cellspacing='0' cellpadding='2'>{head}</table>",
        f"<h3>{escape(qualification)}</h3>",
        checks_html(result.qualification, lang),
        f"<h3>{escape(past)}</h3>",
        lines_html(result, lang),
        f"<h3>{escape(every)}</h3>",
        "".join(indicator_html(item, lang, heading=True) for item in result.indicators),
        f"<p><i>{escape(estimate)}</i></p>",
    ]
    return "".join(parts)


def worksheet_document(result, profile, lang: str, printed_on: date | None = None) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(worksheet_html(result, profile, lang, printed_on))
    return document
