// Prints the function reference in Markdown from the function catalogue, so the
// README and docs/functions.md never restate the Function Wizard texts by hand.
//   alliance_function_reference table   -> the README's summary table
//   alliance_function_reference full    -> docs/functions.md
#include <iostream>
#include <string>
#include <string_view>

#include "addin/function_catalog.h"

namespace {

using alliance::addin::functionCatalog;
using alliance::addin::FunctionSpec;
using alliance::addin::ParameterSpec;

// The reference is written in English, the catalogue's source language.
template <class Spec>
std::string_view english(const Spec& spec) {
  return alliance::addin::descriptionIn(spec, alliance::Language::English);
}

std::string signature(const FunctionSpec& f) {
  std::string out(f.displayName);
  out += "(";
  bool first = true;
  for (const ParameterSpec& p : f.parameters) {
    out += first ? "" : "; ";
    const bool optional = english(p).starts_with(alliance::addin::kOptionalMarker);
    out += optional ? "[" + std::string(p.name) + "]" : std::string(p.name);
    first = false;
  }
  return out + ")";
}

void printTable() {
  std::cout << "| Function | What it returns |\n|---|---|\n";
  for (const FunctionSpec& f : functionCatalog()) {
    std::cout << "| `" << signature(f) << "` | " << english(f) << " |\n";
  }
}

void printFull() {
  std::cout << "# Function reference\n\n"
               "Generated from the add-in's function catalogue "
               "(`src/addin/function_catalog.cc`, its texts in `po/alliancecalc.pot`), the "
               "same table that feeds the Function Wizard. Arguments are separated by `;`; an "
               "argument in brackets is optional "
               "and may be left empty in the middle of a call.\n";
  for (const FunctionSpec& f : functionCatalog()) {
    std::cout << "\n## " << f.displayName << "\n\n`" << signature(f) << "`\n\n"
              << english(f) << "\n\n";
    for (const ParameterSpec& p : f.parameters) {
      std::cout << "- `" << p.name << "`: " << english(p) << "\n";
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc > 1 ? argv[1] : "";
  if (mode == "table") {
    printTable();
  } else if (mode == "full") {
    printFull();
  } else {
    std::cerr << "usage: " << argv[0] << " table|full\n";
    return 2;
  }
  return 0;
}
