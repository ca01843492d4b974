#include "cli/office_pool.h"

#include <fmt/format.h>

#include <algorithm>
#include <future>
#include <thread>
#include <utility>

#include "cli/command_error.h"
#include "cli/office_options.h"
#include "office/process.h"

namespace po = boost::program_options;

namespace alliance::cli {

std::unique_ptr<OfficePool> OfficePool::open(const po::variables_map& vm) {
  std::unique_ptr<OfficePool> pool(new OfficePool());
  if (const std::vector<std::string> urls = connectUrls(vm); !urls.empty()) {
    for (const std::string& url : urls) {
      try {
        pool->members_.push_back({office::Office::connect(url), url});
      } catch (const office::OfficeError& e) {
        throw office::OfficeError(fmt::format("the office server {}: {}", url, e.what()));
      }
      requireExtension(*pool->members_.back().office, "the office server " + url);
    }
    return pool;
  }
  pool->private_ = true;
  pool->profile_ = privateOfficeProfile(vm);
  const std::size_t cores = std::max(1U, std::thread::hardware_concurrency());
  pool->jobs_ = vm.count("jobs") != 0 ? vm["jobs"].as<unsigned>() : cores;
  // The first alone: our own temporary files go into its folder.
  pool->members_.push_back({startOffice(pool->profile_), "office 1"});
  // One profile for all: the first tells for every one.
  requireExtension(pool->first());
  return pool;
}

std::vector<std::string> OfficePool::widen(std::size_t work) {
  if (!private_) {
    return {};
  }
  const std::size_t count = std::max<std::size_t>(1, std::min(jobs_, work));
  // Started side by side: an office takes seconds to come up.
  std::vector<std::future<std::unique_ptr<office::Office>>> starting;
  for (std::size_t k = members_.size(); k < count; ++k) {
    starting.push_back(std::async(std::launch::async, [this] { return startOffice(profile_); }));
  }
  // One that does not come up leaves the work to the others.
  std::vector<std::string> notes;
  for (std::future<std::unique_ptr<office::Office>>& office : starting) {
    try {
      members_.push_back({office.get(), fmt::format("office {}", members_.size() + 1)});
    } catch (const std::exception& e) {
      notes.push_back(
          fmt::format("One more office could not be started, so the work goes to "
                      "the others: {}",
                      e.what()));
    }
  }
  return notes;
}

OfficePool::~OfficePool() {
  // The first office's folder holds our temporary files: it goes last.
  for (auto m = members_.rbegin(); m != members_.rend(); ++m) {
    m->office.reset();
  }
  ended_.clear();
}

css::uno::Reference<css::frame::XDesktop2> OfficePool::desktop(std::size_t k) {
  return members_.at(k).office->desktop();
}

bool OfficePool::lost(std::size_t k) { return !members_.at(k).office->alive(); }

qbr::GenerationOffices::Replacement OfficePool::replace(std::size_t k) {
  Member& member = members_.at(k);
  if (office::interruptingSignal() != 0) {
    return {};  // we were told to stop: the office went down with it
  }
  if (!private_) {
    return {fmt::format("The office server {} stopped answering; its partners went to the "
                        "other offices.",
                        member.name),
            false};
  }
  const std::string how = member.office->howItEnded();
  const std::string ended = fmt::format("The private {} stopped{}", member.name,
                                        how.empty() ? std::string() : " (it " + how + ")");
  {
    const std::lock_guard lock(mutex_);
    // Kept until the end: the first one's folder holds our temporary files.
    ended_.push_back(std::move(member.office));
  }
  try {
    member.office = startOffice(profile_);
  } catch (const std::exception& e) {
    return {fmt::format("{}; no new one could be started: {}", ended, e.what()), false};
  }
  return {ended + "; a new one took its place.", true};
}

}  // namespace alliance::cli
