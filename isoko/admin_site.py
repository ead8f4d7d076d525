"""The admin site: two-factor authentication (TOTP) for reviewers and administrators.

Their approval publishes to the whole country, so in production (REQUIRE_STAFF_2FA, which production
cannot turn off) they must confirm each login with a code from an authenticator app. A first login
leads them to set one up, and gives them recovery codes (django-otp's static tokens, each valid once)
for the day the phone is lost. Clerks log in with their password, or with a code once they have a device.
"""

import re

import segno
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.admin import OTPAdminAuthenticationForm
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.models import AuditEvent, record
from ministries.roles import is_reviewer


def two_factor_required(user):
    return settings.REQUIRE_STAFF_2FA and user.is_authenticated and is_reviewer(user)


def has_confirmed_device(user):
    return any(True for _device in devices_for_user(user, confirmed=True))


RECOVERY_CODES = 10


def issue_recovery_codes(user):
    """New recovery codes for `user`, replacing any earlier ones. Shown once, never stored in clear
    elsewhere; each lets its owner in once instead of the authenticator's code."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=_("Recovery codes"), confirmed=True)
    codes = [StaticToken.random_token() for _i in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


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


class IsokoAdminSite(admin.AdminSite):
    login_form = LoginForm
    login_template = "admin/otp_login.html"

    def has_permission(self, request):
        user = request.user
        verified = getattr(user, "is_verified", lambda: False)()
        return super().has_permission(request) and (not two_factor_required(user) or verified)

    def login(self, request, extra_context=None):
        user = request.user
        if (
            user.is_authenticated
            and user.is_staff
            and two_factor_required(user)
            and not has_confirmed_device(user)
        ):
            return redirect("admin:two_factor_setup")
        return super().login(request, extra_context)

    def get_urls(self):
        return [
            path("two-factor/", self.two_factor_setup, name="two_factor_setup"),
            path("two-factor/recovery-codes/", self.admin_view(self.recovery_codes), name="recovery_codes"),
            *super().get_urls(),
        ]

    def recovery_codes(self, request):
        """New recovery codes (the old ones stop working), for someone logged in with the second step."""
        if request.method != "POST":
            return render(request, "admin/recovery_codes.html", {**self.each_context(request), "codes": None})
        if not request.user.is_verified():
            return redirect("admin:two_factor_setup")
        record(AuditEvent.Action.RECOVERY_CODES_MADE, actor=request.user)
        return self._show_recovery_codes(request, issue_recovery_codes(request.user))

    def _show_recovery_codes(self, request, codes):
        context = {**self.each_context(request), "title": _("Your recovery codes"), "codes": codes}
        response = render(request, "admin/recovery_codes.html", context)
        response["Cache-Control"] = "no-store"
        return response

    def two_factor_setup(self, request):
        user = request.user
        if not (user.is_authenticated and user.is_staff):
            return redirect(reverse("admin:login"))
        if has_confirmed_device(user) and not user.is_verified():
            # Replacing a phone takes the second step first (with a recovery code if the phone is lost),
            # or a stolen password would be enough to enrol the thief's phone.
            return redirect(reverse("admin:login"))
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
            user=user, name="Isôko", confirmed=False
        )
        error = None
        if request.method == "POST":
            if device.verify_token(request.POST.get("token", "").strip().replace(" ", "")):
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()  # the old phone
                record(AuditEvent.Action.PHONE_SET_UP, actor=user)
                otp_login(request, device)
                return self._show_recovery_codes(request, issue_recovery_codes(user))
            error = _("This code is not right. Check your phone's time and type the 6 digits shown now.")
        qr = segno.make(device.config_url, error="m").svg_inline(
            scale=4, border=2, title=_("Authenticator QR code")
        )
        context = {
            **self.each_context(request),
            "title": _("Set up two-step login"),
            "qr": mark_safe(qr),  # noqa: S308 (generated by segno from our own URL)
            "secret": device.config_url.split("secret=")[1].split("&")[0],
            "error": error,
        }
        return render(request, "admin/two_factor_setup.html", context)
