"""OCR of scans on the task queue, measured: prints a table, asserts nothing.

    .venv/bin/python benchmarks/archive_ocr.py [--pages 40] [--workers 2] [--database-url URL]

Generates scanned pages (A4 at 150 dpi, grey JPEG, a few lines of French and Kirundi text), one page per
document, and ingests them three times into a fresh database (SQLite file by default, or --database-url,
which is wiped: use a scratch database) and an empty archive folder:

1. OCR off (ARCHIVE_OCR_ON_INGEST=0): the ingest time without OCR;
2. OCR queued on Redis (127.0.0.1:6379, database 12, emptied) with `celery -A background worker
   --concurrency N` already running: the ingest time while the workers OCR, how many pages were done when
   ingest returned, then pages per minute of the workers (first OCR start to last OCR end);
3. with --in-process, no broker (the embedded default): OCR runs in the ingesting process, for comparison.
Needs OCRmyPDF and Tesseract (fra, eng) from Debian, and Redis.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.archive_ingest import prepare_database, timed, write_manifest  # noqa: E402

BROKER = "redis://127.0.0.1:6379/12"
LINES = [
    "REPUBULIKA Y'UBURUNDI - REPUBLIQUE DU BURUNDI",
    "Iteka rya Minisitiri nomero {n} ryo ku wa 12/03/2019",
    "Decret portant nomination de l'agent matricule B-{m:04d}",
    "Article premier: est nomme au grade d'attache de bureau",
    "Ingingo ya kabiri: iri teka ritangura gukurikizwa",
    "Fait a Gitega, le 12 mars 2019. Le Ministre",
]


def make_scans(folder, pages):
    from PIL import Image, ImageDraw, ImageFont

    folder.mkdir(parents=True)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    names = []
    for number in range(pages):
        image = Image.new("L", (1240, 1754), 240)
        draw = ImageDraw.Draw(image)
        for line_number, line in enumerate(LINES * 3):
            draw.text(
                (100, 150 + line_number * 70), line.format(n=number, m=number % 200), fill=20, font=font
            )
        name = f"scan-{number:05d}.jpg"
        image.save(folder / name, format="JPEG", quality=80, dpi=(150, 150))
        names.append(("evaluation", name))
    return names


def manage(env, *args):
    command = [sys.executable, str(ROOT / "manage.py"), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout


def ocr_state(env):
    script = (
        "from archive.recognition import TextRecognition as T; from django.db.models import Min, Max;"
        "a = T.objects.aggregate(s=Min('started_at'), e=Max('finished_at'));"
        "print(T.objects.filter(status='done').count(), T.objects.count(),"
        " (a['e'] - a['s']).total_seconds() if a['s'] and a['e'] else 0,"
        " T.objects.filter(status='failed').count())"
    )
    done, total, span, failed = manage(env, "shell", "-c", script).split()[-4:]
    return int(done), int(total), float(span), int(failed)


def ingest(env, manifest, folder):
    command = [sys.executable, str(ROOT / "manage.py"), "ingest_batch", str(manifest), str(folder)]
    seconds, _peak, _out = timed([*command, "--no-progress"], env)
    return seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--in-process", action="store_true", help="also time ingest with OCR in-process")
    args = parser.parse_args()
    import redis

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "isoko.settings")
    work = Path(tempfile.mkdtemp(prefix="archive-ocr-bench-"))
    broker = redis.Redis.from_url(BROKER)
    try:
        names = make_scans(work / "files", args.pages)
        manifest = work / "manifest.csv"
        write_manifest(manifest, names)
        database = args.database_url or f"sqlite:///{work / 'bench.sqlite3'}"
        label = "PostgreSQL" if database.startswith("postgres") else "SQLite"
        print(f"{args.pages} scanned pages (one per document), {os.cpu_count()} cores; database: {label}")
        print(f"{'run':<46} {'ingest s':>9} {'OCR done at return':>19}")

        def fresh(name, **extra):
            env = {
                **os.environ,
                "DATABASE_URL": database,
                "ARCHIVE_ROOT": str(work / name),
                "LANGUAGE_CODE": "en",
            }
            env.update(extra)
            prepare_database(env)
            return env

        env = fresh("store-off", ARCHIVE_OCR_ON_INGEST="0")
        print(f"{'1. OCR off':<46} {ingest(env, manifest, work / 'files'):>9.1f} {'-':>19}", flush=True)

        broker.flushdb()
        done, span, failed = queued_run(fresh, manifest, work, args.workers)
        if args.in_process:
            in_process(fresh, manifest, work, args.workers)
        print(
            f"OCR on the queue: {done} pages in {span:.1f} s with {args.workers} workers "
            f"= {done / span * 60:.1f} pages per minute ({failed} failed)"
        )
    finally:
        broker.flushdb()
        shutil.rmtree(work, ignore_errors=True)


def queued_run(fresh, manifest, work, workers):
    """Ingest with OCR queued while the workers run; then wait for them: (pages done, seconds, failed)."""
    env = fresh("store-queue", ARCHIVE_OCR_ON_INGEST="1", TASK_BROKER_URL=BROKER, ARCHIVE_OCR_JOBS="1")
    worker = start_workers(env, work, workers)
    try:
        seconds = ingest(env, manifest, work / "files")
        done, total, _span, _failed = ocr_state(env)
        label = f"2. OCR queued, {workers} workers running"
        print(f"{label:<46} {seconds:>9.1f} {f'{done} of {total}':>19}", flush=True)
        while True:
            done, total, span, failed = ocr_state(env)
            if done + failed >= total:
                return done, span, failed
            time.sleep(2)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)


def start_workers(env, work, workers):
    """`celery -A background worker --concurrency N`, as the README starts it, waiting for tasks."""
    command = [sys.executable, "-m", "celery", "-A", "background", "worker", "--concurrency", str(workers)]
    command += ["--without-gossip", "--without-mingle", "--loglevel", "WARNING"]
    log = (work / "worker.log").open("wb")
    worker = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)
    time.sleep(5)  # workers up and waiting
    return worker


def in_process(fresh, manifest, work, jobs):
    env = fresh("store-eager", ARCHIVE_OCR_ON_INGEST="1", ARCHIVE_OCR_JOBS=str(jobs))
    seconds = ingest(env, manifest, work / "files")
    done, total, _span, _failed = ocr_state(env)
    label = "3. no broker: OCR in the ingesting process"
    print(f"{label:<46} {seconds:>9.1f} {f'{done} of {total}':>19}", flush=True)


if __name__ == "__main__":
    main()
