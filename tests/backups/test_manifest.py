"""The manifest a backup records, and what check_restored (run by the drill inside the restored copy)
says when the copy differs from it."""

import io
import json

import pytest
from django.core.management import call_command
from django.utils import translation

from backups import manifest


def check(path):
    out = io.StringIO()
    with translation.override("en"):  # call_command() keeps its caller's language
        call_command("check_restored", str(path), stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_a_copy_equal_to_its_manifest_has_no_differences(tmp_path, criminal_record_extract, justice_form):
    (tmp_path / "manifest.json").write_text(json.dumps(manifest.take()), "utf-8")

    found = check(tmp_path / "manifest.json")

    assert found["problems"] == []
    assert found["checks"]["files named by rows"] is True


@pytest.mark.django_db
def test_a_changed_published_procedure_and_a_missing_row_are_named(
    tmp_path, criminal_record_extract, passport, justice_form
):
    (tmp_path / "manifest.json").write_text(json.dumps(manifest.take()), "utf-8")
    criminal_record_extract.__class__.objects.filter(pk=criminal_record_extract.pk).update(
        title_fr="Extrait de casier judiciaire (modifié)"
    )
    passport.fees.all().delete()

    problems = check(tmp_path / "manifest.json")["problems"]

    assert "rows of procedures.fee: 2 at backup, 1 restored" in problems
    assert any(problem.startswith("published catalogue: checksum") for problem in problems), problems
