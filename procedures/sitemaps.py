from django.contrib.sitemaps import Sitemap

from procedures.models import Procedure, Theme


class MultilingualSitemap(Sitemap):
    """Every page in rn, fr and en, each listing the others as hreflang alternates, plus x-default."""

    i18n = True
    alternates = True
    x_default = True


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
