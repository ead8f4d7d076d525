from tests.archive.conftest import (  # noqa: F401 (fixtures)
    alice,
    archive_root,
    career,
    document_types,
    no_ocr_unless_asked,
)
