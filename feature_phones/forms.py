from django import forms
from django.utils.translation import gettext_lazy as _

from feature_phones.ussd import LANGUAGES, MAX_CHOICES, parse_text


class SimulatorForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language remembered for the phone"),
        choices=[("", _("None: the menu asks for it")), *LANGUAGES],
        required=False,
    )
    choices_so_far = forms.CharField(
        label=_("Keys pressed so far"),
        required=False,
        max_length=500,
        help_text=_("Separated by *, as the gateway sends them, e.g. 1*2*1."),
    )
    key = forms.CharField(label=_("Next key or word"), required=False, max_length=100)

    def clean(self):
        cleaned = super().clean()
        if len(self.choices()) > MAX_CHOICES:
            raise forms.ValidationError(_("That is too many keys for one session."))
        return cleaned

    def choices(self):
        data = self.cleaned_data
        keys = parse_text(data.get("choices_so_far", "").strip())
        if data.get("key", "").strip():
            keys.append(data["key"].strip())
        return keys

    def text(self):
        """The keys as the gateway would send them next time."""
        return "*".join(self.choices())
