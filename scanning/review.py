"""What the check screen shows of a batch, and filing one document from it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from scanning import checks
from scanning.filing import file_document
from scanning.models import ScanPage
from scanning.run import held, local_copy
from scanning.suggest import suggestions


def batch_review(batch):
    """Documents (with their pages, flags and suggestions), pages needing a person, sheets, counts."""
    pages = list(batch.pages.defer("thumbnail", "text").order_by("number"))
    documents = list(batch.documents.select_related("servant", "document_type", "document").order_by("pk"))
    by_document = {}
    for page in pages:
        if page.document_id and page.state == ScanPage.State.IN_DOCUMENT:
            by_document.setdefault(page.document_id, []).append(page)
    shown = []
    for document in documents:
        own = sorted(by_document.get(document.pk, []), key=lambda p: (p.position, p.number))
        text = document.document.search_text if document.document_id else ""
        shown.append(
            {
                "document": document,
                "pages": own,
                "held": sorted({f for p in own for f in p.flags} & checks.HELD),
                "suggested": suggestions(text),
            }
        )
    waiting = [p for p in pages if p.state == ScanPage.State.NEEDS_PERSON]
    return {
        "documents": shown,
        "waiting": waiting,
        "removed": [p for p in pages if p.state == ScanPage.State.REMOVED],
        "sheets_kept": [p for p in pages if p.state == ScanPage.State.SHEET],
        "counts": {
            "pages": len(pages),
            "dossiers": len({d.servant_id for d in documents}),
            "documents": len(documents),
            "filed": sum(1 for d in documents if d.document_id),
            "flagged": sum(1 for p in pages if p.flags or p.state == ScanPage.State.NEEDS_PERSON),
        },
    }


def file_one(document, user):
    """File a document the person has looked at (nothing held on its pages)."""
    if document.document_id:
        return
    if held(document):
        raise ValidationError(_("Decide first on the flagged pages of this document."))
    if not document.pages.filter(state=ScanPage.State.IN_DOCUMENT).exists():
        raise ValidationError(_("This document has no page."))
    with local_copy(document.batch) as path:
        file_document(document, path, actor=user)
    from scanning.notify import tell_servants

    tell_servants(document.batch)
