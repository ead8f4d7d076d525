import pytest

pytestmark = pytest.mark.browser


def test_clerk_sees_translation_tabs_without_internet(phone, demo_site):
    """The tabs come from the jQuery UI file Isôko ships; any request leaving the machine is blocked."""
    phone.set_viewport_size({"width": 1280, "height": 900})
    outside = []

    def block_outside(route):
        outside.append(route.request.url)
        route.abort()

    phone.route(lambda url: not url.startswith(demo_site.url), block_outside)
    refused = []
    phone.on(
        "console",
        lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None,
    )
    phone.goto(demo_site.url + "/admin/login/")
    phone.fill("#id_username", "clerk-justice")
    phone.fill("#id_password", "browser-test-password")
    phone.click("input[type=submit]")
    phone.goto(demo_site.url + "/admin/procedures/procedure/")
    phone.locator("#result_list tbody th a").first.click()
    phone.wait_for_selector(".ui-tabs")
    assert phone.locator(".ui-tabs-nav").first.inner_text().lower().split() == ["rn", "fr", "en"]
    assert outside == []
    assert refused == []  # the admin works under the strict Content-Security-Policy
