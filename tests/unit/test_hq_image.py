"""The HQ image installs packaging/hq/requirements.txt and the wheel without its dependencies
(no Qt in a server image), so that list must name every package the HQ's code imports."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = ROOT / "packaging" / "hq" / "requirements.txt"


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~;\s]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _listed() -> dict[str, str]:
    lines = REQUIREMENTS.read_text().splitlines()
    reqs = [line for line in lines if line.strip() and not line.startswith("#")]
    return {_name(r): r.strip() for r in reqs}


def _installed_with(names: set[str]) -> set[str]:
    """The names and what they install with them (their dependencies, all the way down)."""
    found, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        found.add(name)
        try:
            needs = requires(name) or []
        except PackageNotFoundError:
            continue
        todo += [_name(r) for r in needs if "extra ==" not in r]
    return found


def _module_file(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _hq_third_party_imports() -> set[str]:
    """Top-level names of what clienteling.hq's code imports, following its imports of other
    clienteling modules (protocol, domain), statically: imports inside functions count too."""
    seen: set[str] = set()
    todo = [p for p in (ROOT / "clienteling" / "hq").rglob("*.py")]
    outside: set[str] = set()
    while todo:
        path = todo.pop()
        if str(path) in seen:
            continue
        seen.add(str(path))
        package = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if path.name != "__init__.py":
            package = package.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text())):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: resolve against this package
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join([*base, node.module] if node.module else base)
                    names = [target] + [f"{target}.{a.name}" for a in node.names]
                else:
                    names = [node.module or ""]
                    names += [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                top = name.split(".")[0]
                if top == "clienteling":
                    found = _module_file(name)
                    if found:
                        todo.append(found)
                elif top and top not in sys.stdlib_module_names:
                    outside.add(top)
    return outside


def test_requirements_name_every_package_the_hq_imports():
    dists = packages_distributions()
    listed = _listed()
    installed = _installed_with(set(listed))  # starlette comes with fastapi, for instance
    missing = {}
    for module in sorted(_hq_third_party_imports()):
        names = {d.lower().replace("_", "-") for d in dists.get(module, [module])}
        if not names & installed:
            missing[module] = sorted(names)
    assert missing == {}, f"add to packaging/hq/requirements.txt: {missing}"
    assert {"uvicorn", "sqlalchemy", "psycopg"} <= set(listed)  # serve, the DB, PostgreSQL
    assert "pyside6" not in listed


def test_requirements_keep_the_projects_bounds():
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = {_name(d): d for d in tomllib.load(f)["project"]["dependencies"]}
    for name, requirement in _listed().items():
        assert name in project, f"{name} is not a dependency in pyproject.toml"
        bound = project[name].split(";")[0].replace(" ", "")
        assert requirement.replace(" ", "") == bound, f"{requirement} != pyproject's {bound}"
