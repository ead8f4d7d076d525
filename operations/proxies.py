"""The client's address behind a known number of trusted reverse proxies (settings.TRUSTED_PROXY_COUNT).

Each proxy appends the address it received the connection from to X-Forwarded-For, so behind N
proxies the client is the N-th entry from the right; anything further left was written by the client
and proves nothing. With no proxy configured the header is ignored altogether: REMOTE_ADDR is the
client. A request that did not pass through every proxy (too few entries, or an entry that is not an
address) falls back to REMOTE_ADDR, the one address nobody can forge, rather than to no address: a
missing address would put every such login under one shared lockout.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The address the login lockout (django-axes, AXES_CLIENT_IP_CALLABLE) counts failures for."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    chain = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if len(chain) < proxies:
        return remote
    candidate = chain[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
