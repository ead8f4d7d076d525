"""The scanning station, measured: prints figures, asserts nothing.

    .venv/bin/python benchmarks/scan_station.py [--dossiers 50] [--ppi 300] [--ocr-pages 20]
        [--database-url URL]

Makes a stack as a ministry's document feeder would: for each dossier a cover sheet and three separator
sheets printed by Isôko and 16 pages of text, 20 pages a dossier (1,000 pages for 50), greyscale at
--ppi, each page with scanner speckle and turned by up to ±2°; three pages blank, and one of the two
codes of two sheets damaged. Then times receiving it (checks, storing the file unchanged), and reading,
cutting, checking and filing it (SCANNING_READ_PROCESSES=2, OCR off), with the peak memory; then OCR
(OCRmyPDF, as archive/ocr.py runs it) of --ocr-pages of those pages with two workers, in pages a minute.
Say whether the machine was quiet when quoting the figures.
"""

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ("appointment", "diploma", "evaluation")
PAGES_PER_TYPE = (7, 6, 3)


def servants_and_types(count):
    from archive.models import DocumentType, Servant
    from ministries.models import Institution

    institution = Institution.objects.filter(parent__isnull=True).order_by("pk").first()
    types = []
    for position, code in enumerate(TYPES):
        found, _created = DocumentType.objects.get_or_create(
            code=code, defaults={"name_rn": code, "name_fr": code, "name_en": code, "position": position}
        )
        types.append(found)
    servants = [
        Servant.objects.get_or_create(
            matricule=f"BENCH-{n:03d}", defaults={"surname": f"Bench {n}", "institution": institution}
        )[0]
        for n in range(count)
    ]
    return servants, types


def make_stack(servants, types, ppi, folder):
    import numpy as np
    from PIL import Image

    from tests.scanning.stacks import damage_code, sheet_images, text_page

    rng = random.Random(2026)
    sheets = sheet_images(servants, ppi, types)
    texts = [
        text_page([f"Arrete n {i}/2019 du 12 mars 2019 ligne {j} " * 2 for j in range(34)], ppi)
        for i in range(8)
    ]
    noises = [
        np.random.default_rng(s).normal(0, 5, (texts[0].height, texts[0].width)).astype(np.int16)
        for s in range(4)
    ]
    blank_at = set(rng.sample(range(len(servants) * 16), 3))
    damaged = set(rng.sample(range(len(servants)), 2))
    pdf_pages, content = [], 0

    def shifted(image):
        """Another page: the text moved, as no two acts are laid out alike."""
        moved = Image.new("L", image.size, 250)
        moved.paste(image, (rng.randint(-ppi // 2, ppi // 2), rng.randint(-ppi, ppi)))
        return moved

    def noisy(image, skew):
        image = image.rotate(skew, resample=Image.BILINEAR, fillcolor=250) if skew else image
        values = np.asarray(image, dtype=np.int16)[: noises[0].shape[0], : noises[0].shape[1]]
        values = values + rng.choice(noises)[: values.shape[0], : values.shape[1]]
        out = io.BytesIO()
        Image.fromarray(np.clip(values, 0, 255).astype(np.uint8)).save(
            out, "JPEG", quality=60, dpi=(ppi, ppi)
        )
        return out.getvalue()

    for number, servant in enumerate(servants):
        cover = sheets[f"cover:{servant.matricule}"]
        pdf_pages.append(noisy(damage_code(cover) if number in damaged else cover, rng.uniform(-2, 2)))
        for document_type, pages in zip(types, PAGES_PER_TYPE, strict=True):
            pdf_pages.append(noisy(sheets[f"sep:{document_type.code}"], rng.uniform(-2, 2)))
            for _ in range(pages):
                blank = content in blank_at
                page = Image.new("L", texts[0].size, 250) if blank else shifted(rng.choice(texts))
                pdf_pages.append(noisy(page, 0 if blank else rng.uniform(-2, 2)))
                content += 1
    import img2pdf

    path = folder / "stack.pdf"
    path.write_bytes(img2pdf.convert(pdf_pages))
    return path, len(pdf_pages)


def run_station(path):
    from scanning.models import ScanPage, Station
    from scanning.run import process, receive

    station, _created = Station.objects.get_or_create(name="benchmark")
    started = time.perf_counter()
    with path.open("rb") as handle:
        batch = receive(handle, name=path.name, station=station)
    received = time.perf_counter()
    batch = process(batch.pk)
    finished = time.perf_counter()
    pages = batch.pages.only("flags", "state", "reason")
    return {
        "receive_s": received - started,
        "read_cut_check_file_s": finished - received,
        "total_s": finished - started,
        "pages": batch.pages_total,
        "documents": batch.documents.count(),
        "filed": batch.documents.filter(document__isnull=False).count(),
        "needs_person": sum(1 for p in pages if p.state == ScanPage.State.NEEDS_PERSON),
        "flagged": sum(1 for p in pages if p.flags),
        "why_a_person": dict(Counter(p.reason for p in pages if p.state == ScanPage.State.NEEDS_PERSON)),
        "flags": dict(Counter(flag for p in pages for flag in p.flags)),
    }


def ocr_rate(path, pages, workers=2):
    """Pages a minute through OCRmyPDF (--jobs 1 each, as archive/ocr.py), `workers` files at once."""
    import pikepdf

    with tempfile.TemporaryDirectory() as folder, pikepdf.open(path) as stack:
        parts = []
        for n in range(pages):
            part = pikepdf.new()
            part.pages.append(stack.pages[(n // 7) * 20 + 2 + n % 7])  # text pages of the first documents
            name = Path(folder, f"p{n}.pdf")
            part.save(name)
            parts.append(name)

        def one(name):
            subprocess.run(
                ["ocrmypdf", "--quiet", "--jobs", "1", "--output-type", "pdf", "--optimize", "0",
                 "--language", "fra+eng", str(name), str(name.with_suffix(".ocr.pdf"))],
                check=True, env={"OMP_THREAD_LIMIT": "1", **os.environ},
            )  # fmt: skip

        started = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(one, parts))
        seconds = time.perf_counter() - started
    return pages * 60 / seconds, seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=50)
    parser.add_argument("--ppi", type=int, default=300)
    parser.add_argument("--ocr-pages", type=int, default=20)
    parser.add_argument("--database-url")
    parser.add_argument("--stack", help=argparse.SUPPRESS)  # the measuring run, in a process of its own
    options = parser.parse_args()
    os.environ["ARCHIVE_OCR_ON_INGEST"] = "0"
    os.environ["SCANNING_READ_PROCESSES"] = "2"
    os.environ.setdefault("ARCHIVE_ROOT", tempfile.mkdtemp(prefix="isoko-bench-archive-"))
    if options.database_url is None and "DATABASE_URL" not in os.environ:
        folder = tempfile.mkdtemp(prefix="isoko-bench-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    from benchmarks._setup import django_with_demo

    django_with_demo(options.database_url)
    if options.stack:
        measure(Path(options.stack))
        return
    servants, types = servants_and_types(options.dossiers)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        path, count = make_stack(servants, types, options.ppi, Path(folder))
        size = path.stat().st_size / 2**20
        print(f"stack: {count} pages, {size:.0f} MB, made in {time.perf_counter() - started:.0f} s")
        # Measured in a fresh process, so that its peak memory is the station's, not the generator's.
        subprocess.run([sys.executable, __file__, "--stack", str(path)], check=True, env=os.environ)
        if options.ocr_pages:
            rate, seconds = ocr_rate(path, options.ocr_pages)
            print(f"OCR: {options.ocr_pages} pages in {seconds:.0f} s with 2 workers: {rate:.1f} pages/min")


def measure(path):
    from django.db import connection

    figures = run_station(path)
    peak = own_peak_mb()
    print(
        f"database: {connection.vendor}; cores: {os.cpu_count()}; machine NOT quiet (shared by 8 engineers)"
    )
    for key, value in figures.items():
        print(f"  {key}: {value:.1f}" if isinstance(value, float) else f"  {key}: {value}")
    print(f"  pages/min (receive to filed): {figures['pages'] * 60 / figures['total_s']:.0f}")
    # The reading processes are the forkserver's children, not ours: their memory is not counted here.
    print(f"  peak memory of the station process: {peak:.0f} MB")


def own_peak_mb():
    """This process's own peak resident memory (VmHWM). Not getrusage's ru_maxrss: Linux carries that
    over exec from the process that started us, so it reported the stack generator's memory (2.6 GB
    for 50 dossiers) as the station's."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


if __name__ == "__main__":
    main()
