"""A reviewer opens a procedure's proposed change as citizens will see it, before approving it; the
preview is never kept for citizens nor served from what was kept for them."""

from django.urls import reverse

from procedures import services
from tests.procedures.test_workflow import NOTE, people, propose_new_fee, public_fee  # noqa: F401
from tests.review.test_reviewed_content import logged_in


def submitted_fee_change(procedure, people):  # noqa: F811
    copy = propose_new_fee(procedure, people["clerk"])
    services.procedure_submit(procedure=copy, user=people["clerk"], change_note=NOTE)
    return copy


def test_the_reviewer_previews_the_proposed_page_and_citizens_still_see_the_published_one(
    client,
    page_cache,
    criminal_record_extract,
    people,  # noqa: F811
):
    assert public_fee(client)[0] == 10_000  # the public page is built, kept and cached first
    copy = submitted_fee_change(criminal_record_extract, people)
    browser = logged_in(people["reviewer"])
    preview_url = reverse("admin:procedures_procedure_preview", args=[copy.pk])
    review = browser.get(reverse("admin:procedures_procedure_review", args=[copy.pk]))
    assert f'href="{preview_url}"' in review.text

    preview = browser.get(preview_url)
    assert preview.status_code == 200
    assert "12,000 BIF" in preview.text and "10,000 BIF" not in preview.text
    assert "It is not public yet." in preview.text
    assert "no-store" in preview["Cache-Control"]
    # Citizens, served from the cache or from the kept parts, still see the published fee.
    assert public_fee(client)[0] == 10_000
    client.cookies.clear()
    assert public_fee(client)[0] == 10_000


def test_someone_who_may_not_review_gets_no_preview(
    criminal_record_extract,
    people,  # noqa: F811
):
    copy = submitted_fee_change(criminal_record_extract, people)
    for person in (people["clerk"], people["other_clerk"]):
        answer = logged_in(person).get(reverse("admin:procedures_procedure_preview", args=[copy.pk]))
        assert answer.status_code == 404
        assert "12,000" not in answer.text
