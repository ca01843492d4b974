"""PyUNO's repr() of a UNO object calls into the office; once that object is
disposed (its document closed, its office gone) the call throws a C++ exception
that PyUNO lets through, and Python aborts. pytest calls repr() on a failing
test's arguments and on an assertion's operands, so an office that died mid-test
took the whole run down and hid which test failed and why. Here pytest shows such
an object by its type alone."""

import _pytest._io.saferepr as saferepr


def make_pyuno_reprs_safe():
    original = saferepr.SafeRepr.repr_instance
    if getattr(original, "pyuno_safe", False):
        return

    def repr_instance(self, x, level):
        if type(x).__name__ == "pyuno":
            return "<UNO object>"
        return original(self, x, level)

    repr_instance.pyuno_safe = True
    saferepr.SafeRepr.repr_instance = repr_instance
