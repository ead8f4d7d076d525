"""Kirundi is a real Django language here: URLs, language info, dates, numbers and catalogues."""

import gettext
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import formats, translation
from django.utils.translation import check_for_language, get_language_info

LOCALE = Path(settings.BASE_DIR) / "locale"


def test_kirundi_is_an_available_language_with_language_info():
    assert check_for_language("rn")
    info = get_language_info("rn")
    assert info["name_local"] == "Ikirundi"
    assert settings.LANGUAGE_CODE == "rn"


def test_kirundi_dates_use_cldr_month_names():
    with translation.override("rn"):
        assert formats.date_format(date(2026, 1, 5)) == "5 Nzero 2026"
        assert formats.date_format(date(2026, 12, 25)) == "25 Kigarama 2026"
        assert formats.date_format(date(2026, 11, 23), "l") == "Ku wa mbere"


def test_kirundi_numbers_group_with_dots():
    with translation.override("rn"):
        assert Template('{{ n|floatformat:"0g" }}').render(Context({"n": 235000})) == "235.000"
    with translation.override("en"):
        assert Template('{{ n|floatformat:"0g" }}').render(Context({"n": 235000})) == "235,000"


@pytest.mark.parametrize("language", ["rn", "fr", "en"])
def test_compiled_catalogue_matches_its_source(language):
    """The .mo files are committed (Django cannot start without Kirundi's); they must be current."""
    from babel.messages.pofile import read_po

    po_path = LOCALE / language / "LC_MESSAGES" / "django.po"
    with po_path.open("rb") as handle:
        catalogue = read_po(handle)
    with (po_path.with_suffix(".mo")).open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for message in catalogue:
        if not message.id or message.fuzzy or not message.string:
            continue
        if isinstance(message.id, tuple):
            continue
        key = f"{message.context}\x04{message.id}" if message.context else message.id
        assert compiled._catalog.get(key) == message.string, message.id


def test_french_and_kirundi_catalogues_translate_every_project_string():
    from babel.messages.pofile import read_po

    for language in ("fr", "rn"):
        with (LOCALE / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
            catalogue = read_po(handle)
        missing = [
            m.id
            for m in catalogue
            if m.id and (not m.string or (isinstance(m.string, tuple) and not all(m.string)))
        ]
        # Django's own calendar names are translated by Django itself for French.
        if language == "fr":
            missing = [m for m in missing if not _is_django_calendar_msgid(m)]
        assert missing == [], (language, missing[:10])


def _is_django_calendar_msgid(msgid):
    from isoko import calendar_msgids

    names = set()
    for table in (
        calendar_msgids.WEEKDAYS,
        calendar_msgids.WEEKDAYS_ABBR,
        calendar_msgids.MONTHS,
        calendar_msgids.MONTHS_3,
        calendar_msgids.MONTHS_AP,
        calendar_msgids.MONTHS_ALT,
    ):
        with translation.override(None):
            names.update(str(v) for v in table.values())
    return msgid in names
