// The offices a batch command shares its partners out over: private offices
// on copies of one profile (--jobs N), or the running office servers named by
// --connect. A private office that dies is started again; a server that dies
// is left out and its partners go to the others.
#pragma once

#include <boost/program_options.hpp>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "office/office.h"
#include "qbr/generation.h"

namespace alliance::cli {

class OfficePool final : public qbr::GenerationOffices {
 public:
  // From the command's options: every server of --connect URL..., or the
  // first private office. Every office is checked for the extension (the
  // message names the one that lacks it). Throws CommandError or
  // office::OfficeError.
  [[nodiscard]] static std::unique_ptr<OfficePool> open(
      const boost::program_options::variables_map& vm);
  // Private offices: up to --jobs (default: the number of cores) in all, and
  // no more than the `work` to share out. An office that does not start
  // leaves its share to the others: a sentence for each in the result.
  [[nodiscard]] std::vector<std::string> widen(std::size_t work);

  ~OfficePool() override;
  OfficePool(const OfficePool&) = delete;
  OfficePool& operator=(const OfficePool&) = delete;

  // The first office, for the work done before the partners are shared out.
  [[nodiscard]] office::Office& first() { return *members_.front().office; }

  [[nodiscard]] std::size_t count() const override { return members_.size(); }
  [[nodiscard]] css::uno::Reference<css::frame::XDesktop2> desktop(std::size_t k) override;
  [[nodiscard]] bool lost(std::size_t k) override;
  [[nodiscard]] Replacement replace(std::size_t k) override;

 private:
  struct Member {
    std::unique_ptr<office::Office> office;
    std::string name;  // "office 2", or the server's URL
  };
  OfficePool() = default;

  std::vector<Member> members_;
  bool private_ = false;
  std::size_t jobs_ = 1;
  std::optional<std::filesystem::path> profile_;  // what a private office starts on
  std::mutex mutex_;                              // guards ended_
  // Offices that stopped, kept until the end: the first one's folder holds our
  // temporary files.
  std::vector<std::unique_ptr<office::Office>> ended_;
};

}  // namespace alliance::cli
