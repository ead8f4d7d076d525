import django_filters
from django.utils.translation import gettext_lazy as _

from ministries.models import Institution


class MinistryFilter(django_filters.ModelChoiceFilter):
    """Rows of a ministry and its agencies, chosen by the ministry's slug; for any queryset with
    `for_ministry` (procedures, forms, offices)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Ministry"))
        kwargs.setdefault("empty_label", _("All ministries"))
        super().__init__(queryset=Institution.objects.ministries(), to_field_name="slug", **kwargs)

    def filter(self, queryset, value):
        return queryset.for_ministry(value) if value else queryset
