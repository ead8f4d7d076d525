from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = _("Audit log")
    role_permissions = {"reviewer": {"auditevent": "v"}}

    def ready(self):
        from django.contrib.auth.signals import user_login_failed

        from audit.models import record_login_failure

        user_login_failed.connect(record_login_failure, dispatch_uid="audit_login_failed")

        from django.contrib import admin

        from audit.admin import audit_every_model_admin

        # The admin app's ready() (earlier in INSTALLED_APPS) has loaded every admin module by now.
        audit_every_model_admin(admin.site)
