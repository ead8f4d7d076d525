"""Batch ingest and fixity check, measured: prints a table, asserts nothing.

    .venv/bin/python benchmarks/archive_ingest.py [--documents 1000] [--scans 100] [--database-url URL]

Generates born-digital PDFs (100 KB-2 MB, random incompressible content so sizes are real) and scanned
pages (JPEG), writes a manifest, then for each batch size (50, then all) ingests into a fresh database
(SQLite file by default, or --database-url, which is wiped: use a scratch database) and an empty archive
folder. Then times verify_archive against `sha256sum` over the same stored files.
"""

import argparse
import csv
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_files(folder, documents, scans, seed=2026):
    from fpdf import FPDF
    from PIL import Image

    rng = random.Random(seed)
    folder.mkdir(parents=True)
    names = []
    for number in range(documents):
        size = rng.randint(100 * 1024, 2 * 1024 * 1024)
        pdf = FPDF()
        pdf.set_compression(False)
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(text=f"Iteka nomero {number}")
        # An incompressible image of the wanted size: a scanned signature page, say.
        side = max(16, int((size / 3) ** 0.5))
        image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", compress_level=0)
        buffer.seek(0)
        pdf.image(buffer, x=10, y=30, w=100)
        name = f"doc-{number:05d}.pdf"
        (folder / name).write_bytes(bytes(pdf.output()))
        names.append(("promotion", name))
    for number in range(scans):
        image = Image.new("L", (1240, 1754), 235)
        noise = Image.frombytes("L", (1240, 1754), rng.randbytes(1240 * 1754))
        image = Image.blend(image, noise, 0.08)
        name = f"scan-{number:05d}.jpg"
        image.save(folder / name, format="JPEG", quality=75)
        names.append(("evaluation", name))
    return names


def write_manifest(path, names):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["matricule", "document_type", "date", "title", "reference", "file"])
        for number, (code, name) in enumerate(names):
            writer.writerow(
                [f"B-{number % 200:04d}", code, "2020-01-01", f"Act {number}", f"R-{number}", name]
            )


def prepare_database(env):
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "flush", "--no-input"],
        env=env,
        check=False,
        capture_output=True,
    )
    subprocess.run([sys.executable, str(ROOT / "manage.py"), "migrate", "-v0"], env=env, check=True)
    setup = (
        "from archive.models import DocumentType, Servant;"
        "from ministries.models import Institution;"
        "m = Institution.objects.create(slug='bench', kind='ministry', name_rn='Bench', name_fr='Bench');"
        "[DocumentType.objects.create(code=c, name_rn=c, name_fr=c) for c in ('promotion', 'evaluation')];"
        "[Servant.objects.create(matricule=f'B-{i:04d}', surname='Bench', institution=m) for i in range(200)]"
    )
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", setup],
        env=env,
        check=True,
        capture_output=True,
    )


def timed(command, env):
    """Wall seconds and peak resident memory (MB) of a child process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    out = process.stdout.read().decode()
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(process.stderr.read().decode())
    return seconds, usage.ru_maxrss / 1024, out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--scans", type=int, default=100)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "isoko.settings")
    work = Path(tempfile.mkdtemp(prefix="archive-bench-"))
    try:
        names = make_files(work / "files", args.documents, args.scans)
        total_bytes = sum((work / "files" / name).stat().st_size for _c, name in names)
        database = args.database_url or f"sqlite:///{work / 'bench.sqlite3'}"
        label = "PostgreSQL" if database.startswith("postgres") else "SQLite"
        print(f"{len(names)} files, {total_bytes / 2**20:.0f} MB; database: {label}")
        print(f"{'batch':>14} {'seconds':>8} {'docs/s':>8} {'MB/s':>7} {'peak MB':>8}")
        for size in (50, len(names)):
            subset = names[:25] + names[-25:] if size == 50 else names
            folder = work / f"batch-{size}"
            folder.mkdir()
            for _code, name in subset:
                os.link(work / "files" / name, folder / name)
            manifest = work / f"manifest-{size}.csv"
            write_manifest(manifest, subset)
            store = work / f"store-{size}"
            env = {**os.environ, "DATABASE_URL": database, "ARCHIVE_ROOT": str(store), "LANGUAGE_CODE": "en"}
            prepare_database(env)
            command = [
                sys.executable,
                str(ROOT / "manage.py"),
                "ingest_batch",
                str(manifest),
                str(folder),
                "--no-progress",
            ]
            seconds, peak, out = timed(command, env)
            megabytes = sum((folder / n).stat().st_size for _c, n in subset) / 2**20
            print(
                f"{size:>8} docs {seconds:>8.1f} {size / seconds:>8.1f} {megabytes / seconds:>7.1f} {peak:>8.0f}"
            )
            if f"{size} documents stored" not in out:
                print("   (not all stored:", out.strip().splitlines()[-3:], ")")
        verify = [sys.executable, str(ROOT / "manage.py"), "verify_archive", "--no-progress"]
        verify_seconds, verify_peak, _out = timed(verify, env)
        stored = [str(p) for p in store.rglob("*") if p.is_file()]
        started = time.perf_counter()
        subprocess.run(
            ["xargs", "-0", "sha256sum"], input="\0".join(stored).encode(), capture_output=True, check=True
        )
        sha_seconds = time.perf_counter() - started
        print(
            f"verify_archive over {len(stored)} files: {verify_seconds:.1f} s (peak {verify_peak:.0f} MB); "
            f"sha256sum: {sha_seconds:.1f} s; ratio {verify_seconds / sha_seconds:.2f}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
