// Account keys (contract section 5): the matching key of a company name, domain, URL or
// e-mail address. Two entries name the same account when their keys are equal.
// docs/accounts.md describes every rule; the tests in tests/accounts show them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/cell.h"

namespace alliance {

// Only the first this many UTF-16 code units of a cell (after leading spaces) are read:
// company names are far shorter, and it keeps the work per cell bounded.
inline constexpr std::size_t kMaxAccountTextUnits = 1000;

// What an account text was read as.
enum class AccountForm : std::uint8_t {
  Blank,     // empty, spaces, or nothing but punctuation: empty key
  Name,      // a company name
  Domain,    // "tesco.co.uk", "www.walmart.com/about"
  Url,       // "https://www.stock.walmart.com/x"
  Email,     // "jane@walmart.com", "Jane Doe <jane@walmart.com>", "mailto:jane@walmart.com"
  FreeMail,  // an e-mail address at a free-mail provider: empty key
};

struct AccountKey {
  std::string key;  // UTF-8, no spaces; empty when the text names no company
  AccountForm form = AccountForm::Blank;
};

// The key of a name, domain, URL or e-mail address:
//   "The Coca-Cola Company" -> "cocacola", "AB Volvo" -> "volvo",
//   "Société Générale S.A." -> "societegenerale", "jane@walmart.com" -> "walmart",
//   "tesco.co.uk" -> "tesco", "jane@gmail.com" -> "".
[[nodiscard]] std::string accountKey(std::u16string_view text);

// The key and what the text was read as (for explanations such as ALLIANCE_CHECK's).
[[nodiscard]] AccountKey analyseAccount(std::u16string_view text);

// The key of a cell: a text as above; a number as the text Calc shows for it in the
// General format (whole numbers without decimals: 4711 -> "4711"); an empty cell gives
// an empty key. Throws InputError for an error value, naming `what` ("entry 3 of ours").
[[nodiscard]] std::string accountKey(const Cell& cell, std::string_view what = "the name");

// The same, writing the key into `out` (cleared first) so that a loop over many cells
// reuses one buffer. Returns what the cell was read as.
AccountForm accountKeyInto(const Cell& cell, std::string& out, std::string_view what);
AccountForm accountKeyInto(std::u16string_view text, std::string& out);

// A word for an AccountForm ("name", "domain", "URL", "e-mail address", ...).
[[nodiscard]] std::string_view accountFormWord(AccountForm form);

}  // namespace alliance
