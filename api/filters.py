"""The API's filters: those of the procedure list page, plus `updated_since`. A value that cannot be
understood is a 400 naming the parameter, never silently ignored."""

import datetime

import django_filters
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from ministries.filters import CommuneFilter, MinistryFilter
from ministries.models import Province
from procedures.filters import ProcedureFilter

YES_NO = [("true", "true"), ("false", "false")]


@extend_schema_field(OpenApiTypes.STR)
class MinistryId(MinistryFilter):
    """A ministry's id (slug): its rows and those of its agencies."""


@extend_schema_field(OpenApiTypes.STR)
class ProvinceId(django_filters.ModelChoiceFilter):
    """A province's id (slug)."""


class ProcedureApiFilter(ProcedureFilter):
    ministry = MinistryId()
    province = ProvinceId(
        label=_("Province where you can apply"),
        queryset=Province.objects.all(),
        to_field_name="slug",
        method="filter_province",
    )
    free = django_filters.ChoiceFilter(
        label=_("Free of charge only"), choices=YES_NO, method="filter_free_choice"
    )
    updated_since = django_filters.IsoDateTimeFilter(
        label=_("Changed on or after (ISO 8601 date and time)"), method="filter_updated_since"
    )

    def filter_free_choice(self, queryset, name, value):
        free = self.filter_free(queryset, name, True)
        return free if value == "true" else queryset.exclude(pk__in=free.values("pk"))

    def filter_updated_since(self, queryset, name, value):
        # In UTC: PostgreSQL refuses offsets beyond ±15:59 that ISO 8601 (and Python) accept, e.g. +18:44.
        try:
            value = value.astimezone(datetime.UTC)
        except OverflowError:  # before year 1 once in UTC: everything changed since
            return queryset
        return queryset.alias(last_changed=Coalesce(F("published_at"), F("updated_at"))).filter(
            last_changed__gte=value
        )


class ByMinistryFilter(django_filters.FilterSet):
    """Institutions, offices and forms of one ministry (and its agencies)."""

    ministry = MinistryId()


class OfficeApiFilter(ByMinistryFilter):
    """Offices, also by the commune they serve (`?commune=mukaza`; citizen's hook, ministries/filters.py)."""

    commune = CommuneFilter()
