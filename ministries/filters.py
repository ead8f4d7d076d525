import copy

import django_filters
from django.utils.translation import gettext_lazy as _

from ministries.models import Commune, Institution


class ChoicesCopiedOnce:
    """A filter set copies its filters for every request (django-filter deep-copies them), and a deep
    copy of a choice filter copies its queryset's whole query: a tenth of a new search's page. The
    querysets are only read, so each request's filter gets a shallow copy of its own."""

    def __deepcopy__(self, memo):
        clone = copy.copy(self)
        clone.extra = dict(self.extra)
        if clone.method is not None:
            clone.method = clone.method  # a filter method bound to the clone (and its filter set)
        return clone


class ChoiceFilter(ChoicesCopiedOnce, django_filters.ModelChoiceFilter):
    pass


class MinistryFilter(ChoiceFilter):
    """Rows of a ministry and its agencies, chosen by the ministry's slug; for any queryset with
    `for_ministry` (procedures, forms, offices)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Ministry"))
        kwargs.setdefault("empty_label", _("All ministries"))
        super().__init__(queryset=Institution.objects.ministries(), to_field_name="slug", **kwargs)

    def filter(self, queryset, value):
        return queryset.for_ministry(value) if value else queryset


class CanonicalFilterSet(django_filters.FilterSet):
    """A filter set that can tell a choice written as its own form writes it from any other spelling
    of the same choice, so that the page cache keeps one page per real choice."""

    def chooses_nothing(self):
        """No filter is even named in the request (most searches): nothing to validate, and no form
        to build for it (building one copies every filter's choices)."""
        return not self.is_bound or not any(name in self.data for name in self.filters)

    def is_active(self):
        """Whether any filter narrows the list (the filter panel is then shown open)."""
        if self.chooses_nothing():
            return False
        return self.form.is_valid() and bool(self.canonical_query())

    def canonical_query(self):
        """The chosen filters as the form itself would send them: slugs, and "on" for a ticked box."""
        if self.chooses_nothing():
            return {}
        query = {}
        for name, value in self.form.cleaned_data.items():
            if value in (None, "", False):
                continue
            query[name] = "on" if value is True else self.form.fields[name].prepare_value(value)
        return query

    def is_canonical(self, data):
        """Whether `data` chose valid filters, each written as the form writes it (one page per choice)."""
        if not self.is_bound or not any(name in data for name in self.filters):
            return True  # nothing chosen, which is always written the same way
        given = {name: data[name] for name in self.filters if name in data}
        return self.form.is_valid() and given == self.canonical_query()


class CommuneFilter(ChoiceFilter):
    """Offices competent for a commune (Office.objects.serving), chosen by the commune's slug."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Commune"))
        super().__init__(queryset=Commune.objects.select_related("province"), to_field_name="slug", **kwargs)

    def filter(self, queryset, value):
        return queryset.serving(value) if value else queryset
