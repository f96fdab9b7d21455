"""Reading our PDFs back with pypdf: page texts, outline, images, fonts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import IndirectObject


def reader(source: Path | bytes) -> PdfReader:
    return PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))


def page_texts(source: Path | bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(source).pages]


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces made single spaces (table cells wrap)."""
    return " ".join(text.split())


def outline_titles(source: Path | bytes) -> list[str]:
    def walk(items: list[Any]) -> list[str]:
        out: list[str] = []
        for item in items:
            if isinstance(item, list):
                out += walk(item)
            else:
                out.append(str(item.title))
        return out

    return walk(reader(source).outline)


def outline_pages(source: Path | bytes) -> dict[str, int]:
    """Outline title -> 1-based page number it points to."""
    pdf = reader(source)
    result: dict[str, int] = {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                result[str(item.title)] = pdf.get_destination_page_number(item) + 1

    walk(pdf.outline)
    return result


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def xobject_subtypes(source: Path | bytes) -> list[str]:
    """The /Subtype of every XObject reachable from any page, forms searched recursively."""
    found: list[str] = []
    seen: set[int] = set()

    def visit(resources: Any) -> None:
        resources = _resolve(resources)
        if not resources or "/XObject" not in resources:
            return
        for ref in _resolve(resources["/XObject"]).values():
            obj = _resolve(ref)
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            found.append(str(obj.get("/Subtype")))
            if "/Resources" in obj:
                visit(obj["/Resources"])

    for page in reader(source).pages:
        visit(page.get("/Resources"))
    return found


def font_files(source: Path | bytes) -> set[tuple[str, bool]]:
    """(base font name, embedded as TrueType) of every font the pages use."""
    fonts: set[tuple[str, bool]] = set()

    def visit(resources: Any) -> None:
        resources = _resolve(resources)
        if not resources:
            return
        for ref in _resolve(resources.get("/Font", {})).values():
            font = _resolve(ref)
            descriptor = _resolve(font.get("/FontDescriptor"))
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = _resolve(_resolve(font["/DescendantFonts"][0]).get("/FontDescriptor"))
            embedded = bool(descriptor is not None and "/FontFile2" in descriptor)
            fonts.add((str(font.get("/BaseFont")), embedded))
        for ref in _resolve(resources.get("/XObject", {})).values():
            obj = _resolve(ref)
            if "/Resources" in obj:
                visit(obj["/Resources"])

    for page in reader(source).pages:
        visit(page.get("/Resources"))
    return fonts
