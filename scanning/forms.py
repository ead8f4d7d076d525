from django import forms
from django.utils.translation import gettext_lazy as _

from archive import access
from archive.models import DocumentType
from scanning.models import ScanBatch


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Scanned stack (PDF or TIFF)"))
    duplex = forms.BooleanField(
        label=_("Two-sided, scanned in two passes (fronts, then backs from the last)"), required=False
    )
    sheets = forms.IntegerField(
        label=_("Sheets counted before scanning (optional)"), required=False, min_value=1
    )


class SheetsForm(forms.Form):
    matricules = forms.CharField(
        label=_("Matricules, separated by commas (empty: every servant of your ministry)"), required=False
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_matricules(self):
        wanted = [m.strip() for m in self.cleaned_data["matricules"].split(",") if m.strip()]
        scope = access.dossiers_for(self.user).with_assignment()
        if wanted:
            found = scope.filter(matricule__in=wanted)
            missing = sorted(set(wanted) - set(found.values_list("matricule", flat=True)))
            if missing:
                raise forms.ValidationError(
                    _("No dossier you may see has the matricule %(list)s.") % {"list": ", ".join(missing)}
                )
            scope = found
        self._servants = list(scope.order_by("matricule")[:2000])
        return wanted

    def servants(self):
        return self._servants


class PlaceForm(forms.Form):
    matricule = forms.CharField(label=_("Matricule"), max_length=30)
    document_type = forms.ModelChoiceField(label=_("Document type"), queryset=DocumentType.objects.all())

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.servant = None

    def clean_matricule(self):
        matricule = self.cleaned_data["matricule"].strip()
        self.servant = access.dossiers_for(self.user).filter(matricule=matricule).first()
        role = access.archive_role(self.user)
        if self.servant is None or role is None or self.servant.user_id == self.user.pk:
            raise forms.ValidationError(_("No dossier you may file into has this matricule."))
        return matricule


class DetailsForm(forms.Form):
    document_type = forms.ModelChoiceField(label=_("Document type"), queryset=DocumentType.objects.all())
    act_date = forms.DateField(label=_("Date of the act"), widget=forms.DateInput(attrs={"type": "date"}))
    title = forms.CharField(label=_("Title"), max_length=300, required=False)
    reference = forms.CharField(label=_("Reference of the act"), max_length=120, required=False)


class PaperForm(forms.Form):
    fate = forms.ChoiceField(label=_("What happened to the paper"), choices=ScanBatch.PaperFate.choices)
    destroy_after = forms.DateField(
        label=_("May be destroyed after"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    note = forms.CharField(label=_("Note"), max_length=300, required=False)
