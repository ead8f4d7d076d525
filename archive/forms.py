from django import forms
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from uploads.spreadsheets import is_xlsx, xlsx_as_csv


def _as_csv(upload):
    """A sheet uploaded as .xlsx, turned into the CSV ingest reads (a CSV is kept as it is)."""
    if upload is None:
        return None
    head = upload.read(4)
    upload.seek(0)
    if not is_xlsx(head):
        return upload
    return ContentFile(xlsx_as_csv(upload), name=f"{upload.name}.csv")


class BatchUploadForm(forms.Form):
    name = forms.CharField(
        label=_("Name of this batch"),
        max_length=120,
        required=False,
        help_text=_(
            "For example “Justice – appointments 2019”. Left empty, the manifest's file name is used."
        ),
    )
    manifest = forms.FileField(label=_("Manifest (CSV or .xlsx)"))
    files = forms.FileField(label=_("Files (ZIP)"))
    servants = forms.FileField(label=_("New servants (CSV or .xlsx, optional)"), required=False)

    def clean_manifest(self):
        return _as_csv(self.cleaned_data["manifest"])

    def clean_servants(self):
        return _as_csv(self.cleaned_data.get("servants"))

    def batch_name(self):
        return self.cleaned_data["name"].strip() or self.files["manifest"].name
