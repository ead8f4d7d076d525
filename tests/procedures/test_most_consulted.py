"""The home page's "most consulted" list: most viewed first, and between procedures viewed as often an
order that does not depend on the English address (a Kirundi reader would see English alphabetical
order, meaningless to them)."""

import re
from datetime import timedelta

from django.utils import timezone

from procedures.models import Procedure
from tests.conftest import make_procedure


def listed(client, language):
    page = client.get(f"/{language}/").text
    popular = page[page.index('id="popular-heading"') :]
    return re.findall(r"/procedures/([a-z-]+)/", popular[: popular.index("</section>")])


def test_equally_viewed_procedures_keep_their_order_whatever_their_addresses(
    client, criminal_records, justice_office
):
    now = timezone.now()
    older = make_procedure("apple", criminal_records, justice_office)
    newer = make_procedure("zebra", criminal_records, justice_office)
    Procedure.objects.filter(pk=older.pk).update(published_at=now - timedelta(days=30))
    Procedure.objects.filter(pk=newer.pk).update(published_at=now)
    before = listed(client, "rn")
    assert before[:2] == ["zebra", "apple"]  # recently updated first, not alphabetical
    # The addresses swap their alphabetical order: the list does not move.
    Procedure.objects.filter(pk=older.pk).update(slug="zz-apple")
    Procedure.objects.filter(pk=newer.pk).update(slug="aa-zebra")
    assert listed(client, "rn")[:2] == ["aa-zebra", "zz-apple"]
    assert listed(client, "en")[:2] == ["aa-zebra", "zz-apple"]


def test_the_most_viewed_comes_first(client, criminal_records, justice_office):
    make_procedure("apple", criminal_records, justice_office)
    viewed = make_procedure("zebra", criminal_records, justice_office)
    Procedure.objects.filter(pk=viewed.pk).update(view_count=5)
    assert listed(client, "fr")[:2] == ["zebra", "apple"]
