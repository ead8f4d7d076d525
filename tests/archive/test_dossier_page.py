import gzip
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.urls import reverse

from archive.models import Document

CSS = Path(settings.BASE_DIR, "static/css/isoko.css")


def add_documents(servant, document_types, count):
    types = list(document_types.values())
    Document.objects.bulk_create(
        Document(
            servant=servant,
            document_type=types[i % len(types)],
            act_date=date(2000, 1, 1) + timedelta(days=40 * i),
            title=f"Iteka nomero {i} ryerekeye umukozi",
            reference=f"D-{i:04d}/2026",
            pages=2,
            content_sha256=f"{i:064x}",
        )
        for i in range(count)
    )


def test_dossier_page_queries_do_not_grow_with_documents(
    client, alice, document_types, django_assert_max_num_queries
):
    client.force_login(alice.user)
    # session, user, archive role, servant with assignment, documents with types, the checklist,
    # and the audit event (lock the chain head, insert, move the head): 9.
    add_documents(alice, document_types, 3)
    client.get(reverse("archive:my_dossier"))  # a session is saved again every few minutes, not per page
    with django_assert_max_num_queries(10):
        assert client.get(reverse("archive:my_dossier")).status_code == 200
    add_documents_more = 60
    Document.objects.filter(servant=alice).delete()
    add_documents(alice, document_types, add_documents_more)
    with django_assert_max_num_queries(10):
        page = client.get(reverse("archive:my_dossier"))
    assert page.content.decode().count("/2026") == add_documents_more


def test_dossier_page_weight_with_sixty_documents(client, alice, document_types):
    add_documents(alice, document_types, 60)
    client.force_login(alice.user)
    html = client.get(reverse("archive:my_dossier")).content
    weight = len(gzip.compress(html)) + len(gzip.compress(CSS.read_bytes()))
    # The citizen pages' budget: 14 KB of HTML and CSS, gzipped.
    assert weight <= 14 * 1024, weight
