import django_filters
from django import forms
from django.db.models import Q, Sum
from django.utils.translation import gettext_lazy as _

from ministries.filters import CanonicalFilterSet, ChoiceFilter, MinistryFilter
from ministries.models import Province
from procedures.models import Procedure, Theme


class ProcedureFilter(CanonicalFilterSet):
    """Narrow a list of procedures; every filter is a plain GET parameter, so links can carry them."""

    ministry = MinistryFilter()
    theme = ChoiceFilter(
        label=_("Life event"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        field_name="themes",
        empty_label=_("All life events"),
    )
    province = ChoiceFilter(
        label=_("Province where you can apply"),
        queryset=Province.objects.all(),
        to_field_name="slug",
        method="filter_province",
        empty_label=_("All provinces"),
    )
    # A checkbox: ticked or not. A yes/no/unknown select offered a choice no one needs, and
    # django-filter's "Unknown" had no Kirundi.
    free = django_filters.BooleanFilter(
        label=_("Free of charge only"), method="filter_free", widget=forms.CheckboxInput
    )

    class Meta:
        model = Procedure
        fields = []

    def filter_province(self, queryset, name, province):
        offices_there = Q(offices__commune__province=province) | Q(offices__serves_provinces=province)
        return queryset.filter(pk__in=Procedure.objects.filter(offices_there).values("pk"))

    def filter_free(self, queryset, name, free):
        if not free:
            return queryset
        paying = Procedure.objects.annotate(total=Sum("fees__amount_bif")).filter(total__gt=0).values("pk")
        return queryset.exclude(pk__in=paying)


FILTER_PARAMETERS = tuple(ProcedureFilter.base_filters)
