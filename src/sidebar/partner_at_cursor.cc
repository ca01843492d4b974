#include "sidebar/partner_at_cursor.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "core/input_error.h"
#include "core/metrics.h"
#include "core/text.h"

namespace alliance::sidebar {

namespace {

using qbr::Sheet;
using qbr::Value;
using qbr::Workbook;

constexpr std::size_t kHeaderSearchRows = 20;
constexpr std::size_t kSearchColumns = 30;
constexpr std::size_t kBlockSearchRows = 80;
constexpr std::size_t kMinBlockMetrics = 3;

bool isName(const Value& v, std::u16string_view name) {
  return v.kind == Cell::Kind::Text && qbr::sameName(v.text, name);
}

bool blank(const Value& v) { return v.isEmpty() || isName(v, u""); }

std::optional<Metric> metricOf(const Value& v) {
  return v.kind == Cell::Kind::Text ? metricForLabel(v.text) : std::nullopt;
}

std::u16string textOf(const Value& v) {
  if (v.kind == Cell::Kind::Number) {
    const std::string n = formatNumber(v.number);
    return {n.begin(), n.end()};
  }
  return v.kind == Cell::Kind::Text ? v.text : std::u16string();
}

std::optional<double> numberOf(const Value& v) {
  return v.kind == Cell::Kind::Number ? std::optional<double>(v.number) : std::nullopt;
}

// The number in the cell right of the first cell named `label`, if any.
std::optional<double> numberBeside(const Sheet& sheet, std::u16string_view label) {
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    for (std::size_t c = 0; c + 1 < sheet.rows[r].size() && c < kSearchColumns; ++c) {
      if (isName(sheet.rows[r][c], label)) {
        return numberOf(sheet.rows[r][c + 1]);
      }
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> columnNamed(const std::vector<Value>& header, std::u16string_view name) {
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (isName(header[c], name)) {
      return c;
    }
  }
  return std::nullopt;
}

// The column of a scorecard block's metric names, when the sheet has one.
std::optional<std::size_t> findBlockColumn(const Sheet& sheet) {
  std::vector<std::size_t> counts(kSearchColumns, 0);
  for (std::size_t r = 0; r < std::min(sheet.rows.size(), kBlockSearchRows); ++r) {
    const auto& row = sheet.rows[r];
    for (std::size_t c = 0; c + 1 < row.size() && c < kSearchColumns; ++c) {
      if (metricOf(row[c])) {
        ++counts[c];
      }
    }
  }
  const auto best = std::max_element(counts.begin(), counts.end());
  if (*best < kMinBlockMetrics) {
    return std::nullopt;
  }
  return static_cast<std::size_t>(best - counts.begin());
}

// Scores the metrics; anything the core rejects becomes the card's problem.
void score(const MetricValues& values, const ScoringSettings& settings,
           std::optional<double> quartersRed, PartnerCard& card) {
  card.dimensions = scoreDimensions(values);
  if (!card.dimensions.anyAvailable()) {
    card.problem =
        "No metric is filled in yet, so there is nothing to score: type the partner's "
        "values into the metric cells.";
    return;
  }
  try {
    card.health = health(card.dimensions, settings.weights);
    card.status = statusOf(*card.health, settings.bands);
  } catch (const InputError& e) {
    card.problem = e.what();
    return;
  }
  card.warnings = evaluateWarnings(values);
  try {
    card.action = portfolioAction(*card.health, card.previousHealth, quartersRed);
  } catch (const InputError&) {
    // A bad previous health or quarters red: the action without them.
    card.action = portfolioAction(*card.health, std::nullopt, std::nullopt);
  }
}

PartnerCard rowCard(const Sheet& sheet, const PortfolioHeader& header, std::size_t row,
                    const ScoringSettings& settings) {
  const std::vector<Value>& labels = sheet.rows[header.row];
  PartnerCard card;
  card.shape = CardShape::PortfolioRow;
  card.partner = textOf(sheet.at(row, header.partnerColumn));
  card.sheet = sheet.name;
  card.row = row;
  std::vector<Cell> labelCells;
  std::vector<Cell> valueCells;
  labelCells.reserve(labels.size());
  valueCells.reserve(labels.size());
  for (std::size_t c = 0; c < labels.size(); ++c) {
    labelCells.push_back(labels[c].cell());
    valueCells.push_back(sheet.at(row, c).cell());
  }
  std::optional<double> quartersRed;
  if (const auto column = columnNamed(labels, u"Previous health")) {
    card.previousHealth = numberOf(sheet.at(row, *column));
  }
  if (const auto column = columnNamed(labels, u"Quarters red")) {
    quartersRed = numberOf(sheet.at(row, *column));
  }
  const CellGrid labelGrid{labelCells, 1, labelCells.size()};
  const CellGrid valueGrid{valueCells, 1, valueCells.size()};
  try {
    score(readMetrics(valueGrid, &labelGrid), settings, quartersRed, card);
  } catch (const InputError& e) {
    card.problem = e.what();
  }
  return card;
}

PartnerCard blockCard(const Sheet& sheet, std::size_t column, const ScoringSettings& settings) {
  PartnerCard card;
  card.shape = CardShape::ScorecardBlock;
  card.sheet = sheet.name;
  for (std::size_t r = 0; r < sheet.rows.size() && card.partner.empty(); ++r) {
    for (std::size_t c = 0; c + 1 < sheet.rows[r].size() && c < kSearchColumns; ++c) {
      if (isName(sheet.rows[r][c], u"Partner") && !blank(sheet.rows[r][c + 1])) {
        card.partner = textOf(sheet.rows[r][c + 1]);
        break;
      }
    }
  }
  card.previousHealth = numberBeside(sheet, u"Previous health");
  const std::optional<double> quartersRed = numberBeside(sheet, u"Quarters red");
  std::vector<Cell> cells;
  bool first = true;
  for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
    if (!metricOf(sheet.at(r, column))) {
      continue;
    }
    if (first) {
      card.row = r;
      first = false;
    }
    cells.push_back(sheet.at(r, column).cell());
    cells.push_back(sheet.at(r, column + 1).cell());
  }
  const CellGrid grid{cells, cells.size() / 2, 2};
  try {
    score(readMetrics(grid, nullptr), settings, quartersRed, card);
  } catch (const InputError& e) {
    card.problem = e.what();
  }
  return card;
}

// Weights in the Settings sheet, by dimension name; nullopt unless all five are numbers
// that the core accepts.
std::optional<Weights> settingsWeights(const Sheet& sheet) {
  std::vector<Cell> cells;
  for (const Dimension d : kAllDimensions) {
    const std::string_view title = dimensionTitle(d);
    const std::u16string name(title.begin(), title.end());
    const auto value = numberBeside(sheet, name);
    if (!value) {
      return std::nullopt;
    }
    cells.push_back(Cell::ofNumber(*value));
  }
  try {
    return Weights::fromCells(CellGrid{cells, 1, cells.size()});
  } catch (const InputError&) {
    return std::nullopt;
  }
}

}  // namespace

std::optional<PortfolioHeader> findPortfolioHeader(const Sheet& sheet) {
  for (std::size_t r = 0; r < std::min(sheet.rows.size(), kHeaderSearchRows); ++r) {
    const auto& row = sheet.rows[r];
    std::optional<std::size_t> partner;
    bool metric = false;
    for (std::size_t c = 0; c < std::min(row.size(), kSearchColumns); ++c) {
      if (!partner && isName(row[c], u"Partner")) {
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

ScoringSettings readScoringSettings(const Workbook& workbook) {
  ScoringSettings settings;
  const Sheet* sheet = workbook.find(u"Settings");
  if (sheet == nullptr) {
    return settings;
  }
  if (const auto weights = settingsWeights(*sheet)) {
    settings.weights = *weights;
  }
  StatusBands bands;
  bands.greenAt = numberBeside(*sheet, u"Green at").value_or(bands.greenAt);
  bands.amberAt = numberBeside(*sheet, u"Amber at").value_or(bands.amberAt);
  try {
    bands.validate();
    settings.bands = bands;
  } catch (const InputError&) {
    // invalid bands on Settings: the default ones, as the panel cannot score otherwise
  }
  return settings;
}

CursorLookup partnerAtCursor(const Workbook& workbook, const CursorPosition& cursor) {
  CursorLookup out;
  if (cursor.sheet >= workbook.sheets.size()) {
    return out;
  }
  const ScoringSettings settings = readScoringSettings(workbook);
  const Sheet& here = workbook.sheets[cursor.sheet];
  if (const auto header = findPortfolioHeader(here)) {
    if (cursor.row > header->row && !blank(here.at(cursor.row, header->partnerColumn))) {
      out.card = rowCard(here, *header, cursor.row, settings);
      return out;
    }
    out.reason = NoPartner::NotOnPartnerRow;
    out.portfolioSheet = here.name;
    return out;
  }
  if (const auto column = findBlockColumn(here)) {
    out.card = blockCard(here, *column, settings);
    return out;
  }
  // Elsewhere in the workbook: a portfolio means "go to a partner's row"; a
  // scorecard workbook without a portfolio is about its one partner.
  for (const Sheet& sheet : workbook.sheets) {
    if (findPortfolioHeader(sheet)) {
      out.reason = NoPartner::NotOnPartnerRow;
      out.portfolioSheet = sheet.name;
      return out;
    }
  }
  for (const Sheet& sheet : workbook.sheets) {
    if (const auto column = findBlockColumn(sheet)) {
      out.card = blockCard(sheet, *column, settings);
      return out;
    }
  }
  return out;
}

}  // namespace alliance::sidebar
