import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from procedures.models import Fee, Procedure, RequiredDocument, Step


def test_totals_are_computed_from_fees_and_steps(passport):
    passport = Procedure.objects.with_details().get(pk=passport.pk)
    assert passport.total_fee_bif == 235_000
    assert passport.total_days == 15
    assert passport.total_duration.days == 15
    assert not passport.is_free


def test_procedure_without_fees_or_with_zero_fee_is_free(passport):
    Fee.objects.filter(procedure=passport).update(amount_bif=0)
    assert Procedure.objects.get(pk=passport.pk).is_free


def test_totals_follow_a_changed_fee(passport):
    Fee.objects.create(
        procedure=passport, position=2, amount_bif=15_000, label_fr="Timbre", label_rn="Itembure"
    )
    assert Procedure.objects.get(pk=passport.pk).total_fee_bif == 250_000


def test_database_refuses_a_negative_fee(passport):
    with pytest.raises(IntegrityError), transaction.atomic():
        Fee.objects.filter(procedure=passport).update(amount_bif=-1)


def test_database_refuses_two_steps_at_the_same_position(passport):
    with pytest.raises(IntegrityError), transaction.atomic():
        Step.objects.create(procedure=passport, position=1, title_fr="Doublon", title_rn="Kabiri")


def test_step_position_clash_is_a_validation_error_before_the_database(passport):
    step = Step(procedure=passport, position=1, title_fr="Doublon", title_rn="Kabiri")
    with translation.override("en"), pytest.raises(ValidationError) as error:
        step.full_clean()
    assert "same position" in str(error.value)


def test_database_refuses_a_document_with_no_original_and_no_copy(passport):
    with pytest.raises(IntegrityError), transaction.atomic():
        RequiredDocument.objects.create(procedure=passport, position=2, originals=0, copies=0, name_fr="Rien")


def test_slugs_are_unique(passport, migration_service):
    with pytest.raises(IntegrityError), transaction.atomic():
        Procedure.objects.create(
            slug="passport", institution=migration_service, title_fr="Autre", title_rn="Ikindi"
        )


def test_procedure_cannot_replace_itself(passport):
    passport.replaced_by = passport
    with pytest.raises(ValidationError):
        passport.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Procedure.objects.filter(pk=passport.pk).update(replaced_by=passport.pk)


def test_only_published_procedures_are_public(passport, criminal_record_extract):
    criminal_record_extract.status = Procedure.Status.DRAFT
    criminal_record_extract.save(update_fields=["status"])
    assert list(Procedure.objects.published()) == [passport]


def test_scoping_by_ministry_includes_agencies(passport, criminal_record_extract, interior, justice):
    assert list(Procedure.objects.for_ministry(interior)) == [passport]
    assert list(Procedure.objects.for_ministry(justice)) == [criminal_record_extract]


def test_with_details_lists_each_procedures_offices_in_order_without_another_query(
    passport, criminal_record_extract, migration_service, geography, django_assert_num_queries
):
    from ministries.models import OpeningHours
    from tests.conftest import make_office, tr

    shared = make_office("shared", migration_service, geography["gitega"], tr("Ibiro", "Antenne", "Branch"))
    OpeningHours.objects.create(office=shared, weekday=1, period="morning", opens="08:00", closes="12:00")
    early = make_office("early", migration_service, geography["gitega"], tr("Abo", "Accueil", "Annex"))
    passport.offices.add(shared, early)
    criminal_record_extract.offices.add(shared)
    list(Procedure.objects.with_details())  # SQLite checks once per connection that it has JSON

    with django_assert_num_queries(2), translation.override("en"):  # the procedures, then all their rows
        procedures = Procedure.objects.with_details().filter(pk__in=[passport.pk, criminal_record_extract.pk])
        by_slug = {procedure.slug: procedure for procedure in procedures}
        names = {slug: [office.name for office in p.offices.all()] for slug, p in by_slug.items()}
        shown = by_slug["passport"].offices.all()
        communes = {office.commune.name for office in shown}
        hours = [hour.opens.strftime("%H:%M") for office in shown for hour in office.hours.all()]

    assert names["passport"] == sorted(names["passport"], key=str.casefold)  # in the page's language
    assert {"Annex", "Branch"} <= set(names["passport"])
    assert len(names["passport"]) == passport.offices.count() == 3
    assert "Branch" in names["criminal-record-extract"]
    assert "Annex" not in names["criminal-record-extract"]
    assert "Gitega" in communes
    assert "08:00" in hours


def test_a_public_page_is_read_in_one_statement_and_a_draft_has_none(passport, django_assert_num_queries):
    from procedures.details import public_page_from, public_page_rows

    def load_public_page(model, slug):
        return public_page_from(model, public_page_rows(model, slug))

    load_public_page(Procedure, "passport")  # SQLite checks once per connection that it has JSON
    with django_assert_num_queries(1), translation.override("en"):
        procedure = load_public_page(Procedure, "passport")
        shown = (
            procedure.institution.name,
            procedure.institution.parent.name,
            [step.title for step in procedure.steps.all()],
            [office.commune.name for office in procedure.offices.all()],
            procedure.total_fee_bif,
        )
    assert shown[1] == "Ministry of the Interior"
    assert shown[2] == ["Step 1", "Step 2", "Step 3"]
    assert shown[4] == 235_000

    passport.status = Procedure.Status.DRAFT
    passport.save()
    assert load_public_page(Procedure, "passport") is None
    assert load_public_page(Procedure, "no-such-procedure") is None
