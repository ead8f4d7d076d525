"""Check an uploaded file once: in the model's clean() when the model is validated (a form, the admin),
otherwise in its save() — never twice, and never not at all.

    class FormFile(models.Model):
        file = models.FileField(...)
        file_format = models.CharField(...)
        ...
        upload_check = CheckedFile("file", format_field="file_format", size_field="size_bytes", sha256_field="sha256")

        def clean(self):
            self.upload_check.clean(self)

        def save(self, *args, **kwargs):
            self.upload_check.before_save(self)
            super().save(*args, **kwargs)
"""

from django.core.exceptions import ValidationError

from uploads.formats import DOCUMENTS
from uploads.inspection import checked_upload


class CheckedFile:
    """Declared on a model beside its FileField: records the Fingerprint of each new upload in the
    model's format, size and SHA-256 fields (and pages, if it has such a field)."""

    def __init__(
        self,
        file_field,
        *,
        format_field,
        size_field,
        sha256_field,
        pages_field=None,
        allowed=DOCUMENTS,
        max_bytes=None,
    ):
        self.file_field, self.allowed, self.max_bytes = file_field, allowed, max_bytes
        self.targets = {
            "file_format": format_field,
            "size_bytes": size_field,
            "sha256": sha256_field,
            "pages": pages_field,
        }

    def __set_name__(self, owner, name):
        self.memo = f"_{name}_checked_upload"  # the upload object whose fingerprint is recorded

    def clean(self, instance):
        """Check a new upload; ValidationError keyed by the file field (with the refusal's code)."""
        if self._new_upload(instance) is not None:
            try:
                self._record(instance)
            except ValidationError as error:
                raise ValidationError({self.file_field: error}) from error

    def before_save(self, instance):
        """Check a new upload unless clean() already checked this very upload; with no file, empty
        the fingerprint fields."""
        upload = self._new_upload(instance)
        if upload is not None and instance.__dict__.get(self.memo) is not upload:
            self._record(instance)
        elif not getattr(instance, self.file_field):
            for target in filter(None, self.targets.values()):
                setattr(instance, target, instance._meta.get_field(target).get_default())

    def _new_upload(self, instance):
        """The uploaded file object not yet stored, or None (no file, or the stored one)."""
        stored = getattr(instance, self.file_field)
        return stored.file if stored and not stored._committed else None

    def _record(self, instance):
        stored = getattr(instance, self.file_field)
        found = checked_upload(stored, allowed=self.allowed, max_bytes=self.max_bytes)
        for attribute, target in self.targets.items():
            if target:
                setattr(instance, target, getattr(found, attribute))
        instance.__dict__[self.memo] = stored.file
