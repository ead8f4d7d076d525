"""The public page of a proposal's object as citizens will see it once it is approved.

The proposal is applied inside a transaction that is always rolled back, and the page is built by its
public view, called directly (the page cache's middleware is not in the way, so nothing is stored for
citizens). Parts of pages this process kept while the proposal was applied are dropped afterwards.
"""

import copy

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.http import QueryDict
from django.urls import Resolver404, resolve

from page_cache.fragments import fragments
from review import snapshots


class NoPreview(Exception):
    """The object has no public page (a form is listed, an agency shown on its ministry's page…)."""


def public_url(obj):
    url = getattr(obj, "get_absolute_url", None)
    if url is None:
        raise NoPreview
    return url()


def render(request, proposal):
    """The HTML of the object's public page with the proposal applied (bytes); NoPreview if it has none."""
    if proposal.proposed is None:
        raise NoPreview  # a deletion: the page disappears
    try:
        with transaction.atomic():
            obj = snapshots.apply(proposal.model, proposal.target(), proposal.proposed)
            url = public_url(obj)
            try:
                match = resolve(url)
            except Resolver404 as error:
                raise NoPreview from error
            response = match.func(_as_citizen(request, url), *match.args, **match.kwargs)
            if hasattr(response, "render"):
                response.render()
            content = response.content
            transaction.set_rollback(True)
    finally:
        fragments.clear()
    if response.status_code != 200:
        raise NoPreview
    return content


def _as_citizen(request, url):
    """The reviewer's request, made a citizen's GET of `url` (same language, no one signed in)."""
    citizen = copy.copy(request)
    citizen.method = "GET"
    citizen.path = citizen.path_info = url
    citizen.GET = QueryDict()
    citizen.POST = QueryDict()
    citizen.user = AnonymousUser()
    return citizen


def with_banner(content, proposal):
    """The page with a line at the top saying it is a preview, not what citizens see today."""
    from django.template.loader import render_to_string

    banner = render_to_string("admin/review/proposal/preview_banner.html", {"proposal": proposal})
    text = content.decode()
    at = text.find(">", text.find("<body")) + 1
    return text[:at] + banner + text[at:] if at > 0 else banner + text
