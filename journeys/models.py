from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from procedures.models import Procedure


class Journey(models.Model):
    """What a citizen goes through across ministries ("Having a baby"): an ordered list of steps."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    is_sample = models.BooleanField(
        _("sample content"), default=False, help_text=_("Demo data, shown to visitors as sample content.")
    )

    class Meta:
        ordering = ["slug"]
        verbose_name = _("journey")
        verbose_name_plural = _("journeys")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("journeys:detail", kwargs={"slug": self.slug})


class JourneyStep(models.Model):
    """One step: its procedures (JourneyLink rows with its number) are all needed, or any one of them."""

    class Combination(models.TextChoices):
        ALL = "and", _("All of them")
        ANY = "or", _("One of them")

    journey = models.ForeignKey(
        Journey, on_delete=models.CASCADE, related_name="steps", verbose_name=_("journey")
    )
    number = models.PositiveSmallIntegerField(_("step number"))
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("short text"), blank=True, max_length=500)
    optional = models.BooleanField(_("optional"), default=False)
    combination = models.CharField(
        _("procedures of this step"), max_length=3, choices=Combination.choices, default=Combination.ALL
    )

    class Meta:
        ordering = ["number"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")
        constraints = [
            models.UniqueConstraint(fields=["journey", "number"], name="journey_step_number_unique")
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class JourneyLink(models.Model):
    """A procedure in a step, named by the step's number (rows of the journey, kept with it in review)."""

    journey = models.ForeignKey(
        Journey, on_delete=models.CASCADE, related_name="links", verbose_name=_("journey")
    )
    step_number = models.PositiveSmallIntegerField(_("step number"))
    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="journey_links", verbose_name=_("procedure")
    )

    class Meta:
        ordering = ["step_number", "id"]
        verbose_name = _("procedure of a step")
        verbose_name_plural = _("procedures of the steps")
        constraints = [
            models.UniqueConstraint(
                fields=["journey", "step_number", "procedure"], name="journey_link_once_per_step"
            )
        ]

    def __str__(self):
        return f"{self.step_number}: {self.procedure}"
