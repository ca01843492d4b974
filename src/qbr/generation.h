// Making the QBRs of a portfolio: the one service the command line and the
// sidebar only present. One request, one progress callback, one rule for files
// that exist (kept, unless replacing was asked for), and one partner's failure
// never stops the others.
#pragma once

#include <com/sun/star/frame/XDesktop2.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/language.h"
#include "portfolio/portfolio.h"
#include "qbr/qbr_content.h"
#include "qbr/qbr_error.h"
#include "qbr/qbr_writer.h"

namespace alliance::qbr {

struct GenerationRequest {
  std::vector<std::u16string> partners;       // as named in the Partner column; empty: all
  std::optional<portfolio::Quarter> quarter;  // default: the current quarter on Settings
  Language language = kDefaultLanguage;
  Audience audience = Audience::Partner;
  std::filesystem::path templateFile;
  QbrOutput output;
  // Asked before each partner: true stops the run there (a front's Ctrl-C).
  std::function<bool()> stopRequested;
};

// NotMade: the run stopped before this partner (GenerationResult::stopped).
enum class Outcome : std::uint8_t { Written, Kept, Failed, NotMade };

struct PartnerResult {
  std::u16string partner;
  // The partner's file name had to differ from its name's (another partner's
  // name gives the same one): a front says so beside the file.
  bool renamed = false;
  Outcome outcome = Outcome::Failed;
  QbrFiles files;       // Written: the files made; Kept: the file that exists
  std::string message;  // Failed: why, a full sentence
};

struct GenerationResult {
  portfolio::Quarter quarter;
  std::vector<PartnerResult> partners;  // in request order (portfolio order for all)
  // Why the run stopped early: the output folder is full (after the partner it
  // happened to), a stop was requested (before the next partner), or every
  // office is gone and none could take its place. Every partner not begun by
  // then is NotMade.
  enum class Stop : std::uint8_t { NoSpace, Requested, OfficesLost };
  std::optional<Stop> stopped;
  // What happened to the offices on the way, a sentence each: one that
  // stopped, the one that took its place.
  std::vector<std::string> notes;

  [[nodiscard]] std::size_t count(Outcome outcome) const;
};

// Called before each partner (done < total) and once at the end (done == total);
// with several offices, from their threads, one call at a time.
using GenerationProgress =
    std::function<void(std::size_t done, std::size_t total, const std::u16string& partner)>;

// Why a request cannot start; each front words it its own way.
enum class RequestProblem : std::uint8_t {
  NoQuarter,
  NoHistory,
  UnknownPartner,
  NoTemplate,
  OutputFolder
};

class RequestError : public QbrError {
 public:
  RequestError(RequestProblem problem, const std::string& message)
      : QbrError(message), problem_(problem) {}
  [[nodiscard]] RequestProblem problem() const { return problem_; }

 private:
  RequestProblem problem_;
};

// What must hold before any file is made; throws RequestError naming the
// problem: no quarter, no History sheet, a partner the portfolio does not
// list, a missing template or an unusable output folder.
struct GenerationPlan {
  portfolio::Quarter quarter;
  std::vector<const portfolio::PartnerRow*> partners;
  std::vector<std::string> fileStems;  // each partner's, unique over the portfolio
  // Where each partner's review of last quarter would be, in the output folder.
  std::vector<std::filesystem::path> previousReviews;
};

// After the stem of an internal version: "Kestrel Data QBR 2026-Q4 internal".
inline constexpr char kInternalSuffix[] = " internal";
[[nodiscard]] GenerationPlan planGeneration(const portfolio::Portfolio& portfolio,
                                            const GenerationRequest& request);

// The offices a run works in: private ones, running office servers, or the
// office the sidebar runs in. A run given several shares the partners out
// among them, a thread each; the files and the results are those of a run
// with one.
class GenerationOffices {
 public:
  GenerationOffices() = default;
  virtual ~GenerationOffices() = default;
  GenerationOffices(const GenerationOffices&) = delete;
  GenerationOffices& operator=(const GenerationOffices&) = delete;

  [[nodiscard]] virtual std::size_t count() const = 0;
  // Office k's desktop. Called from office k's thread only.
  [[nodiscard]] virtual css::uno::Reference<css::frame::XDesktop2> desktop(std::size_t k) = 0;
  // Whether office k is gone; asked after one of its calls failed.
  [[nodiscard]] virtual bool lost(std::size_t k) = 0;
  struct Replacement {
    std::string note;       // what happened, a full sentence
    bool replaced = false;  // a new office took k's place
  };
  // Office k is gone: a new one in its place, where one can be started.
  [[nodiscard]] virtual Replacement replace(std::size_t k) = 0;
};

// Makes every planned partner's review. A UNO exception from the office for
// one partner is that partner's failure; a full output folder stops the run
// (result.stopped). An office that dies is replaced where it can be, and its
// partner made again elsewhere (once: a partner that two offices died on
// fails); with no office left the run stops. Nothing half-written remains in
// any case. Other exceptions propagate once every thread has ended.
[[nodiscard]] GenerationResult generateQbrs(GenerationOffices& offices,
                                            const portfolio::Portfolio& portfolio,
                                            const GenerationRequest& request,
                                            const GenerationProgress& progress);
// The same in one office that cannot be replaced (the sidebar's own).
[[nodiscard]] GenerationResult generateQbrs(
    const css::uno::Reference<css::frame::XDesktop2>& desktop,
    const portfolio::Portfolio& portfolio, const GenerationRequest& request,
    const GenerationProgress& progress);

}  // namespace alliance::qbr
