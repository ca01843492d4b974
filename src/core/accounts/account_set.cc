#include "core/accounts/account_set.h"

#include <fmt/format.h>

#include <string>

#include "core/accounts/account_key.h"
#include "core/input_error.h"

namespace alliance {

namespace {

// Every error value is reported before any work, the first one named.
void requireNoErrors(std::span<const Cell> list, std::string_view listName) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].kind == Cell::Kind::Error) {
      throw InputError(fmt::format(
          "Entry {} of {} is an error value, but an account must be a name, a domain, a URL "
          "or an e-mail address.",
          i + 1, listName));
    }
  }
}

// Keys the cells of a list one by one into one reused buffer (no error values: checked).
class ListKeys {
 public:
  explicit ListKeys(std::span<const Cell> list) : list_(list) { key_.reserve(64); }

  // The key of entry i; empty for an empty cell or an empty key.
  std::string_view operator[](std::size_t i) {
    accountKeyInto(list_[i], key_, {});
    return key_;
  }

 private:
  std::span<const Cell> list_;
  std::string key_;
};

void fillTable(accounts_detail::KeyTable& table, std::span<const Cell> list,
               std::vector<std::size_t>* firstPosition) {
  table.reserve(list.size());
  ListKeys keys(list);
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].isEmpty()) {
      continue;
    }
    const std::string_view key = keys[i];
    if (key.empty()) {
      continue;
    }
    const auto [entry, added] = table.insert(key);
    if (added && firstPosition != nullptr) {
      firstPosition->push_back(i + 1);
    }
  }
}

}  // namespace

AccountSet::AccountSet(std::span<const Cell> list, std::string_view listName) {
  requireNoErrors(list, listName);
  fillTable(keys_, list, nullptr);
}

bool AccountSet::insert(std::string_view key) { return !key.empty() && keys_.insert(key).second; }

bool AccountSet::contains(std::string_view key) const {
  return !key.empty() && keys_.find(key).has_value();
}

std::size_t overlapCount(const AccountSet& ours, const AccountSet& theirs) {
  // Both hold distinct keys: count the smaller one's keys found in the larger.
  const AccountSet& small = ours.size() <= theirs.size() ? ours : theirs;
  const AccountSet& large = ours.size() <= theirs.size() ? theirs : ours;
  std::size_t count = 0;
  for (std::size_t i = 0; i < small.size(); ++i) {
    if (large.contains(small.keyAt(i))) {
      ++count;
    }
  }
  return count;
}

std::size_t overlapCount(std::span<const Cell> ours, std::span<const Cell> theirs) {
  requireNoErrors(ours, "ours");
  requireNoErrors(theirs, "theirs");
  // Build the table on theirs, stream ours through it once, counting each shared key once.
  accounts_detail::KeyTable table;
  fillTable(table, theirs, nullptr);
  std::vector<bool> counted(table.size(), false);
  std::size_t count = 0;
  ListKeys keys(ours);
  for (std::size_t i = 0; i < ours.size() && count < table.size(); ++i) {
    if (ours[i].isEmpty()) {
      continue;
    }
    const std::string_view key = keys[i];
    if (key.empty()) {
      continue;
    }
    if (const auto entry = table.find(key); entry && !counted[*entry]) {
      counted[*entry] = true;
      ++count;
    }
  }
  return count;
}

std::vector<std::size_t> overlapList(std::span<const Cell> ours, std::span<const Cell> theirs) {
  requireNoErrors(ours, "ours");
  requireNoErrors(theirs, "theirs");
  accounts_detail::KeyTable table;
  fillTable(table, theirs, nullptr);
  std::vector<bool> listed(table.size(), false);
  std::vector<std::size_t> positions;
  ListKeys keys(ours);
  for (std::size_t i = 0; i < ours.size() && positions.size() < table.size(); ++i) {
    if (ours[i].isEmpty()) {
      continue;
    }
    const std::string_view key = keys[i];
    if (key.empty()) {
      continue;
    }
    if (const auto entry = table.find(key); entry && !listed[*entry]) {
      listed[*entry] = true;
      positions.push_back(i);
    }
  }
  return positions;
}

std::optional<std::size_t> matchPosition(const Cell& name, std::span<const Cell> list) {
  const std::string wanted = accountKey(name, "the name");
  requireNoErrors(list, "the list");
  if (wanted.empty()) {
    return std::nullopt;
  }
  ListKeys keys(list);
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].isEmpty() && keys[i] == wanted) {
      return i + 1;
    }
  }
  return std::nullopt;
}

AccountIndex::AccountIndex(std::span<const Cell> list, std::string_view listName) {
  requireNoErrors(list, listName);
  firstPosition_.reserve(list.size());
  fillTable(keys_, list, &firstPosition_);
}

std::optional<std::size_t> AccountIndex::find(std::string_view key) const {
  if (key.empty()) {
    return std::nullopt;
  }
  if (const auto entry = keys_.find(key)) {
    return firstPosition_[*entry];
  }
  return std::nullopt;
}

std::optional<std::size_t> AccountIndex::match(const Cell& name) const {
  return find(accountKey(name, "the name"));
}

bool AccountIndexCache::matches(std::span<const Cell> list) const {
  if (!valid_ || list.size() != kinds_.size()) {
    return false;
  }
  std::size_t textBegin = 0;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Cell& cell = list[i];
    const std::size_t textEnd = textEnds_[i];
    if (cell.kind != kinds_[i] || cell.number != numbers_[i] ||
        cell.text != std::u16string_view(texts_).substr(textBegin, textEnd - textBegin)) {
      return false;
    }
    textBegin = textEnd;
  }
  return true;
}

const AccountIndex& AccountIndexCache::indexFor(std::span<const Cell> list,
                                                std::string_view listName) {
  if (matches(list)) {
    return index_;
  }
  valid_ = false;
  index_ = AccountIndex(list, listName);  // throws before the cache is marked valid
  kinds_.clear();
  numbers_.clear();
  texts_.clear();
  textEnds_.clear();
  kinds_.reserve(list.size());
  numbers_.reserve(list.size());
  textEnds_.reserve(list.size());
  for (const Cell& cell : list) {
    kinds_.push_back(cell.kind);
    numbers_.push_back(cell.number);
    texts_.append(cell.text);
    textEnds_.push_back(texts_.size());
  }
  valid_ = true;
  return index_;
}

}  // namespace alliance
