"""Activation letters: a printable page per servant with their user name, a one-time code and a QR code of
the page where they choose their password. Most servants have no e-mail; HR prints these.

The QR code carries the address and the user name, not the code: the code is typed from the paper, so it
never appears in a URL (request logs, browser history, a photo of the QR code from across the room).
"""

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fpdf import FPDF

from accounts.models import OneTimeCode
from accounts.services import DEFAULT_VALIDITY, issue_code
from archive.access import archive_role
from archive.models import account_may_be_a_servants

ACTIVATION = OneTimeCode.Purpose.ACTIVATION
PASSWORD_RESET = OneTimeCode.Purpose.PASSWORD_RESET


@dataclass
class Letter:
    servant: object
    username: str
    code: str
    purpose: str
    valid_until: datetime


def username_for(matricule):
    """The matricule, or (taken by another account, in any case) the matricule with "+2", "+3"…: a '+' is
    never in a matricule, so no later servant's matricule can collide with it. The letter prints it."""
    accounts = get_user_model().objects
    candidate, number = matricule, 1
    while accounts.filter(username__iexact=candidate).exists():
        number += 1
        candidate = f"{matricule}+{number}"
    return candidate


def servant_account(servant):
    """The servant's account, created (inactive, no password: the letter sets one) if they have none."""
    if servant.user_id:
        return servant.user
    user = get_user_model().objects.create_user(
        username=username_for(servant.matricule), password=None, is_active=False
    )
    servant.user = user
    servant.save(update_fields=["user"])
    return user


def may_print_letters(user):
    """Printing letters (working password codes) is an HR act, for their own ministry's servants (whom
    archive.access.dossiers_for gives them). Archivists keep records and set nobody's password."""
    role = archive_role(user)
    return role is not None and role.role == role.Role.HR_OFFICER


def letter_refusal(servant):
    """Why no letter may be printed for this servant (a sentence), or None. A letter sets the password of
    the servant's account: never of an account that is staff, an administrator's or holds a role."""
    if servant.user_id and not account_may_be_a_servants(servant.user):
        return _(
            "No letter can be printed for %(matricule)s: the account linked to this dossier is a staff "
            "account. Ask an administrator."
        ) % {"matricule": servant.matricule}
    return None


@transaction.atomic
def issue_letters(servants, *, issued_by):
    """A letter for each servant: activation for a new account, a new password for an existing one.
    Issuing replaces any earlier unused code, so only the newest letter works. Servants whose account may
    not have one (letter_refusal) get none."""
    letters = []
    for servant in servants:
        if letter_refusal(servant):
            continue
        had_password = servant.user_id is not None and servant.user.has_usable_password()
        user = servant_account(servant)
        purpose = PASSWORD_RESET if had_password else ACTIVATION
        code = issue_code(
            user=user, purpose=purpose, issued_by=issued_by, valid_for=DEFAULT_VALIDITY[purpose]
        )
        letters.append(
            Letter(servant, user.username, code, purpose, timezone.now() + DEFAULT_VALIDITY[purpose])
        )
    return letters


def _activation_url(username):
    return f"{settings.SITE_URL}{reverse('accounts:activate')}?{urlencode({'username': username})}"


def _qr_png(url):
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=5, border=2)
    out.seek(0)
    return out


def letters_pdf(letters):
    """One A4 page per letter, in the active language."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    family = add_fonts(pdf)
    for letter in letters:
        _page(pdf, letter, family)
    return bytes(pdf.output())


def add_fonts(pdf):
    """DejaVu (Debian's fonts-dejavu-core) for every accent, quote mark and box; Helvetica's Latin-1
    otherwise. Returns the family to use. Shared by every printed sheet (letters, scanning sheets)."""
    folder = Path("/usr/share/fonts/truetype/dejavu")
    if (folder / "DejaVuSans.ttf").exists() and (folder / "DejaVuSans-Bold.ttf").exists():
        pdf.add_font("dejavu", "", str(folder / "DejaVuSans.ttf"))
        pdf.add_font("dejavu", "B", str(folder / "DejaVuSans-Bold.ttf"))
        return "dejavu"
    pdf.core_fonts_encoding = "latin-1"
    return "helvetica"


def _page(pdf, letter, family):
    servant = letter.servant
    url = _activation_url(letter.username)
    pdf.add_page()
    pdf.set_font(family, "B", 16)
    title = _("Your personnel file online") if letter.purpose == ACTIVATION else _("A new password")
    pdf.multi_cell(0, 9, title)
    pdf.set_font(family, "", 11)
    pdf.ln(2)
    pdf.multi_cell(0, 6, f"{servant.full_name} · {servant.matricule}\n{servant.institution}")
    pdf.ln(4)
    pdf.multi_cell(
        0,
        6,
        _(
            "With this letter you choose your own password and then read your personnel file on your phone or "
            "any computer. Keep it to yourself: anyone holding it can choose your password."
        ),
    )
    pdf.ln(4)
    for label, value in ((_("Address"), url.split("?")[0]), (_("User name"), letter.username)):
        pdf.set_font(family, "", 11)
        pdf.cell(45, 8, label)
        pdf.set_font(family, "B", 12)
        pdf.cell(0, 8, value, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    pdf.cell(45, 12, pgettext("one-time code", "Code"))
    pdf.set_font(family, "B", 22)
    pdf.cell(0, 12, letter.code, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    valid = formats.date_format(timezone.localtime(letter.valid_until), "DATE_FORMAT")
    pdf.multi_cell(0, 6, _("The code can be used once, until %(date)s.") % {"date": valid})
    pdf.ln(4)
    pdf.image(_qr_png(url), x=pdf.l_margin, w=45)
    pdf.ln(2)
    pdf.multi_cell(
        0,
        6,
        _(
            "Scan the square with your phone, or type the address. Enter your user name and the code, then "
            "choose a password of at least 12 characters. Lost it later? Ask your HR office for a new letter."
        ),
    )
