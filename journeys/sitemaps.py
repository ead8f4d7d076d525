from journeys.models import Journey
from languages.sitemaps import MultilingualSitemap


class JourneySitemap(MultilingualSitemap):
    priority = 0.6

    def items(self):
        return Journey.objects.order_by("slug")
