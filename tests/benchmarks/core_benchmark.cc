// Core throughput: how many partners a second the scoring core handles on one
// core, from cells as the add-in receives them (row shape with a label row).
#include <benchmark/benchmark.h>

#include <array>
#include <string>
#include <vector>

#include "core/metrics.h"
#include "core/report.h"
#include "core/scoring.h"
#include "core/warnings.h"

namespace {

using alliance::Cell;
using alliance::CellGrid;

const std::array<std::u16string, 16> kLabels = {u"Map elements",
                                                u"Exec signoff",
                                                u"Goal alignment",
                                                u"Revenue target",
                                                u"Revenue actual",
                                                u"Pipeline",
                                                u"Resources committed",
                                                u"Resources actual",
                                                u"Exec sponsor",
                                                u"Sales sponsor",
                                                u"Manager changes",
                                                u"Trust",
                                                u"JBP",
                                                u"Days since QBR",
                                                u"Exit plan",
                                                u"Account conflicts"};

struct Row {
  std::vector<Cell> labels;
  std::vector<Cell> values;
  CellGrid labelGrid;
  CellGrid valueGrid;

  explicit Row(double jitter) {
    const std::array<double, 16> v = {7, 1, 0.55 + jitter, 1000, 420, 900, 10, 7, 1,
                                      0, 2, 3.2,           1,    120, 0,   2};
    for (std::size_t i = 0; i < 16; ++i) {
      labels.push_back(Cell::ofText(kLabels[i]));
      values.push_back(Cell::ofNumber(v[i]));
    }
    labelGrid = CellGrid{labels, 1, 16};
    valueGrid = CellGrid{values, 1, 16};
  }
};

void BM_HealthFromCells(benchmark::State& state) {
  const Row row(0.01);
  alliance::LabelCache cache;
  for (auto _ : state) {
    const alliance::MetricValues values =
        alliance::readMetrics(row.valueGrid, &row.labelGrid, &cache);
    benchmark::DoNotOptimize(alliance::health(values));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HealthFromCells);

// Without the label cache every call matches all sixteen names again.
void BM_HealthFromCellsNoCache(benchmark::State& state) {
  const Row row(0.01);
  for (auto _ : state) {
    const alliance::MetricValues values = alliance::readMetrics(row.valueGrid, &row.labelGrid);
    benchmark::DoNotOptimize(alliance::health(values));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HealthFromCellsNoCache);

void BM_HealthFromValues(benchmark::State& state) {
  const Row row(0.01);
  const alliance::MetricValues values = alliance::readMetrics(row.valueGrid, &row.labelGrid);
  for (auto _ : state) {
    benchmark::DoNotOptimize(alliance::health(values));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HealthFromValues);

void BM_WarningTitles(benchmark::State& state) {
  const Row row(0.01);
  alliance::LabelCache cache;
  for (auto _ : state) {
    const alliance::MetricValues values =
        alliance::readMetrics(row.valueGrid, &row.labelGrid, &cache);
    benchmark::DoNotOptimize(alliance::joinWarningTitles(alliance::evaluateWarnings(values), "; "));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WarningTitles);

void BM_QbrSummary(benchmark::State& state) {
  const Row row(0.01);
  const alliance::MetricValues values = alliance::readMetrics(row.valueGrid, &row.labelGrid);
  for (auto _ : state) {
    benchmark::DoNotOptimize(alliance::qbrSummary(values, 55.0));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QbrSummary);

}  // namespace

BENCHMARK_MAIN();
