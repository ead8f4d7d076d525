"""The admin pages clerks and reviewers walk, in Kirundi on a 1366×768 laptop: axe-core finds no WCAG
violation (contrast included), and the dashboard's column headers read as words, not one letter a line."""

import pytest
from django.urls import reverse

from forms_library.models import Form
from ministries.models import Office
from procedures.models import Procedure
from review.models import Proposal
from tests.browser.test_accessibility import WCAG_TAGS, axe_script

pytestmark = pytest.mark.browser

PASSWORD = "browser-test-password"  # the demo_site fixture's


def clerk_urls():
    procedure = (
        Procedure.objects.filter(institution__parent__slug="justice", draft_of__isnull=True).first()
        or Procedure.objects.filter(institution__slug="justice").first()
    )
    form = Form.objects.filter(institution__parent__slug="justice").first()
    office = Office.objects.filter(institution__parent__slug="justice").first()
    return [
        reverse("admin:index"),
        reverse("admin:procedures_procedure_changelist"),
        reverse("admin:procedures_procedure_change", args=[procedure.pk]),
        reverse("admin:procedures_procedure_add"),
        reverse("admin:procedures_procedure_revisions", args=[procedure.pk]),
        reverse("admin:forms_library_form_changelist"),
        reverse("admin:forms_library_form_change", args=[form.pk]),
        reverse("admin:ministries_office_change", args=[office.pk]),
        reverse("translation_desk:overview"),
        reverse("translation_desk:ministry", args=["justice", "rn"]),
    ]


def reviewer_urls():
    waiting = Procedure.objects.awaiting_review().first()
    proposal = Proposal.objects.first()
    return [
        *([reverse("admin:procedures_procedure_review", args=[waiting.pk])] if waiting else []),
        *([reverse("admin:review_proposal_change", args=[proposal.pk])] if proposal else []),
        reverse("admin:index"),
        reverse("admin:procedures_procedure_queue"),
        reverse("admin:procedures_procedure_overdue"),
        reverse("admin:review_proposal_changelist"),
        reverse("admin:audit_auditevent_changelist"),
        reverse("admin:feedback_report_changelist"),
        reverse("translation_desk:overview"),
    ]


def hr_urls():
    return [
        reverse("admin:index"),
        reverse("admin:archive_ingestbatch_changelist"),
        reverse("admin:archive_servant_changelist"),
        reverse("admin:archive_document_changelist"),
    ]


def log_in_in_kirundi(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.context.add_cookies([{"name": "django_language", "value": "rn", "url": base_url}])
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")


def violations(page, script):
    page.evaluate(script)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [
        f"{page.url}: {v['id']} ({v['impact']}) {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


def squeezed_headers(page):
    """Table headers narrower than their longest word (printed a letter or two a line)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('#content th')].filter(th => th.offsetParent).filter(th => {
            const style = getComputedStyle(th);
            const probe = document.createElement('span');
            probe.style.font = style.font; probe.style.whiteSpace = 'nowrap';
            probe.style.textTransform = style.textTransform; probe.style.letterSpacing = style.letterSpacing;
            document.body.appendChild(probe);
            const longest = Math.max(0, ...th.innerText.split(/\\s+/).map(word => {
                probe.textContent = word; return probe.getBoundingClientRect().width; }));
            probe.remove();
            return th.clientWidth + 1 < longest;
        }).map(th => th.innerText)"""
    )


@pytest.mark.parametrize(
    "username, urls", [("clerk-justice", clerk_urls), ("reviewer", reviewer_urls), ("hr-justice", hr_urls)]
)
def test_admin_pages_pass_axe_in_kirundi_on_a_laptop(open_page, demo_site, username, urls):
    page = open_page(1366, 768)
    log_in_in_kirundi(page, demo_site.url, username)
    script = axe_script()
    failures = []
    for url in urls():
        response = page.goto(demo_site.url + url)
        assert response.status == 200 and "/login/" not in page.url, url
        assert page.locator("html").get_attribute("lang") == "rn", url
        failures += violations(page, script)
        failures += [f"{url}: header squeezed: {text!r}" for text in squeezed_headers(page)]
    assert failures == [], "\n".join(failures)
