from django import forms
from django.utils.translation import gettext_lazy as _


class BatchUploadForm(forms.Form):
    manifest = forms.FileField(label=_("Manifest (CSV)"))
    files = forms.FileField(label=_("Files (ZIP)"))
    servants = forms.FileField(label=_("New servants (CSV, optional)"), required=False)
