"""Journeys across ministries: their pages, the "Part of" box on procedure pages, review, USSD."""

import html

import pytest
from django.contrib.contenttypes.models import ContentType

from journeys.models import Journey, JourneyStep
from review.models import Proposal


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title", "step", "or_word"),
    [
        ("rn", "Gutangura ibikorwa vy'urudandaza", "Inyubakwa", "canke"),
        ("fr", "Créer une entreprise", "Les locaux", "ou"),
        ("en", "Starting a business", "Premises", "or"),
    ],
)
def test_a_journey_page_lists_its_steps_in_order_with_and_or_and_optional(
    demo_loaded, client, language, title, step, or_word
):
    page = html.unescape(client.get(f"/{language}/journeys/starting-a-business/").content.decode())
    assert f"<h1>{title}</h1>" in page
    assert page.index('id="step-1"') < page.index('id="step-2"') < page.index('id="step-3"')
    assert step in page and f"<strong>{or_word}</strong>" in page
    assert "/procedures/company-registration/" in page and "/procedures/building-permit/" in page


@pytest.mark.django_db
def test_the_journey_list_names_every_journey_as_sample(demo_loaded, client):
    page = client.get("/en/journeys/").content.decode()
    assert "Having a baby" in page and "Starting a business" in page and "sample content" in page


@pytest.mark.django_db
def test_a_journey_address_typed_by_hand_is_a_404(demo_loaded, client):
    assert client.get("/en/journeys/no-such-journey/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "part_of"),
    [("rn", "Igice ca:"), ("fr", "Fait partie de :"), ("en", "Part of:")],
)
def test_a_procedure_page_says_which_step_of_which_journey_it_is(demo_loaded, client, language, part_of):
    page = client.get(f"/{language}/procedures/tax-identification-number/").content.decode()
    assert part_of in page and f'href="/{language}/journeys/starting-a-business/"' in page
    assert "2 / 4" in page or "2 of 4" in page or "2 sur 4" in page or "2 muri 4" in page
    assert f'/{language}/journeys/starting-a-business/#step-1"' in page  # previous
    assert f'/{language}/journeys/starting-a-business/#step-3"' in page  # next


@pytest.mark.django_db
def test_journeys_are_in_the_sitemap(demo_loaded, client):
    assert "/journeys/having-a-baby/" in client.get("/sitemap.xml").content.decode()


@pytest.mark.django_db
def test_a_clerk_proposes_a_journey_and_nothing_is_public_before_approval(
    demo_loaded, client, django_user_model
):
    from django.contrib.auth.models import Group

    clerk = django_user_model.objects.create_user(
        "journey-clerk", password="x-long-password-1", is_staff=True
    )
    clerk.groups.add(Group.objects.get(name="Ministry clerks"))
    client.force_login(clerk)
    data = {
        "title_rn": "Kwubaka inzu",
        "title_fr": "Construire une maison",
        "title_en": "Building a house",
        "slug": "building-a-house",
        "summary_rn": "",
        "summary_fr": "",
        "summary_en": "",
        "steps-TOTAL_FORMS": "1",
        "steps-INITIAL_FORMS": "0",
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "1000",
        "steps-0-number": "1",
        "steps-0-title_rn": "Uruhusha",
        "steps-0-title_fr": "Le permis",
        "steps-0-title_en": "The permit",
        "steps-0-combination": "and",
        "links-TOTAL_FORMS": "1",
        "links-INITIAL_FORMS": "0",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
        "links-0-step_number": "1",
        "links-0-procedure": str(
            __import__("procedures.models", fromlist=["Procedure"])
            .Procedure.objects.get(slug="building-permit")
            .pk
        ),
    }
    response = client.post("/admin/journeys/journey/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert not Journey.objects.filter(slug="building-a-house").exists()
    proposal = Proposal.objects.get(content_type=ContentType.objects.get_for_model(Journey))
    assert proposal.status == Proposal.Status.SUBMITTED
    assert client.get("/en/journeys/building-a-house/").status_code == 404


@pytest.mark.django_db
def test_a_link_to_a_step_that_does_not_exist_is_refused(demo_loaded, client, django_user_model):
    admin = django_user_model.objects.create_superuser("journey-admin", password="x-long-password-1")
    client.force_login(admin)
    data = {
        "title_rn": "A",
        "title_fr": "B",
        "title_en": "C",
        "slug": "broken-journey",
        "steps-TOTAL_FORMS": "1",
        "steps-INITIAL_FORMS": "0",
        "steps-MIN_NUM_FORMS": "0",
        "steps-MAX_NUM_FORMS": "1000",
        "steps-0-number": "1",
        "steps-0-title_rn": "x",
        "steps-0-title_fr": "y",
        "steps-0-combination": "and",
        "links-TOTAL_FORMS": "1",
        "links-INITIAL_FORMS": "0",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
        "links-0-step_number": "7",
        "links-0-procedure": str(JourneyStep.objects.first().journey.links.first().procedure_id),
    }
    response = client.post("/admin/journeys/journey/add/", data)
    assert response.status_code == 200 and "Igice 7 nticari muri iyi nzira." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/en/journeys/", "/en/journeys/starting-a-business/"])
def test_journey_pages_read_the_database_three_times(demo_loaded, client, address, django_assert_num_queries):
    client.get(address)
    with django_assert_num_queries(3):  # journeys; their steps; their links with procedure and institution
        assert client.get(address).status_code == 200
