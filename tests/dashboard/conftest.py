import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The dashboard keeps catalogue figures in the cache; each test starts without them."""
    cache.clear()
    yield
    cache.clear()
