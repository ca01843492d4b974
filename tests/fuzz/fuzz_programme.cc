// The other readers of the core on a grid of cells (fuzz_support.h): alignment,
// maturity and its level, the health trend, the portfolio action, status bands, weights,
// dimension and metric names, yes/no, and the text helpers every message uses.
//   row 0 and row 1: our and the partner's ratings (and each row: maturity answers, and
//          a history of health scores for the trend, as a row and as a column)
//   row 2: scale_min, scale_max; then health, previous_health, quarters_red, green_at,
//          amber_at when numbers
// Properties: only InputError leaves the core; results lie in their documented
// ranges; texts are valid UTF-8.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/input_error.h"
#include "core/metrics.h"
#include "core/programme.h"
#include "core/scoring.h"
#include "core/text.h"
#include "core/trend.h"
#include "fuzz_support.h"

namespace {

using alliance::Cell;
using alliance::CellGrid;
using alliance::InputError;
using alliance::fuzz::isValidUtf8;
using alliance::fuzz::require;

std::optional<double> numberAt(const CellGrid& row, std::size_t i) {
  if (i < row.size() && row.cells[i].kind == Cell::Kind::Number) {
    return row.cells[i].number;
  }
  return std::nullopt;
}

template <typename F>
void expectOnlyInputError(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    require(isValidUtf8(e.what()), "InputError sentence", e.what());
  }
}

void checkTexts(const Cell& cell) {
  if (cell.kind != Cell::Kind::Text) {
    return;
  }
  const std::string utf8 = alliance::toUtf8(cell.text);
  require(isValidUtf8(utf8), "toUtf8", utf8);
  const std::string quoted = alliance::quoteForMessage(cell.text);
  require(isValidUtf8(quoted) && quoted.size() <= 2 + 40 * 3 + 3, "quoteForMessage", quoted);
  const std::string normalised = alliance::normaliseName(cell.text);
  require(normalised.size() <= cell.text.size(), "normaliseName longer than the label");
  static_cast<void>(alliance::metricForLabel(cell.text));
  static_cast<void>(alliance::parseDimension(cell.text));
  static_cast<void>(alliance::equalsWordIgnoringCase(cell.text, "yes"));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  alliance::fuzz::FuzzGrid grid(data, size);
  if (grid.rows() == 0 || grid.cols() == 0) {
    return 0;
  }
  for (std::size_t i = 0; i < grid.cells().size(); ++i) {
    const Cell& cell = grid.cells()[i];
    checkTexts(cell);
    static_cast<void>(alliance::parseYesNo(cell));
    // Cell i read as metric i mod kMetricCount, so every metric's reader sees every kind
    // of cell.
    const alliance::MetricInfo& info = alliance::metricTable()[i % alliance::kMetricCount];
    expectOnlyInputError([&] {
      if (const auto v = alliance::parseMetricValue(info.id, cell)) {
        require(std::isfinite(*v), "parseMetricValue accepted a non-finite number");
      }
    });
  }

  const CellGrid ours = grid.row(0);
  const CellGrid theirs = grid.rows() >= 2 ? grid.row(1) : grid.row(0);
  const CellGrid params = grid.rows() >= 3 ? grid.row(2) : grid.row(0);
  alliance::RatingScale scale;
  scale.min = numberAt(params, 0).value_or(scale.min);
  scale.max = numberAt(params, 1).value_or(scale.max);
  expectOnlyInputError([&] {
    const double a = alliance::alignment(ours, theirs, scale);
    require(std::isfinite(a) && a >= 0.0 && a <= 1.0, "alignment out of 0..1", std::to_string(a));
  });
  expectOnlyInputError([&] {
    const double a = alliance::alignment(grid.grid(), grid.grid(), scale);
    require(a == 1.0, "a range does not align with itself", std::to_string(a));
  });
  for (std::size_t r = 0; r < grid.rows() && r < 8; ++r) {
    std::optional<double> m;
    expectOnlyInputError([&] { m = alliance::maturity(grid.row(r)); });
    if (m) {
      require(std::isfinite(*m) && *m >= 0.0 && *m <= 10.0, "maturity out of 0..10");
      static_cast<void>(alliance::maturityLevel(*m));  // every maturity has a level
    }
    // The trend over the row, read as a row and as a column, over the quarters in
    // row 2 (its first number) or the default: a slope of scores from 0 to 100 is
    // at most 100 points a quarter either way, and the same whichever way it is laid.
    const CellGrid row = grid.row(r);
    const CellGrid column{row.cells, row.cols, 1};
    const std::optional<double> quarters = numberAt(params, 0);
    std::optional<double> trend;
    bool refused = true;
    expectOnlyInputError([&] {
      trend = alliance::healthTrend(row, quarters);
      refused = false;
    });
    if (trend) {
      require(std::isfinite(*trend) && std::fabs(*trend) <= 100.0, "trend out of -100..100",
              std::to_string(*trend));
    }
    std::optional<double> columnTrend;
    bool columnRefused = true;
    expectOnlyInputError([&] {
      columnTrend = alliance::healthTrend(column, quarters);
      columnRefused = false;
    });
    require(refused == columnRefused && trend == columnTrend,
            "the trend of a row differs from the trend of the same cells as a column");
    expectOnlyInputError([&] {
      const alliance::Weights w = alliance::Weights::fromCells(grid.row(r));
      for (const double weight : w.w) {
        require(std::isfinite(weight) && weight >= 0.0, "weight accepted");
      }
    });
  }

  const std::optional<double> health = numberAt(params, 2);
  if (health) {
    expectOnlyInputError([&] { static_cast<void>(alliance::maturityLevel(*health)); });
    expectOnlyInputError([&] {
      static_cast<void>(
          alliance::portfolioAction(*health, numberAt(params, 3), numberAt(params, 4)));
    });
    expectOnlyInputError([&] {
      alliance::StatusBands bands;
      bands.greenAt = numberAt(params, 5).value_or(bands.greenAt);
      bands.amberAt = numberAt(params, 6).value_or(bands.amberAt);
      static_cast<void>(alliance::statusOf(*health, bands));
    });
  }
  return 0;
}
