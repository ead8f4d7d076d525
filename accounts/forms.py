import re

from django.contrib.admin.forms import AdminAuthenticationForm
from django_otp.admin import OTPAdminAuthenticationForm
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.two_factor import has_confirmed_device
from audit.models import AuditEvent, record


class LoginForm(OTPAdminAuthenticationForm):
    """Password, then a code whenever the account has an authenticator set up."""

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
        self.cleaned_data = AdminAuthenticationForm.clean(self)
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
