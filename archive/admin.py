"""The archive's admin section. Lists and object pages start from archive.access, like every page; an object
outside the reader's scope is a 404 (and the attempt is audited), never a redirect that confirms it exists.

Records about servants are addressed by their random public_id here too, as on the archive's own pages:
an integer in /admin/archive/servant/3/change/ would say how many dossiers there are and let anyone walk
them. Django's admin puts the primary key in a URL in four places, each replaced below: the change list's
links (ScopedChangeList), the object lookup (get_object), the "History" link (the template
admin/archive/change_form_object_tools.html) and the links of read-only foreign keys (linked()); its own
history rows (LogEntry) are written under the public_id so "Recent actions" links the same way.
"""

import io

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.admin.options import get_content_type_for_model
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from archive import access, grants
from archive.forms import BatchUploadForm
from archive.ingest.manifest import COLUMNS as MANIFEST_COLUMNS
from archive.ingest.manifest import OPTIONAL_SERVANT_COLUMNS, SERVANT_COLUMNS, batch_template_rows
from archive.ingest.messages import describe
from archive.ingest.run import Ingest
from archive.ingest.sources import SourceError, ZipSource, batch_limits
from archive.ingest.tasks import batch_enqueue, batch_requeue
from archive.letters import may_print_letters
from archive.models import (
    ArchiveRole,
    CareerType,
    Document,
    DocumentType,
    FixityEvent,
    IngestBatch,
    Servant,
    StoredFile,
)
from archive.trail import record_reading, record_refusal
from audit.admin import ReadOnlyAdmin
from audit.models import AuditEvent, record
from uploads.spreadsheets import spreadsheet_writer, xlsx_from_rows

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _archivist(user):
    role = access.archive_role(user)
    return role is not None and role.role == ArchiveRole.Role.ARCHIVIST


class ReferenceAdminMixin:
    """Lists everyone shares (document types, careers): administrators and archivists edit them."""

    def _allowed(self, request):
        return request.user.is_active and (request.user.is_superuser or _archivist(request.user))

    def has_module_permission(self, request):
        return self._allowed(request)

    def has_view_permission(self, request, obj=None):
        return self._allowed(request) or access.is_archive_staff(request.user)

    def has_change_permission(self, request, obj=None):
        return self._allowed(request)

    has_add_permission = has_delete_permission = has_change_permission


@admin.register(DocumentType)
class DocumentTypeAdmin(ReferenceAdminMixin, TranslationAdmin):
    list_display = ["code", "name", "position"]
    search_fields = ["code", "name"]


@admin.register(CareerType)
class CareerTypeAdmin(ReferenceAdminMixin, TranslationAdmin):
    list_display = ["code", "name"]
    filter_horizontal = ["required_documents"]


@admin.action(description=_("Confirm the selected grants (as the second administrator)"))
def confirm_grants(modeladmin, request, queryset):
    for grant in queryset.filter(confirmed_at__isnull=True):
        try:
            grants.grant_confirm(grant, by=request.user, request=request)
        except ValidationError as refused:
            modeladmin.message_user(request, f"{grant}: {' '.join(refused.messages)}", messages.ERROR)
        else:
            modeladmin.message_user(request, _("%(grant)s: confirmed.") % {"grant": grant}, messages.SUCCESS)


@admin.register(ArchiveRole)
class ArchiveRoleAdmin(admin.ModelAdmin):
    """Grants of archive roles: administrators only, each made by one and confirmed by a second
    (archive/grants.py). Archivists and HR officers neither see nor change them."""

    actions = [confirm_grants]
    list_display = ["user", "role", "ministry", "person", "granted_by", "confirmed_by", "confirmed_at"]
    list_filter = ["role", "ministry"]
    raw_id_fields = ["user"]
    fields = [
        "user",
        "role",
        "ministry",
        "person",
        "granted_by",
        "granted_at",
        "confirmed_by",
        "confirmed_at",
    ]
    readonly_fields = ["granted_by", "granted_at", "confirmed_by", "confirmed_at"]

    def _administrator(self, request):
        return request.user.is_active and request.user.is_superuser

    has_module_permission = _administrator

    def has_view_permission(self, request, obj=None):
        return self._administrator(request)

    has_add_permission = has_module_permission

    has_change_permission = has_delete_permission = has_view_permission

    def save_model(self, request, obj, form, change):
        grants.grant_save(
            obj,
            by=request.user,
            changed=form.changed_data if change else grants.GRANT_FIELDS,
            request=request,
        )

    def delete_model(self, request, obj):
        grants.grant_remove(obj, by=request.user, request=request)

    def delete_queryset(self, request, queryset):
        for grant in queryset:
            grants.grant_remove(grant, by=request.user, request=request)


def admin_change_url(obj):
    """The admin page of an archive record, by its public_id (None when it has no admin page)."""
    try:
        return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.public_id])
    except NoReverseMatch:
        return None


def linked(field_name, description):
    """A read-only foreign key shown as a link by public_id (Django's own link would carry the pk); set it
    as a ModelAdmin attribute and name it in readonly_fields."""

    @admin.display(description=description)
    def show(modeladmin, obj):
        related = getattr(obj, field_name)
        url = admin_change_url(related) if related is not None else None
        return format_html('<a href="{}">{}</a>', url, related) if url else (related or "-")

    show.__name__ = f"{field_name}_link"
    return show


class ScopedChangeList(ChangeList):
    def url_for_result(self, result):
        return admin_change_url(result)


class ScopedAdmin(ReadOnlyAdmin):
    """Rows about servants: only those archive.access lets the reader see; written by ingest only. Their
    admin pages are addressed by public_id."""

    scope = staticmethod(access.dossiers_for)

    def get_queryset(self, request):
        return super().get_queryset(request).filter(pk__in=self.scope(request.user).values("pk"))

    def get_changelist(self, request, **kwargs):
        return ScopedChangeList

    def get_object(self, request, object_id, from_field=None):
        found = super().get_object(request, object_id, from_field or "public_id")
        if found is None:
            record_refusal(request, f"admin:{self.model._meta.model_name}", object_id)
            raise Http404
        self.record_reading(request, found)
        return found

    def record_reading(self, request, found):
        """Opening a dossier's record in the admin is a reading like any other (see ServantAdmin)."""

    def log_change(self, request, obj, message):
        # As Django's own, but under the public_id: the history page and "Recent actions" look it up by
        # the id in the URL.
        return LogEntry.objects.create(
            user_id=request.user.pk,
            content_type_id=get_content_type_for_model(obj).pk,
            object_id=str(getattr(obj, "public_id", obj.pk)),  # list-only records have none
            object_repr=str(obj)[:200],
            action_flag=CHANGE,
            change_message=message,
        )

    def has_module_permission(self, request):
        return access.is_archive_staff(request.user)

    def has_view_permission(self, request, obj=None):
        return access.is_archive_staff(request.user)


@admin.action(description=_("Print activation or new-password letters"), permissions=["print_letters"])
def print_letters(modeladmin, request, queryset):
    from archive.views import _letters_response

    return _letters_response(request, queryset.select_related("institution", "user"), "letters.pdf")


@admin.register(Servant)
class ServantAdmin(ScopedAdmin):
    actions = [print_letters]
    list_display = ["matricule", "surname", "given_names", "institution", "status"]
    list_filter = ["status", "ministry"]
    search_fields = ["matricule", "search_name"]
    # The account is made for the servant by their first letter, never chosen here: pointing a dossier at
    # another account would let its letter set that account's password.
    exclude = ["user"]
    readonly_fields = ["public_id"]

    def has_print_letters_permission(self, request):
        return may_print_letters(request.user)

    def record_reading(self, request, found):
        record_reading(request, AuditEvent.Action.VIEW, servant=found, via="admin")

    def has_change_permission(self, request, obj=None):
        return access.is_archive_staff(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        role = access.archive_role(request.user)
        if db_field.name == "institution" and role is not None and role.role == ArchiveRole.Role.HR_OFFICER:
            kwargs["queryset"] = db_field.related_model.objects.for_ministry(role.ministry)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        record(
            AuditEvent.Action.EDIT,
            actor=request.user,
            target=obj,
            request=request,
            role=access.reader_role(request.user),
            servant=str(obj.public_id),
            fields=sorted(form.changed_data),
        )


class StoredFileInline(admin.TabularInline):
    model = StoredFile
    fields = ["role", "position", "original_name", "file_format", "size_bytes", "sha256", "last_checked_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Document)
class DocumentAdmin(ScopedAdmin):
    list_display = ["title", "document_type", "act_date", "servant"]
    list_filter = ["document_type"]
    search_fields = ["title", "reference", "servant__matricule"]
    list_select_related = ["document_type", "servant"]
    servant_link = linked("servant", _("servant"))
    batch_link = linked("batch", _("ingest batch"))
    readonly_fields = [
        "servant_link",
        "document_type",
        "act_date",
        "title",
        "reference",
        "pages",
        "batch_link",
        "created_at",
    ]
    fields = readonly_fields
    inlines = [StoredFileInline]

    def scope(self, user):
        return access.documents_for(user)

    def record_reading(self, request, found):
        record_reading(request, AuditEvent.Action.VIEW, servant=found.servant, document=found, via="admin")


@admin.register(FixityEvent)
class FixityEventAdmin(ScopedAdmin):
    """A list only: a check has nothing more to show than its row, and no public_id to address a page by."""

    list_display = ["at", "outcome", "stored_file", "sha256_found"]
    list_display_links = None
    list_filter = ["outcome"]

    def scope(self, user):
        return FixityEvent.objects.filter(stored_file__in=access.files_for(user))

    def get_urls(self):
        return [url for url in super().get_urls() if url.name == "archive_fixityevent_changelist"]


@admin.action(description=_("Queue again (batches that failed or still wait for a worker)"))
def queue_again(modeladmin, request, queryset):
    waiting = (IngestBatch.Status.FAILED, IngestBatch.Status.QUEUED)
    count = 0
    for batch in queryset.filter(status__in=waiting):
        if batch_requeue(batch):
            count += 1
            record(
                AuditEvent.Action.EDIT,
                actor=request.user,
                target=batch,
                request=request,
                role=access.reader_role(request.user),
                fields=["status"],
                status=batch.status,
            )
    modeladmin.message_user(
        request,
        ngettext("%(count)d batch queued again.", "%(count)d batches queued again.", count)
        % {"count": count},
        messages.SUCCESS if count else messages.WARNING,
    )


@admin.register(IngestBatch)
class IngestBatchAdmin(ScopedAdmin):
    actions = [queue_again]
    list_display = ["manifest_name", "started_at", "status", "rows_done", "rows_total", "sent_by"]
    list_filter = ["status"]
    readonly_fields = [
        "manifest_name",
        "started_at",
        "finished_at",
        "status",
        "rows_total",
        "rows_done",
        "sent_by",
        "whole_batch",
    ]
    fields = readonly_fields
    change_list_template = "archive/admin/batch_changelist.html"

    @admin.display(description=_("sent by"), ordering="created_by")
    def sent_by(self, batch):  # the field has no translated name: its header was English ("CREATED BY")
        return batch.created_by or "–"

    def scope(self, user):
        return access.batches_for(user)

    @admin.display(description=_("problems with the whole batch"))
    def whole_batch(self, obj):
        return (
            format_html_join(mark_safe("<br>"), "{}", ((describe(found),) for found in obj.problems)) or "-"
        )

    def get_urls(self):
        upload = path(
            "upload/", self.admin_site.admin_view(self.upload_view), name="archive_ingestbatch_upload"
        )
        template = path(
            "template/<str:kind>.<str:extension>",
            self.admin_site.admin_view(self.template_view),
            name="archive_ingestbatch_template",
        )
        return [upload, template, *super().get_urls()]

    def upload_view(self, request):
        """Manifest + ZIP (+ servants sheet): "Check my files" shows every row and its problems with
        nothing kept or queued; "Check and register" keeps them in the archive storage and queues the
        batch for a worker, whose page follows it."""
        if not access.is_archive_staff(request.user):
            raise Http404
        form = BatchUploadForm(request.POST or None, request.FILES or None)
        checked = None
        if request.method == "POST" and form.is_valid():
            try:
                source = ZipSource(form.cleaned_data["files"], **batch_limits())
            except SourceError:
                form.add_error("files", _("This is not a readable ZIP file."))
            else:
                if request.POST.get("action") == "check":
                    checked = self._checked(request, form, source)
                else:
                    return self._enqueue(request, form)
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "checked": checked,
            "title": _("Upload a batch"),
            "opts": self.model._meta,
            "document_types": DocumentType.objects.all(),
            "manifest_columns": MANIFEST_COLUMNS,
            "servant_columns": SERVANT_COLUMNS + OPTIONAL_SERVANT_COLUMNS,
            "file_limit_mb": settings.ARCHIVE_FILE_MAX_BYTES // 2**20,
        }
        return TemplateResponse(request, "archive/admin/upload.html", context)

    def _enqueue(self, request, form):
        form.cleaned_data["manifest"].name = form.batch_name()
        form.cleaned_data["files"].seek(0)
        batch = batch_enqueue(
            manifest=form.cleaned_data["manifest"],
            files=form.cleaned_data["files"],
            servants=form.cleaned_data["servants"],
            user=request.user,
            request=request,
        )
        return redirect("archive:batch", public_id=batch.public_id)

    @staticmethod
    def _checked(request, form, source):
        """What "Check my files" shows: each row with its problems, and the whole batch's."""
        rows, problems, names = Ingest(
            manifest=form.cleaned_data["manifest"],
            source=source,
            manifest_name=form.batch_name(),
            servants=form.cleaned_data["servants"],
            allowed_servants=access.dossiers_for(request.user),
            user=request.user,
        ).check()
        return {
            "rows": [(row, names.get(row.matricule, "")) for row in rows],
            "problems": problems,
            "ready": sum(1 for row in rows if not row.problems),
            "refused": sum(1 for row in rows if row.problems),
        }

    def template_view(self, request, kind, extension):
        """A sheet to fill in (manifest or servants, CSV or .xlsx): the columns and one example line."""
        if not access.is_archive_staff(request.user):
            raise Http404
        rows = batch_template_rows(kind)
        if extension == "xlsx":
            data, content_type = xlsx_from_rows(rows), XLSX_TYPE
        else:
            out = io.StringIO()
            spreadsheet_writer(out).writerows(rows)
            data, content_type = ("\ufeff" + out.getvalue()).encode("utf-8"), "text/csv; charset=utf-8"
        response = HttpResponse(data, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{kind}-template.{extension}"'
        return response


# Corrections and retention have their own admin modules (they import nothing from this one).
from archive import correction_admin, retention_admin  # noqa: E402, F401
