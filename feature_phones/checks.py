import ipaddress

from django.conf import settings
from django.core.checks import Error, register


@register()
def gateway_addresses_check(app_configs, **kwargs):
    errors = []
    for value in settings.FEATURE_PHONE_GATEWAY_ADDRESSES:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            errors.append(
                Error(
                    f"FEATURE_PHONE_GATEWAY_ADDRESSES: {value!r} is not an address or a network.",
                    hint="Give addresses or networks separated by commas, e.g. 196.201.214.0/24.",
                    id="feature_phones.E001",
                )
            )
    return errors


@register()
def gateway_format_check(app_configs, **kwargs):
    from feature_phones.gateways import GATEWAYS

    if settings.FEATURE_PHONE_GATEWAY in GATEWAYS:
        return []
    return [
        Error(
            f"FEATURE_PHONE_GATEWAY={settings.FEATURE_PHONE_GATEWAY!r} is not a known gateway format.",
            hint="One of: " + ", ".join(sorted(GATEWAYS)),
            id="feature_phones.E002",
        )
    ]
