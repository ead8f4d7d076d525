"""PDF checks by parsing (qpdf through pikepdf), so that what is compressed, escaped or inside an object
stream is seen exactly as a viewer would see it."""

import pikepdf

# Actions that run something, send something or fetch another file, wherever they appear.
ALWAYS_REFUSED_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/GoToE",
    "/RichMediaExecute",
}
# Actions harmless behind a link the reader clicks, not when they fire on their own (opening the file,
# turning a page, focusing a field: /OpenAction and /AA).
AUTOMATIC_REFUSED_ACTIONS = ALWAYS_REFUSED_ACTIONS | {"/URI", "/GoToR"}
# Keys that carry script, attached files, multimedia or an XFA form (which has scripts of its own).
REFUSED_KEYS = {
    "/JS",
    "/JavaScript",
    "/EmbeddedFiles",
    "/EF",
    "/XFA",
    "/RichMediaContent",
    "/RichMediaSettings",
}
REFUSED_TYPES = {"/EmbeddedFile"}
REFUSED_SUBTYPES = {"/RichMedia", "/FileAttachment"}


class Unreadable(Exception):
    """The file is not a PDF a viewer could open."""


def inspect_pdf(stream) -> tuple[int, str | None]:
    """(number of pages, what makes the document active or None); Unreadable if it cannot be parsed."""
    try:
        with pikepdf.open(stream) as pdf:
            pages = len(pdf.pages)
            found = next(_active_parts(pdf), None)
    except pikepdf.PasswordError as exc:
        raise Unreadable("password") from exc
    except (pikepdf.PdfError, RecursionError, ValueError, TypeError, KeyError, OverflowError) as exc:
        raise Unreadable(str(exc)) from exc
    if pages == 0:
        raise Unreadable("no pages")
    return pages, found


def _active_parts(pdf):
    """Every reason to refuse the document, looking at each object qpdf knows (those inside object
    streams included) and at the dictionaries and arrays nested directly inside them."""
    for obj in pdf.objects:
        stack = [obj]
        while stack:
            item = stack.pop()
            if isinstance(item, pikepdf.Array):
                stack.extend(child for child in item if _direct(child))
            elif isinstance(item, pikepdf.Dictionary | pikepdf.Stream):
                reason = _refused_dictionary(item)
                if reason:
                    yield reason
                stack.extend(child for _key, child in item.items() if _direct(child))


def _direct(obj):
    # Indirect objects are visited on their own as members of pdf.objects.
    return isinstance(obj, pikepdf.Array | pikepdf.Dictionary | pikepdf.Stream) and not obj.is_indirect


def _refused_dictionary(dictionary):
    keys = set(dictionary.keys())
    if keys & REFUSED_KEYS:
        return f"key {sorted(keys & REFUSED_KEYS)[0]}"
    if str(dictionary.get("/S", "")) in ALWAYS_REFUSED_ACTIONS:
        return f"action {dictionary.S}"
    if (
        str(dictionary.get("/Type", "")) in REFUSED_TYPES
        or str(dictionary.get("/Subtype", "")) in REFUSED_SUBTYPES
    ):
        return "embedded file or multimedia"
    automatic = []
    if "/OpenAction" in keys:
        automatic.append(dictionary.OpenAction)
    if "/AA" in keys and isinstance(dictionary.AA, pikepdf.Dictionary):
        automatic.extend(dictionary.AA.values())
    for action in _chained_actions(automatic):
        if str(action.get("/S", "")) in AUTOMATIC_REFUSED_ACTIONS:
            return f"automatic action {action.S}"
    return None


def _chained_actions(actions, limit=1000):
    """The actions given and those they chain to through /Next, each once."""
    seen, pending, count = set(), list(actions), 0
    while pending:
        count += 1
        if count > limit:
            raise Unreadable("too many chained actions")
        action = pending.pop()
        if not isinstance(action, pikepdf.Dictionary):
            continue  # an /OpenAction may be a destination (an array): it only says what to show
        if action.is_indirect:
            # Only indirect objects can form a loop; a direct one is met once by construction.
            if action.objgen in seen:
                continue
            seen.add(action.objgen)
        yield action
        chained = action.get("/Next")
        if isinstance(chained, pikepdf.Array):
            pending.extend(chained)
        elif chained is not None:
            pending.append(chained)
