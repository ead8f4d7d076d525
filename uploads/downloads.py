"""Stored documents sent back to people as downloads."""

from django.http import FileResponse, Http404


def attachment(stored, *, filename, content_type, missing_message):
    """A stored document sent as a download under `filename`; Http404 saying `missing_message` when
    its file has gone from the storage."""
    try:
        handle = stored.open("rb")
    except FileNotFoundError as exc:
        raise Http404(missing_message) from exc
    response = FileResponse(handle, as_attachment=True, filename=filename)
    response["Content-Type"] = content_type
    return response
