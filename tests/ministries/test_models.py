from datetime import time

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from ministries.models import Institution, OpeningHours


def test_a_ministry_has_no_parent_and_an_agency_has_one(justice):
    with pytest.raises(IntegrityError), transaction.atomic():
        Institution.objects.create(
            slug="orphan", kind=Institution.Kind.AGENCY, name_fr="Orpheline", name_rn="Impfuvyi"
        )


def test_an_agency_cannot_report_to_another_agency(criminal_records):
    nested = Institution(
        slug="nested",
        parent=criminal_records,
        kind=Institution.Kind.DIRECTORATE,
        name_fr="Sous-service",
        name_rn="Igice",
    )
    with pytest.raises(ValidationError) as error:
        nested.full_clean()
    assert "parent" in error.value.message_dict


def test_institution_knows_its_ministry(justice, criminal_records):
    assert justice.ministry == justice
    assert criminal_records.ministry == justice


def test_opening_hours_must_open_before_closing(justice_office):
    with pytest.raises(IntegrityError), transaction.atomic():
        OpeningHours.objects.create(
            office=justice_office, weekday=0, period="morning", opens=time(12), closes=time(8)
        )


def test_one_opening_period_per_weekday_and_period(justice_office):
    OpeningHours.objects.create(
        office=justice_office, weekday=0, period="morning", opens=time(7, 30), closes=time(12)
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        OpeningHours.objects.create(
            office=justice_office, weekday=0, period="morning", opens=time(8), closes=time(11)
        )


def test_office_needs_both_coordinates_or_none(justice_office):
    justice_office.latitude = -3.38
    with pytest.raises(ValidationError):
        justice_office.full_clean()
