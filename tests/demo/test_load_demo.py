from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation
from modeltranslation.translator import translator

from forms_library.models import Form, FormFile
from ministries.models import Institution, Office
from procedures.models import Procedure

REQUIRED_SLUGS = {
    "passport",
    "national-identity-card",
    "birth-certificate",
    "criminal-record-extract",
    "nationality-certificate",
    "civil-marriage",
    "driving-licence",
    "company-registration",
    "tax-identification-number",
    "land-certificate",
    "building-permit",
    "work-permit-foreign-worker",
}
# Fields that are optional by nature: empty in every language when not applicable.
OPTIONAL_FIELDS = {"condition"}


@pytest.mark.django_db
def test_demo_has_required_slugs_and_volume(demo_loaded):
    assert set(Procedure.objects.values_list("slug", flat=True)) >= REQUIRED_SLUGS
    assert Procedure.objects.published().count() >= 30
    ministries = Institution.objects.ministries()
    assert ministries.count() >= 6
    for ministry in ministries:
        assert Office.objects.for_ministry(ministry).exists(), ministry.slug
        assert Form.objects.for_ministry(ministry).exists(), ministry.slug


@pytest.mark.django_db
def test_every_procedure_has_all_its_parts(demo_loaded):
    for procedure in Procedure.objects.for_page():
        assert procedure.steps.all(), procedure.slug
        assert procedure.documents.all(), procedure.slug
        assert procedure.fees.all(), procedure.slug
        assert procedure.rejection_reasons.all(), procedure.slug
        assert procedure.legal_bases.all(), procedure.slug
        assert procedure.offices.all(), procedure.slug
        assert procedure.is_sample


@pytest.mark.django_db
def test_every_translated_field_is_filled_in_every_language(demo_loaded):
    for model in translator.get_registered_models():
        fields = translator.get_options_for_model(model).fields
        for obj in model.objects.all():
            for field in fields:
                values = {code: getattr(obj, f"{field}_{code}") for code in ("rn", "fr", "en")}
                if field in OPTIONAL_FIELDS and not any(values.values()):
                    continue
                assert all(values.values()), (model.__name__, obj.pk, field, values)
                assert values["rn"] != values["fr"], (model.__name__, obj.pk, field)


@pytest.mark.django_db
def test_every_form_has_a_real_pdf_per_language(demo_loaded):
    for form in Form.objects.all():
        files = FormFile.objects.filter(form=form, is_current=True)
        assert {f.language for f in files} == {"rn", "fr", "en"}
        for form_file in files:
            with form_file.file.open("rb") as handle:
                assert handle.read(5) == b"%PDF-"
            assert form_file.size_bytes < 8 * 1024


@pytest.mark.django_db
def test_running_load_demo_twice_changes_nothing(demo_loaded):
    counts = {model: model.objects.count() for model in (Procedure, Office, Form, FormFile, get_user_model())}
    output = StringIO()
    with translation.override("en"):
        call_command("load_demo", "--password", "demo-password-for-tests", stdout=output)
    assert "nothing changed" in output.getvalue(), output.getvalue()[-300:]
    assert counts == {model: model.objects.count() for model in counts}


@pytest.mark.django_db
def test_demo_accounts_have_their_roles(demo_loaded, client):
    users = {u.username: u for u in get_user_model().objects.all()}
    assert users["admin"].is_superuser
    assert users["clerk-justice"].staff_profile.ministry.slug == "justice"
    assert users["clerk-interior"].staff_profile.ministry.slug == "interior"
    assert users["reviewer"].staff_profile.role == "reviewer"
    response = client.post(
        "/admin/login/", {"username": "clerk-justice", "password": "demo-password-for-tests"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
