// The partner portfolio as every part of AllianceCalc reads it: the sidebar, the
// QBR generator, `alliancecalc check`, `score` and `overlap` call readPortfolio()
// and nothing else decides which sheet, which rows and which settings count.
//
// The rules (docs/portfolio.md states them for users):
//  - The portfolio sheet is the first sheet, in sheet order, with a header row
//    in its first 20 rows and 30 columns: a row holding a "Partner" cell and at
//    least one contract metric name (any spelling the functions accept).
//  - Partner rows are the rows below the header whose Partner cell holds a name.
//    A blank row (or a row whose Partner cell is blank, such as a prepared
//    formula row) is skipped and does not end the list; the list ends with the
//    sheet's last used row.
//  - Settings are read by position, so a German portfolio's translated labels
//    count the same: the weights of Strategy ... Governance in B4:B8, "Green at"
//    in B9, "Amber at" in B10, the current quarter in B11 (as the templates lay
//    them out). A Settings sheet with nothing in B4:B10, or no Settings sheet,
//    scores with the contract's default weights and bands. A current quarter
//    elsewhere is found beside a "Current quarter" label.
//  - History, Plan and Changes are the sheets of those names, their first row the
//    header; their columns are found by their English headings.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/metrics.h"
#include "core/scoring.h"
#include "portfolio/quarter.h"
#include "portfolio/workbook.h"

namespace alliance::portfolio {

// The workbook has no portfolio to read; the message says what is missing.
class WorkbookError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline constexpr std::size_t kHeaderSearchRows = 20;
inline constexpr std::size_t kHeaderSearchColumns = 30;
static_assert(kHeaderSearchRows <= kSheetWindowRows && kHeaderSearchColumns <= kSheetWindowColumns,
              "the header search must lie in the window read of every sheet");

struct MetricColumn {
  Metric metric = Metric::MapElements;
  std::size_t column = 0;  // 0-based
};

struct PartnerRow {
  std::size_t row = 0;       // 0-based row on the portfolio sheet
  std::u16string name;       // trimmed
  std::vector<Value> cells;  // the whole row, aligned with Portfolio::header
};

struct HistoryEntry {
  Quarter quarter;
  std::u16string partner;
  std::optional<double> health;
  std::array<std::optional<double>, kDimensionCount> dimensions;
  std::optional<double> revenueTarget;
  std::optional<double> revenueActual;
  std::optional<double> pipeline;
};

// Where History's columns are (0-based; nullopt: no such heading), and the row
// a new snapshot goes into: the one below the last row holding anything in them.
struct HistoryLayout {
  std::optional<std::size_t> quarter;
  std::optional<std::size_t> partner;
  std::optional<std::size_t> health;
  std::optional<std::size_t> status;
  std::array<std::optional<std::size_t>, kDimensionCount> dimensions;
  std::optional<std::size_t> revenueTarget;
  std::optional<std::size_t> revenueActual;
  std::optional<std::size_t> pipeline;
  std::size_t nextRow = 1;
};

// One change on either side of an alliance, from the Changes sheet: the prompt
// feedback mechanism's register. Dates are the office's serial day numbers.
struct ChangeEntry {
  std::size_t row = 0;  // 0-based row on Changes
  std::u16string partner;
  std::optional<double> logged;
  std::u16string side;  // "ours", "theirs", as written
  std::u16string kind;  // "ownership", "structure", "people", "policy", "environment"
  std::u16string what;
  std::optional<double> agreedOn;  // when a response was agreed; nullopt: none yet
  std::u16string response;
};

// A change is open when it was logged more than this many days ago and no
// response has been agreed on (contract section 7, open_changes).
inline constexpr double kOpenChangeDays = 30.0;
[[nodiscard]] bool isOpenChange(const ChangeEntry& change, double today);

struct Milestone {
  std::u16string partner;
  Value milestone;
  Value owner;
  Value due;
  Value status;
};

// A Settings cell that cannot be used, and why (a full sentence).
struct SettingsProblem {
  std::string cell;  // "B5"
  std::string message;
};

enum class Paper : std::uint8_t { A4, Letter };

struct PortfolioSettings {
  Weights weights;
  StatusBands bands;
  bool fromSheet = false;  // false: the defaults, as Settings holds none
  std::optional<Quarter> currentQuarter;
  std::optional<std::string> currentQuarterCell;  // where it is read from, when found
  std::size_t currentQuarterRow = 0;              // the same place, 0-based, when found
  std::size_t currentQuarterColumn = 0;
  Value currentQuarterValue;  // as written there
  // How documents made from the portfolio present it (B12:B14, optional): our
  // company's name for page headers, the ISO 4217 currency code of the revenue
  // figures (three letters, upper case; anything else is not used) and the paper
  // (A4 or Letter; nothing: the office's own, from its locale).
  std::u16string ourCompany;
  std::optional<std::string> currency;
  std::optional<Paper> paper;
  // Set when the weights or bands cannot be used: no partner is scored then, as
  // the sheet's own formulas show an error value.
  std::vector<SettingsProblem> problems;
};

// Where the Settings cells are (0-based), as the templates lay them out.
inline constexpr std::size_t kSettingsColumn = 1;          // B
inline constexpr std::size_t kSettingsFirstWeightRow = 3;  // B4
inline constexpr std::size_t kSettingsGreenAtRow = 8;      // B9
inline constexpr std::size_t kSettingsAmberAtRow = 9;      // B10
inline constexpr std::size_t kSettingsQuarterRow = 10;     // B11
inline constexpr std::size_t kSettingsCompanyRow = 11;     // B12
inline constexpr std::size_t kSettingsCurrencyRow = 12;    // B13
inline constexpr std::size_t kSettingsPaperRow = 13;       // B14

[[nodiscard]] PortfolioSettings readSettings(const Workbook& workbook);

struct Portfolio {
  std::size_t sheetIndex = 0;
  std::u16string sheetName;
  std::size_t headerRow = 0;  // 0-based
  std::size_t partnerColumn = 0;
  std::vector<Value> header;                // the header row
  std::vector<MetricColumn> metricColumns;  // recognised metric names, in column order
  std::optional<std::size_t> previousHealthColumn;
  std::optional<std::size_t> quartersRedColumn;
  std::optional<std::size_t> quartersDecliningColumn;
  std::vector<PartnerRow> partners;
  std::vector<std::size_t> errorNameRows;  // rows whose Partner cell shows an error value
  bool hasHistory = false;
  std::vector<HistoryEntry> history;
  HistoryLayout historyLayout;
  bool hasChanges = false;
  std::vector<ChangeEntry> changes;
  bool hasPlan = false;
  std::vector<Milestone> plan;
  PortfolioSettings settings;

  [[nodiscard]] const PartnerRow* findPartner(std::u16string_view name) const;
  [[nodiscard]] const PartnerRow* partnerOnRow(std::size_t row) const;
};

// The header of the portfolio sheet, when `sheet` is one.
struct PortfolioHeader {
  std::size_t row = 0;
  std::size_t partnerColumn = 0;
};
[[nodiscard]] std::optional<PortfolioHeader> findPortfolioHeader(const Sheet& sheet);

// Settings, History, Plan and Changes: the sheets read by name, so read in full.
[[nodiscard]] bool isNamedSheet(std::u16string_view name);

// Whether some sheet is a portfolio sheet (cheap: looks at headers only).
[[nodiscard]] bool hasPortfolio(const Workbook& workbook);

// Throws WorkbookError when no sheet is a portfolio sheet. History and Plan are
// read when present; whether a use needs them is the caller's to say.
[[nodiscard]] Portfolio readPortfolio(const Workbook& workbook);

}  // namespace alliance::portfolio
