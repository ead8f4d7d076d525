"""A clerk or a reviewer who chooses Kirundi reads the whole admin in Kirundi, Django's and the libraries'
words included (locale_libraries/rn/), not only Isôko's own labels.

Django ships no Kirundi: every string of Django, django-otp or django-filter missing from our catalogues
would be shown in English. The walk below visits the pages clerks and reviewers use, gathers every
visible interface string (text, and the title, placeholder, aria-label, alt of elements and the value of
buttons) outside what people typed, and compares each with the English message ids of those libraries:
any match is a string that fell back to English.
"""

import json
import re
import struct
from html.parser import HTMLParser
from pathlib import Path

import django
import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from forms_library.models import Form
from ministries.models import Office
from procedures.models import Procedure

PASSWORD = "demo-password-for-tests"  # the demo_loaded fixture's
LIBRARIES = ("django.", "django_otp", "django_filters", "axes", "modeltranslation")
# Words that are the same in Kirundi: names, abbreviations and units people read as they are.
UNITS = {"%s kb", "%s mb", "%s gb", "%s tb", "%s pb", "%(size)d byte", "%(size)d bytes"}
SAME_IN_KIRUNDI = {"id", "url", "email", "isôko", "ok", *UNITS}


# --- What the libraries would show in English --------------------------------------------------------


def mo_entries(path):
    """(context, singular, plural) of every message of a compiled catalogue."""
    data = path.read_bytes()
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == 0x950412DE else ">"
    count, originals = struct.unpack(order + "2I", data[8:16])
    for index in range(count):
        length, offset = struct.unpack(order + "2I", data[originals + 8 * index : originals + 8 * index + 8])
        original = data[offset : offset + length].decode()
        if original:
            context, _sep, msgid = original.rpartition("\x04")
            singular, _sep, plural = msgid.partition("\x00")
            yield context, singular, plural


def mo_msgids(path):
    for _context, singular, plural in mo_entries(path):
        yield from filter(None, (singular, plural))


def library_catalogues(domain):
    """Django's own catalogue and those of the installed apps that come from the libraries."""
    roots = [Path(django.__file__).parent / "conf"]
    roots += [Path(app.path) for app in apps.get_app_configs() if app.name.startswith(LIBRARIES)]
    for root in roots:
        yield from root.glob(f"**/locale/fr/LC_MESSAGES/{domain}.mo")


PLACEHOLDER = re.compile(r"%\([^)]+\)[sdi]|%[sdi]|\{\w*\}")


def placeholder_pattern(piece):
    """A numeric placeholder stands for a number, any other for some text."""
    pattern, end = "", 0
    for match in PLACEHOLDER.finditer(piece):
        pattern += re.escape(piece[end : match.start()])
        pattern += r"[\d.,\s]+" if match.group()[-1] in "di" else ".+?"
        end = match.end()
    return re.compile(pattern + re.escape(piece[end:]), re.IGNORECASE | re.DOTALL)


def english_pieces():
    """The library strings as a person would see them: split at HTML tags, placeholders free."""
    exact, patterns = set(), []
    for catalogue in library_catalogues("django"):
        for msgid in mo_msgids(catalogue):
            for piece in re.split(r"<[^>]+>", msgid):
                piece = " ".join(piece.split())
                if (
                    not re.search(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", piece))
                    or piece.lower() in SAME_IN_KIRUNDI
                ):
                    continue
                if PLACEHOLDER.search(piece):
                    patterns.append(placeholder_pattern(piece))
                else:
                    exact.add(piece.lower())
    return exact, patterns


@pytest.fixture(scope="module")
def english():
    exact, patterns = english_pieces()
    assert len(exact) > 500  # the catalogues were found

    def is_english(text):
        candidates = {text, text.rstrip(":").strip(), text.strip("()").strip()}
        return any(c.lower() in exact or any(p.fullmatch(c) for p in patterns) for c in candidates)

    return is_english


# --- What the page shows ------------------------------------------------------------------------------

SKIPPED = {"script", "style", "textarea", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")


class InterfaceStrings(HTMLParser):
    """Text nodes and labelling attributes, outside scripts, typed content and parts marked up in another
    language (the language menu's "English", content shown in a fallback language)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.strings = [], []

    def skipping(self):
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang")
        skip = tag in SKIPPED or (lang is not None and not lang.startswith("rn"))
        if not (skip or self.skipping()):
            self.strings += [attrs[name] for name in ATTRIBUTES if attrs.get(name)]
            if tag == "button" or (tag == "input" and attrs.get("type") in {"submit", "button", "reset"}):
                self.strings.append(attrs.get("value") or "")
        if tag not in VOID:
            self.stack.append((tag, skip))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag("input" if tag == "input" else "br", attrs)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not self.skipping():
            self.strings.append(data)


def interface_strings(html):
    parser = InterfaceStrings()
    parser.feed(html)
    return {" ".join(s.split()) for s in parser.strings if re.search(r"[A-Za-z]{2,}", s)}


def english_left(response, is_english):
    assert response.status_code == 200, response.status_code
    assert response.text.count('lang="rn"') >= 1
    return sorted(s for s in interface_strings(response.text) if is_english(s))


# --- The people and the walk ---------------------------------------------------------------------------


def choose_kirundi(client):
    client.post(reverse("set_language"), {"language": "rn", "next": "/admin/"})


def log_in(client, username, token=""):
    data = {"username": username, "password": PASSWORD, "otp_token": token}
    return client.post(reverse("admin:login"), data)


def hidden_fields(html):
    inputs = re.findall(r"<input [^>]*>", html)
    fields = (dict(re.findall(r'(\w+)="([^"]*)"', tag)) for tag in inputs)
    return {f["name"]: f.get("value", "") for f in fields if f.get("type") == "hidden" and "name" in f}


def code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def walk(client, pages, is_english):
    found = {}
    for name, response in pages:
        left = english_left(response, is_english)
        if left:
            found[name] = left
    return found


def clerk_pages(client):
    procedure = Procedure.objects.filter(institution__slug__startswith="justice").first() or (
        Procedure.objects.filter(institution__parent__slug="justice").first()
    )
    form = Form.objects.filter(institution__parent__slug="justice").first()
    changelist = reverse("admin:procedures_procedure_changelist")
    yield "index", client.get(reverse("admin:index"))
    yield "procedure list", client.get(changelist)
    yield "procedure list, filtered", client.get(changelist, {"status": "draft", "q": "nothing-like-this"})
    yield "procedure form", client.get(reverse("admin:procedures_procedure_change", args=[procedure.pk]))
    add = client.get(reverse("admin:procedures_procedure_add"))
    yield "add form", add
    # Sent as a clerk would: the form's hidden fields, a title too long, nothing else filled in.
    sent = {**hidden_fields(add.text), "title_rn": "x" * 1000, "_save": "1"}
    refused = client.post(reverse("admin:procedures_procedure_add"), sent)
    assert "errornote" in refused.text and "ManagementForm" not in refused.text
    assert "Raba ko aka gaciro katarengeje inyuguti" in refused.text  # Django's length rule, in Kirundi
    yield "add form, refused", refused
    yield "history", client.get(reverse("admin:procedures_procedure_history", args=[procedure.pk]))
    yield "revisions", client.get(reverse("admin:procedures_procedure_revisions", args=[procedure.pk]))
    yield "submit for review", client.get(reverse("admin:procedures_procedure_submit", args=[procedure.pk]))
    yield "form list", client.get(reverse("admin:forms_library_form_changelist"))
    yield "form's form (file widgets)", client.get(reverse("admin:forms_library_form_change", args=[form.pk]))
    office = Office.objects.filter(institution__parent__slug="justice").first()
    yield "office form (times)", client.get(reverse("admin:ministries_office_change", args=[office.pk]))
    yield "delete a form", client.get(reverse("admin:forms_library_form_delete", args=[form.pk]))
    yield "office list", client.get(reverse("admin:ministries_office_changelist"))
    yield "password change", client.get(reverse("admin:password_change"))
    mismatch = {"old_password": "wrong", "new_password1": "a", "new_password2": "b"}
    yield "password change, refused", client.post(reverse("admin:password_change"), mismatch)


def reviewer_pages(client):
    procedure = Procedure.objects.filter(status=Procedure.Status.PUBLISHED).first()
    yield "index", client.get(reverse("admin:index"))
    yield "review queue", client.get(reverse("admin:procedures_procedure_queue"))
    yield "overdue", client.get(reverse("admin:procedures_procedure_overdue"))
    yield "procedure list", client.get(reverse("admin:procedures_procedure_changelist"))
    yield "procedure form", client.get(reverse("admin:procedures_procedure_change", args=[procedure.pk]))
    waiting = Procedure.objects.awaiting_review().first()
    if waiting is not None:
        yield "review a change", client.get(reverse("admin:procedures_procedure_review", args=[waiting.pk]))
    yield "proposals", client.get(reverse("admin:review_proposal_changelist"))
    yield "audit log", client.get(reverse("admin:audit_auditevent_changelist"))
    yield "reports", client.get(reverse("admin:feedback_report_changelist"))
    yield "recovery codes", client.get(reverse("admin:recovery_codes"))


@pytest.mark.django_db
def test_clerk_reads_the_admin_in_kirundi(client, demo_loaded, english):
    choose_kirundi(client)
    wrong = {"username": "clerk-justice", "password": "not it"}
    found = walk(
        client,
        [
            ("login", client.get(reverse("admin:login"))),
            ("login, empty", client.post(reverse("admin:login"), {})),
            ("login, wrong password", client.post(reverse("admin:login"), wrong)),
        ],
        english,
    )
    assert log_in(client, "clerk-justice").status_code == 302
    found.update(walk(client, clerk_pages(client), english))
    assert found == {}


@pytest.mark.django_db
def test_reviewer_reads_the_admin_in_kirundi_after_the_second_step(client, demo_loaded, english, settings):
    settings.REQUIRE_STAFF_2FA = True
    reviewer = django.contrib.auth.get_user_model().objects.get(username="reviewer")
    device = TOTPDevice.objects.create(user=reviewer, name="Isôko", confirmed=True)
    choose_kirundi(client)
    found = walk(client, [("login, wrong code", log_in(client, "reviewer", token="000000x"))], english)
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )
    assert log_in(client, "reviewer", token=code(device)).status_code == 302
    found.update(walk(client, reviewer_pages(client), english))
    assert found == {}


@pytest.mark.django_db
def test_admin_scripts_speak_kirundi(client, demo_loaded):
    """The calendar, the clock, the selection counts and the filter boxes come from the admin's
    JavaScript, which takes its words from the admin's script catalogue."""
    choose_kirundi(client)
    assert log_in(client, "clerk-justice").status_code == 302
    script = client.get(reverse("admin:jsi18n")).text
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.DOTALL).group(1))
    path = Path(django.__file__).parent / "contrib/admin/locale/fr/LC_MESSAGES/djangojs.mo"
    wanted = {f"{context}\x04{msgid}" if context else msgid for context, msgid, _plural in mo_entries(path)}
    untranslated = sorted(
        m for m in wanted if re.search(r"[A-Za-z]{2,}", m) and catalogue.get(m) in (None, m)
    )
    assert len(wanted) > 50 and untranslated == []
    assert settings.LOCALE_PATHS[0].name == "locale"  # the project's own words win over the libraries'


# --- Every page each role reaches, charts included -----------------------------------------------------

# Words that were wrong on Kirundi staff screens (issue 27): English left over, or the wrong Kirundi.
WRONG_WORDS = (
    "Decision",
    "CREATED BY",
    "created by",
    "No data",
    "auth.User",
    "mu Ikirundi",
    "c'agateganyo",
    "Agateganyo",
)
ADMIN_LINK = re.compile(r'href="(/admin/[a-z_]+/(?:[a-z_]+/(?:add/|\d+/change/)?)?)"')
CHART = re.compile(r'src="data:image/svg\+xml;base64,([^"]+)"')


def chart_strings(html):
    """The words drawn inside the dashboard's charts (SVG images), which the page's text does not hold."""
    import base64

    found = []
    for data in CHART.findall(html):
        svg = base64.b64decode(data).decode()
        found += [re.sub(r"<[^>]+>", "", text) for text in re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)]
    return {" ".join(s.split()) for s in found if re.search(r"[A-Za-z]{2,}", s)}


def reachable_pages(client, extra=()):
    """The index, every admin page linked from it (lists, add forms), the first record of each list,
    and `extra` pages linked from elsewhere (the review queue, the translation desk)."""
    seen, queue = set(), [reverse("admin:index"), *extra]
    while queue:
        url = queue.pop(0)
        if url in seen or url.endswith(("/logout/", "/delete/")):
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200:
            continue  # a link to what this person may not open: a 403 or 404, never a 500
        yield url, response
        links = ADMIN_LINK.findall(response.text)
        if url.count("/") <= 4 or url == reverse("admin:index"):  # the index and app pages: follow lists
            queue += [link for link in links if link.count("/") in (4, 5)]
        if url.count("/") == 4:  # a list: its first record and its add form
            queue += [link for link in links if link.startswith(url) and link.endswith("/change/")][:1]
            queue += [link for link in links if link == url + "add/"]


def wrong_on_page(url, response, is_english):
    assert response.status_code == 200, url
    strings = interface_strings(response.text) | chart_strings(response.text)
    found = sorted(s for s in strings if is_english(s))
    found += [word for word in WRONG_WORDS if word in response.text or any(word in s for s in strings)]
    return found


def walk_all(client, username, is_english, extra=()):
    assert log_in(client, username).status_code == 302
    found, pages = {}, 0
    for url, response in reachable_pages(client, extra):
        pages += 1
        wrong = wrong_on_page(url, response, is_english)
        if wrong:
            found[url] = wrong
    return found, pages


@pytest.mark.django_db
@pytest.mark.parametrize(
    "username, least_pages",
    [("clerk-justice", 12), ("reviewer", 15), ("hr-justice", 4), ("archivist", 6)],
)
def test_every_admin_page_each_role_reaches_speaks_kirundi(
    client, demo_loaded, english, username, least_pages
):
    choose_kirundi(client)
    extra = [
        reverse("translation_desk:overview"),
        reverse("translation_desk:ministry", args=["justice", "rn"]),
    ]
    if username == "reviewer":
        extra += [reverse("admin:procedures_procedure_queue"), reverse("admin:procedures_procedure_overdue")]
        waiting = Procedure.objects.awaiting_review().first()
        if waiting is not None:
            extra.append(reverse("admin:procedures_procedure_review", args=[waiting.pk]))
    found, pages = walk_all(client, username, english, extra)
    assert pages >= least_pages
    assert found == {}
