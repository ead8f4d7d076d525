from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ministries.models import Institution
from translations.fields import TranslationStateField
from uploads import DOCUMENTS, FORMATS, CheckedFile, choices


class FormQuerySet(models.QuerySet):
    def for_ministry(self, ministry):
        """Forms owned by the ministry and by its agencies."""
        return self.filter(Q(institution=ministry) | Q(institution__parent=ministry))


class Form(models.Model):
    """A paper form citizens download, with one current file per language."""

    reference_code = models.CharField(
        _("reference code"),
        max_length=40,
        unique=True,
        help_text=_("The code printed on the form, e.g. CGM-PAS-01. Its download address uses it."),
        validators=[
            RegexValidator(
                r"^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$",
                _(
                    "Use letters, digits and single dashes, dots or underscores between them, e.g. CGM-PAS-01."
                ),
            )
        ],
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    institution = models.ForeignKey(
        Institution, on_delete=models.PROTECT, related_name="forms", verbose_name=_("owning institution")
    )
    translation_state = TranslationStateField()

    objects = FormQuerySet.as_manager()

    class Meta:
        ordering = ["reference_code"]
        verbose_name = _("form")
        verbose_name_plural = _("forms")

    def __str__(self):
        return f"{self.reference_code} – {self.title}"

    def current_files(self):
        return [f for f in self.files.all() if f.is_current]

    def get_download_url(self, language):
        """A link that stays valid when a new version of the file replaces the old one."""
        return reverse("forms_library:download", kwargs={"code": self.reference_code, "language": language})


def form_file_path(instance, filename):
    # The uploader's file name is never part of the path: it may contain anything.
    folder = f"forms/{instance.form.reference_code}/{instance.language}"
    return f"{folder}/v{instance.version}-{instance.sha256[:16]}.{instance.file_format}"


class FormFile(models.Model):
    """One uploaded version of a form in one language. Older versions are kept, no longer current."""

    form = models.ForeignKey(Form, on_delete=models.CASCADE, related_name="files", verbose_name=_("form"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    file = models.FileField(_("file"), upload_to=form_file_path, max_length=255)
    file_format = models.CharField(
        _("format"),
        max_length=5,
        choices=choices(DOCUMENTS),
        editable=False,
    )
    size_bytes = models.PositiveIntegerField(_("size (bytes)"), editable=False)
    sha256 = models.CharField(_("SHA-256"), max_length=64, editable=False)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    is_current = models.BooleanField(_("current version"), default=True, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    upload_check = CheckedFile(
        "file", format_field="file_format", size_field="size_bytes", sha256_field="sha256"
    )

    class Meta:
        ordering = ["form", "language", "-version"]
        verbose_name = _("form file")
        verbose_name_plural = _("form files")
        constraints = [
            models.UniqueConstraint(
                fields=["form", "language"],
                condition=Q(is_current=True),
                name="formfile_one_current_per_language",
            ),
            models.UniqueConstraint(fields=["form", "language", "version"], name="formfile_version_unique"),
            models.CheckConstraint(condition=Q(size_bytes__gt=0), name="formfile_not_empty"),
        ]

    def __str__(self):
        return f"{self.form.reference_code} ({self.language}, v{self.version})"

    def save(self, *args, **kwargs):
        self.upload_check.before_save(self)  # the stored path is named after the checksum
        if self.pk is None:
            with transaction.atomic():
                previous = (
                    FormFile.objects.select_for_update()
                    .filter(form=self.form, language=self.language)
                    .order_by("-version")
                    .first()
                )
                self.version = previous.version + 1 if previous else 1
                FormFile.objects.filter(form=self.form, language=self.language, is_current=True).update(
                    is_current=False
                )
                self.is_current = True
                super().save(*args, **kwargs)
            return
        super().save(*args, **kwargs)

    @property
    def content_type(self):
        return FORMATS[self.file_format][0]

    def get_download_url(self):
        return self.form.get_download_url(self.language)

    @property
    def download_name(self):
        return f"{self.form.reference_code}-{self.language}.{self.file_format}"

    def clean(self):
        self.upload_check.clean(self)

    def validate_constraints(self, exclude=None):
        # A new upload gets its version number and becomes current in save(), atomically.
        if self._state.adding:
            exclude = {*(exclude or ()), "form"}
        super().validate_constraints(exclude=exclude)
