from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ProposalQuerySet(models.QuerySet):
    def waiting(self):
        """Submitted and not yet decided, oldest first: the review queue."""
        return (
            self.filter(status=self.model.Status.SUBMITTED)
            .select_related("content_type", "author")
            .order_by("created_at")
        )

    def for_object(self, obj):
        """Every proposal about `obj`, newest first: its history."""
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        ).select_related("author", "reviewed_by")


class Proposal(models.Model):
    """A change to public content (create, change or delete) that waits for a reviewer.

    `proposed` is the content as the clerk wants it (fields in every language, rows, relations);
    `base` is what was public when it was proposed. Nothing public changes until approval applies
    `proposed`. Decided proposals are the object's history; an earlier state can be proposed again.
    """

    class Kind(models.TextChoices):
        CREATE = "create", _("Create")
        CHANGE = "change", _("Change")
        DELETE = "delete", _("Delete")

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Waiting for review")
        RETURNED = "returned", _("Returned to the clerk")
        APPLIED = "applied", _("Approved and public")
        WITHDRAWN = "withdrawn", _("Withdrawn by the clerk")

    content_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, related_name="+", verbose_name=_("kind of content")
    )
    object_id = models.CharField(_("object id"), max_length=40, blank=True)
    object_repr = models.CharField(_("object"), max_length=300)
    kind = models.CharField(_("change"), max_length=10, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED)
    base = models.JSONField(_("public content when proposed"), null=True, encoder=DjangoJSONEncoder)
    proposed = models.JSONField(_("proposed content"), null=True, encoder=DjangoJSONEncoder)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    created_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_comment = models.TextField(_("reviewer's comment"), blank=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")
        permissions = [("approve_proposal", _("Can approve or return proposed changes"))]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(status="submitted") & ~Q(object_id=""),
                name="proposal_one_waiting_per_object",
                violation_error_message=_("A change to this object is already waiting for review."),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.object_repr}"

    @property
    def model(self):
        return self.content_type.model_class()

    def target(self):
        """The object this proposal is about, or None (not created yet, or deleted since)."""
        if not self.object_id:
            return None
        return self.model._default_manager.filter(pk=self.object_id).first()
