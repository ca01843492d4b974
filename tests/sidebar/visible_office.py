"""A real LibreOffice with a window, on its own Xvfb display, for the sidebar
tests: the sidebar only exists in a frame that is shown. Like
tests/integration/office.py, it runs on a throwaway copy of a profile that has
the extension installed, over a unique pipe, and is terminated at the end."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))

import uno  # noqa: E402,F401  (sets up the UNO bridge)
from com.sun.star.connection import NoConnectException  # noqa: E402
from com.sun.star.uno import RuntimeException as UnoRuntimeException  # noqa: E402
from office import file_url, props, set_ui_locale  # noqa: E402,F401  (props for the tests)

SOFFICE = os.environ.get("LO_SOFFICE", "/usr/lib/libreoffice/program/soffice")
XVFB = shutil.which("Xvfb") or "/usr/bin/Xvfb"


class Display:
    """An Xvfb server on a free display number."""

    def __init__(self, size="1600x1000x24"):
        self._size = size
        self._process = None
        self.name = None

    def __enter__(self):
        read, write = os.pipe()
        self._process = subprocess.Popen(
            [XVFB, "-displayfd", str(write), "-screen", "0", self._size, "-nolisten", "tcp"],
            pass_fds=(write,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(write)
        number = b""
        deadline = time.monotonic() + 30
        while not number.endswith(b"\n"):
            chunk = os.read(read, 16)
            if not chunk or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            number += chunk
        os.close(read)
        self.name = ":" + number.decode().strip()
        return self

    def __exit__(self, *exc):
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self._process.pid, signal.SIGKILL)
                self._process.wait()


class VisibleOffice:
    """soffice showing its windows on `display`; use as a context manager."""

    def __init__(self, display, profile_template, env=None, timeout=90.0, ui_locale=None):
        self._display = display
        self._ui_locale = ui_locale
        self._template = profile_template
        self._env = dict(env or {})
        self._timeout = timeout
        self._workdir = tempfile.mkdtemp(prefix="alliancecalc-sidebar-")
        self.profile = os.path.join(self._workdir, "profile")
        self.log_path = os.path.join(self._workdir, "soffice.log")
        self._pipe = "alliancecalc_sidebar_" + uuid.uuid4().hex
        self._process = None
        self.context = None
        self.desktop = None

    def __enter__(self):
        shutil.copytree(self._template, self.profile, symlinks=True)
        if self._ui_locale:
            set_ui_locale(self.profile, self._ui_locale)
        env = dict(os.environ)
        env["SAL_USE_VCLPLUGIN"] = "gen"  # plain X11: the same look on every machine
        env.update(self._env)  # unless a test asks for a toolkit and theme of its own
        env["DISPLAY"] = self._display
        log = open(self.log_path, "wb")
        self._process = subprocess.Popen(
            [SOFFICE, "--norestore", "--nologo", "--nodefault", "--nolockcheck",
             "-env:UserInstallation=" + file_url(self.profile),
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self._pipe],
            env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
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
            except (NoConnectException, UnoRuntimeException):
                # A RuntimeException: the pipe is open, the context not yet published.
                if self._process.poll() is not None:
                    raise RuntimeError("soffice exited with %s; see %s"
                                       % (self._process.returncode, self.log_path))
                if time.monotonic() > deadline:
                    self.__exit__()
                    raise RuntimeError("could not connect to soffice; see " + self.log_path)
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        self.desktop = self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.context)
        return self

    def __exit__(self, *exc):
        if self._process is not None and self._process.poll() is not None:
            # It ended before we asked it to: what it wrote last says why.
            with open(self.log_path, "rb") as log:
                tail = log.read()[-4000:].decode("utf-8", "replace")
            sys.stderr.write("The office ended by itself (exit status %s). Its log ends:\n%s\n"
                             % (self._process.returncode, tail))
            self.desktop = None
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
            return self._process.poll() is None and self.desktop.getComponents() is not None
        except Exception:
            return False

    def open(self, path):
        """Opens a document in a window of its own."""
        doc = self.desktop.loadComponentFromURL(file_url(path), "_blank", 0, ())
        if doc is None:
            raise RuntimeError("the office could not open " + path)
        return doc
