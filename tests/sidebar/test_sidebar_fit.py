"""The panel fits the sidebar: at the width the sidebar opens with and wider, in the
normal and the high-contrast look, every control lies inside the panel, the panel
inside the deck (so no horizontal scroll bar), no two controls overlap, every text
has the height its wrapped lines need, and the dimension bars are solid, with a
filled part as long as the score. Each state is a screenshot (kept in
ALLIANCE_SIDEBAR_FIT_SHOTS when set), and the bars are checked in its pixels."""

import os
import shutil
import subprocess
import time

import pytest
import uno  # noqa: F401
from com.sun.star.awt import Size

from conftest import SAMPLE, _profile
from panel_access import (BOXES, BUTTONS, CONTROLS, Panel, portfolio_sheet, screen_rect,
                          show_deck, wait_for)
from visible_office import VisibleOffice

SHOTS = os.environ.get("ALLIANCE_SIDEBAR_FIT_SHOTS")
WIDENINGS = (0, 120, 300)  # pixels dragged beyond the width the sidebar opens with
THEMES = {"normal": {}, "high-contrast": {"SAL_FORCE_HC": "1"}}
WIDENED = {}  # theme -> how far its sidebar has been widened so far


@pytest.fixture(scope="module", params=sorted(THEMES))
def themed(request, display, workdir):
    """A Calc window in one look, the sample open, the cursor on a partner with two
    warning signs, and a check's report in the results box (all boxes shown)."""
    theme = request.param
    path = os.path.join(workdir, "fit-%s.ods" % theme)
    shutil.copy(SAMPLE, path)
    with VisibleOffice(display.name, _profile(), env=THEMES[theme]) as office:
        doc = office.open(path)
        panel = Panel(show_deck(doc))
        doc.getCurrentController().select(portfolio_sheet(doc).getCellByPosition(0, 6))
        assert wait_for(lambda: panel.label("partner") == "Cedar & Stone Consulting")
        panel.press("checkWorkbook")
        assert wait_for(lambda: "12" in panel.text("results"))
        yield theme, panel
        doc.close(True)


def rect(control):
    r = control.getPosSize()
    return r.X, r.Y, r.Width, r.Height


def overlap(a, b):
    return (min(a[0] + a[2], b[0] + b[2]) > max(a[0], b[0])
            and min(a[1] + a[3], b[1] + b[3]) > max(a[1], b[1]))


def widen(display, panel, pixels):
    """Drags the sidebar's splitter (just left of the deck) to the left, as a user does."""
    if not pixels:
        return
    x, y, width, height = screen_rect(panel.window)
    # Near the panel's top: a tall panel reaches below the window, and the grip with it.
    grip = (x - 6, y + min(height // 2, 120))
    subprocess.run(["xdotool", "mousemove", str(grip[0]), str(grip[1]), "mousedown", "1",
                    "mousemove", str(grip[0] - pixels // 2), str(grip[1]),
                    "mousemove", str(grip[0] - pixels), str(grip[1]), "mouseup", "1"],
                   env=dict(os.environ, DISPLAY=display.name), check=True)
    assert wait_for(lambda: screen_rect(panel.window)[2] >= width + pixels * 3 // 4), \
        "the sidebar did not widen"
    time.sleep(1.0)  # the panel repaints after the sidebar's own layout


def screenshot(display, path):
    subprocess.run(["import", "-display", display.name, "-window", "root", path], check=True)
    ppm = subprocess.run(["convert", path, "-depth", "8", "ppm:-"], check=True,
                         capture_output=True).stdout
    # P6 <width> <height> 255, then RGB bytes.
    fields = ppm.split(maxsplit=4)
    width = int(fields[1])
    pixels = fields[4]
    return lambda x, y: tuple(pixels[(y * width + x) * 3:(y * width + x) * 3 + 3])


def luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colours_in(pixel, origin, r):
    """The colours inside a control's rect, a pixel in from its edges."""
    x0, y0 = origin[0] + r[0], origin[1] + r[1]
    return {pixel(x, y) for x in range(x0 + 1, x0 + r[2] - 1) for y in range(y0 + 1, y0 + r[3] - 1)}


@pytest.mark.parametrize("widening", WIDENINGS)
def test_every_control_fits_the_sidebar(display, workdir, themed, widening):
    theme, panel = themed
    # The widths come in order for each look: widen by what the last one left.
    widen(display, panel, widening - WIDENED.get(theme, 0))
    WIDENED[theme] = widening
    window = panel.window
    px, py, pw, ph = screen_rect(window)

    # The panel inside every window that holds it: the deck never scrolls sideways.
    parent = window.getAccessibleContext().getAccessibleParent()
    for _ in range(6):
        if parent is None:
            break
        ax, ay, aw, ah = screen_rect(parent)
        assert px >= ax and px + pw <= ax + aw, \
            "%s, +%d px: the panel (%d..%d) sticks out of its window (%d..%d)" % (
                theme, widening, px, px + pw, ax, ax + aw)
        parent = parent.getAccessibleContext().getAccessibleParent()

    shown = {}
    for name in CONTROLS:
        control = window.getControl(name)
        if control.isVisible():
            shown[name] = (control, rect(control))
    assert len(shown) == len(CONTROLS), sorted(set(CONTROLS) - set(shown))
    for name, (control, (x, y, w, h)) in shown.items():
        where = "%s, +%d px: %s at %s" % (theme, widening, name, (x, y, w, h))
        assert w > 0 and h > 0, where
        assert x >= 0 and x + w <= pw and y >= 0 and y + h <= ph, where + " is outside the panel"
        if name in BUTTONS:
            one_line = control.getPreferredSize()
            assert one_line.Width <= w or h > one_line.Height, where + ": its label is cut"
        elif name not in BOXES and not name.startswith(("dimensionBar", "dimensionRest",
                                                         "statusSwatch")):
            needed = control.calcAdjustedSize(Size(w, 0)).Height
            assert needed <= h, where + ": its text needs %d px" % needed
    names = sorted(shown)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not overlap(shown[a][1], shown[b][1]), (theme, widening, a, b)

    # Solid bars, the filled part as long as the score, told apart from the rest.
    for d in range(5):
        bar, rest = shown["dimensionBar%d" % d][1], shown["dimensionRest%d" % d][1]
        score = panel.bar("dimensionBar%d" % d)
        assert abs(bar[2] - (bar[2] + rest[2]) * score / 100) <= 1, (d, score, bar, rest)
    path = os.path.join(SHOTS or workdir, "sidebar-fit-%s-%d.png" % (theme, widening))

    def bar_colours():
        pixel = screenshot(display, path)
        return [(colours_in(pixel, (px, py), shown["dimensionBar%d" % d][1]),
                 colours_in(pixel, (px, py), shown["dimensionRest%d" % d][1])) for d in range(5)]

    def painted(colours):
        return all(len(f) == 1 and len(e) == 1 and contrast(min(f), min(e)) >= 3.0
                   for f, e in colours)

    # The office paints when it is idle: look again until it has, or time runs out.
    colours = wait_for(lambda: (lambda c: c if painted(c) else None)(bar_colours()))
    assert colours, "%s: bars not solid, or filled and empty parts alike: %s" % (
        path, bar_colours())
