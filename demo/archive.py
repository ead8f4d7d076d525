"""Demo personnel files: twenty fictitious servants in three ministries, each with generated documents
(born-digital PDFs and a few scanned-looking pages), stored through the real batch ingest, and the demo
accounts servant-1, servant-2, hr-justice, hr-interior and archivist. Running it again changes nothing."""

import csv
import io
import random
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from django.utils import timezone
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter

from archive.ingest.run import Ingest
from archive.ingest.sources import FolderSource
from archive.models import ArchiveRole, CareerType, DocumentType, Servant
from ministries.models import Institution

_FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
SAMPLE_BATCH = Path(__file__).parent / "archive_batch"

DOCUMENT_TYPES = [
    ("appointment", "Iteka ryo gushirwa mu kazi", "Décret de nomination", "Appointment decree"),
    ("promotion", "Ukuduzwa mu ntera", "Promotion", "Promotion"),
    ("posting", "Ukwimurirwa ahandi", "Mutation", "Posting"),
    ("evaluation", "Isuzuma ry'akazi", "Évaluation", "Evaluation"),
    ("diploma", "Impamyabumenyi", "Diplôme", "Diploma"),
    ("leave", "Uruhusha", "Congé", "Leave"),
]
# Fictitious names; matricules in the demo's own range.
SERVANTS = [
    ("DEMO-0001", "Ndayishimiye", "Aline", "criminal-records"),
    ("DEMO-0002", "Niyonzima", "Éric", "interior"),
    ("DEMO-0003", "Irakoze", "Claudine", "justice"),
    ("DEMO-0004", "Hakizimana", "Jean-Bosco", "tgi-mukaza"),
    ("DEMO-0005", "Nshimirimana", "Déo", "criminal-records"),
    ("DEMO-0006", "Ntakirutimana", "Béatrice", "justice"),
    ("DEMO-0007", "Bizimana", "Fabrice", "tgi-mukaza"),
    ("DEMO-0008", "Niyongabo", "Espérance", "cgm"),
    ("DEMO-0009", "Ndikumana", "Pascal", "commune-mukaza"),
    ("DEMO-0010", "Manirakiza", "Gloriose", "cgm"),
    ("DEMO-0011", "Havyarimana", "Joseph", "commune-gitega"),
    ("DEMO-0012", "Nkurunziza", "Immaculée", "interior"),
    ("DEMO-0013", "Barutwanayo", "Thierry", "commune-ngozi"),
    ("DEMO-0014", "Ciza", "Annonciate", "civil-service"),
    ("DEMO-0015", "Kwizera", "Olivier", "labour-inspectorate"),
    ("DEMO-0016", "Uwimana", "Josiane", "inss"),
    ("DEMO-0017", "Sindayigaya", "Emmanuel", "civil-service"),
    ("DEMO-0018", "Ndayizeye", "Consolate", "labour-inspectorate"),
    ("DEMO-0019", "Nibigira", "Aimable", "inss"),
    ("DEMO-0020", "Butoyi", "Régine", "justice"),
]
# username, role, ministry slug, matricule of the servant the account belongs to
ACCOUNTS = [
    ("servant-1", None, None, "DEMO-0001"),
    ("servant-2", None, None, "DEMO-0002"),
    ("hr-justice", ArchiveRole.Role.HR_OFFICER, "justice", None),
    ("hr-interior", ArchiveRole.Role.HR_OFFICER, "interior", None),
    ("archivist", ArchiveRole.Role.ARCHIVIST, None, None),
]


def _latin1(text):
    return text.encode("latin-1", "replace").decode("latin-1")


def act_pdf(*, title, name, matricule, reference, when, sample_label):
    """A one-page act, the same bytes every time (so a second load finds it already in the dossier)."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(_FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 5, "REPUBULIKA Y'UBURUNDI - REPUBLIQUE DU BURUNDI", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, reference, new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.multi_cell(0, 8, _latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        0,
        6,
        _latin1(f"{name}, matricule {matricule}. Fait a Gitega, le {when:%d/%m/%Y}. Umukozi wa Leta."),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    pdf.set_font("Helvetica", style="I", size=8)
    pdf.multi_cell(0, 4, _latin1(sample_label), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scanned_page(seed, lines=14):
    """A grey, slightly noisy page with lines of 'text': what a scanner gives for an old paper act."""
    rng = random.Random(seed)
    image = Image.new("L", (620, 877), 236)
    draw = ImageDraw.Draw(image)
    for row in range(lines):
        y = 80 + row * 48
        draw.rectangle((60, y, 60 + rng.randint(250, 500), y + 9), fill=rng.randint(60, 110))
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=70)
    return out.getvalue()


def _documents(matricule, name, number):
    """(manifest row, {file name: bytes}) for one servant's dossier: 3-5 acts, every fourth one scanned."""
    label = "Sample content for the Isôko demo: not a real act."
    plans = [
        ("appointment", 2008 + number % 6),
        ("diploma", 2005 + number % 5),
        ("promotion", 2016 + number % 5),
    ]
    if number % 2:
        plans.append(("evaluation", 2022))
    if number % 3 == 0:
        plans.append(("posting", 2019))
    rows, files = [], {}
    for position, (code, year) in enumerate(plans, start=1):
        when = date(year, 1 + (number + position) % 12, 1 + (number * position) % 27)
        reference = f"{code[:3].upper()}-{number:03d}/{year}"
        title = f"{code.capitalize()} {name}"
        if position == 3 and number % 4 == 0:
            names = [f"{matricule}-{code}-p{page}.jpg" for page in (1, 2)]
            for page, file_name in enumerate(names, start=1):
                files[file_name] = scanned_page(f"{matricule}{code}{page}")
        else:
            names = [f"{matricule}-{code}.pdf"]
            files[names[0]] = act_pdf(
                title=title,
                name=name,
                matricule=matricule,
                reference=reference,
                when=when,
                sample_label=label,
            )
        rows.append([matricule, code, when.isoformat(), title, reference, "|".join(names)])
    return rows, files


def load_archive(*, password, report):
    """Types, servants, their documents (through the real ingest), the demo accounts. Returns rows written."""
    changes = 0
    for position, (code, rn, fr, en) in enumerate(DOCUMENT_TYPES):
        _obj, created = DocumentType.objects.get_or_create(
            code=code, defaults={"name_rn": rn, "name_fr": fr, "name_en": en, "position": position}
        )
        changes += created
    career, created = CareerType.objects.get_or_create(
        code="statutory",
        defaults={
            "name_rn": "Umukozi wa Leta",
            "name_fr": "Fonctionnaire statutaire",
            "name_en": "Statutory civil servant",
        },
    )
    changes += created
    career.required_documents.set(
        DocumentType.objects.filter(code__in=["appointment", "diploma", "evaluation"])
    )
    institutions = {i.slug: i for i in Institution.objects.all()}
    manifest_rows, files = [], {}
    for number, (matricule, surname, given, slug) in enumerate(SERVANTS, start=1):
        _servant, created = Servant.objects.get_or_create(
            matricule=matricule,
            defaults={
                "surname": surname,
                "given_names": given,
                "date_of_birth": date(1970 + number, 1 + number % 12, 1 + number % 28),
                "institution": institutions[slug],
                "career_type": career,
            },
        )
        changes += created
        rows, documents = _documents(matricule, f"{given} {surname}", number)
        manifest_rows += rows
        files.update(documents)
    changes += _ingest(manifest_rows, files)
    changes += _accounts(password)
    report(f"Personnel files: {len(SERVANTS)} servants")
    return changes


def _ingest(rows, files):
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            Path(folder, name).write_bytes(data)
        manifest = io.StringIO()
        writer = csv.writer(manifest)
        writer.writerow(["matricule", "document_type", "date", "title", "reference", "file"])
        writer.writerows(rows)
        # The demo's scanned-looking pages carry no real words: no OCR at load time (it would run in
        # this process without a broker and slow `make run` by minutes); `manage.py recognise_text`
        # queues them when wanted.
        with override_settings(ARCHIVE_OCR_ON_INGEST=False):
            batch = Ingest(
                manifest=io.BytesIO(manifest.getvalue().encode()),
                source=FolderSource(folder, max_bytes=20 * 1024 * 1024),
                manifest_name="demo-personnel-files.csv",
            ).run()
    return batch.documents.count()


def _accounts(password):
    User = get_user_model()
    ministries = {i.slug: i for i in Institution.objects.ministries()}
    changes = 0
    for username, role, ministry_slug, matricule in ACCOUNTS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, is_staff=role is not None)
            user.set_password(password)
            user.save()
            changes += 1
        if matricule:
            changes += Servant.objects.filter(matricule=matricule, user__isnull=True).update(user=user)
        else:
            # Demo people, granted and confirmed by whoever loads the demo (no administrator exists yet).
            _role, created = ArchiveRole.objects.get_or_create(
                user=user,
                defaults={
                    "role": role,
                    "ministry": ministries.get(ministry_slug),
                    "person": f"DEMO{username.upper().replace('-', '')}",
                    "granted_at": timezone.now(),
                    "confirmed_at": timezone.now(),
                },
            )
            changes += created
    return changes


def write_sample_batch(folder=SAMPLE_BATCH):
    """The small batch the README ingests: new servants, their documents, one row with a mistake to read.
    Rewrite it with: manage.py shell -c "from demo.archive import write_sample_batch; write_sample_batch()"."""
    folder.mkdir(exist_ok=True)
    (folder / "files").mkdir(exist_ok=True)
    label = "Sample content for the Isôko demo: not a real act."
    servants = [
        ("DEMO-0101", "Nduwimana", "Prosper", "1988-02-14", "cgm"),
        ("DEMO-0102", "Niyonkuru", "Sandrine", "1990-09-30", "criminal-records"),
    ]
    rows = []
    for number, (matricule, surname, given, _born, _slug) in enumerate(servants, start=101):
        name = f"{given} {surname}"
        file_name = f"{matricule}-appointment.pdf"
        when = date(2024, 3, number - 100)
        (folder / "files" / file_name).write_bytes(
            act_pdf(
                title=f"Appointment {name}",
                name=name,
                matricule=matricule,
                reference=f"APP-{number}/2024",
                when=when,
                sample_label=label,
            )
        )
        rows.append(
            [
                matricule,
                "appointment",
                when.isoformat(),
                f"Appointment {name}",
                f"APP-{number}/2024",
                file_name,
            ]
        )
    (folder / "files" / "DEMO-0101-evaluation-p1.jpg").write_bytes(scanned_page("sample-eval"))
    rows.append(
        ["DEMO-0101", "evaluation", "2025-06-30", "Evaluation 2025", "", "DEMO-0101-evaluation-p1.jpg"]
    )
    rows.append(["DEMO 0102", "evaluation", "2025-06-30", "Mistyped matricule", "", "missing.pdf"])
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["matricule", "document_type", "date", "title", "reference", "file"])
        writer.writerows(rows)
    with (folder / "servants.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["matricule", "surname", "given_names", "date_of_birth", "institution"])
        writer.writerows(servants)
