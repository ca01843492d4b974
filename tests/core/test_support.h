// Test helpers shared by the core tests that do not build cells.
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <ostream>
#include <string>
#include <utility>

#include "core/input_error.h"
#include "core/metrics.h"
#include "core/programme.h"
#include "core/scoring.h"

namespace alliance {

// Readable enum values in failure messages (found by GoogleTest through ADL).
inline void PrintTo(Status s, std::ostream* os) { *os << statusWord(s); }
inline void PrintTo(Action a, std::ostream* os) { *os << actionWord(a); }
inline void PrintTo(Dimension d, std::ostream* os) { *os << dimensionTitle(d); }
inline void PrintTo(Metric m, std::ostream* os) { *os << metricInfo(m).name; }

}  // namespace alliance

namespace alliance::test {

// MetricValues with the given metrics known (yes/no given as 1/0), for the tests
// of scoring, warnings and reports that do not go through cells.
inline MetricValues valuesOf(std::initializer_list<std::pair<Metric, double>> pairs) {
  MetricValues v;
  for (const auto& [metric, value] : pairs) v.set(metric, value);
  return v;
}

// Runs f and returns the sentence of the InputError it throws; records a test
// failure (and returns "") when it throws nothing or something else.
template <class F>
std::string inputErrorOf(F&& f) {
  try {
    static_cast<void>(f());
  } catch (const InputError& e) {
    return e.what();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "expected InputError, got another exception: " << e.what();
    return {};
  }
  ADD_FAILURE() << "expected InputError, nothing was thrown";
  return {};
}

}  // namespace alliance::test
