"""`briefing` and `report-back` on the command line: the demo region end to end, and bad input."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlmodel import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))

from pdf_helpers import flat, outline_titles, page_texts, xobject_subtypes

from delegate_app.cli import main
from delegate_app.core import models
from delegate_app.core.i18n import translate
from delegate_app.core.services import meetings, weighing
from delegate_app.core.services.demo import fill_demo
from delegate_app.core.store import open_store


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    with open_store(folder) as store:
        assert fill_demo(store)
    return folder


@pytest.fixture(scope="module")
def demo_facts(demo_dir: Path) -> dict[str, object]:
    """What the demo's coming meeting holds, read through the services (not through the document code)."""
    with open_store(demo_dir, read_only=True) as store, store.reader() as s:
        meeting = meetings.next_meeting(s)
        assert meeting is not None
        agenda = meetings.agenda(s, meeting.id)
        confidential = s.exec(
            select(models.Concern.title).where(
                models.Concern.confidentiality == models.Confidentiality.CONFIDENTIAL.value,
                models.Concern.deleted_at == None,  # noqa: E711
            )
        ).all()
        return {
            "titles": [a.item.title for a in agenda],
            "cores": [a.position.core_position for a in agenda if a.position],
            "tallies": [a.tally for a in agenda if a.tally],
            "confidential": list(confidential),
            "last": meetings.last_meeting(s),
        }


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_demo_briefing_holds_every_item_and_no_confidential_text(
    demo_dir: Path, demo_facts: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.pdf"
    code, stdout, err = run(
        capsys, "--data-dir", str(demo_dir), "briefing", "--meeting", "next", "--out", str(out)
    )
    assert (code, err) == (0, "")
    assert str(out) in stdout
    texts = page_texts(out)
    text = flat(" ".join(texts))
    titles = demo_facts["titles"]
    assert isinstance(titles, list) and len(titles) >= 4
    for title in titles:
        assert flat(title) in text
    for core in demo_facts["cores"]:  # type: ignore[attr-defined]
        assert flat(core) in text
    for tally in demo_facts["tallies"]:  # type: ignore[attr-defined]
        assert isinstance(tally, weighing.Tally)
        assert flat(tally.summary()) in text
    outline = outline_titles(out)
    for n, title in enumerate(titles, start=1):
        assert any(t.startswith(f"{n}. ") and flat(title)[:40] in flat(t) for t in outline), title
    confidential = demo_facts["confidential"]
    assert confidential, "the demo should hold confidential concerns"
    for title in confidential:  # type: ignore[attr-defined]
        assert flat(title) not in text
    assert translate("Document", "CONFIDENTIAL") not in text
    assert "/Image" not in xobject_subtypes(out)


def test_demo_briefing_with_confidential_marks_every_page(
    demo_dir: Path, demo_facts: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.pdf"
    code, _, err = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "briefing",
        "--meeting",
        "next",
        "--out",
        str(out),
        "--include-confidential",
    )
    assert (code, err) == (0, "")
    texts = page_texts(out)
    text = flat(" ".join(texts))
    assert any(flat(t) in text for t in demo_facts["confidential"])  # type: ignore[attr-defined]
    marking = translate("Document", "CONFIDENTIAL")
    assert all(marking in t for t in texts)


def test_demo_briefing_in_english(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "en.pdf"
    code, _, err = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "briefing",
        "--out",
        str(out),
        "--lang",
        "en",
        "--include-confidential",
    )
    assert (code, err) == (0, "")
    texts = page_texts(out)
    assert all("CONFIDENTIAL" in t for t in texts)
    assert "Agenda item 1" in flat(" ".join(texts))


def test_demo_report_back_for_a_municipality(
    demo_dir: Path, demo_facts: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last = demo_facts["last"]
    assert isinstance(last, models.NationalMeeting)
    with open_store(demo_dir, read_only=True) as store, store.reader() as s:
        shown = (
            models.Concern.deleted_at == None,  # noqa: E711
            models.Concern.confidentiality != models.Confidentiality.CONFIDENTIAL.value,
        )
        # The member with the most concerns makes the strictest test.
        busiest = s.exec(
            select(models.Concern.municipality_id, func.count())
            .where(*shown)
            .group_by(models.Concern.municipality_id)
            .order_by(func.count().desc())
        ).first()
        assert busiest is not None
        municipality = s.get(models.Municipality, busiest[0])
        assert municipality is not None
        own = s.exec(
            select(models.Concern).where(models.Concern.municipality_id == municipality.id, *shown)
        ).all()
        others = s.exec(
            select(models.Concern).where(
                models.Concern.municipality_id != municipality.id,
                models.Concern.deleted_at == None,  # noqa: E711
            )
        ).all()
    assert len(own) >= 2
    out = tmp_path / "r.pdf"
    code, stdout, err = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "report-back",
        "--meeting",
        last.id,
        "--municipality",
        municipality.gm_code,
        "--out",
        str(out),
    )
    assert (code, err) == (0, "")
    assert municipality.name in stdout
    text = flat(" ".join(page_texts(out)))
    for concern in own:
        assert flat(concern.title)[:60] in text
        if concern.status_reason:
            assert flat(concern.status_reason)[:40] in text
    # Another municipality's concern may appear only as the one its own concern was merged into.
    merged_into = {c.merged_into_id for c in own if c.merged_into_id}
    assert not [c.title for c in others if flat(c.title) in text and c.id not in merged_into]


def test_region_report_back_of_last_meeting(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "region.pdf"
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "report-back", "--out", str(out))
    assert (code, err) == (0, "")
    assert len(page_texts(out)) >= 3


@pytest.mark.parametrize(
    "argv",
    [
        ["briefing", "--meeting", "00000000-0000-0000-0000-000000000000"],
        ["report-back", "--meeting", "nonsense"],
        ["report-back", "--municipality", "GM9999"],
        ["report-back", "--municipality", "Bergen"],  # ambiguous
        ["briefing", "--lang", "fr"],
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--data-dir", str(demo_dir), *argv, "--out", str(out))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("target", ["missing-folder/b.pdf", "is-a-folder.pdf", "wrong-extension.txt"])
def test_unwritable_out_exits_2(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    (tmp_path / "is-a-folder.pdf").mkdir()
    out = tmp_path / target
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "briefing", "--out", str(out))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "--out" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["is-a-folder.pdf"]


def test_no_next_meeting_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "empty"
    open_store(folder).close()
    out = tmp_path / "b.pdf"
    code, _, err = run(capsys, "--data-dir", str(folder), "briefing", "--meeting", "next", "--out", str(out))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert not out.exists()
    code, _, err = run(capsys, "--data-dir", str(folder), "report-back", "--out", str(out))
    assert code == 2 and not out.exists()
