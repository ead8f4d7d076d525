"""The archive's admin section. Lists and object pages start from archive.access, like every page; an object
outside the reader's scope is a 404 (and the attempt is audited), never a redirect that confirms it exists."""

from django.conf import settings
from django.contrib import admin
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from archive import access
from archive.forms import BatchUploadForm
from archive.ingest.run import Ingest
from archive.ingest.sources import SourceError, ZipSource
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
from archive.trail import record_refusal
from audit.admin import ReadOnlyAdmin
from audit.models import AuditEvent, record


def _archivist(user):
    role = access.archive_role(user)
    return role is not None and role.role == ArchiveRole.Role.ARCHIVIST


class ReferenceAdminMixin:
    """Lists everyone shares (document types, careers, roles): administrators and archivists edit them."""

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


@admin.register(ArchiveRole)
class ArchiveRoleAdmin(ReferenceAdminMixin, admin.ModelAdmin):
    list_display = ["user", "role", "ministry"]
    list_filter = ["role", "ministry"]
    raw_id_fields = ["user"]


class ScopedAdmin(ReadOnlyAdmin):
    """Rows about servants: only those archive.access lets the reader see; written by ingest only."""

    scope = staticmethod(access.dossiers_for)

    def get_queryset(self, request):
        return super().get_queryset(request).filter(pk__in=self.scope(request.user).values("pk"))

    def get_object(self, request, object_id, from_field=None):
        found = super().get_object(request, object_id, from_field)
        if found is None:
            record_refusal(request, f"admin:{self.model._meta.model_name}", object_id)
            raise Http404
        return found

    def has_module_permission(self, request):
        return access.is_archive_staff(request.user)

    def has_view_permission(self, request, obj=None):
        return access.is_archive_staff(request.user)


@admin.action(description=_("Print activation or new-password letters"))
def print_letters(modeladmin, request, queryset):
    from archive.views import _letters_response

    return _letters_response(request, queryset.select_related("institution", "user"), "letters.pdf")


@admin.register(Servant)
class ServantAdmin(ScopedAdmin):
    actions = [print_letters]
    list_display = ["matricule", "surname", "given_names", "institution", "status"]
    list_filter = ["status", "ministry"]
    search_fields = ["matricule", "search_name"]
    raw_id_fields = ["user"]
    readonly_fields = ["public_id"]

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
    readonly_fields = [
        "servant",
        "document_type",
        "act_date",
        "title",
        "reference",
        "pages",
        "batch",
        "created_at",
    ]
    fields = readonly_fields
    inlines = [StoredFileInline]

    def scope(self, user):
        return access.documents_for(user)


@admin.register(FixityEvent)
class FixityEventAdmin(ScopedAdmin):
    list_display = ["at", "outcome", "stored_file"]
    list_filter = ["outcome"]
    readonly_fields = ["at", "outcome", "stored_file", "sha256_found"]

    def scope(self, user):
        return FixityEvent.objects.filter(stored_file__in=access.files_for(user))


@admin.register(IngestBatch)
class IngestBatchAdmin(ScopedAdmin):
    list_display = ["manifest_name", "started_at", "status", "rows_total", "created_by"]
    readonly_fields = [
        "manifest_name",
        "started_at",
        "finished_at",
        "status",
        "rows_total",
        "rows_done",
        "created_by",
    ]
    fields = readonly_fields
    change_list_template = "archive/admin/batch_changelist.html"

    def scope(self, user):
        return access.batches_for(user)

    def get_urls(self):
        upload = path(
            "upload/", self.admin_site.admin_view(self.upload_view), name="archive_ingestbatch_upload"
        )
        return [upload, *super().get_urls()]

    def upload_view(self, request):
        """Manifest + ZIP, ingested now (the command line is the way for large batches until part two's queue)."""
        if not access.is_archive_staff(request.user):
            raise Http404
        form = BatchUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                source = ZipSource(
                    form.cleaned_data["files"],
                    max_bytes=settings.ARCHIVE_FILE_MAX_BYTES,
                    max_total_bytes=getattr(settings, "ARCHIVE_BATCH_MAX_BYTES", 50 * 1024**3),
                )
            except SourceError:
                form.add_error("files", _("This is not a readable ZIP file."))
            else:
                batch = Ingest(
                    manifest=form.cleaned_data["manifest"],
                    source=source,
                    manifest_name=form.cleaned_data["manifest"].name,
                    servants=form.cleaned_data["servants"],
                    allowed_servants=access.dossiers_for(request.user),
                    user=request.user,
                ).run()
                record(
                    AuditEvent.Action.UPLOAD,
                    actor=request.user,
                    target=batch,
                    request=request,
                    role=access.reader_role(request.user),
                    rows=batch.rows_total,
                    status=batch.status,
                )
                return redirect("archive:batch", public_id=batch.public_id)
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "title": _("Upload a batch"),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "archive/admin/upload.html", context)


# Corrections and retention have their own admin modules (they import nothing from this one).
from archive import correction_admin, retention_admin  # noqa: E402, F401
