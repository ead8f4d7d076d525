"""Office notices: posted by a clerk, approved by a reviewer, shown on office and procedure pages until
their last day (issue 28 item 5)."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from ministries.models import Office, OfficeNotice
from review.models import Proposal


def post_notice(office, text_en, starts, ends):
    return OfficeNotice.objects.create(
        office=office, text_rn="Bifunze", text_fr="Fermé", text_en=text_en, starts_on=starts, ends_on=ends
    )


@pytest.mark.django_db
def test_a_current_notice_shows_on_the_office_page_and_the_procedure_frame(demo_loaded, client):
    office = Office.objects.get(slug="civil-status-mukaza")
    today = timezone.localdate()
    post_notice(office, "Closed on Friday for the census.", today, today + timedelta(days=3))
    post_notice(office, "An old notice.", today - timedelta(days=9), today - timedelta(days=1))
    post_notice(office, "A later notice.", today + timedelta(days=1), today + timedelta(days=2))
    page = client.get("/en/offices/civil-status-mukaza/").content.decode()
    assert "Closed on Friday for the census." in page
    assert "An old notice." not in page and "A later notice." not in page
    frame = client.get("/en/my-commune/offices/birth-certificate/").content.decode()
    assert "Closed on Friday for the census." in frame and "Mukaza commune civil status office" in frame


@pytest.mark.django_db
def test_a_notice_that_ends_before_it_starts_is_refused(demo_loaded):
    from django.core.exceptions import ValidationError

    today = timezone.localdate()
    notice = OfficeNotice(
        office=Office.objects.first(),
        text_rn="a",
        text_fr="b",
        starts_on=today,
        ends_on=today - timedelta(days=1),
    )
    with pytest.raises(ValidationError):
        notice.full_clean()


@pytest.mark.django_db
def test_a_clerks_notice_waits_for_review(demo_loaded, client, django_user_model):
    from ministries.models import StaffProfile

    office = Office.objects.get(slug="civil-status-mukaza")
    clerk = django_user_model.objects.create_user("notice-clerk", password="x-long-password-1", is_staff=True)
    clerk.groups.add(Group.objects.get(name="Ministry clerks"))
    StaffProfile.objects.create(user=clerk, ministry=office.institution.ministry)
    client.force_login(clerk)
    today = timezone.localdate()
    data = {
        "office": office.pk,
        "text_rn": "Bifunze",
        "text_fr": "Fermé",
        "text_en": "Closed today.",
        "starts_on": today.isoformat(),
        "ends_on": today.isoformat(),
    }
    response = client.post("/admin/ministries/officenotice/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not OfficeNotice.objects.exists()
    assert Proposal.objects.waiting().filter(content_type__model="officenotice").count() == 1
    assert "Closed today." not in client.get("/en/offices/civil-status-mukaza/").content.decode()
