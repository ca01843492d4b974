"""Turns a flat OpenDocument spreadsheet (.fods) into a spreadsheet template
(.ots): the package Calc's File > New > Templates opens as a new, untitled
document. Standard library only, no office needed, and deterministic (same
input, same bytes), so the build can run it for every template:

    python3 fods_to_ots.py INPUT.fods OUTPUT.ots [--title TITLE]

The flat file's parts are cut out of the original bytes, never re-serialised,
so every cell, formula and style reaches the package exactly as the office
wrote it: office:meta goes to meta.xml, office:settings to settings.xml,
the common styles and master pages (with the page layouts and the automatic
styles they use) to styles.xml, and the rest to content.xml. An embedded
object (a chart) written inline becomes a sub-package "Object N/", and inline
images become files of their own. The template gets a title (its name in the
template dialog): --title, else the document's own dc:title, else one made
from the file name ("partner-portfolio" gives "Partner portfolio", "qbr" "QBR").
"""

import argparse
import base64
import os
import re
import sys
import tempfile
import xml.parsers.expat
import zipfile
from xml.sax.saxutils import escape, quoteattr

TEMPLATE_MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet-template"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries carry no build time
XLINK = ' xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"'
REPLACEMENT_MEDIA_TYPE = 'application/x-openoffice-gdimetafile;windows_formatname="GDIMetaFile"'


class Element:
    """One element of the flat file: its name, attributes and byte span."""

    def __init__(self, name, attrs, start, parent):
        self.name = name
        self.attrs = attrs
        self.start = start  # offset of "<"
        self.tag_end = None  # offset after the start tag's ">"
        self.end = None  # offset after the element
        self.parent = parent
        self.children = []

    def child(self, name):
        return next((c for c in self.children if c.name == name), None)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def walk_own(self):
        """Like walk(), but not into embedded documents, which are split on their own."""
        yield self
        for c in self.children:
            if c.name != "office:document":
                yield from c.walk_own()


def start_tag_end(data, start):
    """The offset after the ">" of the start tag at `start` (quote-aware)."""
    quote = None
    i = start + 1
    while i < len(data):
        ch = data[i]
        if quote is not None:
            if ch == quote:
                quote = None
        elif ch in (0x22, 0x27):  # " or '
            quote = ch
        elif ch == 0x3E:  # >
            return i + 1
        i += 1
    raise ValueError("unterminated start tag at byte %d" % start)


def parse(data):
    """The element tree of a UTF-8 XML document, with byte offsets."""
    parser = xml.parsers.expat.ParserCreate()
    parser.ordered_attributes = False
    root = []
    stack = []

    def on_start(name, attrs):
        parent = stack[-1] if stack else None
        element = Element(name, attrs, parser.CurrentByteIndex, parent)
        element.tag_end = start_tag_end(data, element.start)
        if parent is not None:
            parent.children.append(element)
        else:
            root.append(element)
        stack.append(element)

    def on_end(name):
        element = stack.pop()
        if data[element.tag_end - 2] == 0x2F:  # "/>": an empty element
            element.end = element.tag_end
        else:
            element.end = data.index(b">", parser.CurrentByteIndex) + 1

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    parser.Parse(data, True)
    return root[0]


class Package:
    """The files of the package being made, in the order they are added."""

    def __init__(self):
        self.files = []  # (path, bytes, media type)
        self.folders = []  # (path, media type) of embedded documents
        self.objects = 0
        self.images = 0


def image_name(raw):
    if raw.startswith(b"\x89PNG"):
        return "png", "image/png"
    if raw.startswith(b"\xff\xd8"):
        return "jpg", "image/jpeg"
    if raw.startswith(b"GIF8"):
        return "gif", "image/gif"
    if raw.lstrip().startswith(b"<"):
        return "svg", "image/svg+xml"
    return "bin", "application/octet-stream"


class Splitter:
    """Cuts one office:document (the file itself or an embedded one) into parts."""

    def __init__(self, data, package):
        self.data = data
        self.package = package

    def text(self, start, end, edits):
        """data[start:end] with the edits (start, end, replacement) inside it applied."""
        out = []
        at = start
        for e_start, e_end, replacement in sorted(edits):
            if e_start < start or e_end > end:
                continue
            out.append(self.data[at:e_start])
            out.append(replacement)
            at = e_end
        out.append(self.data[at:end])
        return b"".join(out)

    def element(self, element, edits):
        return self.text(element.start, element.end, edits) if element is not None else b""

    def embedded_edits(self, body, prefix):
        """Edits that move inline objects and images out of `body` into the package."""

        def link(element, path):
            """Points the element at a file of the package: xlink attributes in its start tag."""
            attributes = ' xlink:href="./%s"' % path[len(prefix):] + XLINK
            return (element.tag_end - 1, element.tag_end - 1, attributes.encode())

        edits = []
        for element in body.walk_own():
            if element.name == "draw:object":
                inner = element.child("office:document")
                if inner is None:
                    continue
                self.package.objects += 1
                folder = "%sObject %d" % (prefix, self.package.objects)
                self.split(inner, folder + "/", inner.attrs.get("office:mimetype", ""))
                edits.append(link(element, folder))
                edits.append((inner.start, inner.end, b""))
            elif element.name == "draw:image":
                binary = element.child("office:binary-data")
                if binary is None:
                    continue
                closing = len("</office:binary-data>")
                raw = base64.b64decode(self.data[binary.tag_end:binary.end - closing])
                siblings = element.parent.children
                position = siblings.index(element)
                if position > 0 and siblings[position - 1].name == "draw:object":
                    # The picture shown until the object is drawn: named after its object.
                    path = "%sObjectReplacements/Object %d" % (prefix, self.package.objects)
                    media = REPLACEMENT_MEDIA_TYPE
                else:
                    self.package.images += 1
                    ext, media = image_name(raw)
                    path = "%sPictures/image%d.%s" % (prefix, self.package.images, ext)
                self.package.files.append((path, raw, media))
                edits.append(link(element, path))
                edits.append((binary.start, binary.end, b""))
        for element in body.walk_own():
            if element.name == "office:binary-data" and not any(
                    e[0] == element.start for e in edits):
                raise ValueError("inline binary data in <%s> is not supported"
                                 % element.parent.name)
        return edits

    def split(self, document, prefix, media_type, title=None):
        data = self.data
        opening = data[document.start:document.tag_end]
        # The root's namespace declarations and version carry over to every part.
        opening = re.sub(rb'\s+office:mimetype="[^"]*"', b"", opening)

        def root(name):
            return opening.replace(b"<office:document", b"<office:" + name, 1)

        def close(name):
            return b"</office:" + name + b">"

        header = b'<?xml version="1.0" encoding="UTF-8"?>\n'
        meta = document.child("office:meta")
        settings = document.child("office:settings")
        scripts = document.child("office:scripts")
        fonts = document.child("office:font-face-decls")
        styles = document.child("office:styles")
        automatic = document.child("office:automatic-styles")
        masters = document.child("office:master-styles")
        body = document.child("office:body")

        # Automatic styles: page layouts, and whatever the master pages use, go
        # with the master pages into styles.xml; content.xml keeps the others.
        wanted = set()
        if masters is not None:
            for e in masters.walk():
                wanted.update(e.attrs.values())
        for_styles, for_content = [], []
        if automatic is not None:
            named = {c.attrs.get("style:name"): c for c in automatic.children}
            grew = True
            while grew:  # a master's text style may name a data style, and so on
                grew = False
                for name in list(wanted):
                    if name in named:
                        for value in (v for e in named[name].walk() for v in e.attrs.values()):
                            if value not in wanted:
                                wanted.add(value)
                                grew = True
            for c in automatic.children:
                if c.name == "style:page-layout" or c.attrs.get("style:name") in wanted:
                    for_styles.append(c)
                if c.name != "style:page-layout":
                    for_content.append(c)

        def automatic_part(children):
            if not children:
                return b""
            return (b"<office:automatic-styles>" + b"".join(self.element(c, []) for c in children)
                    + b"</office:automatic-styles>")

        edits = self.embedded_edits(body, prefix) if body is not None else []
        content = (header + root(b"document-content") + self.element(scripts, [])
                   + self.element(fonts, []) + automatic_part(for_content)
                   + self.element(body, edits) + close(b"document-content"))
        style_part = (header + root(b"document-styles") + self.element(fonts, [])
                      + self.element(styles, []) + automatic_part(for_styles)
                      + self.element(masters, []) + close(b"document-styles"))
        meta_part = (header + root(b"document-meta") + self.meta(meta, title)
                     + close(b"document-meta"))

        self.package.files.append((prefix + "content.xml", content, "text/xml"))
        self.package.files.append((prefix + "styles.xml", style_part, "text/xml"))
        self.package.files.append((prefix + "meta.xml", meta_part, "text/xml"))
        if settings is not None:
            settings_part = (header + root(b"document-settings") + self.element(settings, [])
                             + close(b"document-settings"))
            self.package.files.append((prefix + "settings.xml", settings_part, "text/xml"))
        if prefix:
            self.package.folders.append((prefix, media_type))

    def meta(self, meta, title):
        """office:meta with `title` as its dc:title (when given)."""
        if title is None:
            return self.element(meta, [])
        new = b"<dc:title>" + escape(title).encode("utf-8") + b"</dc:title>"
        if meta is None:
            return b"<office:meta>" + new + b"</office:meta>"
        old = meta.child("dc:title")
        if old is not None:
            return self.element(meta, [(old.start, old.end, new)])
        if meta.tag_end == meta.end:  # <office:meta/>
            return b"<office:meta>" + new + b"</office:meta>"
        return self.element(meta, [(meta.tag_end, meta.tag_end, new)])


ACRONYMS = {"qbr": "QBR", "jbp": "JBP", "kpi": "KPI", "crm": "CRM"}


def title_from_name(path):
    words = os.path.splitext(os.path.basename(path))[0].replace("_", "-").split("-")
    text = " ".join(ACRONYMS.get(w.lower(), w) for w in words if w)
    return text[:1].upper() + text[1:]


def document_title(document):
    meta = document.child("office:meta")
    title = meta.child("dc:title") if meta is not None else None
    return title


def manifest(package, version):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<manifest:manifest'
             ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
             ' manifest:version=%s>' % quoteattr(version),
             ' <manifest:file-entry manifest:full-path="/" manifest:version=%s'
             ' manifest:media-type="%s"/>' % (quoteattr(version), TEMPLATE_MEDIA_TYPE)]
    for path, media in package.folders:
        lines.append(' <manifest:file-entry manifest:full-path=%s manifest:media-type=%s/>'
                     % (quoteattr(path), quoteattr(media)))
    for path, _, media in package.files:
        lines.append(' <manifest:file-entry manifest:full-path=%s manifest:media-type=%s/>'
                     % (quoteattr(path), quoteattr(media)))
    lines.append("</manifest:manifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def convert(source, output, title=None):
    with open(source, "rb") as f:
        data = f.read()
    document = parse(data)
    if document.name != "office:document":
        raise ValueError("%s is not a flat OpenDocument file (its root is <%s>)"
                         % (source, document.name))
    mimetype = document.attrs.get("office:mimetype", "")
    if mimetype not in ("application/vnd.oasis.opendocument.spreadsheet", TEMPLATE_MEDIA_TYPE):
        raise ValueError("%s is not a spreadsheet (office:mimetype %r)" % (source, mimetype))
    if title is None and document_title(document) is None:
        title = title_from_name(source)

    package = Package()
    Splitter(data, package).split(document, "", TEMPLATE_MEDIA_TYPE, title)
    version = document.attrs.get("office:version", "1.3")

    def entry(path, compress):
        info = zipfile.ZipInfo(path, date_time=FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        info.create_system = 3  # Unix, so the attributes above mean the same everywhere
        return info

    # Written next to the output and renamed: an interrupted build leaves no half package.
    directory = os.path.dirname(os.path.abspath(output))
    handle, temporary = tempfile.mkstemp(prefix=".ots-", dir=directory)
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w") as z:
            # ODF: "mimetype" first, stored, with no extra field, so tools can sniff it.
            z.writestr(entry("mimetype", False), TEMPLATE_MEDIA_TYPE.encode("ascii"))
            for path, content, _ in package.files:
                z.writestr(entry(path, True), content)
            z.writestr(entry("META-INF/manifest.xml", True), manifest(package, version))
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
    except BaseException:
        os.unlink(temporary)
        raise


def main(argv=None):
    parser = argparse.ArgumentParser(description="Builds a Calc template (.ots) from a flat "
                                                 "OpenDocument spreadsheet (.fods).")
    parser.add_argument("source", help="the .fods file")
    parser.add_argument("output", help="the .ots file to write")
    parser.add_argument("--title", help="the template's title (default: the document's own, "
                                        "else one made from the file name)")
    args = parser.parse_args(argv)
    try:
        convert(args.source, args.output, args.title)
    except (OSError, ValueError, xml.parsers.expat.ExpatError) as e:
        print("fods_to_ots: %s: %s" % (args.source, e), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
