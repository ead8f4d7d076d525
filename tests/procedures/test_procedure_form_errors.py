"""A clerk's procedure form that fails: the errors say which field, in which language and which row,
linking to it; and the failed save leaves nothing behind (no working copy of the published procedure)."""

from django.urls import reverse

from procedures.models import Procedure
from tests.procedures.test_workflow import admin_form_data, people  # noqa: F401


def test_a_failed_save_on_a_published_procedure_creates_no_working_copy(
    client,
    criminal_record_extract,
    people,  # noqa: F811
):
    client.force_login(people["clerk"])
    url = reverse("admin:procedures_procedure_change", args=[criminal_record_extract.pk])
    data = admin_form_data(client.get(url))
    data["steps-1-title_fr"] = ""  # a step needs its French title
    response = client.post(url, data)
    assert response.status_code == 200
    assert not Procedure.objects.filter(draft_of=criminal_record_extract).exists()
    html = response.content.decode()
    assert "Ivyo wahinduye ntivyabitswe. Kosora ibi bibanza:" in html
    # The clerk reads the admin in Kirundi: "Step 2 · Title (French): this field is required."
    assert (
        '<a href="#id_steps-1-title_fr">Intambwe 2 · Ico gukora (Igifaransa)</a>: Iki kibanza kirakenewe.'
        in html
    )

    data["steps-1-title_fr"] = "Étape 2"  # corrected, the same form saves onto a new working copy
    assert client.post(url, data).status_code == 302
    copy = Procedure.objects.get(draft_of=criminal_record_extract)
    assert copy.steps.get(position=2).title_fr == "Étape 2"


def test_a_main_field_error_names_its_language(client, criminal_record_extract, people):  # noqa: F811
    client.force_login(people["clerk"])
    url = reverse("admin:procedures_procedure_change", args=[criminal_record_extract.pk])
    data = admin_form_data(client.get(url))
    data["title_fr"] = ""
    html = client.post(url, data).content.decode()
    assert '<a href="#id_title_fr">' in html and "(Igifaransa)</a>" in html
