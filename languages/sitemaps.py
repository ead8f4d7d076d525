from django.contrib.sitemaps import Sitemap


class MultilingualSitemap(Sitemap):
    """Every page in rn, fr and en, each listing the others as hreflang alternates, plus x-default."""

    i18n = True
    alternates = True
    x_default = True
