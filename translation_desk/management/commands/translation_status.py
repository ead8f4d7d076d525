from collections import Counter

from django.core.management.base import BaseCommand
from django.db import transaction

from translation_desk import catalogue
from translations import state

COLUMNS = ("total", state.MISSING, state.DRAFT, state.TRANSLATED, state.REVIEWED, "stale", "unreviewed")
TITLES = {state.DRAFT: "draft", state.TRANSLATED: "translated", state.REVIEWED: "reviewed"}


class Command(BaseCommand):
    help = (
        "Counts of the public catalogue's translated texts per language: missing, draft, translated, "
        "reviewed, stale, unreviewed (per ministry with --per-ministry). --refresh first records the "
        "state of rows saved before translation states were kept (safe to run again)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--per-ministry", action="store_true")
        parser.add_argument("--refresh", action="store_true")

    def handle(self, *args, per_ministry=False, refresh=False, **options):
        if refresh:
            self.stdout.write(f"refreshed {refresh_states()} rows")
        header = "language".ljust(10) + "".join(TITLES.get(name, name).rjust(12) for name in COLUMNS)
        for language in state.languages():
            rows = catalogue.all_figures(language)
            if per_ministry:
                self.stdout.write(f"\n{language}\n" + "ministry".ljust(40) + header[10:])
                for row in rows:
                    self.stdout.write(str(row.name)[:39].ljust(40) + _cells(row.counts))
            total = sum((row.counts for row in rows), Counter())
            if not per_ministry:
                if language == state.languages()[0]:
                    self.stdout.write(header)
                self.stdout.write(language.ljust(10) + _cells(total))


def _cells(counts):
    return "".join(str(counts[name]).rjust(12) for name in COLUMNS)


@transaction.atomic
def refresh_states():
    """Record the state of every row whose texts have none yet (rows loaded before states were kept)."""
    count = 0
    for ministry in [*catalogue.Institution.objects.ministries(), None]:
        for obj, _url, _where in catalogue.records(ministry):
            fresh = state.refresh(obj)
            if fresh != (obj.translation_state or {}):
                type(obj).objects.filter(pk=obj.pk).update(translation_state=fresh)
                count += 1
    return count
