"""What every command-line test shares: one office per test module, on the test
profile with the built extension installed, to open what the tool wrote."""

import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
from office import Office  # noqa: E402
from pyuno_repr import make_pyuno_reprs_safe  # noqa: E402

make_pyuno_reprs_safe()


@pytest.fixture(scope="module")
def office():
    with Office(os.environ.get("ALLIANCE_TEST_PROFILE", "")) as running:
        yield running
