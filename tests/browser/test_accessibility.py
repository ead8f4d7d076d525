"""axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on each page type in each language."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGE_TYPES = [
    "/{lang}/",
    "/{lang}/themes/travel/",
    "/{lang}/ministries/justice/",
    "/{lang}/offices/cgm-bujumbura/",
    "/{lang}/procedures/passport/",
    "/{lang}/forms/",
    "/{lang}/forms/?ministry=justice&language=fr",
    "/{lang}/links/",
    "/{lang}/about/",
    "/{lang}/search/?q=passeport",
    "/{lang}/procedures/no-such-procedure/",
]


def axe_script():
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


def test_no_wcag_violation_on_any_page_type_in_any_language(phone, demo_site):
    script = axe_script()
    failures = []
    for language in ("rn", "fr", "en"):
        for pattern in PAGE_TYPES:
            url = demo_site.url + pattern.format(lang=language)
            phone.goto(url)
            phone.evaluate(script)
            result = phone.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
            )
            for violation in result["violations"]:
                targets = [node["target"] for node in violation["nodes"]][:3]
                failures.append(f"{url}: {violation['id']} ({violation['impact']}) {targets}")
    assert failures == [], "\n".join(failures)


def test_keyboard_user_reaches_content_through_the_skip_link(phone, demo_site):
    phone.goto(demo_site.url + "/en/procedures/passport/")
    phone.keyboard.press("Tab")
    focused = phone.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    assert phone.evaluate("document.activeElement.getBoundingClientRect().left") >= 0
