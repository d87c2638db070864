"""Copies of pure-Python packages without their documentation, for the frozen bundle.

NetworkX carries a long docstring on nearly every function; in the bundle that text is about a
third of the package and nothing reads it at run time (the program shows no help from it). The
installer's size limit (40 MB) was passed by 1 MB when NetworkX came in, so the spec bundles a
copy whose docstrings are empty strings. Empty, not removed: some libraries add to `__doc__` as
they load, and an empty string keeps that working. Tests are left out.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
from pathlib import Path

_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def _blank_docstrings(source: str) -> str:
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if not isinstance(node, _DOCUMENTED) or not node.body:
            continue
        first = node.body[0]
        if (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        ):
            first.value = ast.Constant("")
    return ast.unparse(tree)


def without_docstrings(package: str, into: Path) -> Path:
    """A copy of `package` under `into` with blank docstrings; `into` goes first on the path."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(package)
    source = Path(spec.origin).parent
    target = into / package
    if target.exists():
        shutil.rmtree(target)
    for path in source.rglob("*"):
        relative = path.relative_to(source)
        if "tests" in relative.parts or "__pycache__" in relative.parts or path.is_dir():
            continue
        out = target / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".py":
            out.write_text(_blank_docstrings(path.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            shutil.copy2(path, out)
    return into
