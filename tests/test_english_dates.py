"""English pages write dates as GOV.UK does: "21 July 1979", never the American "July 21, 1979"."""

from datetime import date

from django.utils import translation
from django.utils.formats import date_format, number_format


def test_english_dates_are_day_month_year():
    with translation.override("en"):
        assert date_format(date(1979, 7, 21)) == "21 July 1979"
        assert date_format(date(1979, 7, 21), "SHORT_DATE_FORMAT") == "21/7/1979"
        assert number_format(12000, force_grouping=True) == "12,000"
