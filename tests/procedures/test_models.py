import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from procedures.models import Fee, Procedure, RequiredDocument, Step


def test_totals_are_computed_from_fees_and_steps(passport):
    passport = Procedure.objects.for_page().get(pk=passport.pk)
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


def test_for_page_lists_each_procedures_offices_in_order_in_a_fixed_number_of_queries(
    passport, criminal_record_extract, migration_service, geography, django_assert_num_queries
):
    from ministries.models import OpeningHours
    from tests.conftest import make_office, tr

    shared = make_office("shared", migration_service, geography["gitega"], tr("Ibiro", "Antenne", "Branch"))
    OpeningHours.objects.create(office=shared, weekday=1, period="morning", opens="08:00", closes="12:00")
    early = make_office("early", migration_service, geography["gitega"], tr("Abo", "Accueil", "Annex"))
    passport.offices.add(shared, early)
    criminal_record_extract.offices.add(shared)

    # The procedures with institution, ministry and replacement; steps; documents with forms; fees;
    # reasons; legal bases; change notes; offices with commune; hours (and the forms' current files
    # when a document links a form: none here).
    with django_assert_num_queries(9), translation.override("en"):
        procedures = Procedure.objects.for_page().filter(pk__in=[passport.pk, criminal_record_extract.pk])
        by_slug = {procedure.slug: procedure for procedure in procedures}
        names = {slug: [office.name for office in p.offices.all()] for slug, p in by_slug.items()}
        shown = by_slug["passport"].offices.all()
        communes = {office.commune.name for office in shown}
        hours = [hour.opens.strftime("%H:%M") for office in shown for hour in office.hours.all()]
        ministry = by_slug["passport"].institution.parent.name
        steps = [step.title for step in by_slug["passport"].steps.all()]

    assert names["passport"] == sorted(names["passport"], key=str.casefold)  # in the page's language
    assert {"Annex", "Branch"} <= set(names["passport"])
    assert len(names["passport"]) == passport.offices.count() == 3
    assert "Branch" in names["criminal-record-extract"]
    assert "Annex" not in names["criminal-record-extract"]
    assert "Gitega" in communes
    assert "08:00" in hours
    assert ministry == "Ministry of the Interior"
    assert steps == ["Step 1", "Step 2", "Step 3"]
