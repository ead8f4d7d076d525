"""Sheets printed from the register and put into the paper before scanning: a cover sheet on top of each
dossier and a separator sheet before each document.

Each sheet carries its QR code twice (top right, bottom left): a fold, a stain or a staple hole on one
still leaves the other. A code cell is about 1 mm, so a cheap scan at 150 ppi still reads it.
"""

import io

import segno
from django.utils import translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from archive.letters import add_fonts
from archive.models import DocumentType
from scanning.codes import cover_code, separator_code

QR_MM = 38
LANGUAGES = ("rn", "fr", "en")


def sheets_pdf(servants, document_types=None):
    """One A4 PDF: a cover sheet per servant (in the order given), then one separator sheet per type."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    family = add_fonts(pdf)
    types = list(DocumentType.objects.all() if document_types is None else document_types)
    for servant in servants:
        _cover(pdf, family, servant, types)
    for document_type in types:
        _separator(pdf, family, document_type)
    return bytes(pdf.output())


def _qr(pdf, text):
    out = io.BytesIO()
    segno.make(text, error="q", micro=False).save(out, kind="png", scale=8, border=4)
    out.seek(0)
    width = pdf.w - pdf.r_margin
    pdf.image(out, x=width - QR_MM, y=12, w=QR_MM, h=QR_MM)
    out.seek(0)
    pdf.image(out, x=pdf.l_margin, y=pdf.h - 12 - QR_MM, w=QR_MM, h=QR_MM)


def _cover(pdf, family, servant, types):
    pdf.add_page()
    _qr(pdf, cover_code(servant))
    pdf.set_xy(pdf.l_margin, 14)
    pdf.set_font(family, "B", 13)
    pdf.multi_cell(
        pdf.w - pdf.l_margin - pdf.r_margin - QR_MM - 5,
        7,
        _("Cover sheet – personnel file"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font(family, "", 10)
    pdf.multi_cell(
        pdf.w - pdf.l_margin - pdf.r_margin - QR_MM - 5,
        5,
        _("Put this sheet on top of the dossier, then scan. It is kept with the scan, not in the file."),
    )
    pdf.set_xy(pdf.l_margin, 60)
    pdf.set_font(family, "B", 22)
    pdf.multi_cell(0, 11, servant.full_name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 14)
    for label, value in (
        (_("Matricule"), servant.matricule),
        (_("Ministry"), str(servant.ministry)),
        (_("Institution"), str(servant.institution)),
    ):
        pdf.set_font(family, "", 12)
        pdf.cell(40, 9, label)
        pdf.set_font(family, "B", 14)
        pdf.multi_cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
    _checklist(pdf, family, servant, types)


def _checklist(pdf, family, servant, types):
    if not servant.career_type_id:
        return
    expected = list(servant.career_type.required_documents.all())
    if not expected:
        return
    present = set(servant.documents.kept().values_list("document_type_id", flat=True))
    pdf.ln(6)
    pdf.set_font(family, "B", 13)
    pdf.cell(0, 9, _("Documents this career requires"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 12)
    for document_type in expected:
        have = document_type.pk in present
        box = (
            "☑"
            if have and family == "dejavu"
            else ("[x]" if have else ("☐" if family == "dejavu" else "[ ]"))
        )
        note = _("already in the file") if have else _("to add")
        pdf.cell(0, 8, f"{box}  {document_type}  ({note})", new_x="LMARGIN", new_y="NEXT")


def _separator(pdf, family, document_type):
    pdf.add_page()
    _qr(pdf, separator_code(document_type))
    pdf.set_xy(pdf.l_margin, 14)
    pdf.set_font(family, "B", 13)
    pdf.multi_cell(
        pdf.w - pdf.l_margin - pdf.r_margin - QR_MM - 5, 7, _("Separator sheet – put it before the document")
    )
    pdf.set_xy(pdf.l_margin, 80)
    for code in LANGUAGES:
        with translation.override(code):
            name = getattr(document_type, f"name_{code}", "") or document_type.name
        pdf.set_font(family, "B", 26 if code == "rn" else 20)
        pdf.multi_cell(0, 14, name, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font(family, "", 11)
    pdf.multi_cell(0, 6, document_type.code, align="C")
