"""The glossary's TBX export is TBX-Basic (ISO 30042:2008), checked with the dialect's own files: the
TBX-Basic core structure DTD and its data category specification (XCS), kept in
tests/standards/tbx-basic-2008/ with their source. translate-toolkit reads every language, definition
and abbreviation of it, and what it writes back is read by the import as it was exported."""

from pathlib import Path

import pytest
from lxml import etree
from translate.storage.tbx import tbxfile

from tests.procedures.test_workflow import people  # noqa: F401 (fixture)
from translations import glossary, glossary_files, tbx
from translations.models import GlossaryTerm

pytestmark = pytest.mark.django_db

TBX_BASIC = Path(__file__).parent / "tbx-basic-2008"
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@pytest.fixture(autouse=True)
def _forget_glossary():
    glossary.forget()
    yield
    glossary.forget()


@pytest.fixture
def terms():
    identity_card = GlossaryTerm.objects.create(
        term_rn="indangamuntu",
        term_fr="carte nationale d'identité",
        term_en="national identity card",
        abbreviation="CNI",
        definition_rn="Icemezo c'umwenegihugu.",
        definition_fr="La pièce qui prouve l'identité d'un citoyen burundais.",
        definition_en="The document that proves a Burundian citizen's identity.",
        note="Toujours « CNI » dans les textes.",
    )
    birth = GlossaryTerm.objects.create(
        term_fr="acte de naissance", term_en="birth certificate", definition_rn="Icemezo c'ivuka."
    )
    return [identity_card, birth]


def data_category_problems(document):
    """What TBX-Basic's XCS does not allow: a data category it does not define for that element, a
    value outside its pick list, a description at a level it is not allowed at."""
    xcs = etree.parse(TBX_BASIC / "TBXBasicXCSV02.xcs", SAFE).getroot()
    specs = {}
    for spec in xcs.find("datCatSet"):
        contents = spec.find("contents")
        picklist = contents.text.split() if contents.get("datatype") == "picklist" else None
        levels = spec.findtext("levels", "").split() or None
        specs[(spec.tag.removesuffix("Spec"), spec.get("name"))] = (picklist, levels)
    problems = []
    for element in document.iter("descrip", "termNote", "admin", "transac", "transacNote", "ref", "xref"):
        spec = specs.get((element.tag, element.get("type")))
        if spec is None:
            problems.append(f"<{element.tag} type={element.get('type')!r}> is not a TBX-Basic data category")
            continue
        picklist, levels = spec
        if picklist is not None and element.text not in picklist:
            problems.append(f"{element.text!r} is not a value of {element.get('type')}")
        level = element.getparent()
        level = level.getparent() if level.tag == "descripGrp" else level
        if levels is not None and {"tig": "term", "ntig": "term"}.get(level.tag, level.tag) not in levels:
            problems.append(f"{element.get('type')} is not allowed in <{level.tag}>")
    return problems


def test_the_export_is_valid_tbx_basic(terms):
    document = etree.fromstring(glossary_files.write_tbx(), SAFE)
    dtd = etree.DTD(TBX_BASIC / "TBXBasiccoreStructV02.dtd")
    assert dtd.validate(document), dtd.error_log.filter_from_errors()
    assert data_category_problems(document) == []
    assert document.get("type") == "TBX-Basic"
    assert document.find("martifHeader/encodingDesc/p").text == "TBXBasicXCSV02.xcs"


def test_the_official_sample_passes_the_same_checks():
    """The checks themselves: the TBX-Basic package's sample passes, our old export did not."""
    sample = etree.parse(TBX_BASIC / "TBX-basic-sample.tbx", SAFE)
    assert etree.DTD(TBX_BASIC / "TBXBasiccoreStructV02.dtd").validate(sample)
    assert data_category_problems(sample.getroot()) == []
    old_export = etree.fromstring(
        b'<martif type="TBX" xml:lang="fr"><text><body><termEntry><langSet xml:lang="fr"><tig>'
        b"<term>CNI</term><termNote type='termType'>abbreviation</termNote></tig></langSet>"
        b"</termEntry></body></text></martif>"
    )
    assert not etree.DTD(TBX_BASIC / "TBXBasiccoreStructV02.dtd").validate(old_export)


def test_translate_toolkit_reads_every_language_definition_and_abbreviation(terms):
    store = tbxfile.parsestring(glossary_files.write_tbx())
    unit = next(u for u in store.units if u.source == "carte nationale d'identité")
    for language, term, definition in [
        ("rn", "indangamuntu", "Icemezo c'umwenegihugu."),
        ("en", "national identity card", "The document that proves a Burundian citizen's identity."),
    ]:
        full, abbreviated = unit.get_target_terms(language)
        assert (full.text, abbreviated.text) == (term, "CNI")
        assert ("termType", "abbreviation") in {(n.category, n.text) for n in abbreviated.notes}
        assert definition in {n.text for n in full.notes if n.origin == "definition"}
    assert "La pièce qui prouve" in " ".join(n.text for n in unit.get_common_notes(source=True))


def test_what_translate_toolkit_writes_back_is_imported_as_exported(terms, people):  # noqa: F811
    exported = glossary_files._rows()
    store = tbxfile.parsestring(glossary_files.write_tbx())
    rows = glossary_files.read(bytes(store))
    assert rows == exported
    GlossaryTerm.objects.all().delete()
    assert glossary_files.import_rows(rows, user=people["reviewer"]) == (2, 0)
    assert glossary_files._rows() == exported


def test_the_import_reads_tbx_from_other_tools():
    columns = glossary_files.columns()
    sample = (TBX_BASIC / "TBX-basic-sample.tbx").read_bytes()
    assert {"term_en": "e-mail", "term_fr": "courriel"}.items() <= tbx.read(sample, columns)[0].items()
    made_by_translate_toolkit = tbxfile(sourcelanguage="fr", targetlanguage="rn")
    made_by_translate_toolkit.addsourceunit("acte de naissance").target = "icemezo c'ivuka"
    (row,) = glossary_files.read(bytes(made_by_translate_toolkit))
    assert (row["term_fr"], row["term_rn"]) == ("acte de naissance", "icemezo c'ivuka")
    version_3 = """<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader><fileDesc><sourceDesc><p>another tool</p></sourceDesc></fileDesc></tbxHeader>
      <text><body><conceptEntry id="c1">
        <langSec xml:lang="fr-BI"><descripGrp><descrip type="definition">Pièce d'état civil.</descrip>
          </descripGrp><termSec><term>acte de naissance</term></termSec></langSec>
        <langSec xml:lang="run"><termSec><term>icemezo c'ivuka</term></termSec>
          <termSec><term>IC</term><termNote type="termType">acronym</termNote></termSec></langSec>
      </conceptEntry></body></text></tbx>"""
    (row,) = glossary_files.read(version_3.encode())
    assert (row["term_fr"], row["term_rn"], row["abbreviation"]) == (
        "acte de naissance",
        "icemezo c'ivuka",
        "IC",
    )
    assert row["definition_fr"] == "Pièce d'état civil."
