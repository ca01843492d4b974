// Writes CalcAddIns.xcu from the function catalogue, so the configuration the
// office reads before the component loads never disagrees with XAddIn.
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "addin/function_catalog.h"

namespace {

std::string escapeXml(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

void writeText(std::ostream& out, std::string_view indent, std::string_view prop,
               std::string_view value) {
  out << indent << "<prop oor:name=\"" << prop << "\"><value xml:lang=\"en-US\">"
      << escapeXml(value) << "</value></prop>\n";
}

// A text in every language of the catalogue: the office picks the UI language's value
// and falls back to en-US.
template <typename Spec>
void writeLocalized(std::ostream& out, std::string_view indent, std::string_view prop,
                    const Spec& spec) {
  using alliance::Language;
  out << indent << "<prop oor:name=\"" << prop << "\">";
  for (const alliance::text::LanguageInfo& language : alliance::text::languages()) {
    const std::string_view tag = language.id == Language::English ? "en-US" : language.code;
    out << "<value xml:lang=\"" << tag << "\">"
        << escapeXml(alliance::addin::descriptionIn(spec, language.id)) << "</value>";
  }
  out << "</prop>\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: " << argv[0] << " OUTPUT.xcu\n";
    return 2;
  }
  using namespace alliance::addin;
  std::ofstream out(argv[1]);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<!-- Generated from src/addin/function_catalog.cc; do not edit. -->\n"
         "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\" "
         "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" oor:name=\"CalcAddIns\" "
         "oor:package=\"org.openoffice.Office\">\n"
         " <node oor:name=\"AddInInfo\">\n"
      << "  <node oor:name=\"" << kServiceName << "\" oor:op=\"replace\">\n"
      << "   <node oor:name=\"AddInFunctions\">\n";
  for (const FunctionSpec& f : functionCatalog()) {
    out << "    <node oor:name=\"" << f.method << "\" oor:op=\"replace\">\n";
    writeText(out, "     ", "DisplayName", f.displayName);
    writeLocalized(out, "     ", "Description", f);
    out << "     <prop oor:name=\"Category\"><value>" << kCategory << "</value></prop>\n"
        << "     <prop oor:name=\"CompatibilityName\"><value xml:lang=\"en-US\">" << f.displayName
        << "</value></prop>\n"
        << "     <node oor:name=\"Parameters\">\n";
    for (const ParameterSpec& p : f.parameters) {
      out << "      <node oor:name=\"" << p.name << "\" oor:op=\"replace\">\n";
      writeText(out, "       ", "DisplayName", p.name);
      writeLocalized(out, "       ", "Description", p);
      out << "      </node>\n";
    }
    out << "     </node>\n    </node>\n";
  }
  out << "   </node>\n  </node>\n </node>\n</oor:component-data>\n";
  out.close();
  return out ? 0 : 1;
}
