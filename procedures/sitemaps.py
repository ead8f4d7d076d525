from languages.sitemaps import MultilingualSitemap
from procedures.models import Procedure, Theme


class ProcedureSitemap(MultilingualSitemap):
    priority = 0.9
    changefreq = "weekly"

    def items(self):
        return Procedure.objects.published().order_by("slug")

    def lastmod(self, procedure):
        return procedure.updated_at


class ThemeSitemap(MultilingualSitemap):
    priority = 0.6

    def items(self):
        return Theme.objects.all()
