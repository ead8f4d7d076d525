"""Load the sample catalogue (demo/*.py) into the database, idempotently.

Every row is looked up by its stable key (slug, code, position) and only written when it differs,
so running the loader twice changes nothing.
"""

import hashlib
from datetime import date, datetime, time
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from demo import procedures_a, procedures_b, procedures_c, procedures_d, reference
from demo.archive import load_archive
from demo.archive_care import load_archive_care
from demo.pdf import form_pdf, legal_text_pdf
from demo.search_terms import SEARCH_TERMS
from forms_library.models import Form, FormFile
from journeys.models import Journey, JourneyLink, JourneyStep
from ministries.models import Commune, Institution, Office, OpeningHours, Province, StaffProfile
from ministries.roles import CLERKS, REVIEWERS
from procedures.models import (
    Fee,
    LegalBasis,
    Procedure,
    RejectionReason,
    RequiredDocument,
    SearchTerm,
    Step,
    Theme,
)
from procedures.search import rebuild_search_index

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PROCEDURES = [
    *procedures_a.PROCEDURES,
    *procedures_b.PROCEDURES,
    *procedures_c.PROCEDURES,
    *procedures_d.PROCEDURES,
]
DEMO_ACCOUNTS = [
    # username, ministry slug, role (None: superuser)
    ("admin", None, None),
    ("clerk-justice", "justice", StaffProfile.Role.CLERK),
    ("clerk-interior", "interior", StaffProfile.Role.CLERK),
    ("reviewer", "civil-service", StaffProfile.Role.REVIEWER),
]


def translated(field, texts):
    """{"rn": a, "fr": b, "en": c} -> {"field_rn": a, "field_fr": b, "field_en": c}; None -> blanks."""
    texts = texts or {}
    return {f"{field}_{code}": texts.get(code, "") for code in LANGUAGE_CODES}


def upsert(model, lookup, values):
    """Create the row, or update only the fields that differ. Returns (obj, changed)."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
        return obj, True
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.full_clean()
        obj.save(update_fields=changed)
    return obj, bool(changed)


def set_relation(manager, objects):
    if set(manager.all()) != set(objects):
        manager.set(objects)


class DemoLoader:
    def __init__(self, *, password, report=print):
        self.password = password
        self.report = report
        self.changes = 0

    def _count(self, result):
        obj, changed = result
        self.changes += int(changed)
        return obj

    @transaction.atomic
    def run(self):
        self.load_geography()
        self.load_institutions()
        self.load_offices()
        self.drop_unlisted_communes()
        self.load_themes()
        self.load_forms()
        self.load_procedures()
        self.load_journeys()
        self.load_accounts()
        self.changes += load_archive(password=self.password, report=self.report)
        self.changes += load_archive_care()
        if self.changes:
            rebuild_search_index()
        return self.changes

    def load_geography(self):
        for row in reference.PROVINCES:
            self._count(upsert(Province, {"slug": row["slug"]}, {"name": row["name"]}))
        provinces = {p.slug: p for p in Province.objects.all()}
        for row in reference.COMMUNES:
            values = {
                "name": row["name"],
                "province": provinces[row["province"]],
                "is_sample": row["is_sample"],
            }
            self._count(upsert(Commune, {"slug": row["slug"]}, values))
        self.report(
            _("Geography: %(provinces)d provinces, %(communes)d communes")
            % {"provinces": len(reference.PROVINCES), "communes": len(reference.COMMUNES)}
        )

    def drop_unlisted_communes(self):
        """Communes of an older demo (Ngozi, before the 2025 list) go once no office is in or serves them."""
        listed = [row["slug"] for row in reference.COMMUNES]
        unlisted = Commune.objects.exclude(slug__in=listed).filter(
            offices__isnull=True, served_by__isnull=True
        )
        self.changes += unlisted.delete()[0]

    def load_journeys(self):
        procedures = {p.slug: p for p in Procedure.objects.all()}
        for row in reference.JOURNEYS:
            values = {
                "is_sample": True,
                **translated("title", row["title"]),
                **translated("summary", row["summary"]),
            }
            journey = self._count(upsert(Journey, {"slug": row["slug"]}, values))
            for number, step in enumerate(row["steps"], start=1):
                values = {
                    "optional": step["optional"],
                    "combination": step["combination"],
                    **translated("title", step["title"]),
                    **translated("text", step["text"]),
                }
                self._count(upsert(JourneyStep, {"journey": journey, "number": number}, values))
                for slug in step["procedures"]:
                    link = {"journey": journey, "step_number": number, "procedure": procedures[slug]}
                    self._count(upsert(JourneyLink, link, {}))
        self.report(_("Journeys: %(count)d") % {"count": len(reference.JOURNEYS)})

    def load_institutions(self):
        for row in reference.INSTITUTIONS:
            parent = Institution.objects.get(slug=row["parent"]) if row["parent"] else None
            values = {
                "parent": parent,
                "kind": row["kind"],
                "acronym": row.get("acronym", ""),
                "website": row.get("website", ""),
                "is_sample": True,
                **translated("name", row["name"]),
                **translated("description", row["description"]),
            }
            self._count(upsert(Institution, {"slug": row["slug"]}, values))
        self.report(_("Institutions: %(count)d") % {"count": len(reference.INSTITUTIONS)})

    def load_offices(self):
        institutions = {i.slug: i for i in Institution.objects.all()}
        communes = {c.slug: c for c in Commune.objects.all()}
        provinces = {p.slug: p for p in Province.objects.all()}
        for row in reference.OFFICES:
            values = {
                "institution": institutions[row["institution"]],
                "commune": communes[row["commune"]],
                "phone": row.get("phone", ""),
                "email": row.get("email", ""),
                "latitude": _decimal(row.get("latitude")),
                "longitude": _decimal(row.get("longitude")),
                "is_one_stop_shop": row.get("is_one_stop_shop", False),
                **translated("name", row["name"]),
                **translated("address", row["address"]),
            }
            office = self._count(upsert(Office, {"slug": row["slug"]}, values))
            set_relation(office.serves_provinces, [provinces[s] for s in row.get("serves_provinces", [])])
            set_relation(office.serves_communes, [communes[s] for s in row.get("serves_communes", [])])
            for hours in row.get("hours", []):
                self._count(
                    upsert(
                        OpeningHours,
                        {"office": office, "weekday": hours["weekday"], "period": hours["period"]},
                        {
                            "opens": time.fromisoformat(hours["opens"]),
                            "closes": time.fromisoformat(hours["closes"]),
                        },
                    )
                )
        self.report(_("Offices: %(count)d") % {"count": len(reference.OFFICES)})

    def load_themes(self):
        for position, row in enumerate(reference.THEMES, start=1):
            values = {
                "position": position,
                **translated("name", row["name"]),
                **translated("description", row["description"]),
            }
            self._count(upsert(Theme, {"slug": row["slug"]}, values))

    def load_forms(self):
        institutions = {i.slug: i for i in Institution.objects.all()}
        for row in reference.FORMS:
            institution = institutions[row["institution"]]
            values = {
                "institution": institution,
                **translated("title", row["title"]),
                **translated("description", row["description"]),
            }
            form = self._count(upsert(Form, {"reference_code": row["code"]}, values))
            for code in LANGUAGE_CODES:
                self._attach_pdf(form, code, institution, row)
        self.report(_("Forms: %(count)d, one PDF per language") % {"count": len(reference.FORMS)})

    def _attach_pdf(self, form, language, institution, row):
        with translation.override(language):
            content = form_pdf(
                code=row["code"],
                institution=getattr(institution, f"name_{language}"),
                title=row["title"][language],
                fields=[field[language] for field in row["fields"]],
                sample_label=_("Sample form generated for the Isôko demo. Not an official document."),
            )
        current = FormFile.objects.filter(form=form, language=language, is_current=True).first()
        if (
            current is not None
            and current.size_bytes == len(content)
            and current.file.storage.exists(current.file.name)
        ):
            with current.file.open("rb") as stored:
                if stored.read() == content:
                    return
        form_file = FormFile(form=form, language=language)
        form_file.file = ContentFile(content, name=f"{row['code']}.pdf")
        form_file.full_clean()
        form_file.save()
        self.changes += 1

    def load_procedures(self):
        institutions = {i.slug: i for i in Institution.objects.all()}
        offices = {o.slug: o for o in Office.objects.all()}
        themes = {t.slug: t for t in Theme.objects.all()}
        forms = {f.reference_code: f for f in Form.objects.all()}
        total = len(PROCEDURES)
        for number, row in enumerate(PROCEDURES, start=1):
            values = {
                "institution": institutions[row["institution"]],
                "status": Procedure.Status.PUBLISHED,
                "is_sample": True,
                "last_reviewed_on": date.fromisoformat(row["last_reviewed_on"]),
                "published_at": datetime.combine(
                    date.fromisoformat(row["last_reviewed_on"]),
                    time(9),
                    tzinfo=timezone.get_current_timezone(),
                ),
            }
            for field in ("title", "summary", "eligibility", "validity", "renewal", "if_lost", "recourse"):
                values.update(translated(field, row[field]))
            procedure = self._count(upsert(Procedure, {"slug": row["slug"]}, values))
            set_relation(procedure.offices, [offices[s] for s in row["offices"]])
            set_relation(procedure.themes, [themes[s] for s in row["themes"]])
            self._load_parts(procedure, row, forms)
            self.report(f"[{number}/{total}] {row['slug']}")

    def _load_parts(self, procedure, row, forms):
        parts = [
            (
                Step,
                row["steps"],
                lambda step: {
                    "expected_days": step["expected_days"],
                    **{flag: step.get(flag, False) for flag in ("online", "optional", "parallel")},
                    **translated("title", step["title"]),
                    **translated("description", step["description"]),
                    **translated("location", step["location"]),
                    **translated("handled_by", step["handled_by"]),
                },
            ),
            (
                RequiredDocument,
                row["documents"],
                lambda doc: {
                    "originals": doc["originals"],
                    "copies": doc["copies"],
                    "certified": doc["certified"],
                    "form": forms[doc["form"]] if doc.get("form") else None,
                    **translated("name", doc["name"]),
                    **translated("condition", doc.get("condition")),
                },
            ),
            (
                Fee,
                row["fees"],
                lambda fee: {
                    "amount_bif": fee["amount_bif"],
                    **translated("label", fee["label"]),
                    **translated("payment_method", fee["payment"]),
                },
            ),
            (RejectionReason, row["rejection_reasons"], lambda text: translated("text", text)),
            (
                LegalBasis,
                row["legal_bases"],
                lambda basis: {
                    "kind": basis["kind"],
                    "reference": basis["reference"],
                    "article": basis.get("article", ""),
                    "enacted_on": date.fromisoformat(basis["date"]) if basis.get("date") else None,
                    "url": basis.get("url", ""),
                    **translated("title", basis["title"]),
                },
            ),
        ]
        terms = SEARCH_TERMS.get(row["slug"], [])
        parts.append((SearchTerm, terms, lambda term: {"term": term}))
        for model, rows, to_values in parts:
            for position, item in enumerate(rows, start=1):
                self._count(upsert(model, {"procedure": procedure, "position": position}, to_values(item)))
            extra = model.objects.filter(procedure=procedure, position__gt=len(rows))
            if extra.exists():
                extra.delete()
                self.changes += 1
        for basis in procedure.legal_bases.all():
            self._attach_legal_text(basis)

    def _attach_legal_text(self, basis):
        content = legal_text_pdf(  # stands in for a text published in French
            reference=basis.reference,
            title=basis.title_fr,
            article=basis.article,
            sample_label=(
                "Page d'exemple générée pour la démonstration d'Isôko : ce n'est pas le texte officiel. "
                "Les textes officiels sont publiés au Bulletin officiel du Burundi."
            ),
        )
        if basis.document_sha256 == hashlib.sha256(content).hexdigest() and basis.document.storage.exists(
            basis.document.name
        ):
            return
        basis.document = ContentFile(content, name="text.pdf")
        basis.save()
        self.changes += 1

    def load_accounts(self):
        User = get_user_model()
        ministries = {i.slug: i for i in Institution.objects.ministries()}
        groups = {name: Group.objects.get_or_create(name=name)[0] for name in (CLERKS, REVIEWERS)}
        for username, ministry_slug, role in DEMO_ACCOUNTS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User(
                    username=username,
                    email=f"{username}@isoko.example",
                    is_staff=True,
                    is_superuser=role is None,
                )
                user.set_password(self.password)
                user.save()
                self.changes += 1
            if role is None:
                continue
            self._count(
                upsert(StaffProfile, {"user": user}, {"ministry": ministries[ministry_slug], "role": role})
            )
            group = groups[CLERKS if role == StaffProfile.Role.CLERK else REVIEWERS]
            if not user.groups.filter(pk=group.pk).exists():
                user.groups.add(group)
                self.changes += 1


def _decimal(value):
    return None if value in (None, "") else Decimal(str(value)).quantize(Decimal("0.00001"))
