// Account lists compared by key (contract section 5: ALLIANCE_OVERLAP,
// ALLIANCE_OVERLAP_LIST, ALLIANCE_MATCH). Every comparison is a hash join: linear in the
// sizes of the lists. Empty cells, and entries whose key is empty (blank text, free-mail
// addresses), are skipped everywhere. An error value in a list throws InputError naming
// the list and the entry ("Entry 7 of theirs is an error value, ...").
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/accounts/key_table.h"
#include "core/cell.h"

namespace alliance {

// The distinct keys of a list.
class AccountSet {
 public:
  AccountSet() = default;
  // `listName` names the list in error messages: "ours", "theirs", "the list".
  explicit AccountSet(std::span<const Cell> list, std::string_view listName = "the list");

  // Adds a key made elsewhere; false when it is empty or already there.
  bool insert(std::string_view key);
  [[nodiscard]] bool contains(std::string_view key) const;
  [[nodiscard]] std::size_t size() const { return keys_.size(); }
  [[nodiscard]] bool empty() const { return keys_.size() == 0; }
  // The i-th distinct key, in the order first seen (0 <= i < size()).
  [[nodiscard]] std::string_view keyAt(std::size_t i) const { return keys_.key(i); }

 private:
  accounts_detail::KeyTable keys_;
};

// The number of distinct keys in both sets.
[[nodiscard]] std::size_t overlapCount(const AccountSet& ours, const AccountSet& theirs);

// ALLIANCE_OVERLAP: the number of distinct keys in both lists.
[[nodiscard]] std::size_t overlapCount(std::span<const Cell> ours, std::span<const Cell> theirs);

// ALLIANCE_OVERLAP_LIST: the 0-based positions in `ours` of the entries whose key is also
// in `theirs`, the first entry of each such key only, in the order of `ours`. The caller
// shows ours[i] as written there. Empty when no key is shared.
[[nodiscard]] std::vector<std::size_t> overlapList(std::span<const Cell> ours,
                                                   std::span<const Cell> theirs);

// ALLIANCE_MATCH: the 1-based position of the first entry of `list` with the key of
// `name`; nullopt (#N/A) when the name's key is empty or no entry has it.
// `name` may be an empty cell (nullopt); an error value throws InputError.
[[nodiscard]] std::optional<std::size_t> matchPosition(const Cell& name,
                                                       std::span<const Cell> list);

// The first position of every key of a list, for many matches against one list.
class AccountIndex {
 public:
  AccountIndex() = default;
  explicit AccountIndex(std::span<const Cell> list, std::string_view listName = "the list");

  // 1-based position of the first entry with this key; nullopt when absent or empty.
  [[nodiscard]] std::optional<std::size_t> find(std::string_view key) const;
  // The same for a name, as matchPosition does.
  [[nodiscard]] std::optional<std::size_t> match(const Cell& name) const;
  [[nodiscard]] std::size_t size() const { return keys_.size(); }

 private:
  accounts_detail::KeyTable keys_;
  std::vector<std::size_t> firstPosition_;  // per key entry, 1-based
};

// Keeps the index of the last list it was given, and builds a new one only when the list
// differs (same cells in the same order reuse it). Comparing a list costs far less than
// keying it, so a sheet with one ALLIANCE_MATCH per row keys its list once.
class AccountIndexCache {
 public:
  const AccountIndex& indexFor(std::span<const Cell> list, std::string_view listName = "the list");

 private:
  [[nodiscard]] bool matches(std::span<const Cell> list) const;

  std::vector<Cell::Kind> kinds_;
  std::vector<double> numbers_;
  std::u16string texts_;               // all texts, one after another
  std::vector<std::size_t> textEnds_;  // end of each cell's text in texts_
  AccountIndex index_;
  bool valid_ = false;
};

}  // namespace alliance
