#include "qbr/generation.h"

#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

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

namespace {

// A partner's review made in one office: its result, or that the office was
// lost on the way (the partner is then made again elsewhere).
struct Attempt {
  PartnerResult result;
  bool officeLost = false;
  bool noSpace = false;
};

Attempt makeReview(GenerationOffices& offices, std::size_t k, const portfolio::Portfolio& portfolio,
                   const GenerationRequest& request, const GenerationPlan& plan, std::size_t i) {
  const portfolio::PartnerRow& row = *plan.partners[i];
  Attempt attempt{{row.name, renamed(plan, i), Outcome::Failed, {}, {}}};
  PartnerResult& done = attempt.result;
  try {
    const css::uno::Reference<css::frame::XDesktop2> desktop = offices.desktop(k);
    QbrContent content = buildQbr(portfolio, row, plan.quarter, request.language, request.audience);
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
    attempt.noSpace = true;
  } catch (const QbrError& e) {
    done.message = e.what();
  } catch (const css::lang::DisposedException&) {
    attempt.officeLost = true;  // the bridge to the office is gone
  } catch (const css::uno::Exception& e) {
    attempt.officeLost = offices.lost(k);
    done.message =
        fmt::format("The office could not make the review: {}", support::toUtf8(e.Message));
  }
  return attempt;
}

// An office that stops this many times in a row, no review made in between, is
// not replaced again: something keeps killing it.
constexpr int kLossesInARow = 2;

// The partners of one run, shared out among the offices' threads.
class Run {
 public:
  Run(GenerationOffices& offices, const portfolio::Portfolio& portfolio,
      const GenerationRequest& request, const GenerationPlan& plan,
      const GenerationProgress& progress)
      : offices_(offices),
        portfolio_(portfolio),
        request_(request),
        plan_(plan),
        progress_(progress),
        results_(plan.partners.size()),
        deaths_(plan.partners.size(), 0),
        number_(plan.partners.size()) {}

  // Office k's thread: partners until none is left, its office is gone for
  // good, or the run stops.
  void work(std::size_t k) noexcept {
    try {
      int lostInARow = 0;
      while (const std::optional<std::size_t> i = take()) {
        Attempt attempt = makeReview(offices_, k, portfolio_, request_, plan_, *i);
        if (!attempt.officeLost) {
          finish(*i, std::move(attempt));
          lostInARow = 0;
          continue;
        }
        requeue(*i);
        if (++lostInARow > kLossesInARow) {
          // Something keeps killing this office: no more churning.
          const std::lock_guard lock(mutex_);
          notes_.push_back(fmt::format(
              "An office stopped {} times in a row without making a review; the run went on "
              "without it.",
              lostInARow));
          return;
        }
        const GenerationOffices::Replacement replacement = offices_.replace(k);
        const std::lock_guard lock(mutex_);
        if (!replacement.note.empty()) {
          notes_.push_back(replacement.note);
        }
        if (!replacement.replaced) {
          return;  // the partners left go to the other offices
        }
      }
    } catch (...) {
      const std::lock_guard lock(mutex_);
      if (!error_) {
        error_ = std::current_exception();
      }
      stop_ = stop_.value_or(GenerationResult::Stop::Requested);
      ready_.notify_all();
    }
  }

  GenerationResult result() {
    if (error_) {
      std::rethrow_exception(error_);
    }
    GenerationResult out;
    out.quarter = plan_.quarter;
    out.notes = std::move(notes_);
    out.stopped = stop_;
    // A stop asked for ends the offices first: their partners come back unmade.
    if (!out.stopped && request_.stopRequested && request_.stopRequested()) {
      out.stopped = GenerationResult::Stop::Requested;
    }
    if (!out.stopped && std::any_of(results_.begin(), results_.end(),
                                    [](const auto& r) { return !r.has_value(); })) {
      out.stopped = GenerationResult::Stop::OfficesLost;
    }
    const std::string why = stopReason(out.stopped);
    for (std::size_t i = 0; i < results_.size(); ++i) {
      if (results_[i]) {
        out.partners.push_back(std::move(*results_[i]));
      } else {
        out.partners.push_back(
            {plan_.partners[i]->name, renamed(plan_, i), Outcome::NotMade, {}, why});
      }
    }
    if (progress_) {
      progress_(results_.size(), results_.size(), {});
    }
    return out;
  }

 private:
  // The next partner for a thread, once one is free; nullopt when the thread
  // is done. A partner whose office died comes back first.
  std::optional<std::size_t> take() {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (!stop_ && request_.stopRequested && request_.stopRequested()) {
        stop_ = GenerationResult::Stop::Requested;
      }
      if (stop_) {
        return std::nullopt;
      }
      std::optional<std::size_t> i;
      if (!again_.empty()) {
        i = again_.front();
        again_.pop_front();
      } else if (fresh_ < results_.size()) {
        i = fresh_++;
      }
      if (i) {
        ++busy_;
        if (!number_[*i]) {
          number_[*i] = started_++;  // made again, it keeps its number
        }
        if (progress_) {
          progress_(*number_[*i], results_.size(), plan_.partners[*i]->name);
        }
        return i;
      }
      // Nothing waiting: done, unless a partner still being made may come back.
      if (busy_ == 0) {
        return std::nullopt;
      }
      ready_.wait(lock);
    }
  }

  void finish(std::size_t i, Attempt attempt) {
    const std::lock_guard lock(mutex_);
    if (attempt.noSpace && !stop_) {
      stop_ = GenerationResult::Stop::NoSpace;
      noSpace_ = attempt.result.message;
    }
    results_[i] = std::move(attempt.result);
    --busy_;
    ready_.notify_all();
  }

  // The partner's office died under it: made again by the next free office,
  // unless an office has died on it before (then the partner itself is the
  // likelier cause).
  void requeue(std::size_t i) {
    const std::lock_guard lock(mutex_);
    --busy_;
    if (++deaths_[i] >= 2) {
      results_[i] = PartnerResult{plan_.partners[i]->name,
                                  renamed(plan_, i),
                                  Outcome::Failed,
                                  {},
                                  "The office stopped twice while making this review."};
    } else {
      again_.push_front(i);
    }
    ready_.notify_all();
  }

  std::string stopReason(std::optional<GenerationResult::Stop> stop) const {
    if (!stop) {
      return {};
    }
    switch (*stop) {
      case GenerationResult::Stop::NoSpace:
        return noSpace_;
      case GenerationResult::Stop::Requested:
        return "The run was stopped before this partner.";
      case GenerationResult::Stop::OfficesLost:
        return "No office was left to make this review.";
    }
    return {};
  }

  GenerationOffices& offices_;
  const portfolio::Portfolio& portfolio_;
  const GenerationRequest& request_;
  const GenerationPlan& plan_;
  const GenerationProgress& progress_;

  std::mutex mutex_;
  std::condition_variable ready_;
  std::vector<std::optional<PartnerResult>> results_;  // in plan order
  std::vector<int> deaths_;                            // offices that died making each partner
  std::deque<std::size_t> again_;                      // partners to make again
  std::size_t fresh_ = 0;                              // the next partner not yet begun
  std::vector<std::optional<std::size_t>> number_;     // each partner's in the progress
  std::size_t started_ = 0;                            // partners handed out
  std::size_t busy_ = 0;                               // partners being made
  std::optional<GenerationResult::Stop> stop_;
  std::string noSpace_;
  std::vector<std::string> notes_;
  std::exception_ptr error_;
};

// The sidebar's office: the one it runs in, which nothing can replace.
class OneOffice final : public GenerationOffices {
 public:
  explicit OneOffice(const css::uno::Reference<css::frame::XDesktop2>& desktop)
      : desktop_(desktop) {}
  [[nodiscard]] std::size_t count() const override { return 1; }
  [[nodiscard]] css::uno::Reference<css::frame::XDesktop2> desktop(std::size_t /*k*/) override {
    return desktop_;
  }
  [[nodiscard]] bool lost(std::size_t /*k*/) override { return false; }
  [[nodiscard]] Replacement replace(std::size_t /*k*/) override { return {}; }

 private:
  css::uno::Reference<css::frame::XDesktop2> desktop_;
};

}  // namespace

GenerationResult generateQbrs(GenerationOffices& offices, const portfolio::Portfolio& portfolio,
                              const GenerationRequest& request,
                              const GenerationProgress& progress) {
  const GenerationPlan plan = planGeneration(portfolio, request);
  Run run(offices, portfolio, request, plan, progress);
  // No more threads than partners; office 0 works in the caller's thread (the
  // sidebar's office is only ever called from its own).
  const std::size_t threads =
      std::max<std::size_t>(1, std::min(offices.count(), plan.partners.size()));
  std::vector<std::thread> others;
  others.reserve(threads - 1);
  for (std::size_t k = 1; k < threads; ++k) {
    others.emplace_back([&run, k] { run.work(k); });
  }
  run.work(0);
  for (std::thread& t : others) {
    t.join();
  }
  return run.result();
}

GenerationResult generateQbrs(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                              const portfolio::Portfolio& portfolio,
                              const GenerationRequest& request,
                              const GenerationProgress& progress) {
  OneOffice office(desktop);
  return generateQbrs(office, portfolio, request, progress);
}

}  // namespace alliance::qbr
