"""Reading a scanned file page by page, once: its image, resolution, codes and what the quality checks need.

A scanner's PDF holds one image per page: that image is taken as it is (pikepdf), never re-rendered, so
its resolution is the scan's own. A page that is not one image (text, drawings) is not a scan: it goes to
a person. A TIFF's frames are read one at a time; nothing keeps more than one page in memory.
"""

import io
import math
import warnings
from dataclasses import dataclass, field

import numpy as np
import zxingcpp
from PIL import Image, ImageOps

from scanning.codes import PREFIX

A4_WIDTH_INCHES = 8.27
WORK_PPI = 75  # blank, skew and fingerprint are judged on a copy at about this resolution
CODE_PPI = 150  # codes are looked for at about this (a 1 mm cell is 6 pixels)
THUMB_WIDTH = 160
SKEW_LIMIT = 4.0  # degrees searched either way
SKEW_STEP = 0.25


class NotAScan(Exception):
    """A page that is not one scanned image (text or drawings of a PDF made on a computer)."""


@dataclass
class PageFacts:
    index: int
    ppi: int = 0
    codes: list = field(default_factory=list)  # texts of our codes (scanning.codes parses them)
    damaged_code: bool = False  # a QR code was seen but could not be read
    rotation: int = 0  # clockwise degrees that make the page upright, when a code tells
    turned_sideways: bool = False  # lines run up the page: turned 90°
    skew: float = 0.0
    blank: bool = False
    fingerprint: str = ""
    thumbnail: bytes = b""
    not_a_scan: bool = False


def read_range(path, file_format, start, end):
    """PageFacts of pages start..end-1 of the file (one worker's share)."""
    for index, image, ppi, image_ppi in iter_images(path, file_format, start, end):
        yield analyse(index, image, ppi, image_ppi)


def read_range_list(arguments):
    return list(read_range(*arguments))


def iter_images(path, file_format, start=0, end=None):
    """(index, greyscale image or NotAScan, the scan's ppi, the image's ppi) for each page, in file order.
    A scanner's JPEG is decoded at the scale the checks need (libjpeg's DCT scaling: far faster)."""
    if file_format == "pdf":
        yield from _pdf_images(path, start, end)
    else:
        yield from _tiff_images(path, start, end)


def _pdf_images(path, start, end):
    import pikepdf

    with pikepdf.open(path) as pdf:
        for index in range(start, len(pdf.pages) if end is None else end):
            page = pdf.pages[index]
            images = list(page.get_images().values())
            if len(images) != 1:
                yield index, NotAScan(), 0, 0
                continue
            turn = int(page.obj.get("/Rotate", 0)) % 360
            width_inches = float(page.mediabox[2] - page.mediabox[0]) / 72 or A4_WIDTH_INCHES
            embedded = pikepdf.PdfImage(images[0])
            ppi = round((embedded.height if turn in (90, 270) else embedded.width) / width_inches)
            try:
                image, scale = _decoded(embedded, ppi)
            except (pikepdf.PdfError, NotImplementedError, ValueError, OSError):
                yield index, NotAScan(), 0, 0
                continue
            if turn:
                image = image.rotate(-turn, expand=True)
            yield index, image, ppi, ppi / scale


def _decoded(embedded, ppi):
    """(greyscale image, how many times smaller than the scan it was decoded)."""
    if embedded.filters == ["/DCTDecode"]:
        image = Image.open(io.BytesIO(embedded.obj.read_raw_bytes()))
        scale = 1
        while scale < 8 and ppi / (scale * 2) >= CODE_PPI:
            scale *= 2
        image.draft("L", (image.width // scale, image.height // scale))
        scale = round(embedded.width / image.width) or 1
    else:
        image, scale = embedded.as_pil_image(), 1
    return (image if image.mode == "L" else image.convert("L")), scale


def _tiff_images(path, start, end):
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(path) as image:
            for index in range(start, getattr(image, "n_frames", 1) if end is None else end):
                image.seek(index)
                frame = image
                dpi = frame.info.get("dpi")
                ppi = round(float(dpi[0])) if dpi and dpi[0] else round(frame.width / A4_WIDTH_INCHES)
                yield index, frame.convert("L"), ppi, ppi


def analyse(index, image, ppi, image_ppi=None):
    """Everything the split and the checks need from one page, from one decoded image."""
    if isinstance(image, NotAScan):
        return PageFacts(index=index, not_a_scan=True)
    facts = PageFacts(index=index, ppi=ppi)
    image_ppi = image_ppi or ppi
    codes_image = _scaled(image, image_ppi, CODE_PPI)
    codes_ppi = image_ppi / max(1, int(image_ppi // CODE_PPI))
    _read_codes(facts, codes_image, codes_ppi)
    work = _scaled(codes_image, codes_ppi, WORK_PPI)
    ink = _ink(work)
    facts.blank = ink.mean() < 0.002
    if not facts.blank and not facts.codes:
        facts.skew, facts.turned_sideways = _skew(ink)
    facts.fingerprint = _grid(work)
    thumb = ImageOps.contain(work, (THUMB_WIDTH, THUMB_WIDTH * 2))
    out = io.BytesIO()
    thumb.save(out, format="JPEG", quality=70)
    facts.thumbnail = out.getvalue()
    return facts


def _scaled(image, ppi, target):
    """The image reduced by a whole factor (box averaging: fast, and it smooths scanner noise)."""
    factor = int(ppi // target)
    return image.reduce(factor) if factor > 1 else image


def _read_codes(facts, image, ppi):
    found = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.QRCode, try_invert=False, return_errors=True
    )
    for barcode in found:
        if not barcode.valid:
            # Only a symbol of a sheet's code's size counts as a damaged sheet: text and stamps on an
            # ordinary page sometimes look like the start of a QR code to the detector.
            facts.damaged_code = facts.damaged_code or (
                _sheet_sized(barcode, ppi) and _where_sheets_print_codes(barcode, image.size)
            )
            continue
        if barcode.text.startswith(f"{PREFIX}:"):
            facts.codes.append(barcode.text)
            # The code's own turn is the sheet's: zxing says how far it is turned counter-clockwise.
            facts.rotation = (360 - round(barcode.orientation / 90) * 90) % 360
            facts.skew = _small_angle(barcode.orientation)


def _sheet_sized(barcode, ppi):
    """A symbol 25 to 55 mm wide, as the sheets' 38 mm codes are after a cheap scan."""
    corners = barcode.position
    width = math.dist((corners.top_left.x, corners.top_left.y), (corners.top_right.x, corners.top_right.y))
    return 25 <= width / ppi * 25.4 <= 55


def _where_sheets_print_codes(barcode, size):
    """Centred in the top-right or bottom-left part of the page, where a sheet prints its two codes (the
    same corners when the sheet is upside down): a text page's lines sometimes look like a damaged symbol
    elsewhere, and such a false sign would send the rest of its dossier to a person."""
    corners = barcode.position
    points = (corners.top_left, corners.top_right, corners.bottom_right, corners.bottom_left)
    x = sum(p.x for p in points) / 4 / size[0]
    y = sum(p.y for p in points) / 4 / size[1]
    return (x > 0.6 and y < 0.3) or (x < 0.4 and y > 0.7)


def _small_angle(orientation):
    rest = ((orientation + 45) % 90) - 45
    return -float(rest)


def _ink(work):
    """A boolean array of dark pixels: paper is the brightest common value, ink well below it."""
    grey = np.asarray(work, dtype=np.uint8)
    paper = np.percentile(grey[::4, ::4], 90)
    return grey < paper - 80


def _skew(ink):
    """(small angle in degrees, turned sideways): the sheared row profile whose squared sum is largest
    (the projection-profile method) on at most 20,000 dark pixels; lines running up the page give a
    far better profile once rows and columns are swapped."""
    ys, xs = np.nonzero(ink)
    if len(ys) < 200:
        return 0.0, False
    if len(ys) > 20_000:
        keep = np.random.default_rng(0).choice(len(ys), 20_000, replace=False)
        ys, xs = ys[keep], xs[keep]
    angle, _score = _best_profile(ys, xs - ink.shape[1] / 2)
    # Between lines of text a row holds no ink; across them every column holds some.
    return angle, _gaps(ink.sum(axis=0)) > 0.25 > _gaps(ink.sum(axis=1))


def _gaps(profile):
    """The share of empty bins between the first and the last inked one."""
    inked = np.nonzero(profile > profile.max() * 0.02)[0]
    if len(inked) < 2:
        return 0.0
    span = profile[inked[0] : inked[-1] + 1]
    return float((span <= profile.max() * 0.02).mean())


def _best_profile(ys, xs):
    best, best_score = 0.0, -1.0
    for angle in np.arange(-SKEW_LIMIT, SKEW_LIMIT + SKEW_STEP / 2, SKEW_STEP):
        shifted = np.round(ys + xs * math.tan(math.radians(angle))).astype(np.int64)
        shifted -= shifted.min()
        score = float((np.bincount(shifted).astype(np.float64) ** 2).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return round(best, 2), best_score


def _grid(work, columns=24, rows=34):
    """The page's mean grey in cells of about 9 mm (hex): the same sheet scanned twice gives nearly the
    same grid, whatever the speckle."""
    return np.asarray(work.resize((columns, rows), resample=Image.BOX), dtype=np.uint8).tobytes().hex()


def distance(left, right):
    """Mean difference of grey between two pages' grids (0 to 255); inf when they cannot be compared."""
    if not left or len(left) != len(right):
        return float("inf")
    a = np.frombuffer(bytes.fromhex(left), dtype=np.uint8).astype(np.int16)
    b = np.frombuffer(bytes.fromhex(right), dtype=np.uint8).astype(np.int16)
    return float(np.abs(a - b).mean())
