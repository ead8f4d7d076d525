"""A chosen commune leaves procedure pages as cacheable as before (issue 28 item 1).

The procedure page is the same for everyone; the offices serving the citizen's commune come from a
small page of their own, in a frame (ministries/communes.py). This starts the production stack of
benchmarks/load.py (gunicorn, production settings, PostgreSQL, Redis, the page cache on) on its own
database and port, and drives with wrk: the stylesheet (the static ceiling), the procedure page without
a commune cookie, the same page with one (a CDN or the page cache answers both alike), and the frame
with the cookie (built each time, never stored by a shared cache).

    ISOKO_LOAD_DB=citizen_load_bench ISOKO_LOAD_PORT=8150 .venv/bin/python benchmarks/my_commune.py --duration 10
"""

import argparse
import os
import re
import shutil
import sys
import tempfile
import urllib.request
from pathlib import Path

os.environ.setdefault("ISOKO_LOAD_DB", "citizen_load_bench")
os.environ.setdefault("ISOKO_LOAD_PORT", "8150")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # noqa: E402 (after the environment it reads)

COOKIE_SCRIPT = 'wrk.headers["Cookie"] = "isoko_commune=mukaza"\n'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    tmp = Path(tempfile.mkdtemp(prefix="isoko-commune-"))
    env = load.prepare(tmp)
    server = load.start_gunicorn(env, args.workers)
    cookie = tmp / "cookie.lua"
    cookie.write_text(COOKIE_SCRIPT)
    try:
        home = urllib.request.urlopen(load.BASE + "/rn/", timeout=30).read().decode()
        stylesheet = re.search(r'href="(/static/css/isoko\.[0-9a-f]+\.css)"', home).group(1)
        page = "/rn/procedures/birth-certificate/"
        urls = {
            "static (ceiling)": (load.BASE, stylesheet, None),
            "procedure": (load.BASE, page, None),
            "procedure+cookie": (load.BASE, page, cookie),
            "frame+cookie": (load.BASE, "/rn/my-commune/offices/birth-certificate/", cookie),
        }
        print(
            f"gunicorn {args.workers} workers, production settings, PostgreSQL, Redis, page cache on; "
            f"wrk 2 threads, {args.connections} connections, {args.duration} s per URL"
        )
        load.measure(urls, args.duration, args.connections)
    finally:
        server.terminate()
        server.wait(timeout=30)
        load.psql(f"DROP DATABASE IF EXISTS {load.DATABASE}")
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
