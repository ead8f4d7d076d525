"""Small, real, reproducible PDF forms for the demo (no binary files in the repository)."""

from datetime import UTC, datetime

from fpdf import FPDF

_FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def _latin1(text: str) -> str:
    # The PDF core fonts cover Latin-1: enough for Kirundi and French once typographic quotes are plain.
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2026", "...")
    return text.encode("latin-1", "replace").decode("latin-1")


def form_pdf(*, code: str, institution: str, title: str, fields: list[str], sample_label: str) -> bytes:
    """A one-page form: header, title, one ruled line per field to fill in. Same input, same bytes."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(_FIXED_DATE)
    pdf.set_title(_latin1(f"{code} {title}"))
    pdf.set_producer("Isôko demo")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 5, _latin1(institution), new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, code, new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.multi_cell(0, 8, _latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", size=11)
    for label in fields:
        pdf.cell(0, 7, _latin1(label), new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 9, "." * 95, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", style="I", size=8)
    pdf.multi_cell(0, 4, _latin1(sample_label), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def legal_text_pdf(*, reference: str, title: str, article: str, sample_label: str) -> bytes:
    """A one-page stand-in for the published text of a law: its reference and title, and a clear label
    saying it is not the text itself. No wording of any law is invented."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(_FIXED_DATE)
    pdf.set_title(_latin1(reference))
    pdf.set_producer("Isôko demo")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 5, "REPUBLIQUE DU BURUNDI", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 7, _latin1(reference), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, _latin1(title), new_x="LMARGIN", new_y="NEXT", align="C")
    if article:
        pdf.ln(6)
        pdf.cell(0, 6, _latin1(article), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Helvetica", style="I", size=9)
    pdf.multi_cell(0, 5, _latin1(sample_label), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
