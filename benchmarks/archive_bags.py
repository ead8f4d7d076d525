"""Export of dossiers as BagIt bags, measured: prints seconds and MB/s, asserts nothing.

    .venv/bin/python benchmarks/archive_bags.py [--documents 1000] [--database-url URL]

Generates the born-digital PDFs of benchmarks/archive_ingest.py (100 KB-2 MB), ingests them into a fresh
database (SQLite by default; --database-url is wiped: use a scratch database) across 200 servants, then
times `manage.py export_bags --ministry bench` (one bag per servant, every file copied and hashed by
bagit) and `manage.py import_bag` of one bag.
"""

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive_ingest import ROOT, make_files, prepare_database, timed, write_manifest  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "isoko.settings")
    work = Path(tempfile.mkdtemp(prefix="archive-bags-bench-"))
    try:
        names = make_files(work / "files", args.documents, 0)
        write_manifest(work / "manifest.csv", names)
        database = args.database_url or f"sqlite:///{work / 'bench.sqlite3'}"
        env = {
            **os.environ,
            "DATABASE_URL": database,
            "ARCHIVE_ROOT": str(work / "store"),
            "LANGUAGE_CODE": "en",
        }
        prepare_database(env)
        manage = [sys.executable, str(ROOT / "manage.py")]
        timed(
            [*manage, "ingest_batch", str(work / "manifest.csv"), str(work / "files"), "--no-progress"], env
        )
        megabytes = sum(p.stat().st_size for p in (work / "store").rglob("*") if p.is_file()) / 2**20
        seconds, peak, _out = timed([*manage, "export_bags", str(work / "bags"), "--ministry", "bench"], env)
        bags = sorted((work / "bags").iterdir())
        label = "PostgreSQL" if database.startswith("postgres") else "SQLite"
        print(f"export of {len(names)} documents ({megabytes:.0f} MB) as {len(bags)} bags, {label}:")
        print(
            f"  {seconds:.1f} s, {megabytes / seconds:.1f} MB/s, {len(names) / seconds:.1f} documents/s, peak {peak:.0f} MB"
        )
        one = bags[0]
        size = sum(p.stat().st_size for p in (one / "data").rglob("*") if p.is_file()) / 2**20
        prepare_database(env)  # an empty archive to import into
        seconds, peak, _out = timed([*manage, "import_bag", str(one)], env)
        print(
            f"import of one bag ({size:.0f} MB, every checksum verified): {seconds:.1f} s, peak {peak:.0f} MB"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
