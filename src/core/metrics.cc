#include "core/metrics.h"

#include <fmt/format.h>

#include <cmath>

#include "core/input_error.h"
#include "core/text.h"

namespace alliance {

namespace {

constexpr std::array<MetricInfo, kMetricCount> kMetrics = {{
    {Metric::MapElements, "map_elements", ValueKind::MapCount},
    {Metric::ExecSignoff, "exec_signoff", ValueKind::YesNo},
    {Metric::GoalAlignment, "goal_alignment", ValueKind::Fraction},
    {Metric::RevenueTarget, "revenue_target", ValueKind::Positive},
    {Metric::RevenueActual, "revenue_actual", ValueKind::NonNegative},
    {Metric::Pipeline, "pipeline", ValueKind::NonNegative},
    {Metric::ResourcesCommitted, "resources_committed", ValueKind::Positive},
    {Metric::ResourcesActual, "resources_actual", ValueKind::NonNegative},
    {Metric::ExecSponsor, "exec_sponsor", ValueKind::YesNo},
    {Metric::SalesSponsor, "sales_sponsor", ValueKind::YesNo},
    {Metric::ManagerChanges, "manager_changes", ValueKind::WholeNonNegative},
    {Metric::Trust, "trust", ValueKind::Rating},
    {Metric::Jbp, "jbp", ValueKind::YesNo},
    {Metric::DaysSinceQbr, "days_since_qbr", ValueKind::NonNegative},
    {Metric::ExitPlan, "exit_plan", ValueKind::YesNo},
    {Metric::AccountConflicts, "account_conflicts", ValueKind::WholeNonNegative},
    {Metric::TrustGap, "trust_gap", ValueKind::RatingGap},
    {Metric::OpenChanges, "open_changes", ValueKind::WholeNonNegative},
    {Metric::QuartersDeclining, "quarters_declining", ValueKind::WholeNonNegative},
}};

// The longest normalised metric name ("resourcescommitted") is 18 characters;
// anything longer cannot match, so normalising stops early on long labels.
constexpr std::size_t kLongestName = 18;

// Characters a name match ignores beyond ASCII: Latin-1 punctuation and spaces,
// General Punctuation (dashes, curly quotes), CJK punctuation.
bool isIgnorableNonAscii(char16_t c) {
  return (c >= 0x00A0 && c <= 0x00BF) || c == 0x00D7 || c == 0x00F7 ||
         (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || c == 0xFEFF;
}

std::string normaliseBounded(std::u16string_view name, std::size_t limit) {
  std::string out;
  for (const char16_t c : name) {
    if (out.size() > limit) {
      break;
    }
    if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
      out.push_back(static_cast<char>(c));
    } else if (c >= u'A' && c <= u'Z') {
      out.push_back(static_cast<char>(c - u'A' + u'a'));
    } else if (c < 0x80 || isIgnorableNonAscii(c)) {
      continue;  // spaces, underscores, hyphens, punctuation
    } else {
      out.push_back('\x7f');  // a letter no metric name has
    }
  }
  return out;
}

std::string namesWithoutSeparators(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if (c != '_') {
      out.push_back(c);
    }
  }
  return out;
}

std::int8_t slotForLabel(const Cell& label) {
  if (label.kind != Cell::Kind::Text) {
    return -1;
  }
  const std::optional<Metric> m = metricForLabel(label.text);
  return m ? static_cast<std::int8_t>(*m) : std::int8_t{-1};
}

bool isBlankText(std::u16string_view text) {
  for (const char16_t c : text) {
    if (c != u' ' && c != u'\t' && c != u'\u00A0' && c != u'\n' && c != u'\r') {
      return false;
    }
  }
  return true;
}

[[noreturn]] void throwBadValue(const MetricInfo& info, const std::string& found) {
  throw InputError(
      fmt::format("{} is {} but must be {}.", info.name, found, describeExpected(info.kind)));
}

double checkedNumber(const MetricInfo& info, double v) {
  if (!std::isfinite(v)) {
    throwBadValue(info, "not a finite number");
  }
  bool ok = false;
  switch (info.kind) {
    case ValueKind::YesNo:
      ok = v == 0.0 || v == 1.0;
      break;
    case ValueKind::MapCount:
      ok = v >= 0.0 && v <= 10.0;
      break;
    case ValueKind::Fraction:
      ok = v >= 0.0 && v <= 1.0;
      break;
    case ValueKind::Positive:
      ok = v > 0.0;
      break;
    case ValueKind::NonNegative:
      ok = v >= 0.0;
      break;
    case ValueKind::WholeNonNegative:
      ok = v >= 0.0 && std::floor(v) == v;
      break;
    case ValueKind::Rating:
      ok = v >= 1.0 && v <= 5.0;
      break;
    case ValueKind::RatingGap:
      ok = v >= 0.0 && v <= 4.0;
      break;
  }
  if (!ok) {
    throwBadValue(info, formatNumber(v));
  }
  // A cell holding -0 is 0: the sign would otherwise show in texts ("covers -0.0 times").
  return v == 0.0 ? 0.0 : v;
}

std::string describeSize(std::size_t rows, std::size_t cols) {
  return fmt::format("{}x{}", rows, cols);
}

}  // namespace

std::span<const MetricInfo, kMetricCount> metricTable() { return kMetrics; }

const MetricInfo& metricInfo(Metric m) { return kMetrics[static_cast<std::size_t>(m)]; }

std::string_view describeExpected(ValueKind kind) {
  switch (kind) {
    case ValueKind::YesNo:
      return "yes or no (TRUE/FALSE, 1/0, yes/no or y/n)";
    case ValueKind::MapCount:
      return "a number from 0 to 10";
    case ValueKind::Fraction:
      return "a number from 0 to 1";
    case ValueKind::Positive:
      return "a number greater than 0";
    case ValueKind::NonNegative:
      return "a number of 0 or more";
    case ValueKind::WholeNonNegative:
      return "a whole number of 0 or more";
    case ValueKind::Rating:
      return "a number from 1 to 5";
    case ValueKind::RatingGap:
      return "a number from 0 to 4";
  }
  return "a valid value";
}

std::string normaliseName(std::u16string_view name) { return normaliseBounded(name, name.size()); }

std::optional<Metric> metricForLabel(std::u16string_view label) {
  static const std::array<std::string, kMetricCount> kNormalised = [] {
    std::array<std::string, kMetricCount> out;
    for (std::size_t i = 0; i < kMetricCount; ++i) {
      out[i] = namesWithoutSeparators(kMetrics[i].name);
    }
    return out;
  }();
  const std::string key = normaliseBounded(label, kLongestName);
  for (std::size_t i = 0; i < kMetricCount; ++i) {
    if (kNormalised[i] == key) {
      return kMetrics[i].id;
    }
  }
  return std::nullopt;
}

std::optional<bool> parseYesNo(const Cell& cell) {
  if (cell.kind == Cell::Kind::Number) {
    if (cell.number == 1.0) {
      return true;
    }
    if (cell.number == 0.0) {
      return false;
    }
    return std::nullopt;
  }
  if (cell.kind != Cell::Kind::Text) {
    return std::nullopt;
  }
  for (const std::string_view yes : {"yes", "y", "true"}) {
    if (equalsWordIgnoringCase(cell.text, yes)) {
      return true;
    }
  }
  for (const std::string_view no : {"no", "n", "false"}) {
    if (equalsWordIgnoringCase(cell.text, no)) {
      return false;
    }
  }
  return std::nullopt;
}

std::optional<double> parseMetricValue(Metric m, const Cell& cell) {
  const MetricInfo& info = metricInfo(m);
  switch (cell.kind) {
    case Cell::Kind::Empty:
      return std::nullopt;
    case Cell::Kind::Error:
      throwBadValue(info, "an error value");
    case Cell::Kind::Text: {
      if (isBlankText(cell.text)) {
        return std::nullopt;  // a cell holding only spaces is as good as empty
      }
      if (info.kind == ValueKind::YesNo) {
        if (const std::optional<bool> yes = parseYesNo(cell)) {
          return *yes ? 1.0 : 0.0;
        }
      }
      throwBadValue(info, "the text " + quoteForMessage(cell.text));
    }
    case Cell::Kind::Number:
      return checkedNumber(info, cell.number);
  }
  return std::nullopt;
}

bool LabelCache::matches(std::span<const Cell> labels) const {
  if (!valid_ || labels.size() != kinds_.size()) {
    return false;
  }
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].kind != kinds_[i]) {
      return false;
    }
    if (labels[i].kind == Cell::Kind::Text && labels[i].text != texts_[i]) {
      return false;
    }
  }
  return true;
}

std::span<const std::int8_t> LabelCache::layoutFor(std::span<const Cell> labels) {
  if (matches(labels)) {
    return slots_;
  }
  valid_ = false;
  if (labels.size() > kMaxCachedLabels) {
    // A header row is short; a huge label range (a whole column) is matched
    // without keeping a copy of it alive between calls.
    std::vector<Cell::Kind>().swap(kinds_);
    std::vector<std::u16string>().swap(texts_);
    slots_.assign(labels.size(), -1);
    for (std::size_t i = 0; i < labels.size(); ++i) {
      slots_[i] = slotForLabel(labels[i]);
    }
    return slots_;
  }
  kinds_.resize(labels.size());
  texts_.resize(labels.size());
  slots_.resize(labels.size());
  for (std::size_t i = 0; i < labels.size(); ++i) {
    kinds_[i] = labels[i].kind;
    texts_[i].assign(labels[i].kind == Cell::Kind::Text ? labels[i].text : std::u16string_view{});
    slots_[i] = slotForLabel(labels[i]);
  }
  valid_ = true;
  return slots_;
}

void checkMetricsShape(std::size_t rows, std::size_t cols, const CellGrid* labels) {
  if (labels == nullptr) {
    if (cols != 2) {
      throw InputError(fmt::format(
          "Without labels, metrics must be a block of two columns (names, then values), "
          "but the range has {} column{}.",
          cols, cols == 1 ? "" : "s"));
    }
    return;
  }
  const bool vector = rows == 1 || cols == 1;
  if (!vector || !labels->isVector() || rows * cols != labels->size()) {
    throw InputError(fmt::format(
        "With labels, metrics must be one row or column of values and labels a range of the "
        "same size, but metrics is {} and labels is {}.",
        describeSize(rows, cols), describeSize(labels->rows, labels->cols)));
  }
}

MetricValues readMetrics(const CellGrid& metrics, const CellGrid* labels, LabelCache* cache) {
  // Collect the label cells and say where each one's value is.
  std::vector<Cell> blockLabels;
  std::span<const Cell> labelCells;
  std::size_t valueStride = 1;
  std::size_t valueOffset = 0;
  checkMetricsShape(metrics.rows, metrics.cols, labels);
  if (labels == nullptr) {
    blockLabels.reserve(metrics.rows);
    for (std::size_t r = 0; r < metrics.rows; ++r) {
      blockLabels.push_back(metrics.at(r, 0));
    }
    labelCells = blockLabels;
    valueStride = 2;
    valueOffset = 1;
  } else {
    labelCells = labels->cells;
  }

  std::vector<std::int8_t> uncachedSlots;
  std::span<const std::int8_t> slots;
  if (cache != nullptr) {
    slots = cache->layoutFor(labelCells);
  } else {
    uncachedSlots.reserve(labelCells.size());
    for (const Cell& label : labelCells) {
      uncachedSlots.push_back(slotForLabel(label));
    }
    slots = uncachedSlots;
  }

  MetricValues values;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (slots[i] < 0) {
      continue;
    }
    const auto metric = static_cast<Metric>(slots[i]);
    const std::optional<double> v =
        parseMetricValue(metric, metrics.cells[i * valueStride + valueOffset]);
    if (!v) {
      continue;
    }
    if (values.known(metric)) {
      if (values.get(metric) != *v) {
        throw InputError(fmt::format(
            "{} is given twice with different values ({} and {}); give it once.",
            metricInfo(metric).name, formatNumber(values.get(metric)), formatNumber(*v)));
      }
      continue;
    }
    values.set(metric, *v);
  }
  return values;
}

}  // namespace alliance
