// The metrics reader and everything scored from it: a grid of cells of every kind
// (fuzz_support.h) read as a block, as a row or column with labels, and with
// labels of another shape; then health, dimensions, warnings, the QBR summary and
// ALLIANCE_CHECK. Only InputError may leave the core, and:
//  - checkMetrics says "OK" exactly when reading and scoring succeed, and otherwise
//    gives the very sentence of the InputError they throw;
//  - the label cache (kept between calls, as the add-in keeps it) changes nothing;
//  - every score is a finite number from 0 to 100; texts are readable UTF-8.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/input_error.h"
#include "core/metrics.h"
#include "core/report.h"
#include "core/scoring.h"
#include "core/warnings.h"
#include "fuzz_support.h"

namespace {

using alliance::Cell;
using alliance::CellGrid;
using alliance::InputError;
using alliance::MetricValues;
using alliance::fuzz::require;
using alliance::fuzz::requireReadableText;

struct Outcome {
  std::optional<MetricValues> values;
  std::string error;  // the InputError's sentence
};

Outcome readAndScore(const CellGrid& metrics, const CellGrid* labels, alliance::LabelCache* cache) {
  Outcome out;
  try {
    MetricValues values = alliance::readMetrics(metrics, labels, cache);
    static_cast<void>(alliance::health(values));
    out.values = values;
  } catch (const InputError& e) {
    out.error = e.what();
  }
  return out;
}

bool sameValues(const MetricValues& a, const MetricValues& b) {
  for (const alliance::MetricInfo& info : alliance::metricTable()) {
    if (a.known(info.id) != b.known(info.id)) {
      return false;
    }
    if (a.known(info.id) && a.get(info.id) != b.get(info.id)) {
      return false;
    }
  }
  return true;
}

void requireScore(double score, const char* what) {
  require(std::isfinite(score) && score >= 0.0 && score <= 100.0, what, std::to_string(score));
}

void exercise(const CellGrid& metrics, const CellGrid* labels, std::optional<double> previous,
              const CellGrid* weightCells) {
  // A label cache that lives across inputs, as the add-in's thread_local one does.
  static alliance::LabelCache cache;
  const Outcome plain = readAndScore(metrics, labels, nullptr);
  const Outcome cached = readAndScore(metrics, labels, &cache);
  require(plain.values.has_value() == cached.values.has_value() && plain.error == cached.error,
          "the label cache changes whether the metrics can be read");
  if (plain.values) {
    require(sameValues(*plain.values, *cached.values), "the label cache changes the values");
  }

  const std::string check = alliance::checkMetrics(metrics, labels);
  // The sentence quotes the user's text, so it is only checked to be UTF-8.
  require(alliance::fuzz::isValidUtf8(check), "checkMetrics text", check);
  if (plain.values) {
    require(check == alliance::kCheckOk, "checkMetrics is not OK for readable metrics", check);
  } else {
    require(check == plain.error, "checkMetrics does not give the reader's sentence", check);
    return;
  }

  const MetricValues& values = *plain.values;
  const alliance::DimensionScores scores = alliance::scoreDimensions(values);
  for (const alliance::Dimension d : alliance::kAllDimensions) {
    if (const std::optional<double> score = scores.get(d)) {
      requireScore(*score, "dimension score out of 0..100");
    }
  }
  requireScore(alliance::health(values), "health out of 0..100");
  if (weightCells != nullptr) {
    try {
      const alliance::Weights weights = alliance::Weights::fromCells(*weightCells);
      requireScore(alliance::health(values, weights), "weighted health out of 0..100");
    } catch (const InputError&) {
      // invalid weights, or only weight-0 dimensions available
    }
  }
  const alliance::WarningSet warnings = alliance::evaluateWarnings(values);
  require(warnings.count() >= 0 && warnings.count() <= static_cast<int>(alliance::kWarningCount),
          "warning count");
  requireReadableText(alliance::joinWarningTitles(warnings, "; "), "warning titles");
  try {
    requireReadableText(alliance::qbrSummary(values, previous), "QBR summary");
  } catch (const InputError&) {
    require(previous.has_value(), "qbrSummary rejects readable metrics");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  alliance::fuzz::FuzzGrid grid(data, size);
  if (grid.rows() == 0 || grid.cols() == 0) {
    return 0;
  }
  // The last cell, when a number, is a previous health; the last row a weights range.
  const Cell& last = grid.cells().back();
  const std::optional<double> previous =
      last.kind == Cell::Kind::Number ? std::optional<double>(last.number) : std::nullopt;
  const CellGrid weights = grid.row(grid.rows() - 1);

  const CellGrid all = grid.grid();
  exercise(all, nullptr, previous, &weights);  // block shape
  exercise(all, &all, previous, nullptr);      // labels of the same (maybe 2-D) shape
  if (grid.rows() >= 2) {
    const CellGrid labels = grid.row(0);
    const CellGrid values = grid.row(1);
    exercise(values, &labels, previous, &weights);  // a portfolio row
    const CellGrid shorter{labels.cells.first(labels.cols - 1), 1, labels.cols - 1};
    exercise(values, &shorter, previous, nullptr);  // labels of another size
  }
  if (grid.cols() >= 2) {
    const CellGrid labels = grid.column(0);
    const CellGrid values = grid.column(1);
    exercise(values, &labels, previous, &weights);  // a scorecard written down a column
  }
  return 0;
}
