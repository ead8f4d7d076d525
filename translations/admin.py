from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from modeltranslation.admin import TabbedTranslationAdmin

from translations import glossary_files
from translations.models import GlossaryTerm


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(TabbedTranslationAdmin):
    list_display = ["term", "abbreviation", "updated_at"]
    search_fields = ["term_rn", "term_fr", "term_en", "abbreviation"]
    fields = ["term", "abbreviation", "definition", "note"]
    change_list_template = "admin/translations/glossaryterm/change_list.html"

    def get_urls(self):
        return [
            path("export.<str:file_format>", self.admin_site.admin_view(self.export), name="glossary_export"),
            path("import/", self.admin_site.admin_view(self.import_file), name="glossary_import"),
            *super().get_urls(),
        ]

    def export(self, request, file_format):
        if not self.has_view_permission(request) or file_format not in ("csv", "tbx"):
            return HttpResponse(status=404)
        if file_format == "csv":
            body, content_type = glossary_files.write_csv(), "text/csv"
        else:
            body, content_type = glossary_files.write_tbx(), "application/x-tbx+xml"
        response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="isoko-glossary.{file_format}"'
        return response

    def import_file(self, request):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            return HttpResponse(status=404)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import a glossary"),
            "opts": self.model._meta,
        }
        if request.method == "POST" and request.FILES.get("file"):
            try:
                rows = glossary_files.read(request.FILES["file"].read(2 * 1024 * 1024))
                added, updated = glossary_files.import_rows(rows, user=request.user)
            except ValidationError as error:
                context["errors"] = error.messages
                return render(request, "admin/translations/glossaryterm/import.html", context, status=400)
            messages.success(
                request,
                _("%(added)d terms added, %(updated)d updated.") % {"added": added, "updated": updated},
            )
            return redirect("admin:translations_glossaryterm_changelist")
        return render(request, "admin/translations/glossaryterm/import.html", context)
