import pytest
from django.urls import reverse

from procedures.models import Procedure

ACTIONS = ["change", "delete", "history"]


@pytest.fixture
def justice_objects(justice, criminal_records, justice_office, justice_form, criminal_record_extract):
    return {
        "ministries_institution": [justice, criminal_records],
        "ministries_office": [justice_office],
        "forms_library_form": [justice_form],
        "procedures_procedure": [criminal_record_extract],
    }


def admin_urls(objects):
    for prefix, rows in objects.items():
        for obj in rows:
            for action in ACTIONS:
                yield reverse(f"admin:{prefix}_{action}", args=[obj.pk])


def test_interior_clerk_gets_404_on_every_justice_object_url(client, interior_clerk, justice_objects):
    client.force_login(interior_clerk)
    for url in admin_urls(justice_objects):
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"post": "yes"}).status_code == 404, url
    assert Procedure.objects.filter(slug="criminal-record-extract").exists()


def test_justice_clerk_can_open_own_ministry_objects(client, justice_clerk, justice_objects):
    client.force_login(justice_clerk)
    for prefix, rows in justice_objects.items():
        for obj in rows:
            response = client.get(reverse(f"admin:{prefix}_change", args=[obj.pk]), follow=True)
            assert response.status_code == 200
            assert response.context["has_change_permission"], prefix


def test_clerk_lists_show_only_own_ministry(
    client, interior_clerk, justice_objects, passport, interior_office
):
    client.force_login(interior_clerk)
    procedures = client.get(reverse("admin:procedures_procedure_changelist"))
    assert procedures.status_code == 200
    assert "passport fr" in procedures.text or "passport rn" in procedures.text
    assert "criminal-record-extract" not in procedures.text
    offices = client.get(reverse("admin:ministries_office_changelist"))
    assert "cgm-gitega" in offices.text or "CGM" in offices.text
    assert "Casier judiciaire de Bujumbura" not in offices.text
    assert "Ibiro vy" not in offices.text


def test_clerk_choices_are_limited_to_own_ministry(
    client, interior_clerk, justice_objects, interior_office, interior_form
):
    client.force_login(interior_clerk)
    page = client.get(reverse("admin:procedures_procedure_add"))
    form = page.context["adminform"].form
    assert set(form.fields["offices"].queryset) == {interior_office}
    assert justice_objects["ministries_institution"][1] not in form.fields["institution"].queryset
    document_forms = page.context["inline_admin_formsets"][1].formset.forms[0].fields["form"].queryset
    assert set(document_forms) == {interior_form}


def procedure_post_data(institution, office, slug="new-procedure"):
    data = {
        "slug": slug,
        "institution": institution.pk,
        "offices": [office.pk],
        "title_rn": "Inzira nshasha",
        "title_fr": "Nouvelle démarche",
        "title_en": "New procedure",
        "summary_rn": "Incamake",
        "summary_fr": "Résumé",
        "summary_en": "Summary",
        "eligibility_rn": "Bose",
        "eligibility_fr": "Tous",
        "eligibility_en": "Everyone",
        "last_reviewed_on": "2026-11-01",
        "edit_version": "1",
    }
    for prefix in ["steps", "documents", "fees", "rejection_reasons", "legal_bases", "search_terms"]:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    return data


def test_clerk_cannot_attach_procedure_to_other_ministrys_office(
    client, interior_clerk, migration_service, justice_office
):
    client.force_login(interior_clerk)
    response = client.post(
        reverse("admin:procedures_procedure_add"), procedure_post_data(migration_service, justice_office)
    )
    assert response.status_code == 200
    assert "offices" in response.context["adminform"].form.errors
    assert not Procedure.objects.filter(slug="new-procedure").exists()


def test_clerk_creates_procedure_as_draft_with_inline_rows(
    client, interior_clerk, migration_service, interior_office
):
    client.force_login(interior_clerk)
    data = procedure_post_data(migration_service, interior_office)
    data.update(
        {
            "fees-TOTAL_FORMS": "1",
            "fees-0-position": "1",
            "fees-0-amount_bif": "5000",
            "fees-0-label_rn": "Amahera",
            "fees-0-label_fr": "Frais",
            "fees-0-label_en": "Fee",
            "status": "published",
        }
    )
    response = client.post(reverse("admin:procedures_procedure_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    procedure = Procedure.objects.get(slug="new-procedure")
    assert procedure.status == Procedure.Status.DRAFT  # a clerk cannot publish by hand
    assert procedure.total_fee_bif == 5000


def test_negative_fee_in_admin_is_a_translated_form_error(
    client, interior_clerk, migration_service, interior_office
):
    client.force_login(interior_clerk)
    client.cookies["django_language"] = "fr"
    data = procedure_post_data(migration_service, interior_office)
    data.update(
        {
            "fees-TOTAL_FORMS": "1",
            "fees-0-position": "1",
            "fees-0-amount_bif": "-5",
            "fees-0-label_rn": "Amahera",
            "fees-0-label_fr": "Frais",
            "fees-0-label_en": "Fee",
        }
    )
    response = client.post(reverse("admin:procedures_procedure_add"), data)
    assert response.status_code == 200
    assert "supérieure ou égale à 0" in response.text
    assert not Procedure.objects.filter(slug="new-procedure").exists()


def test_superuser_and_reviewer_see_every_ministry(client, superuser, reviewer, justice_objects, passport):
    for user in (superuser, reviewer):
        client.force_login(user)
        page = client.get(reverse("admin:procedures_procedure_changelist"))
        assert page.context["cl"].result_count == 2


def test_reviewer_cannot_change_procedures(client, reviewer, criminal_record_extract):
    client.force_login(reviewer)
    url = reverse("admin:procedures_procedure_change", args=[criminal_record_extract.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert not page.context["has_change_permission"]


def test_staff_without_ministry_sees_nothing(client, django_user_model, criminal_record_extract):
    user = django_user_model.objects.create_user("stranger", password="a-long-test-password", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:procedures_procedure_changelist")).status_code == 403


def test_admin_follows_the_users_language_choice(client, justice_clerk):
    client.force_login(justice_clerk)
    response = client.post(reverse("set_language"), {"language": "fr", "next": reverse("admin:index")})
    assert response.status_code == 302
    page = client.get(reverse("admin:index"))
    assert "Démarches" in page.text and "Déconnexion" in page.text
