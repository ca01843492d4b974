#include "portfolio/portfolio.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/input_error.h"
#include "core/text.h"

namespace alliance::portfolio {

namespace {

constexpr std::u16string_view kSettingsSheet = u"Settings";
constexpr std::u16string_view kHistorySheet = u"History";
constexpr std::u16string_view kPlanSheet = u"Plan";
constexpr std::u16string_view kChangesSheet = u"Changes";

std::optional<Metric> metricOf(const Value& v) {
  return v.kind == Cell::Kind::Text ? metricForLabel(v.text) : std::nullopt;
}

const Value& valueAt(const std::vector<Value>& row, std::optional<std::size_t> column) {
  static const Value kEmpty;
  return column && *column < row.size() ? row[*column] : kEmpty;
}

std::optional<double> numberAt(const std::vector<Value>& row, std::optional<std::size_t> column) {
  return numberOf(valueAt(row, column));
}

void readPartners(const Sheet& sheet, const PortfolioHeader& header, Portfolio& out) {
  out.headerRow = header.row;
  out.partnerColumn = header.partnerColumn;
  out.header = sheet.rows[header.row];
  for (std::size_t c = 0; c < out.header.size(); ++c) {
    if (c == header.partnerColumn) {
      continue;
    }
    if (const auto metric = metricOf(out.header[c])) {
      out.metricColumns.push_back({*metric, c});
    }
  }
  out.previousHealthColumn = columnLabelled(out.header, u"Previous health");
  out.quartersRedColumn = columnLabelled(out.header, u"Quarters red");
  out.quartersDecliningColumn = columnLabelled(out.header, u"Quarters declining");
  for (std::size_t r = header.row + 1; r < sheet.rows.size(); ++r) {
    const Value& name = sheet.at(r, header.partnerColumn);
    if (name.kind == Cell::Kind::Error) {
      out.errorNameRows.push_back(r);
    } else if (!isBlank(name)) {
      out.partners.push_back({r, textOf(name), sheet.rows[r]});
    }
  }
}

void readHistory(const Workbook& workbook, Portfolio& out) {
  const Sheet* sheet = workbook.find(kHistorySheet);
  if (sheet == nullptr || sheet->rows.empty()) {
    out.hasHistory = sheet != nullptr;
    return;
  }
  out.hasHistory = true;
  const auto& header = sheet->rows[0];
  HistoryLayout& layout = out.historyLayout;
  layout.quarter = columnLabelled(header, u"Quarter");
  layout.partner = columnLabelled(header, u"Partner");
  layout.health = columnLabelled(header, u"Health");
  layout.status = columnLabelled(header, u"Status");
  for (const Dimension d : kAllDimensions) {
    const std::string_view title = dimensionTitle(d);
    layout.dimensions[static_cast<std::size_t>(d)] =
        columnLabelled(header, std::u16string(title.begin(), title.end()));
  }
  layout.revenueTarget = columnLabelled(header, u"Revenue target");
  layout.revenueActual = columnLabelled(header, u"Revenue actual");
  layout.pipeline = columnLabelled(header, u"Pipeline");
  // Below the last row holding anything under a heading: notes beside the table
  // (the template's guidance) do not count.
  const auto headed = [&](const std::vector<Value>& row) {
    for (std::size_t c = 0; c < std::min(row.size(), header.size()); ++c) {
      if (!isBlank(header[c]) && !isBlank(row[c])) {
        return true;
      }
    }
    return false;
  };
  for (std::size_t r = sheet->rows.size(); r-- > 1;) {
    if (headed(sheet->rows[r])) {
      layout.nextRow = r + 1;
      break;
    }
  }
  const auto quarter = layout.quarter;
  const auto partner = layout.partner;
  const auto health = layout.health;
  if (!quarter || !partner) {
    return;  // no snapshot can be read; `check` names the missing column
  }
  const auto& dimensions = layout.dimensions;
  const auto target = layout.revenueTarget;
  const auto actual = layout.revenueActual;
  const auto pipeline = layout.pipeline;
  for (std::size_t r = 1; r < sheet->rows.size(); ++r) {
    const auto& row = sheet->rows[r];
    const auto q = Quarter::parse(textOf(valueAt(row, quarter)));
    if (!q || isBlank(valueAt(row, partner))) {
      continue;  // not a snapshot row (a note, an empty line)
    }
    HistoryEntry entry{*q,
                       textOf(valueAt(row, partner)),
                       numberAt(row, health),
                       {},
                       numberAt(row, target),
                       numberAt(row, actual),
                       numberAt(row, pipeline)};
    for (std::size_t d = 0; d < kDimensionCount; ++d) {
      entry.dimensions[d] = numberAt(row, dimensions[d]);
    }
    out.history.push_back(std::move(entry));
  }
}

void readPlan(const Workbook& workbook, Portfolio& out) {
  const Sheet* sheet = workbook.find(kPlanSheet);
  if (sheet == nullptr) {
    return;  // a portfolio without a joint business plan sheet: the QBR says so
  }
  out.hasPlan = true;
  if (sheet->rows.empty()) {
    return;
  }
  const auto& header = sheet->rows[0];
  const auto partner = columnLabelled(header, u"Partner");
  const auto milestone = columnLabelled(header, u"Milestone");
  if (!partner || !milestone) {
    return;  // `check` names the missing column
  }
  const auto owner = columnLabelled(header, u"Owner");
  const auto due = columnLabelled(header, u"Due date");
  const auto status = columnLabelled(header, u"Status");
  for (std::size_t r = 1; r < sheet->rows.size(); ++r) {
    const auto& row = sheet->rows[r];
    if (isBlank(valueAt(row, partner)) || isBlank(valueAt(row, milestone))) {
      continue;
    }
    out.plan.push_back({textOf(valueAt(row, partner)), valueAt(row, milestone), valueAt(row, owner),
                        valueAt(row, due), valueAt(row, status)});
  }
}

void readChanges(const Workbook& workbook, Portfolio& out) {
  const Sheet* sheet = workbook.find(kChangesSheet);
  if (sheet == nullptr) {
    return;
  }
  out.hasChanges = true;
  if (sheet->rows.empty()) {
    return;
  }
  const auto& header = sheet->rows[0];
  const auto partner = columnLabelled(header, u"Partner");
  if (!partner) {
    return;
  }
  const auto logged = columnLabelled(header, u"Date logged");
  const auto side = columnLabelled(header, u"Side");
  const auto kind = columnLabelled(header, u"Kind");
  const auto what = columnLabelled(header, u"What changed");
  const auto agreedOn = columnLabelled(header, u"Response agreed on");
  const auto response = columnLabelled(header, u"Response");
  for (std::size_t r = 1; r < sheet->rows.size(); ++r) {
    const auto& row = sheet->rows[r];
    if (isBlank(valueAt(row, partner))) {
      continue;
    }
    out.changes.push_back({r, textOf(valueAt(row, partner)), numberAt(row, logged),
                           textOf(valueAt(row, side)), textOf(valueAt(row, kind)),
                           textOf(valueAt(row, what)), numberAt(row, agreedOn),
                           textOf(valueAt(row, response))});
  }
}

// A weight or band cell must hold a plain number; what the functions say about
// anything else, with the cell's place.
bool requireNumber(const Sheet& sheet, std::size_t row, std::string_view what,
                   PortfolioSettings& out) {
  const Value& v = sheet.at(row, kSettingsColumn);
  if (v.kind == Cell::Kind::Number && std::isfinite(v.number) && v.number >= 0.0) {
    return true;
  }
  out.problems.push_back({cellName(kSettingsColumn, row),
                          fmt::format("The {} on Settings ({}) is {} but must be a number of 0 "
                                      "or more.",
                                      what, cellName(kSettingsColumn, row), describe(v))});
  return false;
}

void readScoring(const Sheet& sheet, PortfolioSettings& out) {
  bool any = false;
  for (std::size_t r = kSettingsFirstWeightRow; r <= kSettingsAmberAtRow; ++r) {
    any = any || !isBlank(sheet.at(r, kSettingsColumn));
  }
  if (!any) {
    return;  // Settings without scoring settings: the defaults
  }
  out.fromSheet = true;
  bool weightsOk = true;
  std::vector<Cell> cells;
  for (const Dimension d : kAllDimensions) {
    const std::size_t row = kSettingsFirstWeightRow + static_cast<std::size_t>(d);
    weightsOk =
        requireNumber(sheet, row, fmt::format("{} weight", dimensionTitle(d)), out) && weightsOk;
    cells.push_back(sheet.at(row, kSettingsColumn).cell());
  }
  if (weightsOk) {
    try {
      out.weights = Weights::fromCells(CellGrid{cells, cells.size(), 1});
    } catch (const InputError& e) {
      out.problems.push_back(
          {fmt::format("{}:{}", cellName(kSettingsColumn, kSettingsFirstWeightRow),
                       cellName(kSettingsColumn, kSettingsFirstWeightRow + 4)),
           fmt::format("The weights on Settings: {}", e.what())});
    }
  }
  const bool greenOk = requireNumber(sheet, kSettingsGreenAtRow, "\"Green at\" band", out);
  const bool amberOk = requireNumber(sheet, kSettingsAmberAtRow, "\"Amber at\" band", out);
  if (greenOk && amberOk) {
    StatusBands bands{sheet.at(kSettingsGreenAtRow, kSettingsColumn).number,
                      sheet.at(kSettingsAmberAtRow, kSettingsColumn).number};
    try {
      bands.validate();
      out.bands = bands;
    } catch (const InputError& e) {
      out.problems.push_back({fmt::format("{}:{}", cellName(kSettingsColumn, kSettingsGreenAtRow),
                                          cellName(kSettingsColumn, kSettingsAmberAtRow)),
                              fmt::format("The status bands on Settings: {}", e.what())});
    }
  }
}

void readQuarter(const Sheet& sheet, PortfolioSettings& out) {
  std::optional<std::pair<std::size_t, std::size_t>> at;  // (row, column)
  if (!isBlank(sheet.at(kSettingsQuarterRow, kSettingsColumn)) || out.fromSheet) {
    at = std::pair{kSettingsQuarterRow, kSettingsColumn};
  } else {
    for (std::size_t r = 0; r < sheet.rows.size() && !at; ++r) {
      if (const auto c = columnLabelled(sheet.rows[r], u"Current quarter")) {
        at = std::pair{r, *c + 1};
      }
    }
  }
  if (!at) {
    return;
  }
  out.currentQuarterCell = cellName(at->second, at->first);
  out.currentQuarterRow = at->first;
  out.currentQuarterColumn = at->second;
  out.currentQuarterValue = sheet.at(at->first, at->second);
  out.currentQuarter = Quarter::parse(textOf(out.currentQuarterValue));
}

// Our company, the currency and the paper: read as written, and left unset
// when they cannot be used (they change how a document looks, never a score).
void readPresentation(const Sheet& sheet, PortfolioSettings& out) {
  out.ourCompany = textOf(sheet.at(kSettingsCompanyRow, kSettingsColumn));
  std::u16string code = textOf(sheet.at(kSettingsCurrencyRow, kSettingsColumn));
  if (code.size() == 3 && std::all_of(code.begin(), code.end(), [](char16_t c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
      })) {
    std::string ascii;
    for (const char16_t c : code) {
      ascii.push_back(static_cast<char>(c >= u'a' ? c - u'a' + u'A' : c));
    }
    out.currency = ascii;
  }
  const std::u16string paper = textOf(sheet.at(kSettingsPaperRow, kSettingsColumn));
  if (sameName(paper, u"A4")) {
    out.paper = Paper::A4;
  } else if (sameName(paper, u"Letter")) {
    out.paper = Paper::Letter;
  }
}

}  // namespace

PortfolioSettings readSettings(const Workbook& workbook) {
  PortfolioSettings out;
  const Sheet* sheet = workbook.find(kSettingsSheet);
  if (sheet == nullptr) {
    return out;
  }
  readScoring(*sheet, out);
  readQuarter(*sheet, out);
  readPresentation(*sheet, out);
  return out;
}

std::optional<PortfolioHeader> findPortfolioHeader(const Sheet& sheet) {
  for (std::size_t r = 0; r < std::min(sheet.rows.size(), kHeaderSearchRows); ++r) {
    const auto& row = sheet.rows[r];
    std::optional<std::size_t> partner;
    bool metric = false;
    for (std::size_t c = 0; c < std::min(row.size(), kHeaderSearchColumns); ++c) {
      if (!partner && isLabel(row[c], u"Partner")) {
        partner = c;
      } else if (metricOf(row[c])) {
        metric = true;
      }
    }
    if (partner && metric) {
      return PortfolioHeader{r, *partner};
    }
  }
  return std::nullopt;
}

bool isNamedSheet(std::u16string_view name) {
  return sameName(name, kSettingsSheet) || sameName(name, kHistorySheet) ||
         sameName(name, kPlanSheet) || sameName(name, kChangesSheet);
}

bool isOpenChange(const ChangeEntry& change, double today) {
  return !change.agreedOn && change.logged && today - *change.logged > kOpenChangeDays;
}

bool hasPortfolio(const Workbook& workbook) {
  return std::any_of(workbook.sheets.begin(), workbook.sheets.end(),
                     [](const Sheet& sheet) { return findPortfolioHeader(sheet).has_value(); });
}

const PartnerRow* Portfolio::findPartner(std::u16string_view name) const {
  const auto it = std::find_if(partners.begin(), partners.end(),
                               [&](const PartnerRow& p) { return sameName(p.name, name); });
  return it == partners.end() ? nullptr : &*it;
}

const PartnerRow* Portfolio::partnerOnRow(std::size_t row) const {
  const auto it = std::lower_bound(partners.begin(), partners.end(), row,
                                   [](const PartnerRow& p, std::size_t r) { return p.row < r; });
  return it != partners.end() && it->row == row ? &*it : nullptr;
}

Portfolio readPortfolio(const Workbook& workbook) {
  Portfolio out;
  for (std::size_t i = 0; i < workbook.sheets.size(); ++i) {
    if (const auto header = findPortfolioHeader(workbook.sheets[i])) {
      out.sheetIndex = i;
      out.sheetName = workbook.sheets[i].name;
      readPartners(workbook.sheets[i], *header, out);
      readHistory(workbook, out);
      readPlan(workbook, out);
      readChanges(workbook, out);
      out.settings = readSettings(workbook);
      return out;
    }
  }
  throw WorkbookError(fmt::format(
      "The workbook has no portfolio sheet: no sheet has a header row with a \"Partner\" cell "
      "and a metric name (such as \"Map elements\") in its first {} rows and {} columns.",
      kHeaderSearchRows, kHeaderSearchColumns));
}

}  // namespace alliance::portfolio
