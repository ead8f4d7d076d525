from django import forms
from django.utils.translation import gettext_lazy as _

from feature_phones.ussd import LANGUAGES, MAX_CHOICES, parse_text


class SimulatorForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language remembered for the phone"),
        choices=[("", _("None: the menu asks for it")), *LANGUAGES],
        required=False,
        help_text=_("Used when dialling; a language chosen in a session is remembered for the next one."),
    )
    # The gateway's session id while a session goes on (empty: the next press dials).
    session = forms.CharField(required=False, max_length=32, widget=forms.HiddenInput)
    choices_so_far = forms.CharField(
        label=_("Keys pressed so far"),
        required=False,
        max_length=500,
        help_text=_("Separated by *, as the gateway sends them, e.g. 1*2*1."),
    )
    key = forms.CharField(label=_("Next key or word"), required=False, max_length=100)

    def __init__(self, *args, in_session=False, **kwargs):
        super().__init__(*args, **kwargs)
        if in_session:  # what the phone remembers cannot change during a call
            self.fields["language"].widget = forms.HiddenInput()

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
