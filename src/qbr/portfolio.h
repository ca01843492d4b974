// What the QBR generator needs from a portfolio workbook (see the partner
// portfolio template): the Portfolio sheet's partner rows, the quarterly
// History, the joint business Plan, and the current quarter from Settings.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/scoring.h"
#include "qbr/workbook.h"

namespace alliance::qbr {

// Something the workbook or the request lacks; the message names it.
class QbrError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Quarter {
  int year = 0;
  int number = 0;  // 1..4

  // "2026-Q4", "2026 Q4", "2026q4".
  [[nodiscard]] static std::optional<Quarter> parse(std::u16string_view text);
  [[nodiscard]] Quarter previous() const;
  [[nodiscard]] std::string text() const;  // "2026-Q4"
  [[nodiscard]] int ordinal() const { return year * 4 + number - 1; }
  friend bool operator==(const Quarter&, const Quarter&) = default;
};

struct PartnerRow {
  std::u16string name;
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

struct Milestone {
  std::u16string partner;
  Value milestone;
  Value owner;
  Value due;
  Value status;
};

struct Portfolio {
  std::vector<Value> header;  // the row holding "Partner" and the metric names
  std::optional<std::size_t> previousHealthColumn;
  std::optional<std::size_t> quartersRedColumn;
  std::vector<PartnerRow> partners;
  std::vector<HistoryEntry> history;
  std::vector<Milestone> plan;
  bool hasPlan = false;
  std::optional<Quarter> currentQuarter;

  [[nodiscard]] const PartnerRow* findPartner(std::u16string_view name) const;
};

// Throws QbrError naming a missing sheet or column.
[[nodiscard]] Portfolio readPortfolio(const Workbook& workbook);

}  // namespace alliance::qbr
