"""Backup and restore drill of the demo plus archived documents: a full backup, an incremental one after
more documents, then `restore_drill`. Prints the figures (targets: incremental <= 30 s, drill <= 5 min).

    .venv/bin/python benchmarks/backup.py --documents 1000 --size-kb 1024        # about 1 GB, SQLite
    .venv/bin/python benchmarks/backup.py --documents 300 --size-kb 512          # smaller

SQLite (the online backup API) and restic; each step is a `manage.py` process, as an operator runs it.
The documents are PDFs of random (incompressible, undeduplicable) bytes, ingested by `ingest_batch`.
"""

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parent.parent
MATRICULES = [f"DEMO-{number:04d}" for number in range(1, 21)]


def random_pdf(path, size):
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.Root.BenchmarkPayload = pdf.make_stream(os.urandom(size))
    pdf.save(path)


def write_batch(folder, first, count, size):
    files = folder / "files"
    files.mkdir(parents=True)
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["matricule", "document_type", "date", "title", "reference", "file"])
        for number in range(first, first + count):
            name = f"act-{number}.pdf"
            random_pdf(files / name, size)
            matricule = MATRICULES[number % len(MATRICULES)]
            writer.writerow([matricule, "appointment", "2015-01-01", f"Act {number}", f"B-{number}", name])
    return folder / "manifest.csv", files


def manage(env, *arguments):
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.monotonic() - started
    if done.returncode != 0 and arguments[0] != "restore_drill":
        sys.exit(f"{' '.join(arguments)} failed:\n{done.stdout}\n{done.stderr}")
    return elapsed, done


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--more", type=int, default=50)
    parser.add_argument("--size-kb", type=int, default=1024)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="isoko-bench-backup-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "ARCHIVE_ROOT": str(folder / "archive"),
        "MEDIA_ROOT": str(folder / "media"),
        "BACKUP_ROOT": str(folder / "backup"),
        "RESTIC_REPOSITORY": str(folder / "restic"),
        "RESTIC_PASSWORD": "benchmark-only",
        "ARCHIVE_OCR_ON_INGEST": "0",
        "OPERATOR_LANGUAGE": "en",
    }
    try:
        manage(env, "migrate", "-v0")
        manage(env, "load_demo")
        size = args.size_kb * 1024
        batch, files = write_batch(folder / "batch1", 0, args.documents, size)
        ingest_seconds, _ = manage(env, "ingest_batch", str(batch), str(files), "--no-progress")
        archive_bytes = sum(path.stat().st_size for path in (folder / "archive").rglob("*") if path.is_file())
        print(
            f"{args.documents} documents of {args.size_kb} KB ingested in {ingest_seconds:.1f} s; "
            f"archive {archive_bytes / 1e6:.0f} MB"
        )
        full, _ = manage(env, "backup", "--type", "full")
        print(f"full backup: {full:.1f} s")
        batch, files = write_batch(folder / "batch2", args.documents, args.more, size)
        manage(env, "ingest_batch", str(batch), str(files), "--no-progress")
        incremental, _ = manage(env, "backup")
        print(f"incremental backup after {args.more} new documents: {incremental:.1f} s (target <= 30 s)")
        drill, done = manage(env, "restore_drill")
        print(f"restore drill, whole command: {drill:.1f} s (target <= 5 min); exit status {done.returncode}")
        print("--- transcript ---")
        print(done.stdout + done.stderr)
        repository = sum(path.stat().st_size for path in (folder / "restic").rglob("*") if path.is_file())
        print(f"restic repository: {repository / 1e6:.0f} MB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: the machine is shared)")


if __name__ == "__main__":
    main()
