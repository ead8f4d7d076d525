import re

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp.admin import OTPAdminAuthenticationForm
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.two_factor import has_confirmed_device
from audit.models import AuditEvent, record


class CodeLoginMixin(OTPAuthenticationFormMixin):
    """Password, then a code whenever the account has an authenticator set up."""

    password_form = AuthenticationForm

    def _chosen_device(self, user):
        # Each person has one authenticator and one set of recovery codes: the code's shape says which
        # (six digits from the app, eight letters and digits from the recovery list), so nobody is asked.
        chosen = super()._chosen_device(user)
        if chosen is not None:
            return chosen
        kinds = (TOTPDevice, StaticDevice)
        if not (self.cleaned_data.get("otp_token") or "").isdigit():
            kinds = kinds[::-1]
        for kind in kinds:
            device = kind.objects.filter(user=user, confirmed=True).order_by("-pk").first()
            if device is not None:
                return device
        return None

    def clean(self):
        self.cleaned_data = self.password_form.clean(self)
        # Codes are read aloud and copied by hand: "123 456" and "ABCD-EFGH" mean 123456 and abcdefgh.
        token = self.cleaned_data.get("otp_token") or ""
        self.cleaned_data["otp_token"] = re.sub(r"[\s-]", "", token).lower()
        user = self.get_user()
        if user is not None and has_confirmed_device(user):
            self.clean_otp(user)
            if isinstance(user.otp_device, StaticDevice):  # the phone may be lost: worth knowing
                record(
                    AuditEvent.Action.RECOVERY_CODE_USED,
                    actor=user,
                    codes_left=user.otp_device.token_set.count(),
                )
        return self.cleaned_data


class LoginForm(CodeLoginMixin, OTPAdminAuthenticationForm):
    """The staff admin's login."""

    password_form = AdminAuthenticationForm


class PublicLoginForm(CodeLoginMixin, AuthenticationForm):
    """The login of people who are not staff (public servants): the code is asked only of those who turned
    two-step login on (and of staff, who log in here too to read dossiers)."""

    otp_token = forms.CharField(
        label=_("Code from your authenticator app (if you turned on two-step login)"),
        required=False,
        max_length=40,
        help_text=_("Lost your phone? Type one of your recovery codes instead."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "none"}),
    )


class PasswordWithCodeForm(forms.Form):
    """A first (or new) password, chosen with the user name and code printed on a letter."""

    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        help_text=_("It is on your letter. For a public servant, it is the matricule."),
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    code = forms.CharField(
        label=_("Code from the letter"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}),
    )
    new_password1 = forms.CharField(
        label=_("New password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    new_password2 = forms.CharField(
        label=_("The same password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("new_password1"), cleaned.get("new_password2")
        if first and second and first != second:
            self.add_error("new_password2", _("The two passwords are not the same."))
        elif first:
            try:
                password_validation.validate_password(first)
            except forms.ValidationError as error:
                self.add_error("new_password1", error)
        return cleaned


class EnrolmentCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Set-up code from your administrator"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autocapitalize": "characters"}),
    )
