"""A real headless LibreOffice for tests and scripted runs.

Starts soffice on a throwaway copy of a profile that has the extension
installed, connects over a unique pipe with a retry loop, and terminates the
office at the end (an orphaned office holding our stdout would hang a pipeline).
"""

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import uuid

import uno  # noqa: F401  (sets up the UNO bridge for the imports below)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.uno import RuntimeException as UnoRuntimeException

SOFFICE = os.environ.get("LO_SOFFICE", "/usr/lib/libreoffice/program/soffice")


def version():
    """The office's name and version, e.g. "LibreOffice 7.4.7.2 40(Build:2)"."""
    result = subprocess.run([SOFFICE, "--version"], capture_output=True, text=True, timeout=120,
                            check=False)
    return result.stdout.strip() or "an office that does not say its version (%s)" % SOFFICE


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


REGISTRY_HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                   'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                   'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n')


def set_ui_locale(profile, locale):
    """Sets the office's UI language (Tools > Options > Language Settings >
    Languages > User interface) in a profile that is not running, e.g. "de-DE".
    The office uses it when that language is installed (its langpack)."""
    path = os.path.join(profile, "user", "registrymodifications.xcu")
    item = ('<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" '
            'oor:op="fuse"><value>%s</value></prop></item>\n' % locale)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r'<item oor:path="/org.openoffice.Office.Linguistic/General">'
                      r'<prop oor:name="UILocale".*?</item>\n?', "", text, flags=re.S)
        text = text.replace("</oor:items>", item + "</oor:items>")
    else:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = REGISTRY_HEADER + item + "</oor:items>\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class Office:
    """A running headless office; use as a context manager."""

    def __init__(self, profile_template=None, timeout=60.0, ui_locale=None, profile=None,
                 port=None):
        """profile_template: a profile copied for this run; profile: a profile used
        in place and kept (for a test that restarts the office on it); port: listen
        on this TCP port of 127.0.0.1, as an office server does, instead of a pipe."""
        self._port = port
        self._template = profile_template
        self._ui_locale = ui_locale
        self._timeout = timeout
        self._workdir = tempfile.mkdtemp(prefix="alliancecalc-office-")
        self.profile = profile if profile is not None else os.path.join(self._workdir, "profile")
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
        elif not os.path.isdir(self.profile):
            os.makedirs(self.profile)
        if self._ui_locale:
            set_ui_locale(self.profile, self._ui_locale)
        log = open(self.log_path, "wb")
        self._process = subprocess.Popen(
            [SOFFICE, "--headless", "--invisible", "--norestore", "--nologo",
             "--nodefault", "--nolockcheck",
             "-env:UserInstallation=" + file_url(self.profile),
             "--accept=" + self.url[len("uno:"):]],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
        log.close()
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = self.url
        deadline = time.monotonic() + self._timeout
        delay = 0.1
        while True:
            try:
                self.context = resolver.resolve(url)
                break
            except (NoConnectException, UnoRuntimeException):
                # A RuntimeException: the pipe is open, the context not yet published.
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

    @property
    def url(self):
        """The UNO URL other programs connect to this office with (--connect)."""
        if self._port is not None:
            return "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % self._port
        return "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self._pipe

    def kill(self):
        """Ends the office at once, as a crash or a lost machine would."""
        if self._process is not None:
            os.killpg(self._process.pid, signal.SIGKILL)
            self._process.wait()
            self._process = None
            self.desktop = None

    def documents(self):
        """The URLs of the documents open in this office ("" for a new one)."""
        found = []
        components = self.desktop.getComponents().createEnumeration()
        while components.hasMoreElements():
            component = components.nextElement()
            found.append(component.getURL() if hasattr(component, "getURL") else "")
        return found

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
