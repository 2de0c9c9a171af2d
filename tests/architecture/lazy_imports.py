"""Finding the imports made inside functions (not at the top of their module)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LazyImports:
    """Consecutive imports inside one function (blank lines between them allowed)."""

    path: Path
    first_line: int
    last_line: int
    modules: tuple[str, ...]

    def reason(self, source_lines: list[str]) -> str | None:
        """The comment on the line just above, if there is one."""
        above = source_lines[self.first_line - 2].strip() if self.first_line > 1 else ""
        return above[1:].strip() if above.startswith("#") else None


def _imported(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.ImportFrom):
        return [node.module or ""]
    return [alias.name for alias in node.names]


def lazy_imports(path: Path) -> list[LazyImports]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                visit(child, True)
            elif isinstance(child, ast.Import | ast.ImportFrom):
                if in_function:
                    found.append(child)
            else:
                visit(child, in_function)

    visit(ast.parse(source), False)
    found.sort(key=lambda node: node.lineno)
    groups: list[LazyImports] = []
    for node in found:
        end = node.end_lineno or node.lineno
        previous = groups[-1] if groups else None
        between = lines[previous.last_line : node.lineno - 1] if previous else ["x"]
        if previous is not None and all(not line.strip() for line in between):
            groups[-1] = LazyImports(
                path, previous.first_line, end, previous.modules + tuple(_imported(node))
            )
        else:
            groups.append(LazyImports(path, node.lineno, end, tuple(_imported(node))))
    return groups
