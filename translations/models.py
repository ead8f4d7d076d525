from django.db import models
from django.utils.translation import gettext_lazy as _


class GlossaryTerm(models.Model):
    """An administrative or legal term in Kirundi, French and English, with what it means.

    Kept by reviewers; marked up where a procedure uses it (`<dfn>`/`<abbr>`) and given to translators
    with the texts they translate."""

    term = models.CharField(_("term"), max_length=120)
    abbreviation = models.CharField(
        _("abbreviation"),
        max_length=20,
        blank=True,
        help_text=_("For example CNI. The same in every language."),
    )
    definition = models.TextField(_("definition"), blank=True)
    note = models.CharField(
        _("note for translators"), max_length=300, blank=True, help_text=_("Not shown to citizens.")
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["term_fr", "pk"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")

    def __str__(self):
        return self.term
