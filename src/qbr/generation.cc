#include "qbr/generation.h"

#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>

#include <fmt/format.h>

#include <algorithm>

#include "core/text.h"
#include "qbr/output_files.h"
#include "qbr/qbr_content.h"
#include "qbr/qbr_error.h"
#include "support/ustring.h"

namespace alliance::qbr {

std::size_t GenerationResult::count(Outcome outcome) const {
  return static_cast<std::size_t>(
      std::count_if(partners.begin(), partners.end(),
                    [outcome](const PartnerResult& r) { return r.outcome == outcome; }));
}

namespace {

// Whether a partner's file name had to differ from its name's.
bool renamed(const GenerationPlan& plan, std::size_t i) {
  std::string expected = fileStem(plan.partners[i]->name, plan.quarter);
  if (plan.fileStems[i].ends_with(kInternalSuffix)) {
    expected += kInternalSuffix;
  }
  return plan.fileStems[i] != expected;
}

}  // namespace

GenerationPlan planGeneration(const portfolio::Portfolio& portfolio,
                              const GenerationRequest& request) {
  GenerationPlan plan;
  const std::optional<portfolio::Quarter> quarter =
      request.quarter ? request.quarter : portfolio.settings.currentQuarter;
  if (!quarter) {
    throw RequestError(
        RequestProblem::NoQuarter,
        "No quarter to review: the Settings sheet has no current quarter (written like "
        "2026-Q4) and none was given.");
  }
  plan.quarter = *quarter;
  if (!portfolio.hasHistory) {
    throw RequestError(
        RequestProblem::NoHistory,
        "The workbook has no History sheet (quarterly snapshots with the columns Quarter, "
        "Partner and Health), so last quarter cannot be shown.");
  }
  if (request.partners.empty()) {
    for (const portfolio::PartnerRow& row : portfolio.partners) {
      plan.partners.push_back(&row);
    }
  }
  for (const std::u16string& name : request.partners) {
    const portfolio::PartnerRow* row = portfolio.findPartner(name);
    if (row == nullptr) {
      throw RequestError(
          RequestProblem::UnknownPartner,
          fmt::format("No partner named \"{}\" in the Partner column.", toUtf8(name)));
    }
    plan.partners.push_back(row);
  }
  if (!std::filesystem::is_regular_file(request.templateFile)) {
    throw RequestError(
        RequestProblem::NoTemplate,
        fmt::format("The QBR template {} does not exist.", request.templateFile.string()));
  }
  try {
    checkOutputDirectory(request.output.directory);
  } catch (const QbrError& e) {
    throw RequestError(RequestProblem::OutputFolder, e.what());
  }
  std::vector<std::u16string> names;
  names.reserve(portfolio.partners.size());
  for (const portfolio::PartnerRow& row : portfolio.partners) {
    names.push_back(row.name);
  }
  const std::vector<std::string> stems = uniqueFileStems(names, plan.quarter);
  const std::vector<std::string> lastQuarter = uniqueFileStems(names, plan.quarter.previous());
  const std::string suffix = request.audience == Audience::Internal ? kInternalSuffix : "";
  for (const portfolio::PartnerRow* row : plan.partners) {
    const auto index = static_cast<std::size_t>(row - portfolio.partners.data());
    plan.fileStems.push_back(stems.at(index) + suffix);
    plan.previousReviews.push_back(request.output.directory / (lastQuarter.at(index) + ".ods"));
  }
  return plan;
}

GenerationResult generateQbrs(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                              const portfolio::Portfolio& portfolio,
                              const GenerationRequest& request,
                              const GenerationProgress& progress) {
  const GenerationPlan plan = planGeneration(portfolio, request);
  GenerationResult result;
  result.quarter = plan.quarter;
  const std::size_t total = plan.partners.size();
  const auto notMade = [&](std::size_t from, const std::string& why) {
    for (std::size_t rest = from; rest < total; ++rest) {
      const std::u16string& name = plan.partners[rest]->name;
      result.partners.push_back({name, renamed(plan, rest), Outcome::NotMade, {}, why});
    }
  };
  for (std::size_t i = 0; i < total; ++i) {
    const portfolio::PartnerRow& row = *plan.partners[i];
    if (request.stopRequested && request.stopRequested()) {
      result.stopped = GenerationResult::Stop::Requested;
      notMade(i, "The run was stopped before this partner.");
      break;
    }
    if (progress) {
      progress(i, total, row.name);
    }
    PartnerResult done{row.name, renamed(plan, i), Outcome::Failed, {}, {}};
    try {
      QbrContent content =
          buildQbr(portfolio, row, plan.quarter, request.language, request.audience);
      // Last quarter's commitments, from the review made for the partner then.
      if (std::filesystem::is_regular_file(plan.previousReviews[i])) {
        content.lastCommitments = readCommitments(desktop, plan.previousReviews[i]);
      }
      done.files =
          writeQbr(desktop, request.templateFile, content, request.output, plan.fileStems[i]);
      done.outcome = Outcome::Written;
    } catch (const FileExists& e) {
      done.outcome = Outcome::Kept;
      done.files.ods = e.path();
      done.message = e.what();
    } catch (const NoSpace& e) {
      done.message = e.what();
      result.stopped = GenerationResult::Stop::NoSpace;
    } catch (const QbrError& e) {
      done.message = e.what();
    } catch (const css::lang::DisposedException&) {
      throw;  // the office is gone: no partner after this one can be made
    } catch (const css::uno::Exception& e) {
      done.message =
          fmt::format("The office could not make the review: {}", support::toUtf8(e.Message));
    }
    result.partners.push_back(std::move(done));
    if (result.stopped) {
      notMade(i + 1, result.partners.back().message);
      break;
    }
  }
  if (progress) {
    progress(total, total, {});
  }
  return result;
}

}  // namespace alliance::qbr
