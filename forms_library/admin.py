from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from forms_library.models import Form, FormFile
from ministries.admin_scoping import MinistryScopedAdmin
from review.admin import ReviewedAdminMixin


class FormFileInline(admin.TabularInline):
    """Each upload is a new version: existing files are read-only, a new one replaces the current file."""

    model = FormFile
    extra = 1
    fields = [
        "language",
        "file",
        "file_format",
        "size_display",
        "sha256",
        "version",
        "is_current",
        "uploaded_at",
    ]
    readonly_fields = ["file_format", "size_display", "sha256", "version", "is_current", "uploaded_at"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("size"))
    def size_display(self, form_file):
        return filesizeformat(form_file.size_bytes) if form_file.size_bytes else "–"


@admin.register(Form)
class FormAdmin(ReviewedAdminMixin, MinistryScopedAdmin, TabbedTranslationAdmin):
    list_display = ["reference_code", "title", "institution"]
    list_filter = [("institution", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["reference_code", "title_rn", "title_fr", "title_en"]
    list_select_related = ["institution"]
    fields = ["reference_code", "title", "description", "institution"]
    inlines = [FormFileInline]
