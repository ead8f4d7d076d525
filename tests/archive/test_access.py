"""Who sees what, in pairs: the refused case is a 404 with nothing about the dossier in the answer, and the
refusal is in the audit log; the allowed case shows the dossier."""

import pytest
from django.urls import reverse
from django.utils import translation

from archive.models import StoredFile
from audit.models import AuditEvent

# What would tell Bob anything about Alice's dossier.
ALICE_MARKS = ["JU-1001", "Ndayishim", "Alice", "D-100/2010"]


def alice_urls(filled):
    alice = filled["alice"]
    decree = alice.documents.get(document_type__code="appointment")
    original = decree.files.get(role=StoredFile.Role.ORIGINAL)
    return {
        "dossier": reverse("archive:dossier", args=[alice.public_id]),
        "opened": reverse("archive:opened", args=[alice.public_id]),
        "document": reverse("archive:document", args=[decree.public_id]),
        "viewing copy": reverse("archive:viewing_copy", args=[decree.public_id]),
        "original": reverse("archive:original", args=[original.public_id]),
        "search": reverse("archive:servants") + "?q=JU-1001",
        "batch report": reverse("archive:batch_report", args=[filled["batch"].public_id]),
        "batch": reverse("archive:batch", args=[filled["batch"].public_id]),
    }


def assert_hidden(response):
    assert response.status_code == 404
    body = b"".join(response.streaming_content) if response.streaming else response.content
    for mark in ALICE_MARKS:
        assert mark.encode() not in body


@pytest.mark.parametrize(
    "name", ["dossier", "opened", "document", "viewing copy", "original", "search", "batch report", "batch"]
)
def test_servant_cannot_reach_another_servants_dossier(client, filled, name):
    client.force_login(filled["bob"].user)
    assert_hidden(client.get(alice_urls(filled)[name]))
    refusal = AuditEvent.objects.get(action=AuditEvent.Action.REFUSED)
    assert refusal.actor_name == "servant-bob"
    for mark in ALICE_MARKS:
        assert mark not in str(refusal.details) + refusal.target_repr


@pytest.mark.parametrize("name", ["dossier", "opened", "document", "viewing copy", "original"])
def test_servant_reaches_own_dossier(client, filled, name):
    client.force_login(filled["alice"].user)
    response = client.get(alice_urls(filled)[name])
    assert response.status_code == 200
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.REFUSED).exists()


@pytest.mark.parametrize("name", ["dossier", "opened", "document", "viewing copy", "original", "search"])
def test_hr_of_another_ministry_gets_404(client, filled, hr_interior, name):
    client.force_login(hr_interior)
    response = client.get(alice_urls(filled)[name])
    if name == "search":  # The search page exists for HR; Alice is just not in it.
        assert response.status_code == 200
        # Only the query typed is echoed back; no result, no name.
        assert list(response.context["page"].object_list) == []
        assert b"Ndayishim" not in response.content
    else:
        assert_hidden(response)
        assert AuditEvent.objects.filter(action=AuditEvent.Action.REFUSED, actor_name="hr-interior").exists()


@pytest.mark.parametrize("name", ["dossier", "opened", "document", "viewing copy", "original", "search"])
def test_hr_of_the_servants_ministry_and_archivist_see_it(client, filled, hr_justice, archivist, name):
    for reader in (hr_justice, archivist):
        client.force_login(reader)
        response = client.get(alice_urls(filled)[name])
        assert response.status_code == 200
        if not response.streaming:
            assert b"JU-1001" in response.content


@pytest.mark.parametrize(
    "name", ["dossier", "opened", "document", "viewing copy", "original", "search", "batch"]
)
def test_anonymous_is_sent_to_log_in(client, filled, name):
    response = client.get(alice_urls(filled)[name])
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_my_dossier_shows_only_own_documents_and_what_is_missing(client, filled):
    client.force_login(filled["alice"].user)
    page = client.get(reverse("archive:my_dossier"))
    text = page.content.decode()
    assert "Appointment of Alice" in text and "Promotion of Alice" in text
    assert "Bob" not in text and "Carine" not in text
    # The checklist asks for an appointment decree and a diploma: the diploma is missing.
    assert page.context["missing"] == [filled["alice"].career_type.required_documents.get(code="diploma")]


def test_servant_moved_to_another_ministry_moves_with_their_dossier(
    client, filled, hr_justice, hr_interior, migration_service
):
    alice = filled["alice"]
    alice.institution = migration_service
    alice.save()
    url = reverse("archive:dossier", args=[alice.public_id])
    client.force_login(hr_justice)
    assert client.get(url).status_code == 404
    client.force_login(hr_interior)
    assert client.get(url).status_code == 200


def test_downloads_are_private_and_the_right_bytes(client, filled, tmp_path):
    client.force_login(filled["alice"].user)
    response = client.get(alice_urls(filled)["original"])
    assert b"".join(response.streaming_content) == (tmp_path / "batch/files/alice-decree.pdf").read_bytes()
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Type"] == "application/pdf"


def test_who_opened_my_dossier_shows_hr_role_ministry_and_document(client, filled, hr_justice):
    client.force_login(hr_justice)
    client.get(alice_urls(filled)["document"])
    client.force_login(filled["alice"].user)
    client.get(alice_urls(filled)["dossier"])  # her own reading is not listed
    page = client.get(alice_urls(filled)["opened"])
    openings = page.context["openings"]
    assert len(openings) == 1
    with translation.override("rn"):  # a lazy label, shown on the Kirundi page
        assert str(openings[0]["role"]) == "Umukozi ashinzwe abakozi"  # "HR officer"
    assert openings[0]["ministry"] == str(hr_justice.archive_role.ministry)
    assert openings[0]["document"] == "Appointment of Alice"
    assert "hr-justice" not in page.content.decode()


def test_hr_search_finds_names_without_accents_with_typos_and_pdf_text(client, filled, hr_justice):
    client.force_login(hr_justice)

    def found(query):
        page = client.get(reverse("archive:servants"), {"q": query})
        return {s.matricule for s in page.context["page"].object_list}

    assert found("ndayishimiye") == {"JU-1001"}
    assert found("NDAYISHIMIYÉ alice") == {"JU-1001"}
    assert found("ndayishimie") == {"JU-1001"}  # a typo
    assert found("umucamanza") == {"JU-1001"}  # words of her decree
    assert found("JU-1002") == {"JU-1002"}
    assert found("Irakoze") == set()  # Carine is the interior ministry's


def alice_admin_urls(filled):
    alice = filled["alice"]
    decree = alice.documents.get(document_type__code="appointment")
    return {
        "servant": reverse("admin:archive_servant_change", args=[alice.public_id]),
        "servant history": reverse("admin:archive_servant_history", args=[alice.public_id]),
        "document": reverse("admin:archive_document_change", args=[decree.public_id]),
        "document history": reverse("admin:archive_document_history", args=[decree.public_id]),
    }


@pytest.mark.parametrize("name", ["servant", "servant history", "document", "document history"])
def test_admin_page_of_another_ministrys_servant_is_404(client, filled, hr_interior, name):
    client.force_login(hr_interior)
    assert_hidden(client.get(alice_admin_urls(filled)[name]))
    refusal = AuditEvent.objects.get(action=AuditEvent.Action.REFUSED, actor_name="hr-interior")
    for mark in ALICE_MARKS:
        assert mark not in str(refusal.details) + refusal.target_repr


@pytest.mark.parametrize("name", ["servant", "servant history", "document", "document history"])
def test_admin_page_of_own_ministrys_servant_is_shown_and_audited(
    client, filled, hr_justice, archivist, name
):
    for reader in (hr_justice, archivist):
        client.force_login(reader)
        response = client.get(alice_admin_urls(filled)[name])
        assert response.status_code == 200
        assert b"Alice" in response.content
        reading = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW, actor=reader).last()
        assert reading.details["servant"] == str(filled["alice"].public_id)
        assert reading.details["via"] == "admin"


@pytest.mark.parametrize("name", ["servant", "document"])
def test_servant_cannot_use_the_admin_for_any_dossier(client, filled, name):
    client.force_login(filled["alice"].user)  # not staff: sent to the staff login, even for her own
    response = client.get(alice_admin_urls(filled)[name])
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_admin_lists_only_the_dossiers_in_scope(client, filled, hr_interior):
    client.force_login(hr_interior)
    for model in ("servant", "document"):
        listing = client.get(reverse(f"admin:archive_{model}_changelist"))
        assert listing.status_code == 200
        for mark in ALICE_MARKS:
            assert mark.encode() not in listing.content
