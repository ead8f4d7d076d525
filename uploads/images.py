"""Scanned pages (TIFF, multi-page included; JPEG; PNG), identified and decoded by Pillow with its
decompression-bomb limits turned into refusals."""

import struct
import warnings

from PIL import Image, ImageSequence, UnidentifiedImageError

PILLOW_FORMATS = {"TIFF": "tiff", "JPEG": "jpeg", "PNG": "png", "MPO": "jpeg"}
MAX_PAGES = 2000


class Unreadable(Exception):
    """The bytes do not decode as the image they claim to be."""


MAGIC = {b"II*\x00": "tiff", b"MM\x00*": "tiff", b"\xff\xd8\xff": "jpeg", b"\x89PNG\r\n\x1a\n": "png"}


def sniff_image(stream):
    """The format key an image announces by its first bytes, else None; image_pages then has Pillow
    identify and decode it, and refuses it unless Pillow finds the same format."""
    head = stream.read(8)
    stream.seek(0)
    return next((key for magic, key in MAGIC.items() if head.startswith(magic)), None)


def image_pages(stream, expected_format):
    """The number of frames (pages), after decoding every one of them; Unreadable if Pillow sees
    another format, or if any frame is damaged or larger than Pillow's decompression-bomb limit."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream) as image:
                if PILLOW_FORMATS.get(image.format) != expected_format:
                    raise Unreadable(f"Pillow sees {image.format}")
                image.verify()  # checksums and structure, without decoding
            stream.seek(0)
            with Image.open(stream) as image:
                pages = 0
                for frame in ImageSequence.Iterator(image):
                    pages += 1
                    if pages > MAX_PAGES:
                        raise Unreadable("too many pages")
                    frame.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise Unreadable("image too large when decoded") from exc
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
        IndexError,
        struct.error,
    ) as exc:
        raise Unreadable(str(exc)) from exc
    finally:
        stream.seek(0)
    return pages
