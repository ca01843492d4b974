"""The Alliance panel in a German office: its labels and the course corrections are
German, while the warning titles, status and action stay the contract's words, as
the sheet's formulas show them."""

import os
import shutil

import pytest

from conftest import SAMPLE, _profile
from panel_access import Panel, show_deck, wait_for
from test_sidebar import select
from visible_office import VisibleOffice

PARTNER = "Cedar & Stone Consulting"


@pytest.fixture(scope="module")
def german(display, workdir):
    with VisibleOffice(display.name, _profile(), ui_locale="de-DE") as running:
        path = os.path.join(workdir, "portfolio-de.ods")
        shutil.copy(SAMPLE, path)
        doc = running.open(path)
        yield doc
        doc.close(True)
        assert running.alive(), "the office died during the test"


def test_german_office_shows_german_labels_and_course_corrections(german):
    window = show_deck(german)
    assert window is not None, "the Alliance panel has no window"
    panel = Panel(window)
    select(german, 0, 6)  # A7: Cedar & Stone Consulting, where "No exit plan" fires
    assert wait_for(lambda: panel.label("partner") == PARTNER), panel.label("partner")

    health = panel.label("health")
    assert health.startswith("Gesundheit ") and health.endswith(": Green"), health
    details = panel.text("details")
    assert "W10 No exit plan" in details  # the contract's title
    assert "Was zu tun ist: " in details
    assert "What to do" not in details
    assert panel.label("action") == "Portfolio-Maßnahme: Grow"
