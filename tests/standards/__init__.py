"""The official schemas of the formats Isôko writes for others, loaded from copies kept here (no network)."""

from functools import cache
from pathlib import Path

from lxml import etree

HERE = Path(__file__).parent


class _LocalCopies(etree.Resolver):
    """Sends the W3C address of xml.xsd (imported by the XLIFF schema) to the copy kept here."""

    def resolve(self, url, pubid, context):
        if url.rsplit("/", 1)[-1] == "xml.xsd":
            return self.resolve_filename(str(HERE / "xliff" / "xml.xsd"), context)
        return None


@cache
def xliff_schema():
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalCopies())
    return etree.XMLSchema(etree.parse(str(HERE / "xliff" / "xliff_core_2.0.xsd"), parser))


def xliff_errors(content):
    """What the OASIS XLIFF 2.0 core schema says of `content` (bytes): [] when it is valid."""
    schema = xliff_schema()
    schema.validate(etree.fromstring(content))
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
