import time

from django.core.management.base import BaseCommand

from scanning.models import Station
from scanning.watch import watch_once


class Command(BaseCommand):
    help = "Watch a folder a scanner writes to: read every stack once it is written completely."

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--station", required=True)
        parser.add_argument("--once", action="store_true", help="look once, then stop")
        parser.add_argument("--every", type=int, default=10, help="seconds between looks")

    def handle(self, *args, **options):
        station, _created = Station.objects.get_or_create(name=options["station"])
        while True:
            for name, outcome, detail in watch_once(options["folder"], station):
                if outcome != "skipped":
                    self.stdout.write(
                        f"{name}: {outcome} {detail if isinstance(detail, str) else ''}".strip()
                    )
            if options["once"]:
                return
            time.sleep(options["every"])
