"""Print, per page type and language, the gzip-compressed bytes of the HTML plus the CSS it needs,
and the number of SQL queries it took. Target: procedure page at most 14 KB (one TCP round trip).

    .venv/bin/python benchmarks/page_weight.py
"""

import gzip
import os
import re

from _setup import ROOT, django_with_demo

BUDGET = 14 * 1024
PAGES = {
    "home": "/{lang}/",
    "theme": "/{lang}/themes/identity-civil-status/",
    "ministry": "/{lang}/ministries/interior/",
    "office": "/{lang}/offices/cgm-bujumbura/",
    "procedure": "/{lang}/procedures/passport/",
    "procedure (largest)": None,
    "forms": "/{lang}/forms/",
    "search": "/{lang}/search/?q=passeport",
    "links": "/{lang}/links/",
    "about": "/{lang}/about/",
    "my commune": "/{lang}/my-commune/",
    "commune frame": "/{lang}/my-commune/offices/birth-certificate/?commune=mukaza",
    "journeys": "/{lang}/journeys/",
    "journey": "/{lang}/journeys/starting-a-business/",
}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def main():
    os.environ["PAGE_CACHE"] = "0"  # measure what a page costs to build, not a cache hit
    django_with_demo()
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from procedures.models import Procedure

    largest = max(
        Procedure.objects.published().for_page(),
        key=lambda p: len(p.steps.all()) + len(p.documents.all()) + len(p.offices.all()),
    )
    PAGES["procedure (largest)"] = "/{lang}/procedures/" + largest.slug + "/"
    client = Client()
    css_cache = {}
    print(f"{'page':22} {'lang':4} {'html':>7} {'html gz':>8} {'css gz':>7} {'total gz':>9} {'queries':>8}")
    worst_procedure = 0
    for name, pattern in PAGES.items():
        for lang in ("rn", "fr", "en"):
            url = pattern.format(lang=lang)
            reset_queries()  # the log is a bounded deque: full after load_demo, it would count nothing
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            html = response.content
            css_total = 0
            for href in re.findall(rb'<link rel="stylesheet" href="([^"]+)"', html):
                path = href.decode().split("/static/", 1)[1]
                if path not in css_cache:
                    css_cache[path] = gz((ROOT / "static" / path).read_bytes())
                css_total += css_cache[path]
            total = gz(html) + css_total
            if name.startswith("procedure"):
                worst_procedure = max(worst_procedure, total)
            print(f"{name:22} {lang:4} {len(html):7} {gz(html):8} {css_total:7} {total:9} {len(queries):8}")
    verdict = "within" if worst_procedure <= BUDGET else "OVER"
    print(
        f"\nlargest procedure page: {worst_procedure} bytes gzip (HTML+CSS), {verdict} the {BUDGET}-byte budget"
    )


if __name__ == "__main__":
    main()
