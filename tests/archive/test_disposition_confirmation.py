"""Destroying a document is never one click: the second archivist reviews the chosen proposals on a page
that names each document, its rule and any legal hold, and confirms with a button that says "Destroy"
(in the danger style) distinct from "Keep"; holds are placed by searching a servant, never by id."""

import re

import pytest
from django.urls import reverse

from archive.models import DestructionRecord, LegalHold
from archive.retention import destruction_propose, hold_place
from tests.archive.test_retention import english, promotion, retired_alice, second_archivist  # noqa: F401


@pytest.fixture
def proposed(retired_alice, archivist):  # noqa: F811
    return destruction_propose(documents=[promotion(retired_alice)], user=archivist)[0]


def test_the_disposition_page_only_chooses_and_the_review_page_confirms(
    client,
    proposed,
    second_archivist,  # noqa: F811
):
    client.force_login(second_archivist)
    page = client.get(reverse("archive:disposition")).content.decode()
    assert 'name="decision" value="approve"' not in page  # nothing is destroyed from the list
    review = client.get(reverse("archive:disposition_review"), {"destruction": str(proposed.pk)})
    html = review.content.decode()
    assert "Confirm the destruction" in html
    assert "Promotion of Alice" in html and "Ndayishimiyé Alice" in html
    assert "until 5 years after retirement, leaving the service or death" in html
    destroy = re.search(
        r'<button type="submit" name="decision" value="approve" class="danger">([^<]*)<', html
    )
    keep = re.search(r'<button type="submit" name="decision" value="reject" class="secondary">([^<]*)<', html)
    assert destroy.group(1) == "Destroy this document" and keep.group(1) == "Keep this document"
    proposed.refresh_from_db()
    assert proposed.state == "proposed"  # looking is not deciding

    client.post(
        reverse("archive:disposition_decide_many"), {"destruction": [proposed.pk], "decision": "approve"}
    )
    proposed.refresh_from_db()
    assert proposed.state == "destroyed" and proposed.decided_by == second_archivist


def test_a_hold_is_shown_before_the_click_and_no_destroy_button_is_offered(
    client,
    proposed,
    retired_alice,  # noqa: F811
    archivist,
    second_archivist,  # noqa: F811
):
    hold_place(user=archivist, reason="Court case 12/2026", servant=retired_alice)
    client.force_login(second_archivist)
    listing = client.get(reverse("archive:disposition")).content.decode()
    assert "Under a legal hold" in listing and "Court case 12/2026" in listing
    html = client.get(
        reverse("archive:disposition_review"), {"destruction": str(proposed.pk)}
    ).content.decode()
    assert "Held: these will not be destroyed" in html and "Court case 12/2026" in html
    assert 'value="approve"' not in html
    client.post(
        reverse("archive:disposition_decide_many"), {"destruction": [proposed.pk], "decision": "approve"}
    )
    proposed.refresh_from_db()
    assert proposed.state == "proposed"


def test_the_proposer_cannot_review_their_own_proposal(client, proposed, archivist):
    client.force_login(archivist)
    response = client.get(reverse("archive:disposition_review"), {"destruction": str(proposed.pk)})
    assert response.status_code == 302
    assert DestructionRecord.objects.get().state == "proposed"


def test_a_hold_is_placed_by_searching_the_servant(client, filled, archivist):
    client.force_login(archivist)
    found = client.get(reverse("archive:holds"), {"q": "ndayishimiye"}).content.decode()
    alice = filled["alice"]
    assert "Ndayishimiyé Alice · JU-1001" in found and "Appointment of Alice" in found
    assert f'name="servant" value="{alice.public_id}"' in found  # chosen from the results, no id typed
    client.post(reverse("archive:hold_new"), {"servant": str(alice.public_id), "reason": "Audit 3/2026"})
    hold = LegalHold.objects.get()
    assert hold.servant == alice and hold.placed_by == archivist and hold.is_active
    decree = alice.documents.get(document_type__code="appointment")
    client.post(reverse("archive:hold_new"), {"document": str(decree.public_id), "reason": "Appeal"})
    assert LegalHold.objects.filter(document=decree).exists()


def test_a_hold_without_a_reason_or_a_file_is_refused_with_a_message(client, filled, archivist):
    client.force_login(archivist)
    response = client.post(
        reverse("archive:hold_new"), {"servant": str(filled["alice"].public_id), "reason": " "}, follow=True
    )
    assert "Choose a file or a document and say why it is held." in response.content.decode()
    response = client.post(reverse("archive:hold_new"), {"servant": "not-an-id", "reason": "x"}, follow=True)
    assert response.status_code == 200 and not LegalHold.objects.exists()


def test_hr_cannot_reach_the_hold_pages(client, filled, hr_justice):
    client.force_login(hr_justice)
    assert client.get(reverse("archive:holds"), {"q": "alice"}).status_code == 404
    assert client.get(reverse("archive:disposition_review")).status_code == 404


def test_the_retention_admin_links_to_disposition_and_holds_are_searched(client, filled, archivist):
    client.force_login(archivist)
    changelist = client.get(reverse("admin:archive_legalhold_changelist")).content.decode()
    assert reverse("archive:disposition") in changelist and reverse("archive:holds") in changelist
    add = client.get(reverse("admin:archive_legalhold_add")).content.decode()
    assert "admin-autocomplete" in add and "vForeignKeyRawIdAdminField" not in add
