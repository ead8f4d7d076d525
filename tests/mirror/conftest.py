import pytest

from mirror import signing


@pytest.fixture
def signing_key(settings):
    seed, public = signing.new_key()
    settings.MIRROR_SIGNING_KEY = seed
    return public


@pytest.fixture
def site_pages(criminal_record_extract, passport, justice_form):
    """Two published procedures (one citing a law text) and a form with its file."""
    return criminal_record_extract, passport
