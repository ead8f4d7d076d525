"""The house rules a newcomer relies on: small modules and functions, and infrastructure that names no
domain model. (Which app may import which is checked by import-linter: `make test` runs `lint-imports`.)"""

import ast
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 800
MAX_FUNCTION_LINES = 60
# Demo content is data written as Python: long by nature, and read by nobody but the demo loader.
DATA_MODULES = re.compile(r"(^|/)migrations/|^demo/(procedures_[a-z]|reference|search_terms)\.py$")


def project_modules():
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [name for name in listed if not DATA_MODULES.search(name) and (ROOT / name).exists()]


def test_no_module_is_over_800_lines():
    long = {
        name: lines
        for name in project_modules()
        if (lines := len((ROOT / name).read_text().splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_no_function_is_over_60_lines():
    long = []
    for name in project_modules():
        for node in ast.walk(ast.parse((ROOT / name).read_text(), filename=name)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{name}:{node.lineno} {node.name} ({length} lines)")
    assert long == []


def test_infrastructure_names_no_domain_model():
    # "procedures.procedure", "forms_library.FormFile"; module paths such as "procedures.urls" are not labels.
    domain_label = re.compile(
        r"""["'](ministries|procedures|forms_library|archive)\.(?!urls\b|views\b|apps\b)\w+["']"""
    )
    infrastructure = ("isoko/", "accounts/", "page_cache/", "languages/", "operations/")
    found = [
        f"{name}: {match.group(0)}"
        for name in project_modules()
        if name.startswith(infrastructure)
        for match in domain_label.finditer((ROOT / name).read_text())
    ]
    assert found == []
