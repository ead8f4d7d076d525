"""/open-data/: the files dump_open_data wrote, under names that do not change from day to day."""

from django.http import FileResponse, Http404
from django.utils.translation import gettext as _

from api.bulk import MANIFEST, published_file
from api.responses import CORS


def open_data_file(request, name=MANIFEST):
    found = published_file(name)
    if found is None:
        raise Http404(_("No such open data file. The list is at /open-data/."))
    path, content_type, entry = found
    response = FileResponse(path.open("rb"), content_type=content_type)
    if entry is not None:
        response["ETag"] = f'"{entry["sha256"]}"'
    # Same name every day: any cache may keep a copy, and checks it (a 304) before using it.
    response["Cache-Control"] = "public, no-cache"
    for header, value in CORS.items():
        response[header] = value
    return response
