import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from forms_library.models import Form
from ministries.filters import CanonicalFilterSet, MinistryFilter


class FormFilter(CanonicalFilterSet):
    ministry = MinistryFilter()
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=settings.LANGUAGES,
        method="filter_language",
        empty_label=_("All languages"),
    )

    class Meta:
        model = Form
        fields = []

    def filter_language(self, queryset, name, language):
        return queryset.filter(files__language=language, files__is_current=True).distinct()
