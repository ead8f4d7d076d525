"""The open-data dump's JSON-LD is CPSV-AP 3.2.0: the official SHACL shapes (SEMICeu/CPSV-AP, kept in
tests/standards/cpsv-ap-3.2.0/ with their source and licence) find no violation in the demo catalogue.

pyshacl runs the shapes as the SEMIC validator does: no inference, so every class must be stated."""

import io
import json
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command
from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import SH

SHAPES = Path(__file__).parent / "cpsv-ap-3.2.0" / "cpsv-ap-SHACL.ttl"


def violations(jsonld):
    data = Graph().parse(data=jsonld, format="json-ld")
    shapes = Graph().parse(SHAPES, format="turtle")
    conforms, report, _text = validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    found = Counter()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        path = report.value(result, SH.resultPath)
        shape = report.value(result, SH.sourceShape)
        message = str(report.value(result, SH.resultMessage)).split(" on ")[0]
        found[f"{path} | {shape.rsplit('#', 1)[-1][:40]} | {message}"] += 1
    return conforms, found


@pytest.mark.django_db
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # rdflib's own
def test_the_demo_catalogues_open_data_dump_conforms_to_cpsv_ap_3_2_0(demo_loaded, settings, tmp_path):
    settings.OPEN_DATA_ROOT = tmp_path
    call_command("dump_open_data", stdout=io.StringIO())
    dumped = (tmp_path / "procedures.jsonld").read_text()
    assert len(json.loads(dumped)["@graph"]) > 20  # the demo catalogue, not an empty document
    conforms, found = violations(dumped)
    assert not found, "\n".join(f"{count} × {what}" for what, count in found.most_common())
    assert conforms
