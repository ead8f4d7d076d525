"""Whole USSD sessions replayed as a gateway would, in the three languages, on the demo catalogue."""

import pytest
from django.utils import translation

from feature_phones import catalogue
from feature_phones.gsm import gsm_length, to_gsm7
from feature_phones.ussd import BACK, MAIN, MORE, SCREEN_LIMIT, ussd_screen
from ministries.models import Commune
from procedures.models import Procedure

LANGUAGE_KEYS = {"rn": "1", "fr": "2", "en": "3"}
SEARCHES = {
    "passport": "pasiporo",
    "birth-certificate": "birth certificate",
    "building-permit": "permis de bâtir",
}
SECTION_KEYS = {"documents": "1", "fees": "2", "time": "3"}


def screen(choices, language=None):
    shown = ussd_screen(language, choices)
    assert gsm_length(shown.response) <= SCREEN_LIMIT, shown.response
    assert shown.ends or f"{BACK} " in shown.keys, f"no way back from {shown.response!r}"
    return shown


def read_all_pages(choices, language=None):
    """Every page of the screen reached by `choices`, pressing 'more' until the last one."""
    pages = [screen(choices, language)]
    while pages[-1].page + 1 < pages[-1].page_count:
        assert MORE in pages[-1].keys
        choices = [*choices, MORE]
        pages.append(screen(choices, language))
    assert MORE not in pages[-1].keys.split()
    return choices, pages


def key_of(shown_pages, label):
    """The number shown before `label` on any page of a list."""
    for shown in shown_pages:
        for line in shown.page_text.splitlines():
            number, _space, text = line.partition(" ")
            if text.startswith(to_gsm7(label)[:30]):
                return number
    raise AssertionError(f"{label!r} not listed in {[s.text for s in shown_pages]}")


def end_session(choices):
    """From anywhere: the main menu, then leave. The session must end there."""
    last = screen([*choices, MAIN, BACK])
    assert last.ends and last.response.startswith("END ")


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["rn", "fr", "en"])
@pytest.mark.parametrize("slug", ["passport", "birth-certificate", "building-permit"])
def test_a_whole_session_reads_every_section_and_ends(demo_loaded, language, slug):
    procedure = Procedure.objects.get(slug=slug)
    first = screen([])
    assert "Ikirundi" in first.text and "English" in first.text
    choices = [LANGUAGE_KEYS[language], "1", SEARCHES[slug]]
    choices, results = read_all_pages(choices)
    with translation.override(language):
        procedure_key = key_of(results, procedure.title)
    choices = [*choices, procedure_key]
    menu = screen(choices)
    with translation.override(language):
        assert to_gsm7(procedure.title)[:30] in menu.title
        details = catalogue.published_procedure(procedure.pk)
        for section, key in SECTION_KEYS.items():
            _choices, pages = read_all_pages([*choices, key])
            assert "".join(p.page_text for p in pages) == to_gsm7(catalogue.section_text(details, section))
        _choices, provinces = read_all_pages([*choices, "4"])
        bujumbura = key_of(provinces, "Bujumbura")
        communes_choices, communes = read_all_pages([*choices, "4", bujumbura])
        mukaza = key_of(communes, "Mukaza")
        where_choices, pages = read_all_pages([*communes_choices, mukaza])
        commune = Commune.objects.get(slug="mukaza")
        assert "".join(p.page_text for p in pages) == to_gsm7(catalogue.where_text(details, commune))
    end_session(where_choices)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["rn", "fr", "en"])
def test_browsing_by_life_event_reaches_the_birth_certificate(demo_loaded, language):
    procedure = Procedure.objects.get(slug="birth-certificate")
    with translation.override(language):
        theme = procedure.themes.order_by("position").first()
        choices, main = read_all_pages([], language)
        choices = [*choices, key_of(main, theme.name)]
        choices, listed = read_all_pages(choices, language)
        choices = [*choices, key_of(listed, procedure.title)]
        fees = screen([*choices, SECTION_KEYS["fees"]], language)
    assert "1" in fees.page_text and "BIF" in fees.page_text
    end_session(choices)


@pytest.mark.django_db
def test_kirundi_comes_first_and_the_menu_speaks_it(demo_loaded):
    assert screen([]).page_text.splitlines()[0] == "1 Ikirundi"
    menu = screen(["1"])
    assert menu.language == "rn"
    assert "Andika ijambo" in menu.page_text


@pytest.mark.django_db
def test_a_wrong_key_repeats_the_screen_with_a_hint(demo_loaded):
    menu = screen(["3"])
    wrong = screen(["3", "77"])
    assert wrong.hint and not menu.hint
    assert (wrong.title, wrong.page_text, wrong.keys) == (menu.title, menu.page_text, menu.keys)
    # 'more' past the last page is a wrong key too, and the next right key works as usual.
    to_last_page, _pages = read_all_pages(["3"])
    last_page = screen(to_last_page)
    assert screen([*to_last_page, MORE]).hint
    assert screen([*to_last_page, MORE, "1"]).page_text == screen(["3", "1"]).page_text
    assert last_page.page_count == last_page.page + 1


@pytest.mark.django_db
def test_back_and_main_menu_keys_work_from_deep_in_a_session(demo_loaded):
    deep = ["3", "1", "passport", "1", "1"]
    assert screen([*deep, BACK]).page_text == screen(deep[:-1]).page_text
    assert screen([*deep, MAIN]).page_text == screen(["3"]).page_text
    assert screen(["3", BACK]).ends


@pytest.mark.django_db
def test_a_remembered_language_skips_the_language_screen_and_can_be_changed(demo_loaded):
    menu = screen([], language="fr")
    assert "Tapez un mot" in menu.page_text
    switched = screen(["99", "3"], language="fr")
    assert switched.language == "en" and "Type a word" in switched.page_text


@pytest.mark.django_db
def test_a_search_that_finds_nothing_says_so_and_offers_a_way_back(demo_loaded):
    shown = screen(["3", "1", "xqzwv"])
    assert "Nothing found" in shown.page_text
    assert screen(["3", "1", "xqzwv", BACK, "passport"]).page_text.startswith("1 ")


@pytest.mark.django_db
def test_a_draft_never_appears_in_the_menu(demo_loaded):
    passport = Procedure.objects.get(slug="passport")
    Procedure.objects.filter(pk=passport.pk).update(status=Procedure.Status.DRAFT)
    try:
        shown = screen(["3", "1", "passport"])
        assert to_gsm7(passport.title_en) not in shown.page_text
        themes = [screen(["3", str(n)]) for n in range(2, 11)]
        assert all(to_gsm7(passport.title_en) not in t.page_text for t in themes)
    finally:
        Procedure.objects.filter(pk=passport.pk).update(status=Procedure.Status.PUBLISHED)


@pytest.mark.django_db
def test_a_session_with_too_many_keys_ends(demo_loaded):
    assert screen(["3"] + ["98", "0"] * 40).ends


@pytest.mark.django_db
def test_a_number_keeps_its_procedure_for_the_whole_session_even_if_results_change(demo_loaded):
    found = {}
    results = ussd_screen(None, ["3", "1", "passport"], found)
    first_line = results.page_text.splitlines()[0]
    chosen = ussd_screen(None, ["3", "1", "passport", "1"], found)
    passport = Procedure.objects.get(slug="passport")
    # A publication between two screens puts another procedure first for a new search...
    Procedure.objects.filter(pk=passport.pk).update(status=Procedure.Status.DRAFT)
    try:
        assert to_gsm7(passport.title_en)[:30] not in ussd_screen(None, ["3", "1", "passport"]).page_text
        # ...but the caller's "1" still means what they were shown: that procedure (now withdrawn).
        again = ussd_screen(None, ["3", "1", "passport", "1"], found)
        assert "no longer published" in again.page_text
        assert to_gsm7(passport.title_en)[:20] in first_line
        assert to_gsm7(passport.title_en)[:30] in chosen.title
    finally:
        Procedure.objects.filter(pk=passport.pk).update(status=Procedure.Status.PUBLISHED)
