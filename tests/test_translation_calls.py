"""Every literal text handed to `self.tr(...)` or `translate(...)` in the code is in the Dutch catalogue.

The extractor does not look inside f-strings, so `f"{self.tr('Keyboard')}"` stays English
in a Dutch window without any other test noticing. This walk reads the code itself.
"""

from __future__ import annotations

import ast

from delegate_app.ui import i18n_build

TRANSLATING = {"translate", "QT_TRANSLATE_NOOP"}


def literal_calls(source: str) -> list[tuple[int, str, str]]:
    """(line, context, text) of each translation call with literal text in `source`."""
    found: list[tuple[int, str, str]] = []

    def text(node: ast.expr) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def walk(node: ast.AST, classes: tuple[str, ...]) -> None:
        if isinstance(node, ast.ClassDef):
            classes = (*classes, node.name)
        if isinstance(node, ast.Call):
            func, args = node.func, node.args
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            if (
                name == "tr"
                and isinstance(func, ast.Attribute)
                and args
                and text(args[0]) is not None
                and classes
            ):
                found.append((node.lineno, classes[-1], str(text(args[0]))))
            elif (
                name in TRANSLATING
                and len(args) >= 2
                and text(args[0]) is not None
                and text(args[1]) is not None
            ):
                found.append((node.lineno, str(text(args[0])), str(text(args[1]))))
        for child in ast.iter_child_nodes(node):
            walk(child, classes)

    walk(ast.parse(source), ())
    return found


def test_every_literal_text_in_the_code_reaches_the_catalogue() -> None:
    catalogue = i18n_build.read_messages(i18n_build.ts_path("nl"))
    missing = []
    for path in i18n_build.source_files():
        for line, context, text in literal_calls(path.read_text(encoding="utf-8")):
            if (context, text) not in catalogue:
                missing.append(f"{path.relative_to(i18n_build.PACKAGE_DIR)}:{line} [{context}] {text!r}")
    assert not missing, "not extracted (inside an f-string?):\n" + "\n".join(missing)


def test_the_walk_sees_a_text_inside_an_f_string() -> None:
    source = "class AboutText:\n    def html(self):\n        return f\"<b>{self.tr('Keyboard')}</b>\"\n"
    assert literal_calls(source) == [(3, "AboutText", "Keyboard")]
    assert literal_calls('translate("Cli", "Done.")') == [(1, "Cli", "Done.")]
