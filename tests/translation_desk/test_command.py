from io import StringIO

from django.core.management import call_command

from procedures.models import Procedure


def test_translation_status_counts_missing_texts_per_language(criminal_record_extract):
    Procedure.objects.filter(pk=criminal_record_extract.pk).update(summary_en="")
    out = StringIO()
    call_command("translation_status", "--refresh", stdout=out)
    lines = {line.split()[0]: line.split()[1:] for line in out.getvalue().splitlines()[2:]}
    total, missing = int(lines["en"][0]), int(lines["en"][1])
    assert missing == 1 and int(lines["rn"][1]) == 0 and total == int(lines["rn"][0])
