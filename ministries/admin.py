from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from ministries.admin_scoping import MinistryScopedAdmin
from ministries.models import Commune, Institution, Office, OfficeNotice, OpeningHours, Province, StaffProfile
from review.admin import ReviewedAdminMixin


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Commune)
class CommuneAdmin(admin.ModelAdmin):
    list_display = ["name", "province"]
    list_filter = ["province"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Institution)
class InstitutionAdmin(ReviewedAdminMixin, MinistryScopedAdmin, TabbedTranslationAdmin):
    list_display = ["name", "acronym", "kind", "parent"]
    list_filter = ["kind", ("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name_rn", "name_fr", "name_en", "acronym", "slug"]
    fields = ["kind", "parent", "name", "acronym", "slug", "website", "description", "is_sample"]


class OpeningHoursFormSet(BaseInlineFormSet):
    """One row per weekday and period (the table's unique constraint): a second row for the same ones is
    refused on that row, in the clerk's language, before anything is saved or proposed."""

    def clean(self):
        taken = self._saved_elsewhere()
        duplicated = False
        for form in self.forms:
            if not form.has_changed() and form.instance.pk is None or self._should_delete_form(form):
                continue
            key = (form.cleaned_data.get("weekday"), form.cleaned_data.get("period"))
            if None in key:
                continue
            if key in taken:
                duplicated = True
                form.add_error("period", self._already_message(form, key))
            taken.add(key)
        if not duplicated:
            super().clean()  # Django's own checks, whose message names no row

    def _saved_elsewhere(self):
        """Weekdays and periods of saved rows this form does not show (added meanwhile by someone else)."""
        if self.instance.pk is None:
            return set()
        shown = [form.instance.pk for form in self.initial_forms]
        rows = OpeningHours.objects.filter(office=self.instance).exclude(pk__in=shown)
        return set(rows.values_list("weekday", "period"))

    @staticmethod
    def _already_message(form, key):
        weekday, period = key
        return _(
            "%(weekday)s, %(period)s already has its hours: change that row rather than adding another."
        ) % {
            "weekday": OpeningHours.Weekday(int(weekday)).label,
            "period": OpeningHours.Period(period).label,
        }


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    formset = OpeningHoursFormSet
    extra = 0
    fields = ["weekday", "period", "opens", "closes"]


@admin.register(Office)
class OfficeAdmin(ReviewedAdminMixin, MinistryScopedAdmin, TabbedTranslationAdmin):
    list_display = ["name", "institution", "commune", "is_one_stop_shop"]
    list_filter = ["is_one_stop_shop", ("institution", admin.RelatedOnlyFieldListFilter), "commune__province"]
    search_fields = ["name_rn", "name_fr", "name_en", "slug", "commune__name"]
    list_select_related = ["institution", "commune"]
    filter_horizontal = ["serves_provinces", "serves_communes"]
    inlines = [OpeningHoursInline]
    fieldsets = [
        (None, {"fields": ["institution", "name", "slug", "is_one_stop_shop"]}),
        (_("Where"), {"fields": ["commune", "address", "latitude", "longitude"]}),
        (_("Contact"), {"fields": ["phone", "email"]}),
        (_("Area served"), {"fields": ["serves_provinces", "serves_communes"]}),
    ]


@admin.register(StaffProfile)
class StaffProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "ministry"]
    list_filter = ["role", "ministry"]
    search_fields = ["user__username", "user__email"]
    autocomplete_fields = ["user"]


@admin.register(OfficeNotice)
class OfficeNoticeAdmin(ReviewedAdminMixin, MinistryScopedAdmin, TabbedTranslationAdmin):
    """A clerk posts a dated notice on an office; citizens see it once a reviewer approves it."""

    list_display = ["office", "text", "starts_on", "ends_on"]
    list_filter = ["starts_on"]
    list_select_related = ["office"]
    fields = ["office", "text", "starts_on", "ends_on"]
