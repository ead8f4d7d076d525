from django import forms
from django.utils.translation import gettext_lazy as _

MAX_FILE_BYTES = 2 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Translated file (XLIFF 2 or PO)"),
        help_text=_("The file exported here, translated. Nothing is public until a reviewer approves it."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("This file is too large (at most 2 MB)."))
        return upload
