"""A real headless LibreOffice for tests and scripted runs.

Starts soffice on a throwaway copy of a profile that has the extension
installed, connects over a unique pipe with a retry loop, and terminates the
office at the end (an orphaned office holding our stdout would hang a pipeline).
"""

import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid

import uno  # noqa: F401  (sets up the UNO bridge for the imports below)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = os.environ.get("LO_SOFFICE", "/usr/lib/libreoffice/program/soffice")


def props(**values):
    """A tuple of PropertyValue from keyword arguments."""
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class Office:
    """A running headless office; use as a context manager."""

    def __init__(self, profile_template=None, timeout=60.0):
        self._template = profile_template
        self._timeout = timeout
        self._workdir = tempfile.mkdtemp(prefix="alliancecalc-office-")
        self.profile = os.path.join(self._workdir, "profile")
        self.log_path = os.path.join(self._workdir, "soffice.log")
        self._pipe = "alliancecalc_" + uuid.uuid4().hex
        self._process = None
        self.context = None
        self.desktop = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        if self._template:
            shutil.copytree(self._template, self.profile, symlinks=True)
        else:
            os.makedirs(self.profile)
        log = open(self.log_path, "wb")
        self._process = subprocess.Popen(
            [SOFFICE, "--headless", "--invisible", "--norestore", "--nologo",
             "--nodefault", "--nolockcheck",
             "-env:UserInstallation=" + file_url(self.profile),
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self._pipe],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
        log.close()
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self._pipe
        deadline = time.monotonic() + self._timeout
        delay = 0.1
        while True:
            try:
                self.context = resolver.resolve(url)
                break
            except NoConnectException:
                if self._process.poll() is not None:
                    raise RuntimeError("soffice exited with %s; see %s"
                                       % (self._process.returncode, self.log_path))
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("could not connect to soffice; see " + self.log_path)
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        self.desktop = self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.context)

    def stop(self):
        if self.desktop is not None:
            try:
                self.desktop.terminate()
            except Exception:  # the bridge goes away while terminating
                pass
            self.desktop = None
        if self._process is not None:
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait()
            self._process = None
        shutil.rmtree(self._workdir, ignore_errors=True)

    def alive(self):
        """True when the office still answers a call."""
        try:
            return self.desktop.getComponents() is not None
        except Exception:
            return False

    def service(self, name):
        return self.context.ServiceManager.createInstanceWithContext(name, self.context)

    def new_calc(self):
        return self.desktop.loadComponentFromURL(
            "private:factory/scalc", "_blank", 0, props(Hidden=True))

    def open(self, path, **options):
        """Opens a document hidden; raises when the office refuses it (a
        headless office returns None where a person would see a dialog)."""
        options.setdefault("Hidden", True)
        doc = self.desktop.loadComponentFromURL(file_url(path), "_blank", 0, props(**options))
        if doc is None:
            raise RuntimeError("the office could not open " + path)
        return doc
