from django import forms
from django.utils.translation import gettext_lazy as _

from feedback.guards import time_token, token_is_fresh
from feedback.models import Report


class ReportForm(forms.Form):
    """Both questions of a page in one form: "useful? yes / no" buttons and the problem report."""

    kind = forms.ChoiceField(choices=Report.Kind.choices, widget=forms.HiddenInput)
    topic = forms.ChoiceField(
        label=_("What is wrong?"), choices=[("", "—"), *Report.Topic.choices], required=False
    )
    text = forms.CharField(
        label=_("Tell us more"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    contact = forms.CharField(
        label=_("Phone or e-mail, if you want an answer (optional)"),
        max_length=200,
        required=False,
        help_text=_("Kept only until the problem is closed, then deleted."),
    )
    # Hidden from people by the stylesheet; robots fill it in.
    website = forms.CharField(label=_("Leave this empty"), required=False)
    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["token"] = time_token()

    def clean(self):
        data = super().clean()
        if data.get("website") or not token_is_fresh(data.get("token")):
            raise forms.ValidationError(
                _("We could not accept this form. Please load the page again and send it once more.")
            )
        if data.get("kind") == Report.Kind.PROBLEM and not (data.get("topic") or data.get("text")):
            raise forms.ValidationError(_("Say what is wrong: choose a topic or write a few words."))
        return data
