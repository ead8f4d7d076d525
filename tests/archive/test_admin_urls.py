"""No archive URL, the admin's included, carries a sequential id: every page that links to a servant, a
document or a batch links by its random public_id, and the integer id opens nothing."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from archive.models import Servant
from tests.archive.test_access import assert_hidden

LINK = re.compile(r'(?:href|action|src)="([^"]*)"')
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def archive_links(html):
    """The paths of the links and forms of a page that lead into the archive (its pages or admin)."""
    paths = (link.split("?")[0] for link in LINK.findall(html))
    return {path for path in paths if "/archive/" in path}


# Shared reference lists, the same for every reader and about no servant, keep Django's ids.
REFERENCE_LISTS = ("/documenttype/", "/careertype/", "/archiverole/")


def assert_no_sequential_id(paths):
    for path in paths:
        if any(part in path for part in REFERENCE_LISTS):
            continue
        assert not any(part.isdigit() for part in path.split("/")), path


def visit(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return archive_links(response.content.decode())


def test_archivist_walks_the_archive_admin_and_meets_only_random_ids(client, filled, archivist):
    client.force_login(archivist)
    seen = set()
    for model in ("servant", "document", "ingestbatch", "fixityevent"):
        seen |= visit(client, reverse(f"admin:archive_{model}_changelist"))
    change_pages = {path for path in seen if path.endswith("/change/")}
    # Every servant, document and batch in the lists, each linked by its public_id.
    assert len(change_pages) == Servant.objects.count() + 4 + 1
    for path in change_pages:
        assert UUID.search(path), path
        seen |= visit(client, path)  # the record's page: its History link, the document's servant link…
    history = {path for path in seen if path.endswith("/history/")}
    assert history
    for path in history:
        seen |= visit(client, path)
    seen |= visit(client, reverse("archive:servants"))
    seen |= visit(client, filled["alice"].page_url())
    assert_no_sequential_id(seen)


def test_a_change_in_the_admin_is_in_its_history_and_recent_actions_by_public_id(client, filled, hr_justice):
    alice = filled["alice"]
    client.force_login(hr_justice)
    url = reverse("admin:archive_servant_change", args=[alice.public_id])
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data["surname"] = "Ndayishimiye-Kaze"
    assert client.post(url, data).status_code == 302
    history = client.get(reverse("admin:archive_servant_history", args=[alice.public_id]))
    assert "surname" in history.content.decode().lower() or "Surname" in history.content.decode()
    index = client.get(reverse("admin:index")).content.decode()
    assert url in index  # "Recent actions" links to the change page by the public_id
    assert_no_sequential_id(archive_links(index))


@pytest.mark.parametrize("model", ["servant", "document", "ingestbatch"])
def test_the_integer_id_opens_no_admin_page(client, filled, archivist, model):
    record = {"servant": filled["alice"], "ingestbatch": filled["batch"]}.get(model)
    record = record or filled["alice"].documents.first()
    client.force_login(archivist)
    assert_hidden(client.get(reverse(f"admin:archive_{model}_change", args=[record.pk])))


def test_view_on_site_does_not_turn_an_integer_into_a_dossier(client, filled, archivist):
    client.force_login(archivist)
    for record in (filled["alice"], filled["alice"].documents.first()):
        kind = ContentType.objects.get_for_model(record)
        response = client.get(reverse("admin:view_on_site", args=[kind.pk, record.pk]))
        assert response.status_code == 404
        assert str(record.public_id) not in response.content.decode()
