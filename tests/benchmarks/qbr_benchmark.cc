// QBR generation against the office's own floor, in one office run: for each
// of N synthetic partners, alternately
//   floor:    load the QBR template, store it as .ods, export it as PDF, close;
//   generate: the same plus filling it (alliance::qbr::writeQbr).
// Prints both totals, the time per partner and their ratio.
//
//   qbr_benchmark PROFILE_DIR TEMPLATE [PARTNERS]
#include <fmt/format.h>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>

#include "office/office.h"
#include "qbr/output_files.h"
#include "qbr/qbr_content.h"
#include "qbr/qbr_writer.h"
#include "support/ustring.h"

namespace {

namespace fs = std::filesystem;
using alliance::qbr::Value;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using Clock = std::chrono::steady_clock;

css::beans::PropertyValue property(const char* name, const Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

rtl::OUString url(const fs::path& path) { return *alliance::support::fileUrl(path); }

// What the office costs without us: load, store, export, close.
void floorRun(const alliance::office::Office& office, const fs::path& templateFile,
              const fs::path& out) {
  Sequence<css::beans::PropertyValue> load(2);
  load[0] = property("Hidden", Any(true));
  load[1] = property("AsTemplate", Any(true));
  const auto doc = office.desktop()->loadComponentFromURL(url(templateFile), "_blank", 0, load);
  const Reference<css::frame::XStorable> storable(doc, css::uno::UNO_QUERY_THROW);
  Sequence<css::beans::PropertyValue> ods(1);
  ods[0] = property("FilterName", Any(rtl::OUString("calc8")));
  storable->storeToURL(url(out / "floor.ods"), ods);
  Sequence<css::beans::PropertyValue> pdf(1);
  pdf[0] = property("FilterName", Any(rtl::OUString("calc_pdf_Export")));
  storable->storeToURL(url(out / "floor.pdf"), pdf);
  Reference<css::util::XCloseable>(doc, css::uno::UNO_QUERY_THROW)->close(true);
}

alliance::qbr::Portfolio syntheticPortfolio(int partners) {
  using alliance::qbr::Quarter;
  alliance::qbr::Portfolio p;
  const char16_t* labels[] = {u"Partner",
                              u"Map elements",
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
  for (const char16_t* label : labels) {
    p.header.push_back(Value::ofText(label));
    if (const auto metric = alliance::metricForLabel(label)) {
      p.metricColumns.push_back({*metric, p.header.size() - 1});
    }
  }
  p.hasPlan = true;
  p.hasHistory = true;
  std::mt19937 rng(20261124);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int i = 0; i < partners; ++i) {
    const std::string name = fmt::format("Partner {:03}", i);
    const std::u16string partner(name.begin(), name.end());
    const double target = 100000.0 * (1 + i % 7);
    alliance::qbr::PartnerRow row{
        static_cast<std::size_t>(i + 1), partner, {Value::ofText(partner)}};
    for (const double v :
         {std::floor(unit(rng) * 11), std::round(unit(rng)), std::round(unit(rng) * 100) / 100,
          target, std::round(target * unit(rng)), std::round(target * unit(rng) * 2), 5.0,
          std::floor(unit(rng) * 6), std::round(unit(rng)), std::round(unit(rng)),
          std::floor(unit(rng) * 3), 1 + std::round(unit(rng) * 40) / 10, std::round(unit(rng)),
          std::floor(unit(rng) * 250), std::round(unit(rng)), std::floor(unit(rng) * 3)}) {
      row.cells.push_back(Value::ofNumber(v));
    }
    p.partners.push_back(row);
    for (int q = 1; q <= 3; ++q) {
      p.history.push_back({Quarter{2026, q},
                           partner,
                           40 + 50 * unit(rng),
                           {},
                           target,
                           target * unit(rng),
                           target * unit(rng)});
    }
    p.plan.push_back({partner, Value::ofText(u"Joint launch"), Value::ofText(u"Owner"),
                      Value::ofNumber(46300), Value::ofText(u"planned")});
  }
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: qbr_benchmark PROFILE_DIR TEMPLATE [PARTNERS]\n";
    return 2;
  }
  const fs::path templateFile = fs::absolute(argv[2]);
  const int partners = argc > 3 ? std::stoi(argv[3]) : 100;
  const fs::path out = fs::temp_directory_path() / fmt::format("qbr-benchmark-{}", ::getpid());
  fs::create_directories(out);
  try {
    const auto office = alliance::office::Office::start(argv[1]);
    const alliance::qbr::Portfolio portfolio = syntheticPortfolio(partners);
    const alliance::qbr::Quarter quarter{2026, 4};
    floorRun(*office, templateFile, out);  // warm-up: first load of the template and filters
    Clock::duration floor{};
    Clock::duration generate{};
    for (const auto& partner : portfolio.partners) {
      auto start = Clock::now();
      floorRun(*office, templateFile, out);
      floor += Clock::now() - start;
      start = Clock::now();
      const auto content = alliance::qbr::buildQbr(portfolio, partner, quarter);
      static_cast<void>(
          alliance::qbr::writeQbr(office->desktop(), templateFile, content, {out, true, true},
                                  alliance::qbr::fileStem(content.partner, content.quarter)));
      generate += Clock::now() - start;
    }
    const auto seconds = [](Clock::duration d) { return std::chrono::duration<double>(d).count(); };
    std::cout << fmt::format(
        "{} partners, .ods + PDF each\n"
        "  floor (load template, store, export):  {:7.2f} s  {:6.0f} ms a partner\n"
        "  QBR generation:                        {:7.2f} s  {:6.0f} ms a partner\n"
        "  ratio: {:.2f}\n",
        partners, seconds(floor), 1000 * seconds(floor) / partners, seconds(generate),
        1000 * seconds(generate) / partners, seconds(generate) / seconds(floor));
  } catch (const std::exception& e) {
    std::cerr << "qbr_benchmark: " << e.what() << '\n';
    fs::remove_all(out);
    return 1;
  } catch (const css::uno::Exception& e) {
    std::cerr << "qbr_benchmark: " << alliance::support::toUtf8(e.Message) << '\n';
    fs::remove_all(out);
    return 1;
  }
  fs::remove_all(out);
  return 0;
}
