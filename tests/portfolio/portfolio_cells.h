// Cells of a portfolio as the tests of the portfolio model and its users write
// them: numbers, texts, and the partner portfolio template's heading row.
#pragma once

#include <string>
#include <vector>

#include "portfolio/workbook.h"

namespace alliance::portfolio::testing {

inline Value n(double v) { return Value::ofNumber(v); }
inline Value t(std::u16string s) { return Value::ofText(std::move(s)); }

// Partner, the sixteen metrics in the contract's order, then `after`.
inline std::vector<Value> portfolioHeader(const std::vector<std::u16string>& after) {
  std::vector<Value> out;
  for (const char16_t* name :
       {u"Partner", u"Map elements", u"Exec signoff", u"Goal alignment", u"Revenue target",
        u"Revenue actual", u"Pipeline", u"Resources committed", u"Resources actual",
        u"Exec sponsor", u"Sales sponsor", u"Manager changes", u"Trust", u"JBP", u"Days since QBR",
        u"Exit plan", u"Account conflicts"}) {
    out.push_back(t(name));
  }
  for (const std::u16string& name : after) {
    out.push_back(t(name));
  }
  return out;
}

}  // namespace alliance::portfolio::testing
