"""Text recognition (OCR) in the archive's admin: what waits, what runs, what failed and why; failed or
tool-less documents can be queued again once the cause is fixed."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from archive import access
from archive.admin import ScopedAdmin
from archive.recognition import TextRecognition
from archive.tasks import queue_recognition
from audit.admin import AuditedAdminMixin
from audit.models import AuditEvent, record


@admin.action(description=_("Try the text recognition again"))
def try_again(modeladmin, request, queryset):
    queryset = queryset.select_related("document__servant")
    documents = [found.document for found in queryset.exclude(status=TextRecognition.Status.DONE)]
    for document in documents:
        queue_recognition(document)
        record(
            AuditEvent.Action.EDIT,
            actor=request.user,
            target=document,
            request=request,
            role=access.reader_role(request.user),
            servant=str(document.servant.public_id),
            fields=["text_recognition"],
        )
    count = len(documents)
    modeladmin.message_user(
        request,
        ngettext("%(count)d document queued again.", "%(count)d documents queued again.", count)
        % {"count": count},
        messages.SUCCESS,
    )


@admin.register(TextRecognition)
class TextRecognitionAdmin(AuditedAdminMixin, ScopedAdmin):  # registered after the audit log's wrapper ran
    """A list only (its row says it all, and it has no public_id to address a page by)."""

    actions = [try_again]
    list_display_links = None
    list_display = ["document", "status", "attempts", "error", "queued_at", "finished_at"]
    list_filter = ["status"]
    list_select_related = ["document__servant"]
    readonly_fields = [
        "document",
        "status",
        "attempts",
        "error",
        "languages",
        "text_chars",
        "queued_at",
        "started_at",
        "finished_at",
    ]
    fields = readonly_fields

    def scope(self, user):
        return TextRecognition.objects.filter(document__in=access.documents_for(user))

    def get_urls(self):
        return [url for url in super().get_urls() if url.name == "archive_textrecognition_changelist"]
