"""The static mirror at scale: a full build of N procedures in three languages, then the rebuild after
one publication (a withdrawal, through the publication hook). Prints the figures (target: rebuild <= 5 s).

    .venv/bin/python benchmarks/mirror.py --procedures 10000
    .venv/bin/python benchmarks/mirror.py --procedures 2000      # a full build of 10,000 takes long here
"""

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _setup import django_with_demo  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--procedures", type=int, default=10_000)
    parser.add_argument(
        "--profile", action="store_true", help="print cProfile's 25 costliest calls of the rebuild"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="isoko-bench-mirror-"))
    os.environ["MIRROR_ROOT"] = str(folder / "mirror")
    django_with_demo()
    from django.contrib.auth import get_user_model
    from search import generate

    from mirror.build import Mirror
    from procedures.models import Procedure
    from procedures.services import procedure_withdraw

    generate(args.procedures)
    published = Procedure.objects.published().count()
    try:
        started = time.monotonic()
        mirror = Mirror(folder / "mirror")
        mirror.build()
        full = time.monotonic() - started
        pages = len(mirror.state["pages"])
        print(
            f"{published} published procedures: full build {full:.1f} s, {pages} files "
            f"({pages / full:.0f} a second)"
        )

        target = Procedure.objects.published().order_by("pk")[published // 2]
        reviewer = get_user_model().objects.get(username="reviewer")
        profiler = cProfile.Profile() if args.profile else None
        started = time.monotonic()
        if profiler:
            profiler.enable()
        procedure_withdraw(procedure=target, user=reviewer)  # commits; the hook rebuilds after the commit
        if profiler:
            profiler.disable()
        rebuild = time.monotonic() - started
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        after = Mirror(folder / "mirror")
        print(
            f"rebuild after one publication (withdrawal of {target.slug}): {rebuild:.2f} s (target <= 5 s), "
            f"{len(after.state['pages'])} files in the mirror"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"(SQLite; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: the machine is shared)")


if __name__ == "__main__":
    main()
