"""The bulk open data files: complete, checksummed, licensed, served at stable addresses, published only."""

import csv
import hashlib
import io
import json

import pytest
from django.core.management import call_command

from procedures.models import Procedure
from tests.conftest import make_procedure

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_data_root(settings, tmp_path):
    settings.OPEN_DATA_ROOT = tmp_path / "open-data"
    return settings.OPEN_DATA_ROOT


@pytest.fixture
def unpublished(criminal_records, justice_office, passport):
    draft = make_procedure("secret-draft", criminal_records, justice_office)
    withdrawn = make_procedure("withdrawn-one", criminal_records, justice_office)
    copy = make_procedure("passport-copy", passport.institution, passport.offices.get())
    Procedure.objects.filter(pk=draft.pk).update(status=Procedure.Status.DRAFT)
    Procedure.objects.filter(pk=withdrawn.pk).update(status=Procedure.Status.WITHDRAWN)
    Procedure.objects.filter(pk=copy.pk).update(status=Procedure.Status.SUBMITTED, draft_of=passport)
    Procedure.objects.filter(pk=passport.pk).update(review_comment="Internal: check the fee with the CGM")


def dump(open_data_root):
    call_command("dump_open_data", stdout=io.StringIO())
    return json.loads((open_data_root / "manifest.json").read_text())


def test_dump_holds_only_published_procedures_and_no_editorial_notes(open_data_root, unpublished):
    manifest = dump(open_data_root)

    assert manifest["procedures"] == 1
    assert manifest["licence"]["name"] == "CC BY 4.0"
    for entry in manifest["files"]:
        content = (open_data_root / entry["name"]).read_bytes()
        assert b"secret-draft" not in content and b"withdrawn-one" not in content, entry["name"]
        assert b"passport-copy" not in content and b"Internal: check" not in content, entry["name"]
    procedures = list(csv.DictReader(io.StringIO((open_data_root / "procedures_procedure.csv").read_text())))
    assert [row["slug"] for row in procedures] == ["passport"]
    assert "review_comment" not in procedures[0]
    steps = list(csv.DictReader(io.StringIO((open_data_root / "procedures_step.csv").read_text())))
    assert {row["procedure"] for row in steps} == {procedures[0]["id"]}


def test_each_file_has_its_checksum_in_the_manifest_and_in_sha256sums(open_data_root, passport):
    manifest = dump(open_data_root)
    names = {entry["name"] for entry in manifest["files"]}
    assert {"catalogue.json", "procedures.jsonld", "procedures_procedure.csv", "SHA256SUMS"} <= names
    sums = (open_data_root / "SHA256SUMS").read_text()
    for entry in manifest["files"]:
        digest = hashlib.sha256((open_data_root / entry["name"]).read_bytes()).hexdigest()
        assert digest == entry["sha256"]
        if entry["name"] != "SHA256SUMS":
            assert f"{digest}  {entry['name']}\n" in sums


def test_json_ld_describes_each_procedure_as_a_public_service(open_data_root, passport):
    dump(open_data_root)
    graph = json.loads((open_data_root / "procedures.jsonld").read_text())
    (service,) = graph["@graph"]
    assert service["@type"] == ["cpsv:PublicService", "schema:GovernmentService"]
    assert {"@value": "passport fr", "@language": "fr"} in service["dct:title"]
    assert service["cv:hasCost"][0]["cv:value"]["@value"] == "235000"
    assert service["cv:processingTime"]["@value"] == "P15D"
    assert graph["@context"]["cv"] == "http://data.europa.eu/m8g/"


def test_files_are_served_at_stable_addresses(client, open_data_root, passport):
    manifest = dump(open_data_root)
    index = client.get("/open-data/")
    assert json.loads(b"".join(index.streaming_content)) == manifest
    response = client.get("/open-data/procedures_procedure.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    entry = next(e for e in manifest["files"] if e["name"] == "procedures_procedure.csv")
    assert response["ETag"] == f'"{entry["sha256"]}"'
    assert response["Access-Control-Allow-Origin"] == "*"
    again = client.get("/open-data/procedures_procedure.csv", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"


def test_a_name_not_in_the_manifest_is_a_404(client, open_data_root, passport):
    dump(open_data_root)
    (open_data_root / "private.txt").write_text("not listed")
    for name in ("private.txt", "..%2Fsettings.py", ".catalogue.json.tmp"):
        assert client.get(f"/open-data/{name}").status_code == 404


def test_before_any_dump_the_index_is_a_404(client, open_data_root):
    assert client.get("/open-data/").status_code == 404
