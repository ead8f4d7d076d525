from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ministries.models import Institution, Office
from procedures.models import Procedure, Revision


class ReportQuerySet(models.QuerySet):
    def for_ministry(self, ministry):
        """Reports about the pages a ministry owns (its own and its agencies')."""
        return self.filter(ministry=ministry)

    def open(self):
        return self.filter(state__in=[Report.State.NEW, Report.State.IN_PROGRESS])


class Report(models.Model):
    """One citizen's answer on a procedure or office page: useful or not, or a problem to fix.

    No personal data is kept unless the citizen gives a contact, and that is erased when the report is
    closed. The address it came from is never stored (the rate limit keeps only a keyed hash, for an hour).
    """

    class Kind(models.TextChoices):
        USEFUL = "useful", _("Useful")
        NOT_USEFUL = "not_useful", _("Not useful")
        PROBLEM = "problem", _("Problem reported")

    class Topic(models.TextChoices):
        FEE = "fee", _("A fee")
        DOCUMENTS = "documents", _("The documents to bring")
        OFFICE = "office", _("An office or its hours")
        FORM = "form", _("A form")
        TRANSLATION = "translation", _("The translation")
        OTHER = "other", _("Something else")

    class State(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        FIXED = "fixed", _("Fixed")
        NOT_A_PROBLEM = "not_a_problem", _("Not a problem")

    CLOSED = (State.FIXED, State.NOT_A_PROBLEM)

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    procedure = models.ForeignKey(
        Procedure,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("procedure"),
        editable=False,
    )
    office = models.ForeignKey(
        Office,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("office"),
        editable=False,
    )
    ministry = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("ministry"),
        editable=False,
    )
    topic = models.CharField(_("what is wrong"), max_length=12, choices=Topic.choices, blank=True)
    text = models.TextField(_("what the citizen wrote"), max_length=2000, blank=True, editable=False)
    contact = models.CharField(_("contact"), max_length=200, blank=True, editable=False)
    language = models.CharField(_("language"), max_length=5, editable=False)
    state = models.CharField(_("state"), max_length=14, choices=State.choices, default=State.NEW)
    reply_note = models.TextField(_("reply note"), blank=True)
    fixed_by = models.ForeignKey(
        Revision,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("fixed by the change"),
        help_text=_("The recorded change of the procedure that fixed it."),
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now, editable=False)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.CheckConstraint(
                condition=Q(procedure__isnull=False, office__isnull=True)
                | Q(procedure__isnull=True, office__isnull=False),
                name="report_about_one_page",
            ),
            models.CheckConstraint(
                condition=~Q(state__in=["fixed", "not_a_problem"]) | Q(contact=""),
                name="report_closed_keeps_no_contact",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.page}"

    def save(self, *args, **kwargs):
        # Closing erases the contact (the form promises it); reopening does not bring it back.
        if self.state in self.CLOSED:
            self.contact = ""
            self.closed_at = self.closed_at or timezone.now()
        else:
            self.closed_at = None
        super().save(*args, **kwargs)

    @property
    def page(self):
        return self.procedure or self.office
