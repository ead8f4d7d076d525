from django.contrib.sitemaps import Sitemap

from languages.addresses import site_domain, site_protocol


class MultilingualSitemap(Sitemap):
    """Every page in rn, fr and en, each listing the others as hreflang alternates, plus x-default.

    Addresses are on SITE_URL: Django's sitemap view would otherwise take the domain and protocol from
    the request (its Host header) when the sites framework is not installed."""

    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None):
        return site_protocol()

    def get_domain(self, site=None):
        return site_domain()
