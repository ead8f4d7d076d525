from django.contrib import admin
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


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
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
