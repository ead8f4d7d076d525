from languages.sitemaps import MultilingualSitemap
from ministries.models import Institution, Office


class MinistrySitemap(MultilingualSitemap):
    priority = 0.5

    def items(self):
        return Institution.objects.ministries().order_by("slug")


class OfficeSitemap(MultilingualSitemap):
    priority = 0.4

    def items(self):
        return Office.objects.order_by("slug")
