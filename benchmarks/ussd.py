"""USSD answer latency, uncached: each request replays the whole session, as the gateway sends it.

    .venv/bin/python benchmarks/ussd.py                         # SQLite (throw-away file)
    .venv/bin/python benchmarks/ussd.py --database-url postgres://postgres@127.0.0.1:5432/wt_phone

Posts every step of whole sessions (three languages; passport, birth certificate, building permit;
by search and by life event; every section, every "more" page, where to apply) to the endpoint through
Django's test client, so middleware, gateway check, rate limit and the language lookup are counted.
Each round is a new caller (the session starts with the language screen) and a new gateway session, so
each session runs its search once (later steps replay from what it found, phones.session_searches).
Prints p50/p95/max in ms, over all answers and over the answers that ran a search. Target: p95 < 50 ms
(gateways give up after a few seconds).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SECRET = "benchmark-secret"  # noqa: S105
SESSIONS = [
    # language key, then "type a word", the word, the first result, a section and its pages...
    ["1", "1", "pasiporo", "1", "1", "98", "98", "0", "2", "0", "3", "98", "0", "4", "2", "98", "00", "0"],
    ["2", "1", "acte de naissance", "1", "1", "98", "0", "2", "0", "4", "5", "00", "0"],
    ["3", "1", "building permit", "1", "1", "98", "98", "98", "0", "3", "98", "0", "4", "2", "00", "0"],
    ["1", "2", "1", "2", "0", "3", "00", "98", "0"],
    ["3", "6", "98", "1", "1", "0", "4", "1", "00", "0"],
]
SEARCH_WORDS = {"pasiporo", "acte de naissance", "building permit"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ["FEATURE_PHONE_GATEWAY_SECRET"] = SECRET
    os.environ["FEATURE_PHONE_RATE_LIMIT"] = "1000000"
    from _setup import django_with_demo

    django_with_demo(args.database_url)
    from django.db import connection
    from django.test import Client

    client = Client()
    timings, searching = [], []
    for round_number in range(args.rounds + 1):
        for number, session in enumerate(SESSIONS):
            phone = (
                f"+25779{round_number:03d}{number:03d}"  # a new caller: the session starts with the language
            )
            for step in range(len(session) + 1):
                data = {
                    "sessionId": f"s{round_number}-{number}",
                    "serviceCode": "*123#",
                    "phoneNumber": phone,
                }
                data["text"] = "*".join(session[:step])
                started = time.perf_counter()
                response = client.post("/feature-phones/ussd/", data, headers={"X-Gateway-Secret": SECRET})
                elapsed = (time.perf_counter() - started) * 1000
                assert response.status_code == 200, response.content
                if round_number:  # the first round warms up connections and imports
                    timings.append(elapsed)
                    if step and session[step - 1] in SEARCH_WORDS:
                        searching.append(elapsed)
    for label, figures in (("USSD answers", timings), ("answers that ran a search", searching)):
        figures.sort()
        p95 = figures[max(int(len(figures) * 0.95) - 1, 0)]
        print(
            f"{connection.vendor}: {len(figures)} {label}, p50 {statistics.median(figures):.1f} ms, "
            f"p95 {p95:.1f} ms, max {figures[-1]:.1f} ms"
        )


if __name__ == "__main__":
    main()
